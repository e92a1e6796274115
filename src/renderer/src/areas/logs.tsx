import { lazy } from 'react';
import { FileTextOutlined } from '@ant-design/icons';
import { logsArea } from '../../../common/areas/logs';
import { logsZhCN } from '../i18n/logs.zh-CN';
import { defineRendererArea, type PageProps, type PrintPageProps } from './define';

/** The duty log's chunk (with the intake form): app/preload.ts starts it early, so F2 waits for nothing. */
export const loadLogs = () => import('../pages/logs/LogsArea');

// The duty log and its printed record: chunks of their own.
const LogsArea = lazy(() =>
  loadLogs().then((m) => ({
    default: ({ operator }: PageProps) => <m.LogsArea operator={operator} />,
  })),
);
const IncidentSheet = lazy(() =>
  import('../print/IncidentPrint').then((m) => ({
    default: ({ parts, auto, info, operator }: PrintPageProps) => (
      <m.PrintArea parts={parts} auto={auto} info={info} operator={operator} />
    ),
  })),
);

export const logsUi = defineRendererArea(logsArea, {
  pages: {
    logs: { page: LogsArea, order: 20, icon: <FileTextOutlined />, labelKey: 'nav.logs' },
  },
  // 事件处置记录 (#/print/incident/<id>).
  printPages: { incident: IncidentSheet },
  catalogs: { 'zh-CN': logsZhCN, 'en-US': () => import('../i18n/logs.en-US').then((m) => m.logsEnUS) },
});
