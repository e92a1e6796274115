import { defineArea } from './define';
import { geoMethods } from '../contract/geo';
import { geoMessages } from '../i18n/geo-messages';

/** The county's divisions (乡镇/街道 and villages) that places and incidents refer to. */
export const geoArea = defineArea({
  id: 'geo',
  methods: geoMethods,
  events: { 'geo.changed': ['setup'] },
  routes: [],
  printRoutes: {},
  messages: geoMessages,
});
