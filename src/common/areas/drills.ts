import { defineArea } from './define';
import { drillsMethods } from '../contract/drills';
import { drillsLabels } from '../i18n/drills-labels';
import { drillsMessages } from '../i18n/drills-messages';

/** Drills (应急演练): campaigns with their domains and leads, sealed drills, exercise traffic. */
export const drillsArea = defineArea({
  id: 'drills',
  methods: drillsMethods,
  events: {
    // The desk and the wall show the campaign board; incidents logged under a drill are marked.
    'drills.changed': ['stats', 'incidents', 'logs'],
  },
  routes: ['drills'],
  printRoutes: {},
  messages: drillsMessages,
  labels: drillsLabels,
});
