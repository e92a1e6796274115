import { BarChartOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { preparednessArea, statisticsArea } from '../../../common/areas/coming';
import { ComingSoonPage } from '../pages/ComingSoonPage';
import { defineRendererArea } from './define';
import { preparednessGroup } from './groups';

// Areas still to be built: an honest "not yet" page each, no made-up data.
const preparednessIcon = <SafetyCertificateOutlined />;
export const preparednessUi = defineRendererArea(preparednessArea, {
  pages: {
    preparedness: {
      page: () => <ComingSoonPage route="preparedness" icon={preparednessIcon} />,
      order: 79,
      icon: preparednessIcon,
      labelKey: 'nav.preparednessMore',
      group: preparednessGroup,
    },
  },
  printPages: {},
});

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
