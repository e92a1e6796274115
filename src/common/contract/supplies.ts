import { z } from '../zod-setup';
import { DEPOT_KINDS, MOVE_KINDS, MOVEMENT_KINDS } from '../domain/supplies';
import { defineMethod } from './define';
import { dateKey, id, isoTime, name, oneLine, text } from './shared';

/** A quantity a keeper counts: positive, finite, at most three decimals' worth. */
const quantity = z.number().positive().max(1e9);
/** GB/T 38565-2020 应急物资分类及编码: 7 digits, four levels. */
const itemCode = z.string().regex(/^[0-9]{7}$/, 'errors.field.supply_code').nullable();

const ItemFields = {
  name: name(60),
  unit: name(10),
  /** 规格型号: what tells one tent from another (3×4 m 单帐篷). */
  spec: oneLine(60),
  code: itemCode,
};
export const ItemInput = z.strictObject(ItemFields);
export type ItemInput = z.infer<typeof ItemInput>;

export const ItemView = z.strictObject({
  id: z.string(),
  name: z.string(),
  unit: z.string(),
  spec: z.string(),
  code: z.string().nullable(),
});
export type ItemView = z.infer<typeof ItemView>;

export const LotView = z.strictObject({
  id: z.string(),
  lotNo: z.string(),
  expiresOn: z.string().nullable(),
  quantity: z.number(),
  /** Expires within the reminder's lead time, or has expired. */
  expiring: z.boolean(),
  expired: z.boolean(),
});
export type LotView = z.infer<typeof LotView>;

/** One item in one depot, its stock summed from the ledger, with its lots. */
export const StockLineView = z.strictObject({
  depotId: z.string(),
  depotName: z.string(),
  depotKind: z.enum(DEPOT_KINDS),
  townName: z.string().nullable(),
  itemId: z.string(),
  item: z.string(),
  unit: z.string(),
  spec: z.string(),
  code: z.string().nullable(),
  quantity: z.number(),
  minimum: z.number(),
  short: z.boolean(),
  lots: z.array(LotView),
});
export type StockLineView = z.infer<typeof StockLineView>;

export const MovementView = z.strictObject({
  seq: z.number().int(),
  id: z.string(),
  kind: z.enum(MOVEMENT_KINDS),
  depotId: z.string(),
  depotName: z.string(),
  itemId: z.string(),
  item: z.string(),
  unit: z.string(),
  lotId: z.string(),
  lotNo: z.string(),
  expiresOn: z.string().nullable(),
  quantity: z.number(),
  at: z.string(),
  enteredAt: z.string(),
  actorName: z.string(),
  reason: z.string(),
  ref: z.string().nullable(),
  drill: z.boolean(),
});
export type MovementView = z.infer<typeof MovementView>;

export const MoveInput = z.strictObject({
  kind: z.enum(MOVE_KINDS),
  depotId: id,
  itemId: id,
  quantity,
  /**
   * The lot: for 出库/报废/调拨/轮换 the lot taken from (none: earliest expiry first);
   * for 入库/回收 the lot is named by its number and expiry instead.
   */
  lotId: id.nullable(),
  /** 入库/回收, and the new lot of a 轮换: its number (may be empty) and expiry date. */
  lotNo: oneLine(40),
  expiresOn: dateKey.nullable(),
  /** 调拨: the receiving depot. */
  toDepotId: id.nullable(),
  /** When it happened; the host's now when absent. */
  at: isoTime.optional(),
  /** 用途、去向或来源: required for 出库, 报废 and 调拨. */
  reason: text(300),
  /** Logged under a running drill: drill traffic, kept apart from the real stock. */
  drillId: id.nullable().optional(),
});
export type MoveInput = z.infer<typeof MoveInput>;

export const CountView = z.strictObject({
  id: z.string(),
  depotId: z.string(),
  depotName: z.string(),
  countedAt: z.string(),
  actorName: z.string(),
  note: z.string(),
  lines: z.array(
    z.strictObject({
      lotId: z.string(),
      item: z.string(),
      unit: z.string(),
      lotNo: z.string(),
      expected: z.number(),
      counted: z.number(),
      difference: z.number(),
      reason: z.string(),
    }),
  ),
});
export type CountView = z.infer<typeof CountView>;

export const supplyMethods = {
  'supplies.stock': defineMethod({
    name: 'supplies.stock',
    input: z.strictObject({
      depotId: id.optional(),
      itemId: id.optional(),
      /** Words in the item, its spec or code, or the depot. */
      q: oneLine(60).optional(),
    }),
    output: z.array(StockLineView),
    access: 'read',
    example: { depotId: 'dep_0123456789abcdef', itemId: 'itm_0123456789abcdef', q: '帐篷' },
  }),
  'supplies.items': defineMethod({
    name: 'supplies.items',
    input: z.strictObject({}),
    output: z.array(ItemView),
    access: 'read',
  }),
  'supplies.saveItem': defineMethod({
    name: 'supplies.saveItem',
    input: z.strictObject({ id: id.optional(), ...ItemFields }),
    output: ItemView,
    access: 'write',
    emits: ['supplies.changed'],
    example: { name: '单帐篷', unit: '顶', spec: '3×4 m', code: '1010101' },
  }),
  'supplies.move': defineMethod({
    name: 'supplies.move',
    input: MoveInput,
    output: z.array(MovementView),
    access: 'write',
    emits: ['supplies.changed'],
    example: {
      kind: 'receive',
      depotId: 'dep_0123456789abcdef',
      itemId: 'itm_0123456789abcdef',
      quantity: 50,
      lotId: null,
      lotNo: '2026-11',
      expiresOn: '2029-11-30',
      toDepotId: null,
      at: '2026-11-20T02:00:00.000Z',
      reason: '年度采购',
    },
  }),
  'supplies.movements': defineMethod({
    name: 'supplies.movements',
    input: z.strictObject({
      depotId: id.optional(),
      itemId: id.optional(),
      lotId: id.optional(),
      limit: z.number().int().min(1).max(1000).optional(),
    }),
    output: z.array(MovementView),
    access: 'read',
    example: { depotId: 'dep_0123456789abcdef', itemId: 'itm_0123456789abcdef', limit: 100 },
  }),
  'supplies.count': defineMethod({
    name: 'supplies.count',
    input: z.strictObject({
      depotId: id,
      countedAt: isoTime.optional(),
      note: text(300),
      /** Each lot counted: what is on the shelf, and why when it differs from the ledger. */
      lines: z
        .array(z.strictObject({ lotId: id, counted: z.number().min(0).max(1e9), reason: text(200) }))
        .min(1)
        .max(500),
    }),
    output: CountView,
    access: 'write',
    emits: ['supplies.changed'],
    example: {
      depotId: 'dep_0123456789abcdef',
      countedAt: '2026-11-20T02:00:00.000Z',
      note: '季度盘点',
      lines: [{ lotId: 'lot_0123456789abcdef', counted: 48, reason: '受潮报损 2 顶' }],
    },
  }),
  'supplies.counts': defineMethod({
    name: 'supplies.counts',
    input: z.strictObject({ depotId: id.optional() }),
    output: z.array(CountView),
    access: 'read',
    example: { depotId: 'dep_0123456789abcdef' },
  }),
  'supplies.verifyChain': defineMethod({
    name: 'supplies.verifyChain',
    input: z.strictObject({}),
    output: z.strictObject({
      ok: z.boolean(),
      checked: z.number().int(),
      firstBrokenId: z.string().nullable(),
    }),
    access: 'read',
  }),
};
