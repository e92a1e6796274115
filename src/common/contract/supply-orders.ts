import { z } from '../zod-setup';
import { defineMethod } from './define';
import { dateKey, id, isoTime, name, oneLine, phone, text, townCode } from './shared';

/**
 * Agreement reserves (协议储备/产能储备) and 调拨 orders, with their reconciliation. Messages
 * are i18n keys (src/common/i18n/supplies-messages.ts).
 */

const amount = z.number().positive().max(1e9);
const figure = z.number().min(0).max(1e9);

const AgreementFields = {
  enterprise: name(80),
  /** stock: holds the items for the county (协议储备); capacity: produces them on call (产能储备). */
  kind: z.enum(['stock', 'capacity']),
  contact: oneLine(40),
  /** 24 小时联系电话. */
  phone24: phone.refine((s) => s.trim().length > 0, { message: 'errors.field.blank' }),
  townCode,
  address: oneLine(200),
  /** Hours from the call to delivery. */
  hoursToDeliver: z.number().positive().max(720),
  contractStart: dateKey,
  contractEnd: dateKey,
  notes: text(500),
  /** Per item: a quantity held, a capacity per day, or both. */
  lines: z
    .array(
      z.strictObject({
        itemId: id,
        quantity: amount.nullable(),
        capacityPerDay: amount.nullable(),
      }),
    )
    .min(1)
    .max(100),
};
export const AgreementInput = z.strictObject(AgreementFields);
export type AgreementInput = z.infer<typeof AgreementInput>;

export const AgreementView = z.strictObject({
  id: z.string(),
  enterprise: z.string(),
  kind: z.enum(['stock', 'capacity']),
  contact: z.string(),
  phone24: z.string(),
  townCode: z.string().nullable(),
  townName: z.string().nullable(),
  address: z.string(),
  hoursToDeliver: z.number(),
  contractStart: z.string(),
  contractEnd: z.string(),
  /** The contract has ended (its end date is before today). */
  expired: z.boolean(),
  notes: z.string(),
  archived: z.boolean(),
  lines: z.array(
    z.strictObject({
      itemId: z.string(),
      item: z.string(),
      unit: z.string(),
      quantity: z.number().nullable(),
      capacityPerDay: z.number().nullable(),
    }),
  ),
});
export type AgreementView = z.infer<typeof AgreementView>;

/** One item county-wide: what the depots hold and what agreements hold or can make ("实物 120 + 协议 500, 24 h"). */
export const ItemReserveView = z.strictObject({
  itemId: z.string(),
  item: z.string(),
  unit: z.string(),
  spec: z.string(),
  code: z.string().nullable(),
  physical: z.number(),
  agreed: z.number(),
  capacityPerDay: z.number(),
  /** The quickest agreement's hours to deliver; null without an agreement in force. */
  fastestHours: z.number().nullable(),
});
export type ItemReserveView = z.infer<typeof ItemReserveView>;

const OrderLineInput = z.strictObject({ itemId: id, quantity: amount });

export const OrderCreateInput = z.strictObject({
  incidentId: id,
  requestingUnit: name(80),
  requestingContact: oneLine(40),
  requestingPhone: phone,
  receivingUnit: name(80),
  receivingPlace: name(120),
  receivingContact: oneLine(40),
  receivingPhone: phone,
  /** Exactly one: the depot it leaves, or the agreement that supplies it. */
  sourceDepotId: id.nullable(),
  sourceAgreementId: id.nullable(),
  lines: z.array(OrderLineInput).min(1).max(50),
  /** written: the signed order exists; oral: by phone, the written order due within 48 hours. */
  approval: z.enum(['written', 'oral']),
  /** The county leader who approved (县领导). */
  approver: name(40),
  approvedAt: isoTime,
  /** The written order's 文号, when it exists. */
  documentNo: oneLine(60),
});
export type OrderCreateInput = z.infer<typeof OrderCreateInput>;

export const OrderEventView = z.strictObject({
  kind: z.enum(['approved', 'written', 'dispatched', 'reconciled']),
  at: z.string(),
  actorName: z.string(),
});

export const OrderView = z.strictObject({
  id: z.string(),
  number: z.string(),
  incidentId: z.string(),
  incidentTitle: z.string(),
  incidentNumber: z.string(),
  drill: z.boolean(),
  requestingUnit: z.string(),
  requestingContact: z.string(),
  requestingPhone: z.string(),
  receivingUnit: z.string(),
  receivingPlace: z.string(),
  receivingContact: z.string(),
  receivingPhone: z.string(),
  sourceKind: z.enum(['depot', 'agreement']),
  sourceId: z.string(),
  sourceName: z.string(),
  sourcePhone: z.string(),
  approval: z.enum(['written', 'oral']),
  approver: z.string(),
  approvedAt: z.string(),
  writtenDueAt: z.string().nullable(),
  writtenAt: z.string().nullable(),
  /** Oral, the written order not filed, and its 48 hours have passed. */
  writtenLate: z.boolean(),
  documentNo: z.string(),
  dispatchedAt: z.string().nullable(),
  reconciledAt: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
  lines: z.array(
    z.strictObject({
      itemId: z.string(),
      item: z.string(),
      unit: z.string(),
      spec: z.string(),
      quantity: z.number(),
      sent: z.number(),
      received: z.number(),
      used: z.number(),
      returned: z.number(),
      writtenOff: z.number(),
    }),
  ),
  events: z.array(OrderEventView),
});
export type OrderView = z.infer<typeof OrderView>;

const orderExample: OrderCreateInput = {
  incidentId: 'inc_0123456789abcdef',
  requestingUnit: '青石镇人民政府',
  requestingContact: '刘明',
  requestingPhone: '13800001234',
  receivingUnit: '青石镇石坝村安置点',
  receivingPlace: '青石镇石坝村小学操场',
  receivingContact: '李村长',
  receivingPhone: '13800005678',
  sourceDepotId: 'dep_0123456789abcdef',
  sourceAgreementId: null,
  lines: [{ itemId: 'itm_0123456789abcdef', quantity: 50 }],
  approval: 'oral',
  approver: '张立军',
  approvedAt: '2026-11-20T02:00:00.000Z',
  documentNo: '',
};

export const supplyOrderMethods = {
  'supplyAgreements.list': defineMethod({
    name: 'supplyAgreements.list',
    input: z.strictObject({ includeArchived: z.boolean().optional() }),
    output: z.array(AgreementView),
    access: 'read',
    example: { includeArchived: false },
  }),
  'supplyAgreements.upsert': defineMethod({
    name: 'supplyAgreements.upsert',
    input: z.strictObject({ id: id.optional(), ...AgreementFields }),
    output: AgreementView,
    access: 'write',
    emits: ['supplyAgreements.changed'],
    example: {
      enterprise: '青岚县华联超市有限公司',
      kind: 'stock',
      contact: '周经理',
      phone24: '13800007777',
      townCode: null,
      address: '城关街道人民路 12 号',
      hoursToDeliver: 24,
      contractStart: '2026-01-01',
      contractEnd: '2027-12-31',
      notes: '',
      lines: [{ itemId: 'itm_0123456789abcdef', quantity: 500, capacityPerDay: null }],
    },
  }),
  'supplyAgreements.archive': defineMethod({
    name: 'supplyAgreements.archive',
    input: z.strictObject({ id, archived: z.boolean() }),
    output: AgreementView,
    access: 'write',
    emits: ['supplyAgreements.changed'],
    example: { id: 'agr_0123456789abcdef', archived: true },
  }),
  'supplies.reserves': defineMethod({
    name: 'supplies.reserves',
    input: z.strictObject({ q: oneLine(60).optional() }),
    output: z.array(ItemReserveView),
    access: 'read',
    example: { q: '帐篷' },
  }),
  'supplyOrders.create': defineMethod({
    name: 'supplyOrders.create',
    input: OrderCreateInput,
    output: OrderView,
    access: 'write',
    emits: ['supplyOrders.changed'],
    example: orderExample,
  }),
  'supplyOrders.fileWritten': defineMethod({
    name: 'supplyOrders.fileWritten',
    input: z.strictObject({ id, documentNo: name(60), at: isoTime.optional() }),
    output: OrderView,
    access: 'write',
    emits: ['supplyOrders.changed'],
    example: {
      id: 'sor_0123456789abcdef',
      documentNo: '青应急调〔2026〕3号',
      at: '2026-11-21T02:00:00.000Z',
    },
  }),
  'supplyOrders.dispatch': defineMethod({
    name: 'supplyOrders.dispatch',
    input: z.strictObject({ id, at: isoTime.optional() }),
    output: OrderView,
    access: 'write',
    emits: ['supplyOrders.changed', 'supplies.changed'],
    example: { id: 'sor_0123456789abcdef', at: '2026-11-20T03:00:00.000Z' },
  }),
  'supplyOrders.reconcile': defineMethod({
    name: 'supplyOrders.reconcile',
    input: z.strictObject({
      id,
      at: isoTime.optional(),
      /** Per item: what arrived, was used, came back (回收 into the depot) and was written off. */
      lines: z
        .array(
          z.strictObject({
            itemId: id,
            received: figure,
            used: figure,
            returned: figure,
            writtenOff: figure,
          }),
        )
        .min(1)
        .max(50),
    }),
    output: OrderView,
    access: 'write',
    emits: ['supplyOrders.changed', 'supplies.changed'],
    example: {
      id: 'sor_0123456789abcdef',
      at: '2026-11-25T02:00:00.000Z',
      lines: [{ itemId: 'itm_0123456789abcdef', received: 50, used: 30, returned: 18, writtenOff: 2 }],
    },
  }),
  'supplyOrders.list': defineMethod({
    name: 'supplyOrders.list',
    input: z.strictObject({ incidentId: id.optional(), open: z.boolean().optional() }),
    output: z.array(OrderView),
    access: 'read',
    example: { incidentId: 'inc_0123456789abcdef', open: true },
  }),
  'supplyOrders.get': defineMethod({
    name: 'supplyOrders.get',
    input: z.strictObject({ id }),
    output: OrderView,
    access: 'read',
    example: { id: 'sor_0123456789abcdef' },
  }),
};
