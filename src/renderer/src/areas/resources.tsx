import { lazy } from 'react';
import { EnvironmentOutlined, InboxOutlined } from '@ant-design/icons';
import type { RouteName } from '../../../common/areas';
import { resourcesArea } from '../../../common/areas/resources';
import { resourcesZhCN } from '../i18n/resources.zh-CN';
import { parseHash } from '../router/hash';
import { defineRendererArea, type PageProps } from './define';

// The map (maplibre, ~1 MB) and the facility/depot registers: chunks of their own. Opened on
// the map (a wall, a bookmark), its chunk loads while the session is being checked.
const mapChunk = () => import('../pages/map/MapPage');
if (typeof window !== 'undefined' && parseHash(window.location.hash).parts[0] === ('map' satisfies RouteName))
  void mapChunk().then((m) => m.warmUpMap());
const MapPage = lazy(() => mapChunk().then((m) => ({ default: () => <m.MapPage /> })));
const ResourcesArea = lazy(() =>
  import('../pages/resources/ResourcesArea').then((m) => ({
    default: ({ sub }: PageProps) => <m.ResourcesArea tab={sub} />,
  })),
);

export const resourcesUi = defineRendererArea(resourcesArea, {
  pages: {
    map: { page: MapPage, order: 30, icon: <EnvironmentOutlined />, labelKey: 'nav.map' },
    resources: { page: ResourcesArea, order: 60, icon: <InboxOutlined />, labelKey: 'nav.resources' },
  },
  printPages: {},
  catalogs: {
    'zh-CN': resourcesZhCN,
    'en-US': () => import('../i18n/resources.en-US').then((m) => m.resourcesEnUS),
  },
});
