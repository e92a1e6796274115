import { plansArea } from '../../common/areas/plans';
import { m014Plans } from '../db/migrations/014-plans';
import { planHandlers } from '../plans/handlers';
import { planImportTarget } from '../plans/import-target';
import { defineCoreArea } from './define';

export const plansCore = defineCoreArea(plansArea, {
  handlers: planHandlers,
  migrations: [m014Plans],
  importTargets: [planImportTarget],
});
