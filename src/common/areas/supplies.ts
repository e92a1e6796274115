import { defineArea } from './define';
import { supplyMethods } from '../contract/supplies';
import { supplyOrderMethods } from '../contract/supply-orders';
import { suppliesLabels } from '../i18n/supplies-labels';
import { suppliesMessages } from '../i18n/supplies-messages';

/**
 * 应急物资: supplies as a ledger. Items, lots and append-only, hash-chained movements;
 * a depot's stock is their sum. The depots themselves stay registers of the resources
 * area (depots.*), which reads its stock from here.
 */
export const suppliesArea = defineArea({
  id: 'supplies',
  methods: { ...supplyMethods, ...supplyOrderMethods },
  // Stock shows on the depots' register, the map and 周边分析, and lots expiring and
  // stock below its minimum are reminders.
  events: {
    'supplies.changed': ['depots', 'map', 'reminders', 'stats'],
    // Agreements show beside stock (supplies.reserves) and their contract ends are reminded.
    'supplyAgreements.changed': ['supplies', 'reminders'],
    // An oral order's written order is due on the desk, the handover sheet and in 提醒.
    'supplyOrders.changed': ['supplies', 'reminders', 'handover'],
  },
  routes: ['supplies'],
  printRoutes: {
    // 调拨指令 (#/print/supplyOrder/<id>).
    supplyOrder: { fileTitle: 'printFile.supplyOrder', fileArg: 'arg' },
  },
  messages: suppliesMessages,
  labels: suppliesLabels,
});
