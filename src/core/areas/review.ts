import { reviewArea } from '../../common/areas/review';
import { m013DrillReview } from '../db/migrations/013-drill-review';
import { reviewHandlers } from '../review/handlers';
import { rectificationDue } from '../review/reminders';
import { defineCoreArea } from './define';

export const reviewCore = defineCoreArea(reviewArea, {
  handlers: reviewHandlers,
  migrations: [m013DrillReview],
  reminders: [rectificationDue],
});
