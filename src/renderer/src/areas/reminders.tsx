import { lazy } from 'react';
import { BellOutlined } from '@ant-design/icons';
import { remindersArea } from '../../../common/areas/reminders';
import { remindersZhCN } from '../i18n/reminders.zh-CN';
import { defineRendererArea, type PageProps } from './define';

const RemindersPage = lazy(() =>
  import('../pages/reminders/RemindersPage').then((m) => ({
    default: ({ info }: PageProps) => <m.RemindersPage info={info} />,
  })),
);

export const remindersUi = defineRendererArea(remindersArea, {
  pages: {
    reminders: { page: RemindersPage, order: 15, icon: <BellOutlined />, labelKey: 'nav.reminders' },
  },
  printPages: {},
  catalogs: {
    'zh-CN': remindersZhCN,
    'en-US': () => import('../i18n/reminders.en-US').then((m) => m.remindersEnUS),
  },
});
