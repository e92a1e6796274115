import { lazy } from 'react';
import { SettingOutlined } from '@ant-design/icons';
import { settingsArea } from '../../../common/areas/settings';
import { defineRendererArea, type PageProps } from './define';

// Settings bring tables, tabs and dialogs the desk does not need at start: their own chunk.
const SettingsPage = lazy(() =>
  import('../pages/settings/SettingsPage').then((m) => ({
    default: ({ sub, operator }: PageProps) => <m.SettingsPage tab={sub} operator={operator} />,
  })),
);

// Its strings are the house's own (src/renderer/src/i18n/zh-CN.ts).
export const settingsUi = defineRendererArea(settingsArea, {
  pages: {
    settings: { page: SettingsPage, order: 90, icon: <SettingOutlined />, labelKey: 'nav.settings' },
  },
  printPages: {},
});
