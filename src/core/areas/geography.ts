import { geographyArea } from '../../common/areas/geography';
import { m002Geography } from '../db/migrations/002-geography';
import { geoHandlers } from '../geo/handlers';
import { defineCoreArea } from './define';

export const geographyCore = defineCoreArea(geographyArea, {
  handlers: geoHandlers,
  migrations: [m002Geography],
});
