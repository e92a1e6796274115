import { lazy } from 'react';
import { SolutionOutlined, TeamOutlined } from '@ant-design/icons';
import { teamsArea } from '../../../common/areas/teams';
import { teamsZhCN } from '../i18n/teams.zh-CN';
import { defineRendererArea, type PageProps, type PrintPageProps } from './define';
import { preparednessGroup } from './groups';

const TeamsPage = lazy(() =>
  import('../pages/teams/TeamsPage').then((m) => ({ default: () => <m.TeamsPage /> })),
);

const ExpertsArea = lazy(() =>
  import('../pages/experts/ExpertsArea').then((m) => ({
    default: ({ sub }: PageProps) => <m.ExpertsArea sub={sub} />,
  })),
);
const ConsultationSheet = lazy(() =>
  import('../pages/experts/ConsultationPrint').then((m) => ({
    default: ({ parts, auto }: PrintPageProps) => <m.ConsultationPrint id={parts[2] ?? ''} auto={auto} />,
  })),
);

export const teamsUi = defineRendererArea(teamsArea, {
  pages: {
    teams: {
      page: TeamsPage,
      order: 77,
      icon: <TeamOutlined />,
      labelKey: 'nav.teams',
      group: preparednessGroup,
    },
    experts: {
      page: ExpertsArea,
      order: 78,
      icon: <SolutionOutlined />,
      labelKey: 'nav.experts',
      group: preparednessGroup,
    },
  },
  // 会商纪要 (#/print/consultation/<id>).
  printPages: { consultation: ConsultationSheet },
  catalogs: { 'zh-CN': teamsZhCN, 'en-US': () => import('../i18n/teams.en-US').then((m) => m.teamsEnUS) },
});
