import { lazy } from 'react';
import { GoldOutlined } from '@ant-design/icons';
import { suppliesArea } from '../../../common/areas/supplies';
import { suppliesZhCN } from '../i18n/supplies.zh-CN';
import { defineRendererArea, type PageProps, type PrintPageProps } from './define';
import { preparednessGroup } from './groups';

const SuppliesArea = lazy(() =>
  import('../pages/supplies/SuppliesArea').then((m) => ({
    default: ({ sub }: PageProps) => <m.SuppliesArea sub={sub} />,
  })),
);

const SupplyOrderSheet = lazy(() =>
  import('../pages/supplies/SupplyOrderPrint').then((m) => ({
    default: ({ parts, auto }: PrintPageProps) => <m.SupplyOrderPrint id={parts[2] ?? ''} auto={auto} />,
  })),
);

export const suppliesUi = defineRendererArea(suppliesArea, {
  pages: {
    supplies: {
      page: SuppliesArea,
      order: 76,
      icon: <GoldOutlined />,
      labelKey: 'nav.supplies',
      group: preparednessGroup,
    },
  },
  // 调拨指令 (#/print/supplyOrder/<id>).
  printPages: { supplyOrder: SupplyOrderSheet },
  catalogs: {
    'zh-CN': suppliesZhCN,
    'en-US': () => import('../i18n/supplies.en-US').then((m) => m.suppliesEnUS),
  },
});
