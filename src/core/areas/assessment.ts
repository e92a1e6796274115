import { assessmentArea } from '../../common/areas/assessment';
import { assessmentHandlers } from '../assessment/handlers';
import { m021Assessment } from '../db/migrations/021-assessment';
import { defineCoreArea } from './define';

export const assessmentCore = defineCoreArea(assessmentArea, {
  handlers: assessmentHandlers,
  migrations: [m021Assessment],
});
