import { suppliesArea } from '../../common/areas/supplies';
import { m015SuppliesLedger } from '../db/migrations/015-supplies-ledger';
import { supplyHandlers } from '../supplies/handlers';
import { lotExpiring } from '../supplies/reminders';
import { defineCoreArea } from './define';

export const suppliesCore = defineCoreArea(suppliesArea, {
  handlers: supplyHandlers,
  migrations: [m015SuppliesLedger],
  reminders: [lotExpiring],
});
