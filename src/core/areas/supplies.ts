import { suppliesArea } from '../../common/areas/supplies';
import { m015SuppliesLedger } from '../db/migrations/015-supplies-ledger';
import { supplyHandlers } from '../supplies/handlers';
import { agreementEnding, lotExpiring, writtenOrderDue } from '../supplies/reminders';
import { m020SupplyOrders } from '../db/migrations/020-supply-orders';
import { m021LotBalances } from '../db/migrations/021-lot-balances';
import { defineCoreArea } from './define';

export const suppliesCore = defineCoreArea(suppliesArea, {
  handlers: supplyHandlers,
  migrations: [m015SuppliesLedger, m020SupplyOrders, m021LotBalances],
  reminders: [lotExpiring, writtenOrderDue, agreementEnding],
});
