import { z } from '../zod-setup';
import { defineMethod } from './define';
import { dateKey, id, isoTime, name, text } from './shared';
import {
  ANNOUNCE_MODES,
  CAMPAIGN_REQUIREMENTS,
  DRILL_CONTENTS,
  DRILL_DOMAINS,
  DRILL_FORMS,
  DRILL_PURPOSES,
  DRILL_STATES,
} from '../domain/drills';

// Messages are i18n keys; see src/common/i18n/drills-messages.ts.

/** Per domain of a campaign: how far its drills are (the campaign board). */
export const BoardCounts = z.strictObject({
  planned: z.number().int(),
  done: z.number().int(),
  evaluated: z.number().int(),
  closed: z.number().int(),
});
export type BoardCounts = z.infer<typeof BoardCounts>;

export const CampaignDomainView = z.strictObject({
  id: z.string(),
  domain: z.enum(DRILL_DOMAINS),
  /** The domain's own name where `other` needs one (森林防灭火, say); '' otherwise. */
  name: z.string(),
  leadLeader: z.string(),
  leadUnit: z.string(),
  counts: BoardCounts,
  /** The deadline has passed with this domain's drills not all done (or none registered): red. */
  overdue: z.boolean(),
});
export type CampaignDomainView = z.infer<typeof CampaignDomainView>;

export const CampaignView = z.strictObject({
  id: z.string(),
  title: z.string(),
  documentNo: z.string(),
  issuedBy: z.string(),
  deadline: z.string(),
  /** Whole days from today (the bureau's zone) to the deadline; negative once it has passed. */
  daysLeft: z.number().int(),
  requirements: z.array(z.enum(CAMPAIGN_REQUIREMENTS)),
  notes: z.string(),
  domains: z.array(CampaignDomainView),
  totals: BoardCounts,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CampaignView = z.infer<typeof CampaignView>;

const CampaignDomainInput = z.strictObject({
  id: id.nullable(),
  domain: z.enum(DRILL_DOMAINS),
  name: text(30).refine((s) => !/[\r\n\t]/.test(s), { message: 'errors.field.newline' }),
  leadLeader: name(30),
  leadUnit: text(60),
});

export const CampaignInput = z.strictObject({
  id: id.nullable(),
  title: name(80),
  documentNo: text(60),
  issuedBy: text(60),
  deadline: dateKey,
  requirements: z.array(z.enum(CAMPAIGN_REQUIREMENTS)).max(CAMPAIGN_REQUIREMENTS.length),
  notes: text(2000),
  domains: z.array(CampaignDomainInput).min(1).max(20),
});
export type CampaignInput = z.infer<typeof CampaignInput>;

/** A scenario inject (情景注入): scripted at a minute after the start, or sent on the spot. */
export const InjectView = z.strictObject({
  id: z.string(),
  /** Minutes after the start it is due; null: sent on the spot. */
  offsetMinutes: z.number().int().nullable(),
  text: z.string(),
  sentAt: z.string().nullable(),
  sentByName: z.string().nullable(),
});
export type InjectView = z.infer<typeof InjectView>;

/** What only a drill's controllers see of a sealed drill before it starts (and everyone after). */
export const DrillDetail = z.strictObject({
  title: z.string(),
  form: z.enum(DRILL_FORMS),
  content: z.enum(DRILL_CONTENTS),
  purpose: z.enum(DRILL_PURPOSES),
  scheduledAt: z.string().nullable(),
  place: z.string(),
  /** The scenario: controllers only until the drill has ended. */
  scenario: z.string().nullable(),
  planIds: z.array(z.string()),
  units: z.array(z.string()),
  controllers: z.array(z.strictObject({ id: z.string(), name: z.string() })),
  /** The script and what was sent: controllers see it all, the room only what reached it. */
  injects: z.array(InjectView),
});
export type DrillDetail = z.infer<typeof DrillDetail>;

export const DrillView = z.strictObject({
  id: z.string(),
  number: z.string(),
  campaignId: z.string().nullable(),
  domainId: z.string().nullable(),
  announce: z.enum(ANNOUNCE_MODES),
  state: z.enum(DRILL_STATES),
  /** The caller may not see this drill's details: they are absent, not hidden. */
  sealed: z.boolean(),
  /** The caller is one of its controllers (导调). */
  controller: z.boolean(),
  detail: DrillDetail.nullable(),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type DrillView = z.infer<typeof DrillView>;

export const DrillInput = z.strictObject({
  id: id.nullable(),
  campaignId: id.nullable(),
  domainId: id.nullable(),
  title: name(80),
  form: z.enum(DRILL_FORMS),
  content: z.enum(DRILL_CONTENTS),
  purpose: z.enum(DRILL_PURPOSES),
  announce: z.enum(ANNOUNCE_MODES),
  scheduledAt: isoTime.nullable(),
  place: text(120),
  scenario: text(4000),
  planIds: z.array(id).max(20),
  units: z.array(name(60)).max(40),
  controllerIds: z.array(id).min(1).max(10),
  /** The controller's script (情景注入), each at a minute after the start; absent: kept as it is. */
  script: z
    .array(z.strictObject({ offsetMinutes: z.number().int().min(0).max(10_080), text: name(1000) }))
    .max(30)
    .optional(),
});
export type DrillInput = z.infer<typeof DrillInput>;

const drillExample: z.input<typeof DrillInput> = {
  id: null,
  campaignId: null,
  domainId: null,
  title: '危化品道路运输泄漏处置演练',
  form: 'live',
  content: 'combined',
  purpose: 'test',
  announce: 'double_blind',
  scheduledAt: '2026-06-10T01:30:00.000Z',
  place: '青石镇 G319 线 K12 处',
  scenario: '一辆液氯槽罐车侧翻泄漏，司机受伤被困',
  planIds: [],
  units: ['县消防救援大队', '县人民医院'],
  controllerIds: ['op_admin'],
  script: [{ offsetMinutes: 5, text: '县消防救援大队报告：槽罐车阀门仍在泄漏，下风向有村庄' }],
};

/** One response the room made under the drill, timed (接报 → 核实 → 上报; inject → 接报). */
export const DrillResponse = z.strictObject({
  incidentId: z.string(),
  number: z.string(),
  title: z.string(),
  receivedAt: z.string(),
  verifiedAt: z.string().nullable(),
  reportedAt: z.string().nullable(),
  /** The inject sent last before the intake, the one it answers. */
  injectId: z.string().nullable(),
  injectToIntakeMinutes: z.number().nullable(),
  intakeToVerifyMinutes: z.number().nullable(),
  intakeToReportMinutes: z.number().nullable(),
});
export type DrillResponse = z.infer<typeof DrillResponse>;

export const DrillTimelineItem = z.strictObject({
  at: z.string(),
  kind: z.enum(['state', 'inject', 'intake', 'verify', 'report', 'other']),
  /** For state: the state reached; for inject: its text; for the room's records: the incident's title. */
  text: z.string(),
  authorName: z.string(),
  incidentId: z.string().nullable(),
  incidentNumber: z.string().nullable(),
});
export type DrillTimelineItem = z.infer<typeof DrillTimelineItem>;

export const drillsMethods = {
  'drills.campaigns': defineMethod({
    name: 'drills.campaigns',
    input: z.strictObject({}),
    output: z.strictObject({ campaigns: z.array(CampaignView) }),
    access: 'read',
  }),
  'drills.saveCampaign': defineMethod({
    name: 'drills.saveCampaign',
    input: CampaignInput,
    output: CampaignView,
    access: 'write',
    emits: ['drills.changed'],
    example: {
      id: null,
      title: '2026年重点领域作风整顿和应急演练',
      documentNo: '县应急委〔2026〕3号',
      issuedBy: '县突发事件应急委员会',
      deadline: '2026-06-20',
      requirements: ['no_notice', 'no_preset_scenario'],
      notes: '',
      domains: [{ id: null, domain: 'public_health', name: '', leadLeader: '王建华', leadUnit: '县卫健局' }],
    },
  }),
  'drills.list': defineMethod({
    name: 'drills.list',
    input: z.strictObject({ campaignId: id.nullable().optional() }),
    output: z.strictObject({ drills: z.array(DrillView) }),
    access: 'read',
    example: { campaignId: null },
  }),
  'drills.get': defineMethod({
    name: 'drills.get',
    input: z.strictObject({ id }),
    output: DrillView,
    access: 'read',
    example: { id: 'drill_1' },
  }),
  'drills.save': defineMethod({
    name: 'drills.save',
    input: DrillInput,
    output: DrillView,
    access: 'write',
    emits: ['drills.changed'],
    example: drillExample,
  }),
  'drills.start': defineMethod({
    name: 'drills.start',
    input: z.strictObject({ id }),
    output: DrillView,
    access: 'write',
    emits: ['drills.changed'],
    example: { id: 'drill_1' },
  }),
  'drills.inject': defineMethod({
    name: 'drills.inject',
    // A scripted inject by its id (text ''), or one written on the spot (injectId null).
    input: z.strictObject({ id, injectId: id.nullable(), text: text(1000) }),
    output: DrillView,
    access: 'write',
    emits: ['drills.changed'],
    example: { id: 'drill_1', injectId: null, text: '现场追加：一名群众被困于二楼' },
  }),
  'drills.timeline': defineMethod({
    name: 'drills.timeline',
    input: z.strictObject({ id }),
    output: z.strictObject({
      drill: DrillView,
      items: z.array(DrillTimelineItem),
      responses: z.array(DrillResponse),
    }),
    access: 'read',
    example: { id: 'drill_1' },
  }),
  'drills.end': defineMethod({
    name: 'drills.end',
    input: z.strictObject({ id }),
    output: DrillView,
    access: 'write',
    emits: ['drills.changed'],
    example: { id: 'drill_1' },
  }),
} as const;
