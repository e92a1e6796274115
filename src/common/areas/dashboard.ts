import { defineArea } from './define';
import { statsMethods } from '../contract/stats';
import { setupMethods } from '../contract/setup';

/** The shift chief's desk (工作台), the counts it shows (stats.*) and a new county's setup checklist (setup.*). */
export const dashboardArea = defineArea({
  id: 'dashboard',
  methods: { ...statsMethods, ...setupMethods },
  events: { 'setup.changed': [] },
  routes: ['dashboard'],
  printRoutes: {},
});
