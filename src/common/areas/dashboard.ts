import { defineArea } from './define';
import { statsMethods } from '../contract/stats';

/** The shift chief's desk (工作台) and the counts it shows (stats.*). */
export const dashboardArea = defineArea({
  id: 'dashboard',
  methods: statsMethods,
  events: {},
  routes: ['dashboard'],
  printRoutes: {},
});
