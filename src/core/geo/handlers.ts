import type { AreaHandlers } from '../handler';
import { basemap, listTowns } from './repo';

export const geoHandlers: AreaHandlers<'geo'> = {
  'geo.towns': { kind: 'read', run: (_input, ctx) => listTowns(ctx.db) },
  'geo.basemap': { kind: 'read', run: (_input, ctx) => basemap(ctx.db) },
};
