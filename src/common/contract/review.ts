import { z } from '../zod-setup';
import { defineMethod } from './define';
import { dateKey, id, isoTime, name, text } from './shared';
import { clientKey } from './incidents';
import { DRILL_DOMAINS, DRILL_FORMS } from '../domain/drills';
import {
  EVALUATION_PHASES,
  EVALUATION_STATUSES,
  EVALUATOR_ROLES,
  GRADES,
  ITEM_SCALES,
  RECTIFICATION_ACTIONS,
  RECTIFICATION_CATEGORIES,
  RECTIFICATION_STATUSES,
} from '../domain/review';

// Messages are i18n keys; see src/common/i18n/review-messages.ts.
const form = z.enum(DRILL_FORMS);
const phase = z.enum(EVALUATION_PHASES);
const itemKey = z.string().regex(/^[a-z][a-z0-9_]{0,31}$/, 'errors.field.id');

export const EvaluationItem = z.strictObject({
  key: itemKey,
  phase,
  label: name(40),
  criterion: text(200),
  scale: z.enum(ITEM_SCALES),
  points: z.number().int().min(1).max(100),
});

export const EvaluationTemplate = z.strictObject({
  form,
  version: z.number().int(),
  items: z.array(EvaluationItem),
  partlyShare: z.number(),
  createdAt: z.string(),
  authorName: z.string(),
});
export type EvaluationTemplate = z.infer<typeof EvaluationTemplate>;

const ItemScore = z.strictObject({
  key: itemKey,
  grade: z.enum(GRADES).nullable(),
  points: z.number().min(0).max(100).nullable(),
  note: text(500),
});

const Evaluator = z.strictObject({
  name: name(30),
  unit: text(60),
  role: z.enum(EVALUATOR_ROLES),
});

/** The evaluators' words under each of the report's six headings. */
const Sections = z.strictObject({
  execution: text(4000),
  plan: text(4000),
  command: text(4000),
  handling: text(4000),
  equipment: text(4000),
  suggestions: text(4000),
});

/** What review shows of a drill: never its sealed scenario or place (drills decides what an actor may see). */
export const DrillBrief = z.strictObject({
  id: z.string(),
  title: z.string(),
  form,
  state: z.string(),
  campaignId: z.string().nullable(),
  domainId: z.string().nullable(),
  /** The campaign domain's own name, or its code's label when it has none (drillDomain.*). */
  domain: z.string().nullable(),
  domainCode: z.enum(DRILL_DOMAINS).nullable(),
  startedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  planIds: z.array(z.string()),
});
export type DrillBrief = z.infer<typeof DrillBrief>;

const PhaseScore = z.strictObject({
  phase,
  earned: z.number(),
  possible: z.number(),
  percent: z.number().nullable(),
  met: z.number().int(),
  partly: z.number().int(),
  notMet: z.number().int(),
  unscored: z.number().int(),
});

export const Score = z.strictObject({
  earned: z.number(),
  possible: z.number(),
  percent: z.number().nullable(),
  met: z.number().int(),
  partly: z.number().int(),
  notMet: z.number().int(),
  unscored: z.number().int(),
  complete: z.boolean(),
  phases: z.array(PhaseScore),
});

export const ObservationView = z.strictObject({
  id: z.string(),
  drillId: z.string(),
  observedAt: z.string(),
  phase: phase.nullable(),
  text: z.string(),
  observerName: z.string(),
  enteredAt: z.string(),
});
export type ObservationView = z.infer<typeof ObservationView>;

export const RectificationView = z.strictObject({
  id: z.string(),
  number: z.string(),
  drillId: z.string(),
  drillTitle: z.string(),
  itemKey: z.string().nullable(),
  category: z.enum(RECTIFICATION_CATEGORIES),
  finding: z.string(),
  measures: z.string(),
  ownerUnit: z.string(),
  dueDate: z.string(),
  status: z.enum(RECTIFICATION_STATUSES),
  overdue: z.boolean(),
  evidence: z.string(),
  verifiedBy: z.string(),
  closedAt: z.string().nullable(),
  planId: z.string().nullable(),
  planVersionId: z.string().nullable(),
  openedAt: z.string(),
  openedByName: z.string(),
  actions: z.array(
    z.strictObject({
      id: z.string(),
      kind: z.enum(RECTIFICATION_ACTIONS),
      at: z.string(),
      authorName: z.string(),
      data: z.record(z.string(), z.unknown()),
    }),
  ),
});
export type RectificationView = z.infer<typeof RectificationView>;

export const EvaluationView = z.strictObject({
  drill: DrillBrief,
  /** null until the first save: the form then shows the current template's items. */
  id: z.string().nullable(),
  status: z.enum(EVALUATION_STATUSES),
  templateVersion: z.number().int(),
  items: z.array(EvaluationItem),
  partlyShare: z.number(),
  scores: z.array(ItemScore),
  score: Score,
  evaluators: z.array(Evaluator),
  onsiteComment: z.string(),
  selfAssessment: z.string(),
  sections: Sections,
  submittedAt: z.string().nullable(),
  submittedByName: z.string().nullable(),
  updatedAt: z.string().nullable(),
  observations: z.array(ObservationView),
  rectifications: z.array(RectificationView),
});
export type EvaluationView = z.infer<typeof EvaluationView>;

const RectificationCounts = z.strictObject({
  total: z.number().int(),
  open: z.number().int(),
  overdue: z.number().int(),
  closed: z.number().int(),
});

export const EvaluationListItem = z.strictObject({
  drill: DrillBrief,
  status: z.enum(EVALUATION_STATUSES).nullable(),
  percent: z.number().nullable(),
  rectifications: RectificationCounts,
});
export type EvaluationListItem = z.infer<typeof EvaluationListItem>;

/** The campaign's 总结报告, one block per domain. */
export const CampaignSummary = z.strictObject({
  campaignId: z.string(),
  domains: z.array(
    z.strictObject({
      /** null: the campaign's drills outside any domain. */
      domainId: z.string().nullable(),
      name: z.string(),
      code: z.enum(DRILL_DOMAINS).nullable(),
      leadLeader: z.string(),
      leadUnit: z.string(),
      drills: z.number().int(),
      ended: z.number().int(),
      evaluated: z.number().int(),
      averagePercent: z.number().nullable(),
      findings: z.array(
        z.strictObject({ category: z.enum(RECTIFICATION_CATEGORIES), count: z.number().int() }),
      ),
      rectifications: RectificationCounts,
      problems: z.array(z.strictObject({ drillTitle: z.string(), number: z.string(), finding: z.string() })),
      suggestions: z.array(z.strictObject({ drillTitle: z.string(), text: z.string() })),
    }),
  ),
});
export type CampaignSummary = z.infer<typeof CampaignSummary>;

const RectificationFields = {
  category: z.enum(RECTIFICATION_CATEGORIES),
  finding: name(500),
  measures: text(1000),
  ownerUnit: name(60),
  dueDate: dateKey,
};

export const reviewMethods = {
  'evaluationTemplates.list': defineMethod({
    name: 'evaluationTemplates.list',
    input: z.strictObject({}),
    output: z.array(EvaluationTemplate),
    access: 'read',
  }),
  'evaluationTemplates.update': defineMethod({
    name: 'evaluationTemplates.update',
    input: z.strictObject({
      form,
      items: z.array(EvaluationItem).min(1).max(60),
      partlyShare: z.number().gt(0).lt(1),
    }),
    output: EvaluationTemplate,
    access: 'admin',
    emits: ['evaluations.changed'],
    example: {
      form: 'tabletop',
      items: [
        {
          key: 'w_receive',
          phase: 'warning',
          label: '接报与报告流程',
          criterion: '程序和时限清楚',
          scale: 'grade',
          points: 10,
        },
        { key: 'c_roles', phase: 'command', label: '职责与协调', criterion: '', scale: 'points', points: 20 },
      ],
      partlyShare: 0.6,
    },
  }),
  'evaluations.list': defineMethod({
    name: 'evaluations.list',
    input: z.strictObject({ campaignId: id.optional() }),
    output: z.array(EvaluationListItem),
    access: 'read',
    example: { campaignId: 'cmp_0123456789' },
  }),
  'evaluations.get': defineMethod({
    name: 'evaluations.get',
    input: z.strictObject({ drillId: id }),
    output: EvaluationView,
    access: 'read',
    example: { drillId: 'drl_0123456789' },
  }),
  'evaluations.save': defineMethod({
    name: 'evaluations.save',
    // The whole form as the evaluator sees it; saving again replaces the draft (audited).
    input: z.strictObject({
      drillId: id,
      evaluators: z.array(Evaluator).max(20),
      scores: z.array(ItemScore).max(60),
      onsiteComment: text(4000),
      selfAssessment: text(4000),
      sections: Sections,
    }),
    output: EvaluationView,
    access: 'write',
    emits: ['evaluations.changed'],
    example: {
      drillId: 'drl_0123456789',
      evaluators: [{ name: '王建国', unit: '县应急管理局', role: 'lead' }],
      scores: [{ key: 'w_receive', grade: 'met', points: null, note: '3 分钟内核实' }],
      onsiteComment: '响应迅速，指挥有序。',
      selfAssessment: '',
      sections: {
        execution: '',
        plan: '',
        command: '',
        handling: '',
        equipment: '',
        suggestions: '加强夜间通信保障。',
      },
    },
  }),
  'evaluations.submit': defineMethod({
    name: 'evaluations.submit',
    input: z.strictObject({ drillId: id }),
    output: EvaluationView,
    access: 'write',
    emits: ['evaluations.changed'],
    example: { drillId: 'drl_0123456789' },
  }),
  'evaluations.observe': defineMethod({
    name: 'evaluations.observe',
    input: z.strictObject({
      clientKey,
      drillId: id,
      observedAt: isoTime.optional(),
      phase: phase.nullable(),
      text: name(1000),
    }),
    output: ObservationView,
    access: 'write',
    emits: ['evaluations.changed'],
    example: {
      clientKey: 'k_obs0123456',
      drillId: 'drl_0123456789',
      observedAt: '2026-06-10T02:05:00.000Z',
      phase: 'warning',
      text: '值班员 3 分钟内完成电话核实',
    },
  }),
  'evaluations.summary': defineMethod({
    name: 'evaluations.summary',
    input: z.strictObject({ campaignId: id }),
    output: CampaignSummary,
    access: 'read',
    example: { campaignId: 'cmp_0123456789' },
  }),
  'rectifications.list': defineMethod({
    name: 'rectifications.list',
    input: z.strictObject({
      drillId: id.optional(),
      open: z.boolean().optional(),
      overdue: z.boolean().optional(),
    }),
    output: z.array(RectificationView),
    access: 'read',
    example: { drillId: 'drl_0123456789', open: true, overdue: false },
  }),
  'rectifications.open': defineMethod({
    name: 'rectifications.open',
    input: z.strictObject({
      clientKey,
      drillId: id,
      itemKey: itemKey.optional(),
      /** A 预案 finding names the plan whose revision it opens. */
      planId: id.optional(),
      ...RectificationFields,
    }),
    output: RectificationView,
    access: 'write',
    emits: ['rectifications.changed'],
    example: {
      clientKey: 'k_rect012345',
      drillId: 'drl_0123456789',
      itemKey: 'm_link',
      category: 'equipment',
      finding: '卫星电话电池电量不足，备用通信中断 10 分钟',
      measures: '建立卫星电话每周充电检查制度',
      ownerUnit: '县应急管理局办公室',
      dueDate: '2026-07-20',
    },
  }),
  'rectifications.update': defineMethod({
    name: 'rectifications.update',
    input: z.strictObject({
      id,
      clientKey,
      /** What was done (整改进展), appended to the item's history. */
      progress: text(1000).optional(),
      measures: text(1000).optional(),
      dueDate: dateKey.optional(),
      reason: text(500).optional(),
    }),
    output: RectificationView,
    access: 'write',
    emits: ['rectifications.changed'],
    example: {
      id: 'rct_0123456789',
      clientKey: 'k_rupd012345',
      progress: '已采购备用电池 4 块',
      dueDate: '2026-08-01',
      reason: '供货延迟',
    },
  }),
  'rectifications.close': defineMethod({
    name: 'rectifications.close',
    input: z.strictObject({
      id,
      clientKey,
      /** What shows the weakness is fixed (文件、记录、复查结果): required. */
      evidence: name(2000),
      verifiedBy: name(30),
    }),
    output: RectificationView,
    access: 'write',
    emits: ['rectifications.changed'],
    example: {
      id: 'rct_0123456789',
      clientKey: 'k_rcls012345',
      evidence: '《卫星电话管理制度》已印发（县应急办〔2026〕12号），7月检查记录齐全',
      verifiedBy: '李局长',
    },
  }),
} as const;
