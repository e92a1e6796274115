import { z } from '../zod-setup';
import { defineMethod } from './define';
import { id, isoTime, monthKey, name, text } from './shared';
import { lonLat } from './geo';
import { clientKey } from './incidents';
import {
  FAULT_ACTIONS,
  CHECK_ITEM_TYPES,
  EQUIPMENT_KINDS,
  EQUIPMENT_STATUSES,
  FAULT_STATUSES,
  INTERVAL_KINDS,
} from '../domain/equipment';

// Messages are i18n keys; see src/common/i18n/equipment-messages.ts.
const kind = z.enum(EQUIPMENT_KINDS);
const itemKey = z.string().regex(/^[a-z][a-z0-9_]{0,31}$/, 'errors.field.id');
const bound = z.number().min(-1_000_000).max(1_000_000).nullable();

export const Interval = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.enum(['daily', 'weekly', 'monthly']) }),
  z.strictObject({ kind: z.literal('days'), days: z.number().int().min(1).max(366) }),
]);

export const CheckItem = z.discriminatedUnion('type', [
  z.strictObject({ key: itemKey, label: name(40), type: z.literal('bool'), required: z.boolean() }),
  z.strictObject({
    key: itemKey,
    label: name(40),
    type: z.literal('number'),
    required: z.boolean(),
    unit: text(10),
    min: bound,
    max: bound,
  }),
  z.strictObject({
    key: itemKey,
    label: name(40),
    type: z.literal('choice'),
    required: z.boolean(),
    options: z.array(name(20)).min(2).max(10),
    pass: z.array(name(20)).min(1).max(10),
  }),
  z.strictObject({ key: itemKey, label: name(40), type: z.literal('text'), required: z.boolean() }),
]);
export type CheckItemInput = z.infer<typeof CheckItem>;

export const Template = z.strictObject({
  kind,
  version: z.number().int(),
  items: z.array(CheckItem),
  faultHours: z.number().int(),
  createdAt: z.string(),
  authorName: z.string(),
});
export type Template = z.infer<typeof Template>;

const DueView = z.strictObject({
  state: z.enum(['ok', 'due', 'overdue', 'paused']),
  windowStart: z.string().nullable(),
  dueAt: z.string().nullable(),
  missed: z.number().int(),
});

export const EquipmentView = z.strictObject({
  id: z.string(),
  kind,
  name: z.string(),
  model: z.string(),
  serial: z.string(),
  location: z.string(),
  point: lonLat.nullable(),
  custodianA: z.string(),
  custodianB: z.string(),
  interval: Interval,
  status: z.enum(EQUIPMENT_STATUSES),
  handover: z.boolean(),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  lastCheckAt: z.string().nullable(),
  lastCheckPassed: z.boolean().nullable(),
  due: DueView,
  openFault: z
    .strictObject({ id: z.string(), number: z.string(), deadlineAt: z.string(), overdue: z.boolean() })
    .nullable(),
});
export type EquipmentView = z.infer<typeof EquipmentView>;

const EquipmentFields = {
  kind,
  name: name(60),
  model: text(60),
  serial: text(60).refine((s) => !/[\r\n\t]/.test(s), { message: 'errors.field.newline' }),
  location: text(100),
  point: lonLat.nullable(),
  custodianA: text(30),
  custodianB: text(30),
  interval: Interval,
  status: z.enum(EQUIPMENT_STATUSES),
  handover: z.boolean(),
  notes: text(500),
};
export const EquipmentInput = z.strictObject(EquipmentFields);
export type EquipmentInput = z.infer<typeof EquipmentInput>;

const DrillRef = z.strictObject({ id: z.string(), number: z.string() });

export const CheckResultView = z.strictObject({
  key: z.string(),
  label: z.string(),
  type: z.enum(CHECK_ITEM_TYPES),
  unit: z.string().nullable(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  pass: z.array(z.string()).nullable(),
  value: z.union([z.boolean(), z.number(), z.string(), z.null()]),
  ok: z.boolean(),
});

export const CheckView = z.strictObject({
  id: z.string(),
  equipmentId: z.string(),
  equipmentName: z.string(),
  equipmentKind: kind,
  templateVersion: z.number().int(),
  results: z.array(CheckResultView),
  passed: z.boolean(),
  checkedAt: z.string(),
  enteredAt: z.string(),
  checkerName: z.string(),
  notes: z.string(),
  roundId: z.string().nullable(),
  /** Made under a running drill (演练): marked, and left out of real statistics. */
  drill: DrillRef.nullable(),
});
export type CheckView = z.infer<typeof CheckView>;

export const FaultView = z.strictObject({
  id: z.string(),
  number: z.string(),
  equipmentId: z.string(),
  equipmentName: z.string(),
  equipmentKind: kind,
  handover: z.boolean(),
  openedAt: z.string(),
  openedByCheckId: z.string().nullable(),
  openedByName: z.string(),
  description: z.string(),
  reportedTo: z.string(),
  deadlineAt: z.string(),
  status: z.enum(FAULT_STATUSES),
  overdue: z.boolean(),
  repairedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  closingCheckId: z.string().nullable(),
  /** Opened under a running drill (演练): marked, and left out of real statistics and the sheet. */
  drill: DrillRef.nullable(),
  actions: z.array(
    z.strictObject({
      id: z.string(),
      kind: z.enum(FAULT_ACTIONS),
      at: z.string(),
      authorName: z.string(),
      data: z.record(z.string(), z.unknown()),
    }),
  ),
});
export type FaultView = z.infer<typeof FaultView>;

const Summary = z.strictObject({
  total: z.number().int(),
  due: z.number().int(),
  overdue: z.number().int(),
  openFaults: z.number().int(),
  overdueFaults: z.number().int(),
});
export type EquipmentSummary = z.infer<typeof Summary>;

export const equipmentMethods = {
  'equipment.list': defineMethod({
    name: 'equipment.list',
    input: z.strictObject({
      includeRetired: z.boolean().optional(),
      kind: kind.optional(),
      handoverOnly: z.boolean().optional(),
    }),
    output: z.array(EquipmentView),
    access: 'read',
    example: { includeRetired: false, kind: 'satellite_phone', handoverOnly: false },
  }),
  'equipment.upsert': defineMethod({
    name: 'equipment.upsert',
    input: z.strictObject({ id: id.optional(), ...EquipmentFields }),
    output: EquipmentView,
    access: 'write',
    emits: ['equipment.changed'],
    example: {
      kind: 'satellite_phone',
      name: '卫星电话（1号）',
      model: '天通 T900',
      serial: 'TT-0001',
      location: '值班室',
      point: [111.5, 27.4],
      custodianA: '张伟',
      custodianB: '李娜',
      interval: { kind: 'daily' },
      status: 'in_use',
      handover: true,
      notes: '',
    },
  }),
  'equipment.due': defineMethod({
    name: 'equipment.due',
    input: z.strictObject({ includeOk: z.boolean().optional() }),
    output: z.strictObject({
      shift: z.strictObject({ start: z.string(), end: z.string() }),
      items: z.array(z.strictObject({ equipment: EquipmentView, template: Template })),
    }),
    access: 'read',
    example: { includeOk: false },
  }),
  'equipment.summary': defineMethod({
    name: 'equipment.summary',
    input: z.strictObject({}),
    output: Summary,
    access: 'read',
  }),
  'equipment.handover': defineMethod({
    name: 'equipment.handover',
    // For the handover sheet: what moves with the shift, and what is wrong.
    input: z.strictObject({}),
    output: z.strictObject({
      items: z.array(EquipmentView),
      overdue: z.array(EquipmentView),
      openFaults: z.array(FaultView),
      summary: Summary,
    }),
    access: 'read',
  }),
  'equipment.stats': defineMethod({
    name: 'equipment.stats',
    input: z.strictObject({ fromMonth: monthKey, toMonth: monthKey }),
    output: z.strictObject({
      months: z.array(
        z.strictObject({
          month: z.string(),
          owed: z.number().int(),
          done: z.number().int(),
          failed: z.number().int(),
          faultsOpened: z.number().int(),
          faultsClosed: z.number().int(),
          mttrHours: z.number().nullable(),
        }),
      ),
      byKind: z.array(
        z.strictObject({ kind, owed: z.number().int(), done: z.number().int(), failed: z.number().int() }),
      ),
      mttrHours: z.number().nullable(),
    }),
    access: 'read',
    example: { fromMonth: '2026-09', toMonth: '2026-11' },
  }),
  'equipment.export': defineMethod({
    name: 'equipment.export',
    input: z.strictObject({ includeRetired: z.boolean().optional() }),
    output: z.strictObject({
      fileName: z.string(),
      mime: z.string(),
      base64: z.string(),
      rows: z.number().int(),
    }),
    access: 'read',
    example: { includeRetired: true },
  }),
  'checkTemplates.list': defineMethod({
    name: 'checkTemplates.list',
    input: z.strictObject({}),
    output: z.array(Template),
    access: 'read',
  }),
  'checkTemplates.update': defineMethod({
    name: 'checkTemplates.update',
    input: z.strictObject({
      kind,
      items: z.array(CheckItem).min(1).max(20),
      faultHours: z.number().int().min(1).max(8760),
    }),
    output: Template,
    access: 'admin',
    emits: ['checkTemplates.changed'],
    example: {
      kind: 'radio',
      items: [
        { key: 'channel', label: '频道通话测试', type: 'bool', required: true },
        { key: 'battery', label: '电池电量', type: 'number', required: true, unit: '%', min: 50, max: 100 },
      ],
      faultHours: 72,
    },
  }),
  'checks.record': defineMethod({
    name: 'checks.record',
    input: z.strictObject({
      clientKey,
      equipmentId: id,
      /** The template version the form showed; a stale form is refused, not silently re-read. */
      templateVersion: z.number().int().min(1).max(100_000),
      checkedAt: isoTime.optional(),
      results: z
        .array(
          z.strictObject({
            key: itemKey,
            value: z.union([z.boolean(), z.number().min(-1e9).max(1e9), text(200), z.null()]),
          }),
        )
        .max(20),
      notes: text(1000),
      roundId: id.optional(),
      /** What is wrong, for the fault a failed check opens; defaults to the failed items. */
      faultDescription: text(1000).optional(),
      /** Made under this running drill (演练): marked, and left out of real work. */
      drillId: id.nullable().optional(),
    }),
    output: z.strictObject({
      check: CheckView,
      faultOpened: z.string().nullable(),
      faultClosed: z.string().nullable(),
      faultUpdated: z.string().nullable(),
      replayed: z.boolean(),
    }),
    access: 'write',
    emits: ['checks.changed', 'equipment.changed', 'faults.changed'],
    example: {
      clientKey: 'k_check01234',
      equipmentId: 'eq_0123456789abcdef',
      templateVersion: 1,
      results: [
        { key: 'call', value: true },
        { key: 'battery', value: 42 },
        { key: 'charged', value: true },
      ],
      notes: '',
      roundId: 'rd_0123456789',
    },
  }),
  'checks.history': defineMethod({
    name: 'checks.history',
    input: z.strictObject({
      equipmentId: id.optional(),
      from: isoTime.optional(),
      to: isoTime.optional(),
      failedOnly: z.boolean().optional(),
      limit: z.number().int().min(1).max(5000).optional(),
    }),
    output: z.strictObject({ items: z.array(CheckView), more: z.boolean() }),
    access: 'read',
    example: { equipmentId: 'eq_0123456789abcdef', from: '2026-11-01T00:00:00.000Z', limit: 100 },
  }),
  'checks.verifyChain': defineMethod({
    name: 'checks.verifyChain',
    input: z.strictObject({}),
    output: z.strictObject({
      ok: z.boolean(),
      checked: z.number().int(),
      firstBrokenId: z.string().nullable(),
    }),
    access: 'read',
  }),
  'faults.list': defineMethod({
    name: 'faults.list',
    input: z.strictObject({
      open: z.boolean().optional(),
      equipmentId: id.optional(),
      limit: z.number().int().min(1).max(1000).optional(),
    }),
    output: z.array(FaultView),
    access: 'read',
    example: { open: true, equipmentId: 'eq_0123456789abcdef', limit: 100 },
  }),
  'faults.open': defineMethod({
    name: 'faults.open',
    input: z.strictObject({
      clientKey,
      equipmentId: id,
      description: name(1000),
      reportedTo: text(100).optional(),
      deadlineAt: isoTime.optional(),
      /** Opened under this running drill (演练): marked, and left out of real work. */
      drillId: id.nullable().optional(),
    }),
    output: FaultView,
    access: 'write',
    emits: ['faults.changed', 'equipment.changed'],
    example: {
      clientKey: 'k_fault01234',
      equipmentId: 'eq_0123456789abcdef',
      description: '2号对讲机无法开机',
      reportedTo: '局办公室',
    },
  }),
  'faults.update': defineMethod({
    name: 'faults.update',
    input: z.strictObject({
      id,
      clientKey,
      status: z.enum(FAULT_STATUSES).optional(),
      /** An action taken (整改措施), appended to the fault's record. */
      action: text(1000).optional(),
      reportedTo: text(100).optional(),
      deadlineAt: isoTime.optional(),
      reason: text(500).optional(),
    }),
    output: FaultView,
    access: 'write',
    emits: ['faults.changed', 'equipment.changed'],
    example: {
      id: 'flt_0123456789abcdef',
      clientKey: 'k_fupd012345',
      status: 'in_progress',
      action: '已联系厂家更换电池',
    },
  }),
} as const;

export { INTERVAL_KINDS };
