import { defineArea } from './define';

/** What is left of 应急准备 (信息发布): still to be built. */
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
