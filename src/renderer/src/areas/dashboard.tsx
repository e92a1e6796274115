import { DashboardOutlined } from '@ant-design/icons';
import { dashboardArea } from '../../../common/areas/dashboard';
import { DashboardPage } from '../pages/DashboardPage';
import { checklistEnUS } from '../i18n/checklist.en-US';
import { checklistZhCN } from '../i18n/checklist.zh-CN';
import { defineRendererArea } from './define';

// The desk is what a shift chief sees first: in the first chunk, not lazy.
export const dashboardUi = defineRendererArea(dashboardArea, {
  pages: {
    dashboard: {
      page: ({ info, operator }) => <DashboardPage info={info} operator={operator} />,
      order: 10,
      icon: <DashboardOutlined />,
      labelKey: 'nav.dashboard',
    },
  },
  printPages: {},
  catalogs: { 'zh-CN': checklistZhCN, 'en-US': checklistEnUS },
});
