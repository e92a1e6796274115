import { lazy } from 'react';
import { ScheduleOutlined } from '@ant-design/icons';
import { rosterArea } from '../../../common/areas/roster';
import { rosterZhCN } from '../i18n/roster.zh-CN';
import { defineRendererArea, type PageProps, type PrintPageProps } from './define';

// Rosters and handovers, and their A4 sheets (paginated in the page): chunks of their own.
const RosterArea = lazy(() =>
  import('../pages/roster/RosterArea').then((m) => ({
    default: ({ operator }: PageProps) => <m.RosterArea operator={operator} />,
  })),
);
const RosterSheets = lazy(() =>
  import('../print/HandoverPrint').then((m) => ({
    default: ({ parts, auto }: PrintPageProps) => <m.RosterPrintArea parts={parts} auto={auto} />,
  })),
);

export const rosterUi = defineRendererArea(rosterArea, {
  pages: {
    roster: { page: RosterArea, order: 50, icon: <ScheduleOutlined />, labelKey: 'nav.roster' },
  },
  // 值班交接班记录 (#/print/handover/<shift>) and 值班表 (#/print/roster/<month>).
  printPages: { handover: RosterSheets, roster: RosterSheets },
  catalogs: { 'zh-CN': rosterZhCN, 'en-US': () => import('../i18n/roster.en-US').then((m) => m.rosterEnUS) },
});
