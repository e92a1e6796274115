import { lazy } from 'react';
import { NotificationOutlined } from '@ant-design/icons';
import { releasesArea } from '../../../common/areas/releases';
import { releasesZhCN } from '../i18n/releases.zh-CN';
import { defineRendererArea, type PageProps, type PrintPageProps } from './define';
import { preparednessGroup } from './groups';

const ReleasesArea = lazy(() =>
  import('../pages/releases/ReleasesArea').then((m) => ({
    default: ({ sub, operator }: PageProps) => <m.ReleasesArea sub={sub} operator={operator} />,
  })),
);
const ReleaseSheet = lazy(() =>
  import('../pages/releases/ReleasePrint').then((m) => ({
    default: ({ parts, auto }: PrintPageProps) => <m.ReleasePrint id={parts[2] ?? ''} auto={auto} />,
  })),
);

export const releasesUi = defineRendererArea(releasesArea, {
  pages: {
    releases: {
      page: ReleasesArea,
      // Where the 待上线 信息发布 entry stood, under 应急准备.
      order: 79,
      icon: <NotificationOutlined />,
      labelKey: 'nav.releases',
      group: preparednessGroup,
    },
  },
  // 信息发布审批单 (#/print/release/<id>).
  printPages: { release: ReleaseSheet },
  catalogs: {
    'zh-CN': releasesZhCN,
    'en-US': () => import('../i18n/releases.en-US').then((m) => m.releasesEnUS),
  },
});
