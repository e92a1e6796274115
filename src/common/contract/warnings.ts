import { z } from '../zod-setup';
import {
  ACK_HOWS,
  FORWARD_CHANNELS,
  WARNING_CHANNELS,
  WARNING_HAZARDS,
  WARNING_LEVELS,
  WARNING_SOURCES,
  CHANNEL_OF_WARNING,
  HAZARD_SUBTYPE,
  type RecipientClock,
  type WarningClock,
} from '../domain/warnings';
import { categoryOf } from '../domain/incidents';
import { RESPONSE_ACTIONS, RESPONSE_LEVELS } from '../domain/plans';
import { defineMethod } from './define';
import { ResponseDecisionFields } from './response';
import { ResponseState } from './response-data';
import { clientKey, IntakeData } from './incidents';
import { id, isoTime, name, oneLine, text } from './shared';

// Messages are i18n keys; see src/common/i18n/warnings-messages.ts.

const DAYS_IN = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function isYearlyDate(s: string): boolean {
  const m = /^([0-9]{2})-([0-9]{2})$/.exec(s);
  return (
    !!m &&
    Number(m[1]) >= 1 &&
    Number(m[1]) <= 12 &&
    Number(m[2]) >= 1 &&
    Number(m[2]) <= DAYS_IN[Number(m[1]) - 1]!
  );
}

const code = z.string().regex(/^[0-9]{6,12}$/, 'errors.field.town_code');
/** A polygon as CAP writes it: at least four lon,lat points, the last equal to the first. */
const Polygon = z
  .array(z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]))
  .min(4)
  .max(500);

export const WarningRulesView = z.strictObject({
  callLevels: z.array(z.enum(WARNING_LEVELS)).max(4),
  callMinutes: z.number().int().min(1).max(120),
  ackMinutes: z.number().int().min(1).max(1440),
  /** A date every year has (no 02-29), as MM-DD. */
  reviewDate: z.string().refine(isYearlyDate, 'errors.field.month_day'),
});

export const CallView = z.strictObject({
  id: z.string(),
  at: z.string(),
  by: z.string(),
  answered: z.boolean(),
  answeredBy: z.string(),
  note: z.string(),
});
export type CallView = z.infer<typeof CallView>;

export const AckView = z.strictObject({
  at: z.string(),
  /** Who answered for the recipient (the person on the phone). */
  by: z.string(),
  how: z.enum(ACK_HOWS),
  note: z.string(),
  /** The operator who recorded it. */
  recordedBy: z.string(),
  /** Came after its 30-minute due: recorded as late, for good. */
  late: z.boolean(),
});
export type AckView = z.infer<typeof AckView>;

export const RecipientView = z.strictObject({
  id: z.string(),
  contactId: z.string().nullable(),
  unit: z.string(),
  person: z.string(),
  post: z.string(),
  phone: z.string(),
  townCode: z.string().nullable(),
  townName: z.string().nullable(),
  channel: z.enum(FORWARD_CHANNELS),
  needsCall: z.boolean(),
  sentAt: z.string(),
  sentBy: z.string(),
  /** The recipient this one was escalated from (the previous person of the town). */
  escalatedFrom: z.string().nullable(),
  /** Sent by the rule itself (自动升级, the 回执 overdue), not by a person; `sentBy` is then ''. */
  auto: z.boolean(),
  /** Escalated to the next person: that one's answer is now what counts. */
  escalatedTo: z.string().nullable(),
  calls: z.array(CallView),
  /** The first answered 叫应 call. */
  calledAt: z.string().nullable(),
  ack: AckView.nullable(),
});
export type RecipientView = z.infer<typeof RecipientView>;

/** One decision on a warning's response (启动 / 调整 / 终止), as recorded. */
export const WarningResponseStep = z.strictObject({
  id: z.string(),
  action: z.enum(RESPONSE_ACTIONS),
  planId: z.string().nullable(),
  planName: z.string(),
  /** Null when it ended. */
  level: z.enum(RESPONSE_LEVELS).nullable(),
  decidedBy: z.string(),
  document: z.string(),
  /** When it was decided. */
  at: z.string(),
  /** The operator who recorded it. */
  recordedBy: z.string(),
});
export type WarningResponseStep = z.infer<typeof WarningResponseStep>;

const WarningFields = {
  source: z.enum(WARNING_SOURCES),
  /** 发布单位 (县气象台, 市水文局…). */
  issuer: name(80),
  /** The issuing body's own identifier or document number, if any. */
  issuerRef: oneLine(120),
  hazard: z.enum(WARNING_HAZARDS),
  level: z.enum(WARNING_LEVELS),
  headline: name(200),
  body: text(4000),
  towns: z.array(code).min(1).max(200),
  polygon: Polygon.nullable(),
  effectiveAt: isoTime.nullable(),
  onsetAt: isoTime.nullable(),
  expiresAt: isoTime.nullable(),
  receivedAt: isoTime,
  channel: z.enum(WARNING_CHANNELS),
};

export const WarningInput = z.strictObject({
  clientKey,
  ...WarningFields,
  /** An update (更新) of an earlier warning, which it replaces. */
  updates: id.nullable().optional(),
  /** Received under this running drill (演练): marked, and left out of real work. */
  drillId: id.nullable().optional(),
});
export type WarningInput = z.infer<typeof WarningInput>;

export const WarningView = z.strictObject({
  id: z.string(),
  source: z.enum(WARNING_SOURCES),
  issuer: z.string(),
  issuerRef: z.string(),
  hazard: z.enum(WARNING_HAZARDS),
  level: z.enum(WARNING_LEVELS),
  headline: z.string(),
  body: z.string(),
  towns: z.array(z.strictObject({ code: z.string(), name: z.string() })),
  polygon: Polygon.nullable(),
  effectiveAt: z.string().nullable(),
  onsetAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  receivedAt: z.string(),
  receivedBy: z.string(),
  channel: z.enum(WARNING_CHANNELS),
  drillId: z.string().nullable(),
  /** The CAP identifier it travels under (GB/T 35965.1). */
  capIdentifier: z.string(),
  supersedes: z.string().nullable(),
  supersededBy: z.string().nullable(),
  cancelled: z.strictObject({ at: z.string(), by: z.string(), reason: z.string() }).nullable(),
  incidentId: z.string().nullable(),
  recipients: z.array(RecipientView),
  /** 预警响应 running now under a plan (its since, who decided, the document), if any. */
  response: ResponseState.nullable(),
  /** Every decision on its response, in order. */
  responseSteps: z.array(WarningResponseStep),
});
export type WarningView = z.infer<typeof WarningView>;

const warningExample = {
  clientKey: 'k_0123456789',
  source: 'weather',
  issuer: '县气象台',
  issuerRef: '县气发〔2026〕12号',
  hazard: 'rainstorm',
  level: 'II',
  headline: '县气象台发布暴雨橙色预警信号',
  body: '预计未来6小时内青石镇、河口镇降雨量将达50毫米以上，请注意防范。',
  towns: ['990101101'],
  polygon: null,
  effectiveAt: '2026-07-02T01:00:00.000Z',
  onsetAt: null,
  expiresAt: '2026-07-02T13:00:00.000Z',
  receivedAt: '2026-07-02T01:05:00.000Z',
  channel: 'system',
  updates: null,
  drillId: null,
} as const satisfies WarningInput;

const view = z.strictObject({ warning: WarningView });

export const warningMethods = {
  'warnings.list': defineMethod({
    name: 'warnings.list',
    input: z.strictObject({
      /** 'live': still in force, or lifted/expired with its 预警响应 still running (default); 'all': the register, newest first. */
      scope: z.enum(['live', 'all']).optional(),
      /** Drill traffic (演练) is left out unless asked for. */
      includeDrills: z.boolean().optional(),
    }),
    output: z.strictObject({ rules: WarningRulesView, warnings: z.array(WarningView) }),
    access: 'read',
    example: { scope: 'all', includeDrills: false },
  }),
  'warnings.get': defineMethod({
    name: 'warnings.get',
    input: z.strictObject({ id }),
    output: z.strictObject({ rules: WarningRulesView, warning: WarningView }),
    access: 'read',
    example: { id: 'wrn_0123456789abcdef' },
  }),
  'warnings.receive': defineMethod({
    name: 'warnings.receive',
    input: WarningInput,
    output: z.strictObject({ warning: WarningView, replayed: z.boolean() }),
    access: 'write',
    emits: ['warnings.changed'],
    example: warningExample,
  }),
  'warnings.forward': defineMethod({
    name: 'warnings.forward',
    input: z.strictObject({
      id,
      recipients: z
        .array(z.strictObject({ contactId: id, channel: z.enum(FORWARD_CHANNELS) }))
        .min(1)
        .max(300),
      /** When it went out, if not now (a fax sent before it was logged). */
      sentAt: isoTime.optional(),
    }),
    output: view,
    access: 'write',
    emits: ['warnings.changed'],
    example: {
      id: 'wrn_0123456789abcdef',
      recipients: [{ contactId: 'con_0123456789abcdef', channel: 'phone' }],
    },
  }),
  'warnings.logCall': defineMethod({
    name: 'warnings.logCall',
    input: z.strictObject({
      recipientId: id,
      at: isoTime.optional(),
      answered: z.boolean(),
      /** Who picked up (the recipient's own person, or whoever answered the line). */
      answeredBy: oneLine(40),
      note: oneLine(200),
    }),
    output: view,
    access: 'write',
    emits: ['warnings.changed'],
    example: { recipientId: 'wrc_0123456789abcdef', answered: true, answeredBy: '李书记', note: '' },
  }),
  'warnings.acknowledge': defineMethod({
    name: 'warnings.acknowledge',
    input: z.strictObject({
      recipientId: id,
      at: isoTime.optional(),
      by: name(40),
      how: z.enum(ACK_HOWS),
      note: oneLine(200),
    }),
    output: view,
    access: 'write',
    emits: ['warnings.changed'],
    example: { recipientId: 'wrc_0123456789abcdef', by: '刘明', how: 'phone', note: '已部署防范' },
  }),
  'warnings.escalate': defineMethod({
    name: 'warnings.escalate',
    input: z.strictObject({
      recipientId: id,
      /** Whom to; the next person of the recipient's town on the 叫应 ladder when left out. */
      contactId: id.optional(),
      channel: z.enum(FORWARD_CHANNELS),
    }),
    output: view,
    access: 'write',
    emits: ['warnings.changed'],
    example: { recipientId: 'wrc_0123456789abcdef', channel: 'phone' },
  }),
  'warnings.cancel': defineMethod({
    name: 'warnings.cancel',
    input: z.strictObject({ id, reason: name(200) }),
    output: view,
    access: 'write',
    emits: ['warnings.changed'],
    example: { id: 'wrn_0123456789abcdef', reason: '县气象台解除暴雨橙色预警' },
  }),
  'warnings.toIncident': defineMethod({
    name: 'warnings.toIncident',
    input: z.strictObject({
      id,
      clientKey,
      /** The intake, prefilled from the warning (incidentIntakeOf) and completed by the room. */
      intake: IntakeData,
    }),
    output: z.strictObject({ warning: WarningView, incidentId: z.string(), replayed: z.boolean() }),
    access: 'write',
    emits: ['warnings.changed', 'incidents.changed', 'logs.changed'],
    example: {
      id: 'wrn_0123456789abcdef',
      clientKey: 'k_0123456789',
      intake: {
        channel: 'system',
        receivedAt: '2026-07-02T01:30:00.000Z',
        caller: { unit: '县气象台', name: '', post: '', phone: '' },
        title: '县气象台发布暴雨橙色预警信号',
        description: '预计未来6小时内青石镇降雨量将达50毫米以上，请注意防范。',
        cause: '',
        occurredAt: null,
        place: { townCode: '990101101', address: '青石镇', point: null },
        casualties: { dead: 0, injured: 0, missing: 0, trapped: 0 },
        losses: '',
        measures: '',
        trend: '',
        notified: [],
        category: 'natural',
        subtype: 'rainstorm',
        grade: 'unrated',
      },
    },
  }),
  'warnings.respond': defineMethod({
    name: 'warnings.respond',
    /** 启动 while the warning is in force; 调整 / 终止 while the response runs (only 终止 after 解除 or expiry). */
    input: z.strictObject({ id, ...ResponseDecisionFields }),
    output: z.strictObject({ warning: WarningView, replayed: z.boolean() }),
    access: 'write',
    emits: ['warnings.changed'],
    example: {
      id: 'wrn_0123456789abcdef',
      clientKey: 'k_0123456789',
      action: 'start',
      planId: 'pln_0123456789abcdef',
      level: 'IV',
      decidedBy: '李县长',
      document: '县防指〔2026〕8号',
    },
  }),
  /**
   * Recomputes the two hash chains of the warnings (the 转发 / 叫应 / 回执 / 解除 events and
   * the 预警响应 decisions) and names the first row that does not match, if any.
   */
  'warnings.verifyChain': defineMethod({
    name: 'warnings.verifyChain',
    input: z.strictObject({}),
    output: z.strictObject({
      ok: z.boolean(),
      checked: z.number().int(),
      firstBrokenId: z.string().nullable(),
      /** The chain the broken row is on. */
      brokenChain: z.enum(['events', 'responses']).nullable(),
    }),
    access: 'read',
  }),
  'warnings.ofIncident': defineMethod({
    name: 'warnings.ofIncident',
    input: z.strictObject({ incidentId: id }),
    output: z.strictObject({
      /** The warnings this incident was created from (one, as a rule). */
      warnings: z.array(
        z.strictObject({
          id: z.string(),
          level: z.enum(WARNING_LEVELS),
          hazard: z.enum(WARNING_HAZARDS),
          headline: z.string(),
        }),
      ),
    }),
    access: 'read',
    example: { incidentId: 'inc_0123456789abcdef' },
  }),
  'warnings.rules': defineMethod({
    name: 'warnings.rules',
    input: z.strictObject({}),
    output: WarningRulesView,
    access: 'read',
  }),
  'warnings.saveRules': defineMethod({
    name: 'warnings.saveRules',
    input: WarningRulesView,
    output: WarningRulesView,
    access: 'admin',
    emits: ['warnings.changed'],
    example: { callLevels: ['I', 'II'], callMinutes: 5, ackMinutes: 30, reviewDate: '04-20' },
  }),
} as const;

/** A recipient as the rules see it (recipientStatus). */
export function recipientClockOf(r: RecipientView): RecipientClock {
  return {
    sentAt: r.sentAt,
    needsCall: r.needsCall,
    calledAt: r.calledAt,
    ackedAt: r.ack?.at ?? null,
    escalated: r.escalatedTo !== null,
  };
}

/** A warning as the state machine sees it (warningState). */
export function warningClockOf(w: WarningView): WarningClock {
  return {
    expiresAt: w.expiresAt,
    cancelled: w.cancelled !== null,
    superseded: w.supersededBy !== null,
    recipients: w.recipients.map(recipientClockOf),
  };
}

/**
 * The intake a warning prefills when it becomes an incident (生成事件): its headline,
 * text, type and towns, the issuing body as the one who reported it; the room completes
 * the rest (grade, what happened, measures) as it would any intake.
 */
export function incidentIntakeOf(w: WarningView, receivedAt: string): IntakeData {
  const subtype = HAZARD_SUBTYPE[w.hazard];
  return {
    channel: CHANNEL_OF_WARNING[w.channel],
    receivedAt,
    caller: { unit: w.issuer.slice(0, 100), name: '', post: '', phone: '' },
    title: w.headline.slice(0, 100),
    description: w.body,
    cause: '',
    occurredAt: null,
    place: {
      townCode: w.towns[0]?.code ?? null,
      address: w.towns
        .map((t) => t.name)
        .join('、')
        .slice(0, 200),
      point: null,
    },
    casualties: { dead: 0, injured: 0, missing: 0, trapped: 0 },
    losses: '',
    measures: '',
    trend: '',
    notified: [],
    category: categoryOf(subtype) ?? 'natural',
    subtype,
    grade: 'unrated',
  };
}
