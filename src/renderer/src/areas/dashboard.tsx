import { lazy } from 'react';
import { DashboardOutlined } from '@ant-design/icons';
import { dashboardArea } from '../../../common/areas/dashboard';
import { checklistZhCN } from '../i18n/checklist.zh-CN';
import { defineRendererArea, type PageProps } from './define';

/** The desk's chunk; app/preload.ts starts it as soon as the host has answered. */
export const loadDashboard = () => import('../pages/DashboardPage');

// The desk is what a shift chief sees first, but not before signing in: a chunk of its
// own (its cards carry tables, lists and the warnings' schemas), fetched while the
// sign-in screen or the shell is shown, so the first screen waits for none of it.
const DashboardPage = lazy(() =>
  loadDashboard().then((m) => ({
    default: ({ info, operator }: PageProps) => <m.DashboardPage info={info} operator={operator} />,
  })),
);

export const dashboardUi = defineRendererArea(dashboardArea, {
  pages: {
    dashboard: {
      page: DashboardPage,
      order: 10,
      icon: <DashboardOutlined />,
      labelKey: 'nav.dashboard',
    },
  },
  printPages: {},
  catalogs: {
    'zh-CN': checklistZhCN,
    'en-US': () => import('../i18n/checklist.en-US').then((m) => m.checklistEnUS),
  },
});
