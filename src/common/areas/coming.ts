import { defineArea } from './define';

/** Plans, drills, teams and supplies (预案、演练、队伍、物资): still to be built. */
export const preparednessArea = defineArea({
  id: 'preparedness',
  coming: true,
  methods: {},
  events: {},
  routes: ['preparedness'],
  printRoutes: {},
});

/** Statistics and assessment (统计、考核): still to be built. */
export const statisticsArea = defineArea({
  id: 'statistics',
  coming: true,
  methods: {},
  events: {},
  routes: ['statistics'],
  printRoutes: {},
});
