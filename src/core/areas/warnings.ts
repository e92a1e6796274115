import { warningsArea } from '../../common/areas/warnings';
import { m016Warnings } from '../db/migrations/016-warnings';
import { m025WarningResponses } from '../db/migrations/025-warning-responses';
import { capHandlers } from '../warnings/cap';
import { escalateOverdue } from '../warnings/escalation';
import { warningHandlers } from '../warnings/handlers';
import { callListReviewDue } from '../warnings/reminders';
import { defineCoreArea } from './define';

export const warningsCore = defineCoreArea(warningsArea, {
  handlers: { ...warningHandlers, ...capHandlers },
  migrations: [m016Warnings, m025WarningResponses],
  reminders: [callListReviewDue],
  ticks: [{ name: 'warnings.escalate', run: escalateOverdue }],
});
