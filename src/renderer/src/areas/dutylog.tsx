import { lazy } from 'react';
import { FileTextOutlined } from '@ant-design/icons';
import { dutylogArea } from '../../../common/areas/dutylog';
import { dutylogEnUS } from '../i18n/dutylog.en-US';
import { dutylogZhCN } from '../i18n/dutylog.zh-CN';
import { defineRendererArea, type PageProps, type PrintPageProps } from './define';

// The duty log and its printed record: chunks of their own.
const LogsArea = lazy(() =>
  import('../pages/logs/LogsArea').then((m) => ({
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

export const dutylogUi = defineRendererArea(dutylogArea, {
  pages: {
    logs: { page: LogsArea, order: 20, icon: <FileTextOutlined />, labelKey: 'nav.logs' },
  },
  // 事件处置记录 (#/print/incident/<id>).
  printPages: { incident: IncidentSheet },
  catalogs: { 'zh-CN': dutylogZhCN, 'en-US': dutylogEnUS },
});
