import { defineArea } from './define';

/** Statistics and assessment (统计、考核): still to be built. */
export const statisticsArea = defineArea({
  id: 'statistics',
  coming: true,
  methods: {},
  events: {},
  routes: ['statistics'],
  printRoutes: {},
});
