import { z } from '../zod-setup';
import { ResponseData, ResponseState } from './response-data';
import { defineMethod } from './define';
import { id, isoTime, name, phone, text } from './shared';
import { lonLat } from './geo';
import {
  ALL_SUBTYPES,
  CATEGORIES,
  CHANNELS,
  ENTRY_KINDS,
  GRADES,
  INCIDENT_STATUSES,
  REPORT_MEANS,
  REPORT_STAGES,
} from '../domain/incidents';

// Messages are i18n keys; see src/common/i18n/messages.ts.

/** Which incidents a list holds: real work (the default), drill traffic (演练), or both. */
export const TRAFFIC = ['real', 'exercise', 'all'] as const;
export type Traffic = (typeof TRAFFIC)[number];
const count = z.number().int().min(0).max(100_000);
export const clientKey = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'errors.field.client_key');

export const Casualties = z.strictObject({ dead: count, injured: count, missing: count, trapped: count });
export const Place = z.strictObject({
  townCode: z
    .string()
    .regex(/^[0-9]{6,12}$/, 'errors.field.town_code')
    .nullable(),
  address: text(200),
  point: lonLat.nullable(),
});
export const Caller = z.strictObject({ unit: text(100), name: text(40), post: text(40), phone });
export const Notified = z.array(z.strictObject({ who: name(60), at: isoTime })).max(30);

export const IntakeData = z.strictObject({
  channel: z.enum(CHANNELS),
  receivedAt: isoTime,
  caller: Caller,
  title: name(100),
  description: text(4000),
  cause: text(1000),
  occurredAt: isoTime.nullable(),
  place: Place,
  casualties: Casualties,
  losses: text(500),
  measures: text(2000),
  trend: text(1000),
  notified: Notified,
  category: z.enum(CATEGORIES),
  subtype: z.enum(ALL_SUBTYPES),
  grade: z.enum(GRADES),
  /** 直接经济损失, 万元, when a figure is known (an accident's grade is read from it). */
  directLossWan: z.number().min(0).max(100_000_000).nullable().optional(),
  /** 紧急转移安置人数. */
  relocated: z.number().int().min(0).max(10_000_000).optional(),
  /** 受灾人口. */
  affected: z.number().int().min(0).max(100_000_000).optional(),
  /** Why the grade is below what the figures suggest (common/domain/accidentGrade.ts). */
  gradeReason: text(500).optional(),
  /** 记录人: who took the call, when not the operator signed in at the desk (typed in later). */
  recorder: text(40).optional(),
});
export type IntakeData = z.infer<typeof IntakeData>;

const VERIFY_MEANS = ['phone', 'onsite', 'video', 'system', 'other'] as const;

/** Data of each timeline entry kind (after the intake). */
export const EntryDataByKind = {
  verify: z.strictObject({
    with: name(60),
    means: z.enum(VERIFY_MEANS),
    result: z.enum(['confirmed', 'partly', 'unconfirmed', 'false']),
    notes: text(2000),
  }),
  followup: z.strictObject({
    with: name(60),
    means: z.enum(VERIFY_MEANS),
    content: name(4000),
    // What changed, if anything: the incident's current figures follow the latest.
    casualties: Casualties.optional(),
    grade: z.enum(GRADES).optional(),
    losses: text(500).optional(),
  }),
  report: z.strictObject({
    stage: z.enum(REPORT_STAGES),
    to: name(60),
    means: z.enum(REPORT_MEANS),
    content: text(4000),
  }),
  instruction: z.strictObject({ leader: name(30), content: name(2000) }),
  instruction_done: z.strictObject({
    instructionId: id,
    status: z.enum(['in_progress', 'done']),
    result: name(2000),
  }),
  feedback: z.strictObject({ to: name(60), content: name(2000) }),
  close: z.strictObject({
    summary: name(2000),
    // Why no 终报 is owed, when there is none on record (误报, merged into another incident...).
    noFinalReport: name(500).optional(),
    // The running clocks the closer was shown and agreed to end (common/closing.ts).
    endsClocks: z
      .array(z.enum(['phone', 'written', 'followup']))
      .max(3)
      .optional(),
  }),
  withdraw: z.strictObject({ reason: name(500), falseAlarm: z.boolean() }),
  reopen: z.strictObject({ reason: name(500) }),
  // Written by incidents.activateResponse only (it checks the plan and the running response).
  response: ResponseData,
} as const;
export type TimelineKind = keyof typeof EntryDataByKind;

const entryVariant = <K extends TimelineKind>(kind: K) =>
  z.strictObject({
    incidentId: id,
    clientKey,
    /** When it happened (a call at 10:05 typed in at 10:12); defaults to now. */
    occurredAt: isoTime.optional(),
    kind: z.literal(kind),
    data: EntryDataByKind[kind],
  });

export const AddEntryInput = z.discriminatedUnion('kind', [
  entryVariant('verify'),
  entryVariant('followup'),
  entryVariant('report'),
  entryVariant('instruction'),
  entryVariant('instruction_done'),
  entryVariant('feedback'),
  entryVariant('close'),
  entryVariant('withdraw'),
  entryVariant('reopen'),
]);
export type AddEntryInput = z.infer<typeof AddEntryInput>;

export const DeadlineItem = z.strictObject({
  kind: z.enum(['phone', 'written', 'followup']),
  grade: z.enum(GRADES),
  dueAt: z.string(),
  doneAt: z.string().nullable(),
  late: z.boolean(),
});

export const IncidentSummary = z.strictObject({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  category: z.enum(CATEGORIES),
  subtype: z.enum(ALL_SUBTYPES),
  grade: z.enum(GRADES),
  status: z.enum(INCIDENT_STATUSES),
  townCode: z.string().nullable(),
  townName: z.string().nullable(),
  address: z.string(),
  point: lonLat.nullable(),
  receivedAt: z.string(),
  occurredAt: z.string().nullable(),
  casualties: Casualties,
  losses: z.string(),
  openInstructions: z.number().int(),
  nextDue: z.strictObject({ kind: z.enum(['phone', 'written', 'followup']), dueAt: z.string() }).nullable(),
  lastEntryAt: z.string(),
  closedAt: z.string().nullable(),
  /** The drill it was logged under (演练, marked on every screen and print), or null for real work. */
  drill: z.strictObject({ id: z.string(), number: z.string() }).nullable(),
  /** The emergency response the incident is under (响应中), or null. */
  response: ResponseState.nullable(),
});
export type IncidentSummary = z.infer<typeof IncidentSummary>;

export const EntryView = z.strictObject({
  id: z.string(),
  seq: z.number().int(),
  incidentId: z.string().nullable(),
  kind: z.enum(ENTRY_KINDS),
  occurredAt: z.string(),
  enteredAt: z.string(),
  authorId: z.string().nullable(),
  authorName: z.string(),
  /** Current value: the original with every correction applied in order. */
  data: z.record(z.string(), z.unknown()),
  original: z.record(z.string(), z.unknown()),
  corrections: z.array(
    z.strictObject({
      id: z.string(),
      at: z.string(),
      authorName: z.string(),
      reason: z.string(),
      changes: z.record(z.string(), z.unknown()),
      before: z.record(z.string(), z.unknown()),
    }),
  ),
  /** Set on a correction entry: the entry it corrects. */
  correctsId: z.string().nullable(),
  reason: z.string().nullable(),
});
export type EntryView = z.infer<typeof EntryView>;

/** An incident with its intake, timeline, deadlines and instructions: what its page shows. */
export const IncidentDetail = z.strictObject({
  incident: IncidentSummary,
  intake: IntakeData,
  entries: z.array(EntryView),
  deadlines: z.strictObject({
    items: z.array(DeadlineItem),
    next: DeadlineItem.nullable(),
    overdue: z.boolean(),
  }),
  instructions: z.array(
    z.strictObject({
      entryId: z.string(),
      leader: z.string(),
      content: z.string(),
      at: z.string(),
      status: z.enum(['open', 'in_progress', 'done']),
      result: z.string().nullable(),
    }),
  ),
});

const incidentFilter = {
  status: z.array(z.enum(INCIDENT_STATUSES)).max(4).optional(),
  grade: z.array(z.enum(GRADES)).max(5).optional(),
  category: z.enum(CATEGORIES).optional(),
  townCode: z
    .string()
    .regex(/^[0-9]{6,12}$/, 'errors.field.town_code')
    .optional(),
  from: isoTime.optional(),
  to: isoTime.optional(),
  /**
   * Real work only (the default: boards, statistics, exports), drill traffic only, or
   * both (the duty log's own lists, each drill record marked 演练).
   */
  traffic: z.enum(TRAFFIC).optional(),
};

export const incidentMethods = {
  'incidents.create': defineMethod({
    name: 'incidents.create',
    input: z.strictObject({
      clientKey,
      attachTo: id.optional(),
      intake: IntakeData,
      /** Logged under this running drill (演练): marked, and left out of real work. */
      drillId: id.nullable().optional(),
    }),
    output: z.strictObject({
      incident: IncidentSummary,
      entryId: z.string(),
      attached: z.boolean(),
      replayed: z.boolean(),
      /**
       * The incident as `incidents.get` reads it just after the write: the intake's next
       * screen is its page, shown from this without a second round trip (ui.intake).
       */
      detail: IncidentDetail,
    }),
    access: 'write',
    emits: ['incidents.changed', 'logs.changed'],
    example: {
      clientKey: 'k_0123456789',
      intake: {
        channel: 'phone',
        receivedAt: '2026-11-29T02:05:00.000Z',
        caller: { unit: '青石镇人民政府', name: '刘明', post: '应急办主任', phone: '13800001234' },
        title: '青石镇石坝村山体滑坡',
        description: '石坝村三组后山发生滑坡，约2000方，掩埋村道。',
        cause: '连续降雨',
        occurredAt: '2026-11-29T01:40:00.000Z',
        place: { townCode: '990101101', address: '青石镇石坝村三组', point: [111.6, 27.57] },
        casualties: { dead: 0, injured: 1, missing: 0, trapped: 2 },
        losses: '村道中断约50米',
        measures: '镇村干部已到场，疏散群众12人',
        trend: '仍有小规模垮塌',
        notified: [{ who: '县自然资源局', at: '2026-11-29T02:03:00.000Z' }],
        category: 'natural',
        subtype: 'landslide',
        grade: 'III',
      },
    },
  }),
  'incidents.get': defineMethod({
    name: 'incidents.get',
    input: z.strictObject({ id }),
    output: IncidentDetail,
    access: 'read',
    example: { id: 'inc_0123456789abcdef' },
  }),
  'incidents.list': defineMethod({
    name: 'incidents.list',
    input: z.strictObject({
      ...incidentFilter,
      open: z.boolean().optional(),
      /**
       * urgency: overdue and soonest deadline first (the desk's board); gravity: gravest
       * grade first, then most urgent (the wall: a new Ⅰ/Ⅱ级 above older overdue Ⅲ/Ⅳ级);
       * received: newest first (the default).
       */
      sort: z.enum(['urgency', 'gravity', 'received']).optional(),
      limit: z.number().int().min(1).max(500).optional(),
      offset: z.number().int().min(0).max(1_000_000).optional(),
    }),
    output: z.strictObject({ items: z.array(IncidentSummary), total: z.number().int() }),
    access: 'read',
    example: { open: true, grade: ['III'], category: 'natural', sort: 'urgency', limit: 50, offset: 0 },
  }),
  'incidents.duplicates': defineMethod({
    name: 'incidents.duplicates',
    input: z.strictObject({
      category: z.enum(CATEGORIES).optional(),
      subtype: z.enum(ALL_SUBTYPES).optional(),
      townCode: z
        .string()
        .regex(/^[0-9]{6,12}$/, 'errors.field.town_code')
        .nullable()
        .optional(),
      point: lonLat.nullable().optional(),
      at: isoTime.optional(),
    }),
    output: z.array(
      z.strictObject({
        incident: IncidentSummary,
        distanceM: z.number().nullable(),
        reasons: z.array(z.enum(['same_type', 'same_town', 'nearby', 'recent'])),
      }),
    ),
    access: 'read',
    example: {
      category: 'natural',
      subtype: 'landslide',
      townCode: '990101101',
      point: [111.6, 27.57],
      at: '2026-11-29T02:05:00.000Z',
    },
  }),
  'incidents.addEntry': defineMethod({
    name: 'incidents.addEntry',
    input: AddEntryInput,
    output: z.strictObject({ entryId: z.string(), incident: IncidentSummary, replayed: z.boolean() }),
    access: 'write',
    emits: ['incidents.changed', 'logs.changed'],
    example: {
      incidentId: 'inc_0123456789abcdef',
      clientKey: 'k_abcdefghij',
      kind: 'verify',
      data: { with: '青石镇应急办刘明', means: 'phone', result: 'confirmed', notes: '现场确认' },
    },
  }),
  'incidents.correctEntry': defineMethod({
    name: 'incidents.correctEntry',
    input: z.strictObject({
      entryId: id,
      clientKey,
      // Checked against the corrected entry's own schema by core.
      changes: z
        .record(z.string().max(40), z.unknown())
        .refine((c) => Object.keys(c).length > 0 && Object.keys(c).length <= 20, {
          message: 'errors.field.changes',
        }),
      reason: name(500),
    }),
    output: z.strictObject({ entryId: z.string(), correctsId: z.string(), replayed: z.boolean() }),
    access: 'write',
    emits: ['incidents.changed', 'logs.changed'],
    example: {
      entryId: 'en_0123456789abcdef',
      clientKey: 'k_corr012345',
      changes: { title: '青石镇石坝村山体滑坡（更正）' },
      reason: '村名记错',
    },
  }),
} as const;
