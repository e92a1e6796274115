import { plansArea } from '../../common/areas/plans';
import { m014Plans } from '../db/migrations/014-plans';
import { planHandlers } from '../plans/handlers';
import { planImportTarget } from '../plans/import-target';
import { responseHandlers } from '../plans/response';
import { planEvaluationDue, planFilingDue } from '../plans/reminders';
import { defineCoreArea } from './define';

export const plansCore = defineCoreArea(plansArea, {
  handlers: { ...planHandlers, ...responseHandlers },
  migrations: [m014Plans],
  importTargets: [planImportTarget],
  reminders: [planFilingDue, planEvaluationDue],
});
