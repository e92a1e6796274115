import { lazy } from 'react';
import { TeamOutlined } from '@ant-design/icons';
import { teamsArea } from '../../../common/areas/teams';
import { teamsEnUS } from '../i18n/teams.en-US';
import { teamsZhCN } from '../i18n/teams.zh-CN';
import { defineRendererArea } from './define';
import { preparednessGroup } from './groups';

const TeamsPage = lazy(() =>
  import('../pages/teams/TeamsPage').then((m) => ({ default: () => <m.TeamsPage /> })),
);

export const teamsUi = defineRendererArea(teamsArea, {
  pages: {
    teams: { page: TeamsPage, order: 77, icon: <TeamOutlined />, labelKey: 'nav.teams', group: preparednessGroup },
  },
  printPages: {},
  catalogs: { 'zh-CN': teamsZhCN, 'en-US': teamsEnUS },
});
