import { BarChartOutlined } from '@ant-design/icons';
import { statisticsArea } from '../../../common/areas/coming';
import { ComingSoonPage } from '../pages/ComingSoonPage';
import { defineRendererArea } from './define';

// Areas still to be built: an honest "not yet" page each, no made-up data.
const statisticsIcon = <BarChartOutlined />;
export const statisticsUi = defineRendererArea(statisticsArea, {
  pages: {
    statistics: {
      page: () => <ComingSoonPage route="statistics" icon={statisticsIcon} />,
      order: 80,
      icon: statisticsIcon,
      labelKey: 'nav.statistics',
    },
  },
  printPages: {},
});
