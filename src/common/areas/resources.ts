import { defineArea } from './define';
import { facilityMethods } from '../contract/facilities';
import { mapMethods } from '../contract/map';
import { resourcesLabels } from '../i18n/resources-labels';
import { resourcesMessages } from '../i18n/resources-messages';
import { resourcesFiles } from '../i18n/resources-files';
import { mergeCatalogs } from '../i18n/catalog';

/**
 * Map and resources (一张图 and the registers behind it): key facilities, supply depots
 * and their stock, and the map that draws them with the incidents. One area, two routes
 * (`#/map`, `#/resources`); methods keep their names (facilities.*, depots.*, map.*).
 */
export const resourcesArea = defineArea({
  id: 'resources',
  methods: { ...facilityMethods, ...mapMethods },
  events: {
    // The map draws facilities and depots (map.layers, map.around).
    'facilities.changed': ['map', 'setup'],
    // A depot's list typed in the register is recorded in the supplies ledger.
    'depots.changed': ['map', 'setup', 'reminders', 'supplies'],
    'map.changed': [],
  },
  routes: ['map', 'resources'],
  printRoutes: {},
  messages: resourcesMessages,
  labels: mergeCatalogs(resourcesLabels, resourcesFiles),
});
