import { lazy } from 'react';
import { AimOutlined } from '@ant-design/icons';
import { drillsArea } from '../../../common/areas/drills';
import { drillsZhCN } from '../i18n/drills.zh-CN';
import { defineRendererArea, type PageProps } from './define';
import { preparednessGroup } from './groups';

const DrillsArea = lazy(() =>
  import('../pages/drills/DrillsArea').then((m) => ({
    default: ({ operator }: PageProps) => <m.DrillsArea operator={operator} />,
  })),
);

export const drillsUi = defineRendererArea(drillsArea, {
  // 应急准备 → 应急演练, after 应急预案.
  pages: {
    drills: {
      page: DrillsArea,
      order: 72,
      icon: <AimOutlined />,
      labelKey: 'nav.drills',
      group: preparednessGroup,
    },
  },
  printPages: {},
  catalogs: { 'zh-CN': drillsZhCN, 'en-US': () => import('../i18n/drills.en-US').then((m) => m.drillsEnUS) },
});
