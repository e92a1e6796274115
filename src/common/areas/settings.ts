import { defineArea } from './define';
import { settingsMethods } from '../contract/settings';

/** The bureau's settings, backups and wall-display tokens (settings.*, backups.*, wallTokens.*). */
export const settingsArea = defineArea({
  id: 'settings',
  methods: settingsMethods,
  events: {
    // The header reads the county name from `system.info`.
    'settings.changed': ['system'],
    'backups.changed': [],
    // A revoked wall token changes what `auth.whoami` says for it.
    'wallTokens.changed': ['auth'],
  },
  routes: ['settings'],
  printRoutes: {},
});
