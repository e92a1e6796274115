import { assessmentArea } from '../../common/areas/assessment';
import { assessmentHandlers } from '../assessment/handlers';
import { m022Assessment } from '../db/migrations/022-assessment';
import { defineCoreArea } from './define';

export const assessmentCore = defineCoreArea(assessmentArea, {
  handlers: assessmentHandlers,
  migrations: [m022Assessment],
});
