import { statisticsArea } from '../../common/areas/statistics';
import { statisticsHandlers } from '../statistics/handlers';
import { defineCoreArea } from './define';

export const statisticsCore = defineCoreArea(statisticsArea, { handlers: statisticsHandlers });
