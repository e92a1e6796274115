import { wallArea } from '../../../common/areas/wall';
import { wallZhCN } from '../i18n/wall.zh-CN';
import { defineRendererArea } from './define';

// The wall board (#/wall) is its own world, outside the signed-in app (see App.tsx): no
// page in the navigation, only its strings here.
export const wallUi = defineRendererArea(wallArea, {
  pages: {},
  printPages: {},
  catalogs: { 'zh-CN': wallZhCN, 'en-US': () => import('../i18n/wall.en-US').then((m) => m.wallEnUS) },
});
