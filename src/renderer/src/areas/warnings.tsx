import { lazy } from 'react';
import { AlertOutlined } from '@ant-design/icons';
import { warningsArea } from '../../../common/areas/warnings';
import { warningsZhCN } from '../i18n/warnings.zh-CN';
import { defineRendererArea, type PageProps } from './define';

const WarningsArea = lazy(() =>
  import('../pages/warnings/WarningsArea').then((m) => ({
    default: ({ sub, operator }: PageProps) => <m.WarningsArea sub={sub} admin={operator.role === 'admin'} />,
  })),
);

export const warningsUi = defineRendererArea(warningsArea, {
  pages: {
    warnings: { page: WarningsArea, order: 22, icon: <AlertOutlined />, labelKey: 'nav.warnings' },
  },
  printPages: {},
  catalogs: {
    'zh-CN': warningsZhCN,
    'en-US': () => import('../i18n/warnings.en-US').then((m) => m.warningsEnUS),
  },
});
