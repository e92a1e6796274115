import { dashboardArea } from '../../common/areas/dashboard';
import { statsHandlers } from '../stats/handlers';
import { setupHandlers } from '../setup/handlers';
import { defineCoreArea } from './define';

export const dashboardCore = defineCoreArea(dashboardArea, {
  handlers: { ...statsHandlers, ...setupHandlers },
});
