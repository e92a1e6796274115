import { z } from '../zod-setup';
import { defineMethod } from './define';
import { id, isoTime, name, phone, text } from './shared';
import { clientKey, EntryView, TRAFFIC } from './incidents';
import { hhmm } from './settings';
import { CATEGORIES, ENTRY_KINDS, GRADES, INCIDENT_STATUSES } from '../domain/incidents';

/** Data of duty-log entries that belong to no incident. */
export const LogOnlyDataByKind = {
  call: z.strictObject({
    direction: z.enum(['incoming_call', 'notice']),
    fromUnit: name(100),
    fromName: text(40),
    phone,
    content: name(4000),
  }),
  spot_check: z.strictObject({
    callerUnit: name(100),
    callerName: text(40),
    answeredBy: name(40),
    answerSeconds: z.number().int().min(0).max(3600),
    result: text(500),
  }),
  equipment_handover: z.strictObject({ items: name(1000), receivedBy: name(40) }),
  other: z.strictObject({ content: name(4000) }),
} as const;
export type LogOnlyKindName = keyof typeof LogOnlyDataByKind;

const logVariant = <K extends LogOnlyKindName>(kind: K) =>
  z.strictObject({
    clientKey,
    occurredAt: isoTime.optional(),
    kind: z.literal(kind),
    data: LogOnlyDataByKind[kind],
  });

export const LogFilter = z.strictObject({
  from: isoTime.optional(),
  to: isoTime.optional(),
  /** Any instant inside the wanted shift: the log of that shift. */
  shiftAt: isoTime.optional(),
  kinds: z.array(z.enum(ENTRY_KINDS)).max(20).optional(),
  category: z.enum(CATEGORIES).optional(),
  grade: z.array(z.enum(GRADES)).max(5).optional(),
  status: z.array(z.enum(INCIDENT_STATUSES)).max(4).optional(),
  townCode: z
    .string()
    .regex(/^[0-9]{6,12}$/, 'errors.field.town_code')
    .optional(),
  authorId: id.optional(),
  incidentId: id.optional(),
  /** Real work only (the default, as exports and the handover read it), drill traffic only, or both. */
  traffic: z.enum(TRAFFIC).optional(),
});
export type LogFilter = z.infer<typeof LogFilter>;

export const LogItem = EntryView.extend({
  incidentNumber: z.string().nullable(),
  incidentTitle: z.string().nullable(),
  incidentGrade: z.enum(GRADES).nullable(),
  incidentStatus: z.enum(INCIDENT_STATUSES).nullable(),
  /** The drill its incident was logged under (演练), or null. */
  drillNumber: z.string().nullable(),
  summary: z.string(),
});
export type LogItem = z.infer<typeof LogItem>;

const DeadlineRule = z.strictObject({
  grade: z.enum(GRADES),
  category: z.enum(CATEGORIES).nullable(),
  phoneMinutes: z.number().int().min(1).max(10_080),
  writtenMinutes: z.number().int().min(1).max(10_080),
});
export const DeadlineRules = z.strictObject({
  rules: z.array(DeadlineRule).min(1).max(60),
  followUpTimes: z.array(hhmm).max(6),
  followUpWindowMinutes: z.number().int().min(0).max(720),
});

export const logMethods = {
  'logs.list': defineMethod({
    name: 'logs.list',
    input: z.strictObject({
      filter: LogFilter,
      limit: z.number().int().min(1).max(1000).optional(),
      /** From a previous page's nextCursor: newest first, by the time entries happened. */
      cursor: z
        .string()
        .regex(/^[0-9TZ:.+-]{20,35}\|[0-9]{1,12}$/, 'errors.field.cursor')
        .optional(),
    }),
    output: z.strictObject({ items: z.array(LogItem), nextCursor: z.string().nullable() }),
    access: 'read',
    example: {
      filter: { kinds: ['intake', 'report'], grade: ['III'], from: '2026-11-01T00:00:00.000Z' },
      limit: 100,
    },
  }),
  'logs.add': defineMethod({
    name: 'logs.add',
    input: z.discriminatedUnion('kind', [
      logVariant('call'),
      logVariant('spot_check'),
      logVariant('equipment_handover'),
      logVariant('other'),
    ]),
    output: z.strictObject({ entryId: z.string(), replayed: z.boolean() }),
    access: 'write',
    emits: ['logs.changed'],
    example: {
      clientKey: 'k_spot012345',
      kind: 'spot_check',
      data: {
        callerUnit: '市应急管理局',
        callerName: '王科长',
        answeredBy: '张伟',
        answerSeconds: 8,
        result: '在岗',
      },
    },
  }),
  'logs.search': defineMethod({
    name: 'logs.search',
    input: z.strictObject({
      q: name(50).refine((s) => s.trim().length >= 2, { message: 'errors.field.search_short' }),
      limit: z.number().int().min(1).max(200).optional(),
    }),
    output: z.strictObject({
      hits: z.array(
        z.strictObject({
          entry: LogItem,
          /** The matched text and the [start, end) ranges to highlight. */
          snippet: z.string(),
          highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
        }),
      ),
      more: z.boolean(),
    }),
    access: 'read',
    example: { q: '滑坡', limit: 50 },
  }),
  'logs.verifyChain': defineMethod({
    name: 'logs.verifyChain',
    input: z.strictObject({}),
    output: z.strictObject({
      ok: z.boolean(),
      checked: z.number().int(),
      firstBrokenId: z.string().nullable(),
      firstBrokenSeq: z.number().int().nullable(),
      /** Chain heads stored with handover signatures, checked against the log as it is now. */
      anchorsChecked: z.number().int(),
      /** Anchors whose entry no longer has the hash it had when the sheet was signed. */
      anchorMismatches: z.array(
        z.strictObject({ seq: z.number().int(), shiftKey: z.string(), role: z.string() }),
      ),
    }),
    access: 'read',
  }),
  'logs.checkAnchor': defineMethod({
    name: 'logs.checkAnchor',
    // A chain head printed on a signed handover sheet, typed from the paper.
    input: z.strictObject({
      seq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
      hash: z.string().regex(/^[0-9a-fA-F]{8,64}$/, 'errors.field.chain_hash'),
    }),
    output: z.strictObject({
      /** Whether the log's entry at that number still has a hash beginning so. */
      inLog: z.enum(['match', 'mismatch', 'missing']),
      /** The signatures that stored this chain head, and whether their stored hash begins so. */
      recorded: z.array(
        z.strictObject({
          shiftKey: z.string(),
          role: z.string(),
          name: z.string(),
          at: z.string(),
          match: z.boolean(),
        }),
      ),
    }),
    access: 'read',
    example: { seq: 1234, hash: '3f2a9c1b7e04d5e6' },
  }),
  'logs.export': defineMethod({
    name: 'logs.export',
    input: z.strictObject({ filter: LogFilter, format: z.enum(['csv', 'xlsx']) }),
    output: z.strictObject({
      fileName: z.string(),
      mime: z.string(),
      base64: z.string(),
      rows: z.number().int(),
    }),
    access: 'read',
    example: { filter: { from: '2026-11-01T00:00:00.000Z' }, format: 'csv' },
  }),
  'deadlines.getRules': defineMethod({
    name: 'deadlines.getRules',
    input: z.strictObject({}),
    output: z.strictObject({
      rules: DeadlineRules,
      effectiveFrom: z.string().nullable(),
      history: z.array(
        z.strictObject({
          version: z.number().int(),
          effectiveFrom: z.string(),
          authorName: z.string().nullable(),
        }),
      ),
    }),
    access: 'read',
  }),
  'deadlines.setRules': defineMethod({
    name: 'deadlines.setRules',
    input: z.strictObject({ rules: DeadlineRules }),
    output: z.strictObject({ version: z.number().int(), effectiveFrom: z.string() }),
    access: 'admin',
    emits: ['deadlines.changed'],
    example: {
      rules: {
        rules: [
          { grade: 'I', category: null, phoneMinutes: 15, writtenMinutes: 30 },
          { grade: 'III', category: 'accident', phoneMinutes: 20, writtenMinutes: 45 },
        ],
        followUpTimes: ['08:00', '17:00'],
        followUpWindowMinutes: 120,
      },
    },
  }),
} as const;
