import { z } from '../zod-setup';
import { ALL_SUBTYPES, GRADES } from '../domain/incidents';
import {
  APPROVAL_HOWS,
  CLOCK_KINDS,
  RELEASE_CHANNELS,
  RELEASE_KINDS,
  RELEASE_STATES,
  RELEASE_STEPS,
  REVIEWER_POSTS,
} from '../domain/releases';
import { defineMethod } from './define';
import { clientKey } from './incidents';
import { id, isoTime, name, oneLine, text } from './shared';

// Messages are i18n keys; see src/common/i18n/releases-messages.ts.

/** SHA-256 of a version's content, as the screen showed it. */
const contentHash = z.string().regex(/^[0-9a-f]{64}$/, 'errors.field.content_hash');
const channels = z.array(z.enum(RELEASE_CHANNELS)).max(RELEASE_CHANNELS.length);

/** A version's text: the title and the three sections, and the channels it is meant for. */
export const ReleaseContent = z.strictObject({
  title: name(120),
  /** 事件情况. */
  facts: text(4000),
  /** 政府应对措施. */
  measures: text(4000),
  /** 公众防范建议. */
  advice: text(4000),
  channels: channels.min(1),
});
export type ReleaseContent = z.infer<typeof ReleaseContent>;

export const ReleaseStepView = z.strictObject({
  id: z.string(),
  step: z.enum(RELEASE_STEPS),
  /** The version the step was taken on (null for a withdrawal of the whole release). */
  version: z.number().int().nullable(),
  at: z.string(),
  /** The operator who recorded it. */
  by: z.string(),
  /** Who acted: the reviewing leader, the 宣传部's approver, the releasing operator. */
  who: z.string(),
  post: z.enum(REVIEWER_POSTS).nullable(),
  how: z.enum(APPROVAL_HOWS).nullable(),
  /** The 宣传部's document number, if any. */
  ref: z.string(),
  comments: z.string(),
  channels: z.array(z.enum(RELEASE_CHANNELS)),
  /** The content hash the step was taken on: an approval names exactly what it approved. */
  contentHash: z.string().nullable(),
});
export type ReleaseStepView = z.infer<typeof ReleaseStepView>;

export const ReleaseVersionView = z.strictObject({
  id: z.string(),
  n: z.number().int(),
  ...ReleaseContent.shape,
  contentHash: z.string(),
  createdAt: z.string(),
  author: z.string(),
  /** A correction of the released text: why. */
  correction: z.string().nullable(),
  state: z.enum(RELEASE_STATES),
});
export type ReleaseVersionView = z.infer<typeof ReleaseVersionView>;

export const ReleaseView = z.strictObject({
  id: z.string(),
  incidentId: z.string(),
  incidentNumber: z.string(),
  incidentTitle: z.string(),
  kind: z.enum(RELEASE_KINDS),
  templateId: z.string().nullable(),
  /** Under a drill (演练): marked, and never counted as real work. */
  drillId: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string(),
  state: z.enum(RELEASE_STATES),
  /** Versions, oldest first; the last is the one being worked on. */
  versions: z.array(ReleaseVersionView),
  steps: z.array(ReleaseStepView),
  /** The first time it went out (the clocks stop there), and the last version out. */
  releasedAt: z.string().nullable(),
  releasedVersion: z.number().int().nullable(),
});
export type ReleaseView = z.infer<typeof ReleaseView>;

export const ReleaseClockView = z.strictObject({
  incidentId: z.string(),
  incidentNumber: z.string(),
  incidentTitle: z.string(),
  drill: z.boolean(),
  kind: z.enum(CLOCK_KINDS),
  grade: z.enum(GRADES),
  startAt: z.string(),
  dueAt: z.string(),
  doneAt: z.string().nullable(),
  late: z.boolean(),
});
export type ReleaseClockView = z.infer<typeof ReleaseClockView>;

const minutes = z.number().int().min(10).max(10080).nullable();
export const ReleaseRulesView = z.strictObject({
  rules: z
    .array(z.strictObject({ grade: z.enum(GRADES), authoritativeMinutes: minutes, pressMinutes: minutes }))
    .min(1)
    .max(GRADES.length),
});

export const TemplateView = z.strictObject({
  id: z.string(),
  /** The hazard (incident subtype) it is for. */
  subtype: z.enum(ALL_SUBTYPES),
  kind: z.enum(RELEASE_KINDS),
  name: z.string(),
  facts: z.string(),
  measures: z.string(),
  advice: z.string(),
  /** The 宣传部's approval of the wording (document number or date). */
  approvedRef: z.string(),
  archived: z.boolean(),
});
export type TemplateView = z.infer<typeof TemplateView>;

const view = z.strictObject({ release: ReleaseView });
const at = isoTime.optional();
const ids = { id, versionId: id };
const idsExample = { id: 'rel_0123456789abcdef', versionId: 'rlv_0123456789abcdef' } as const;

/**
 * A step taken on one version of a release (内部审核, 报宣传部, 审批, 退回, 发布): the release
 * and the version it is taken on, the step's own fields; it answers the release as it stands.
 */
function versionStep<N extends string, F extends z.ZodRawShape>(
  name: N,
  fields: F,
  example: z.input<z.ZodObject<F>>,
) {
  const input = z.strictObject({ ...ids, ...fields });
  return defineMethod({
    name,
    input,
    output: view,
    access: 'write',
    emits: ['releases.changed'],
    example: { ...idsExample, ...example } as z.input<typeof input>,
  });
}

/** One incident's records, or all; drill traffic (演练) only when asked for. */
const ofIncident = { incidentId: id.optional(), includeDrills: z.boolean().optional() };

const draftContent: ReleaseContent = {
  title: '关于青石镇石坝村山体滑坡的情况通报',
  facts: '11月29日9时40分，青石镇石坝村三组后山发生山体滑坡。',
  measures: '县应急管理局已会同自然资源局赶赴现场处置。',
  advice: '请附近群众远离滑坡区域，不信谣、不传谣。',
  channels: ['website', 'wechat'],
};

const draftExample = {
  clientKey: 'k_0123456789',
  incidentId: 'inc_0123456789abcdef',
  kind: 'authoritative',
  templateId: null,
  content: draftContent,
} as const;

export const releaseMethods = {
  'releases.list': defineMethod({
    name: 'releases.list',
    /** Drill traffic is also shown when the incident asked for is a drill's. */
    input: z.strictObject(ofIncident),
    output: z.strictObject({ releases: z.array(ReleaseView) }),
    access: 'read',
    example: { incidentId: 'inc_0123456789abcdef', includeDrills: false },
  }),
  'releases.get': defineMethod({
    name: 'releases.get',
    input: z.strictObject({ id }),
    output: view,
    access: 'read',
    example: { id: 'rel_0123456789abcdef' },
  }),
  'releases.clocks': defineMethod({
    name: 'releases.clocks',
    /** One incident's clocks (open or closed); otherwise the open incidents' that still run or ran late. */
    input: z.strictObject(ofIncident),
    output: z.strictObject({ clocks: z.array(ReleaseClockView) }),
    access: 'read',
    example: { incidentId: 'inc_0123456789abcdef' },
  }),
  'releases.draft': defineMethod({
    name: 'releases.draft',
    input: z.strictObject({
      clientKey,
      incidentId: id,
      kind: z.enum(RELEASE_KINDS),
      /** The 口径 it was started from. */
      templateId: id.nullable(),
      content: ReleaseContent,
    }),
    output: z.strictObject({ release: ReleaseView, replayed: z.boolean() }),
    access: 'write',
    emits: ['releases.changed'],
    example: draftExample,
  }),
  'releases.revise': defineMethod({
    name: 'releases.revise',
    input: z.strictObject({
      id,
      /** The version the editor started from: a revision of a stale one is refused. */
      fromVersion: z.number().int().min(1).max(1000),
      content: ReleaseContent,
    }),
    output: view,
    access: 'write',
    emits: ['releases.changed'],
    example: { id: 'rel_0123456789abcdef', fromVersion: 1, content: draftContent },
  }),
  'releases.review': versionStep(
    'releases.review',
    { post: z.enum(REVIEWER_POSTS), comments: oneLine(400) },
    { post: 'shift_leader', comments: '同意报宣传部' },
  ),
  'releases.submit': versionStep('releases.submit', { at }, {}),
  'releases.approve': versionStep(
    'releases.approve',
    {
      /** The hash of the text the 宣传部 approved, as the screen showed it. */
      contentHash,
      approver: name(40),
      how: z.enum(APPROVAL_HOWS),
      ref: oneLine(80),
      comments: oneLine(400),
      at,
    },
    {
      contentHash: '0'.repeat(64),
      approver: '县委宣传部 王部长',
      how: 'phone',
      ref: '',
      comments: '同意发布',
    },
  ),
  'releases.return': versionStep(
    'releases.return',
    {
      approver: name(40),
      how: z.enum(APPROVAL_HOWS),
      /** What to change: a return always says why. */
      comments: name(400),
      at,
    },
    { approver: '县委宣传部 王部长', how: 'phone', comments: '伤亡数字以县政府核实为准，删去推测内容' },
  ),
  'releases.publish': versionStep(
    'releases.publish',
    {
      /** The hash of the text being released: it must be the approved one. */
      contentHash,
      channels: channels.min(1),
      at,
    },
    { contentHash: '0'.repeat(64), channels: ['website'] },
  ),
  'releases.correct': defineMethod({
    name: 'releases.correct',
    input: z.strictObject({ id, reason: name(400), content: ReleaseContent }),
    output: view,
    access: 'write',
    emits: ['releases.changed'],
    example: { id: 'rel_0123456789abcdef', reason: '更正受伤人数', content: draftContent },
  }),
  'releases.withdraw': defineMethod({
    name: 'releases.withdraw',
    input: z.strictObject({ id, reason: name(400) }),
    output: view,
    access: 'write',
    emits: ['releases.changed'],
    example: { id: 'rel_0123456789abcdef', reason: '事件已由县政府统一发布' },
  }),
  'releases.rules': defineMethod({
    name: 'releases.rules',
    input: z.strictObject({}),
    output: ReleaseRulesView.extend({ effectiveFrom: z.string().nullable() }),
    access: 'read',
  }),
  'releases.saveRules': defineMethod({
    name: 'releases.saveRules',
    input: ReleaseRulesView,
    output: ReleaseRulesView.extend({ effectiveFrom: z.string().nullable() }),
    access: 'admin',
    emits: ['releases.changed'],
    example: {
      rules: [
        { grade: 'I', authoritativeMinutes: 300, pressMinutes: 1440 },
        { grade: 'III', authoritativeMinutes: 720, pressMinutes: null },
      ],
    },
  }),
  'releases.templates': defineMethod({
    name: 'releases.templates',
    input: z.strictObject({ subtype: z.enum(ALL_SUBTYPES).optional() }),
    output: z.strictObject({ templates: z.array(TemplateView) }),
    access: 'read',
    example: { subtype: 'landslide' },
  }),
  'releases.saveTemplate': defineMethod({
    name: 'releases.saveTemplate',
    input: z.strictObject({
      /** Left out for a new template. */
      id: id.optional(),
      subtype: z.enum(ALL_SUBTYPES),
      kind: z.enum(RELEASE_KINDS),
      name: name(80),
      facts: text(4000),
      measures: text(4000),
      advice: text(4000),
      approvedRef: oneLine(120),
      archived: z.boolean(),
    }),
    output: TemplateView,
    access: 'admin',
    emits: ['releases.changed'],
    example: {
      subtype: 'landslide',
      kind: 'authoritative',
      name: '山体滑坡权威信息',
      facts: '【时间】，【地点】发生山体滑坡。',
      measures: '县应急管理局已会同相关部门赶赴现场处置。',
      advice: '请附近群众远离危险区域。',
      approvedRef: '县委宣传部 2026-04-01 审定',
      archived: false,
    },
  }),
} as const;
