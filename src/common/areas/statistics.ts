import { defineArea } from './define';
import { statisticsMethods } from '../contract/statistics';

/**
 * Statistics (统计): every figure of the record by period and town, each bar opening the
 * records behind it (stats.query, stats.records), and this month's key figures for the
 * wall and the desk (stats.keyFigures). Read-only: it announces nothing; the events of
 * what it counts name `stats` among what they make stale.
 */
export const statisticsArea = defineArea({
  id: 'statistics',
  methods: statisticsMethods,
  events: {},
  routes: ['statistics'],
  printRoutes: {},
});
