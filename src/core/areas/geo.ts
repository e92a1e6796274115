import { geoArea } from '../../common/areas/geo';
import { m002Geography } from '../db/migrations/002-geography';
import { m011Villages } from '../db/migrations/011-villages';
import { geoHandlers } from '../geo/handlers';
import { defineCoreArea } from './define';

export const geoCore = defineCoreArea(geoArea, {
  handlers: geoHandlers,
  migrations: [m002Geography, m011Villages],
});
