import { geoArea } from '../../common/areas/geo';
import { m002Geography } from '../db/migrations/002-geography';
import { m009Villages } from '../db/migrations/009-villages';
import { geoHandlers } from '../geo/handlers';
import { defineCoreArea } from './define';

export const geoCore = defineCoreArea(geoArea, {
  handlers: geoHandlers,
  migrations: [m002Geography, m009Villages],
});
