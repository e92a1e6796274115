import { lazy } from 'react';
import { BarChartOutlined } from '@ant-design/icons';
import { statisticsArea } from '../../../common/areas/statistics';
import { statisticsZhCN } from '../i18n/statistics.zh-CN';
import { defineRendererArea } from './define';

// Its own chunk: recharts loads with the page.
const StatisticsPage = lazy(() =>
  import('../pages/statistics/StatisticsPage').then((m) => ({ default: m.StatisticsPage })),
);

export const statisticsUi = defineRendererArea(statisticsArea, {
  pages: {
    statistics: {
      page: StatisticsPage,
      order: 80,
      icon: <BarChartOutlined />,
      labelKey: 'nav.statistics',
    },
  },
  printPages: {},
  catalogs: {
    'zh-CN': statisticsZhCN,
    'en-US': () => import('../i18n/statistics.en-US').then((m) => m.statisticsEnUS),
  },
});
