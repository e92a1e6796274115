import { lazy } from 'react';
import { FileProtectOutlined } from '@ant-design/icons';
import { plansArea } from '../../../common/areas/plans';
import { plansZhCN } from '../i18n/plans.zh-CN';
import { defineRendererArea, type PageProps } from './define';
import { preparednessGroup } from './groups';

const PlansArea = lazy(() =>
  import('../pages/plans/PlansArea').then((m) => ({
    default: ({ sub, operator }: PageProps) => <m.PlansArea sub={sub} admin={operator.role === 'admin'} />,
  })),
);

export const plansUi = defineRendererArea(plansArea, {
  pages: {
    plans: {
      page: PlansArea,
      order: 70,
      icon: <FileProtectOutlined />,
      labelKey: 'nav.plans',
      group: preparednessGroup,
    },
  },
  printPages: {},
  catalogs: { 'zh-CN': plansZhCN, 'en-US': () => import('../i18n/plans.en-US').then((m) => m.plansEnUS) },
});
