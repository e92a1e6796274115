import { defineArea } from './define';
import { geoMethods } from '../contract/geo';

/** The county's divisions (乡镇/街道 and villages) that places and incidents refer to. */
export const geographyArea = defineArea({
  id: 'geography',
  methods: geoMethods,
  events: { 'geo.changed': [] },
  routes: [],
  printRoutes: {},
});
