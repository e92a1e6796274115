import { defineArea } from './define';
import { systemMethods } from '../contract/system';
import { desktopMethods } from '../contract/desktop';
import { importMethods } from '../contract/imports';

/**
 * The house itself: first run, health, the audit trail, desktop-only actions and the
 * spreadsheet import machinery every register shares (its targets belong to their areas).
 */
export const systemArea = defineArea({
  id: 'system',
  methods: { ...systemMethods, ...desktopMethods, ...importMethods },
  // Setup and restore change everything at once.
  events: { 'system.changed': 'all', 'system.restored': 'all' },
  routes: [],
  printRoutes: {},
});
