import { z } from '../zod-setup';
import {
  DEDUCTION_RULES,
  FINDING_KINDS,
  INDICATORS,
  PERIOD_RE,
  REPORT_ELEMENTS,
  SUBJECT_KINDS,
  type DeductionRule,
  type Indicator,
} from '../domain/assessment';
import { defineMethod } from './define';
import { id, isoTime, name, text } from './shared';
import { clientKey } from './incidents';

/** A month `2026-11`, a quarter `2026-Q4` or a year `2026`. */
export const period = z.string().regex(PERIOD_RE, 'errors.field.assessment_period');

const points = z.number().min(0).max(100);
const weights = z.strictObject(
  Object.fromEntries(INDICATORS.map((i) => [i, points])) as Record<Indicator, typeof points>,
);
const deductions = z.strictObject(
  Object.fromEntries(DEDUCTION_RULES.map((r) => [r, points])) as Record<DeductionRule, typeof points>,
);
const percent = z.number().min(0).max(100);

export const AssessmentScheme = z
  .strictObject({
    weights,
    deductions,
    limits: z.strictObject({
      spotCheckSeconds: z.number().int().min(10).max(3600),
      callMinutes: z.number().int().min(1).max(1440),
      ackMinutes: z.number().int().min(1).max(1440),
    }),
    drillBands: z.strictObject({ full: percent, twoThirds: percent, oneThird: percent }),
    requiredElements: z.array(z.enum(REPORT_ELEMENTS)).max(REPORT_ELEMENTS.length),
  })
  .refine((s) => s.drillBands.full >= s.drillBands.twoThirds && s.drillBands.twoThirds >= s.drillBands.oneThird, {
    message: 'errors.assessment_bands_order',
    path: ['drillBands'],
  })
  .refine((s) => INDICATORS.some((i) => s.weights[i] > 0), {
    message: 'errors.assessment_no_weight',
    path: ['weights'],
  });
export type AssessmentSchemeInput = z.infer<typeof AssessmentScheme>;

/** Who a problem or a finding is charged to: the room, a town by its code, a department by its name. */
export const Subject = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('room') }),
  z.strictObject({ kind: z.literal('town'), townCode: z.string().regex(/^[0-9]{6,12}$/, 'errors.field.town_code') }),
  z.strictObject({ kind: z.literal('department'), unit: name(80) }),
]);
export type Subject = z.infer<typeof Subject>;

/** What a problem points at, for the link on screen and in the 通报. */
export const ProblemRef = z.strictObject({
  kind: z.enum(['incident', 'entry', 'warning', 'equipment', 'plan']),
  id: z.string(),
});

export const Problem = z.strictObject({
  subjectKey: z.string(),
  rule: z.enum(DEDUCTION_RULES),
  indicator: z.enum(INDICATORS),
  at: z.string(),
  points: z.number(),
  ref: ProblemRef.nullable(),
  /** The label key of its sentence (assessmentProblem.*), filled with `params`. */
  sentence: z.string(),
  /** The problem's facts for its sentence: numbers, titles, minutes. */
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type Problem = z.infer<typeof Problem>;

export const SubjectScore = z.strictObject({
  key: z.string(),
  kind: z.enum(SUBJECT_KINDS),
  name: z.string(),
  indicators: z.array(
    z.strictObject({
      indicator: z.enum(INDICATORS),
      weight: z.number(),
      deducted: z.number(),
      score: z.number(),
      problems: z.number().int(),
      /** Drills only: 专项 plans owned and drilled this year. */
      share: z.strictObject({ plans: z.number().int(), drilled: z.number().int() }).optional(),
    }),
  ),
  /** Out of 100: the indicators' scores over their weights. */
  total: z.number(),
  deducted: z.number(),
});
export type SubjectScore = z.infer<typeof SubjectScore>;

export const AssessmentResult = z.strictObject({
  period: z.string(),
  from: z.string(),
  to: z.string(),
  /** The scheme version that governs the period (null: the default). */
  schemeVersion: z.number().int().nullable(),
  scheme: AssessmentScheme,
  subjects: z.array(SubjectScore),
  problems: z.array(Problem),
  overview: z.strictObject({
    incidents: z.number().int(),
    /** Incidents of drills in the period: shown, never counted. */
    exerciseIncidents: z.number().int(),
    reportsLate: z.number().int(),
    followupsMissing: z.number().int(),
    spotChecks: z.number().int(),
    spotUnanswered: z.number().int(),
    findings: z.number().int(),
    recipients: z.number().int(),
    recipientsLate: z.number().int(),
    checksOwed: z.number().int(),
    checksMissed: z.number().int(),
  }),
});
export type AssessmentResult = z.infer<typeof AssessmentResult>;

export const FindingView = z.strictObject({
  entryId: z.string(),
  kind: z.enum(FINDING_KINDS),
  subject: Subject,
  subjectName: z.string(),
  occurredAt: z.string(),
  evidence: z.string(),
  incidentId: z.string().nullable(),
  incidentNumber: z.string().nullable(),
  entryRef: z.string().nullable(),
  authorName: z.string(),
  enteredAt: z.string(),
});
export type FindingView = z.infer<typeof FindingView>;

export const BULLETIN_STATUSES = ['draft', 'issued'] as const;

export const BulletinView = z.strictObject({
  id: z.string(),
  period: z.string(),
  status: z.enum(BULLETIN_STATUSES),
  number: z.string().nullable(),
  goodPractice: z.string(),
  requirements: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  issuedAt: z.string().nullable(),
  issuedBy: z.string().nullable(),
  /** SHA-256 over the issued content: what the printed sheet shows. */
  hash: z.string().nullable(),
  /** Frozen at issue; a draft's is computed as it is read. */
  result: AssessmentResult,
  amendments: z.array(
    z.strictObject({ id: z.string(), text: z.string(), authorName: z.string(), at: z.string(), hash: z.string() }),
  ),
});
export type BulletinView = z.infer<typeof BulletinView>;

const BulletinSummary = BulletinView.omit({ result: true, amendments: true }).extend({
  amendments: z.number().int(),
});

const exportFile = z.strictObject({ fileName: z.string(), mime: z.string(), base64: z.string() });

export const assessmentMethods = {
  'assessment.schemes': defineMethod({
    name: 'assessment.schemes',
    input: z.strictObject({}),
    output: z.strictObject({
      scheme: AssessmentScheme,
      version: z.number().int().nullable(),
      effectiveFrom: z.string().nullable(),
      history: z.array(
        z.strictObject({ version: z.number().int(), effectiveFrom: z.string(), authorName: z.string() }),
      ),
    }),
    access: 'read',
  }),
  'assessment.setScheme': defineMethod({
    name: 'assessment.setScheme',
    input: z.strictObject({ scheme: AssessmentScheme }),
    output: z.strictObject({ version: z.number().int(), effectiveFrom: z.string() }),
    access: 'admin',
    emits: ['assessment.changed'],
    example: {
      scheme: {
        weights: { duty: 25, reporting: 40, drills: 15, warnings: 10, checks: 10 },
        deductions: {
          spot_unanswered: 5,
          absent: 1,
          late: 1,
          false: 2,
          missed: 3,
          concealed: 4,
          accident_late_hour: 3,
          followup_missing: 1,
          element_missing: 1,
          call_late: 1,
          ack_late: 1,
          check_missed: 1,
        },
        limits: { spotCheckSeconds: 300, callMinutes: 5, ackMinutes: 30 },
        // Bands at the ends of their range, so the edge-value walker can move each alone.
        drillBands: { full: 100, twoThirds: 50, oneThird: 0 },
        requiredElements: ['occurredAt', 'place'],
      },
    },
  }),
  'assessment.compute': defineMethod({
    name: 'assessment.compute',
    input: z.strictObject({ period }),
    output: AssessmentResult,
    access: 'read',
    example: { period: '2026-11' },
  }),
  'findings.record': defineMethod({
    name: 'findings.record',
    input: z
      .strictObject({
        clientKey,
        kind: z.enum(FINDING_KINDS),
        subject: Subject,
        /** When what is found happened (the late, false or hidden report; the absence). */
        occurredAt: isoTime,
        evidence: name(2000),
        incidentId: id.nullable(),
        /** A duty-log entry (a 查岗, a call) the finding rests on. */
        entryId: id.nullable(),
      })
      .refine((f) => f.incidentId !== null || f.entryId !== null, {
        message: 'errors.finding_no_link',
        path: ['incidentId'],
      }),
    output: z.strictObject({ entryId: z.string(), replayed: z.boolean() }),
    access: 'write',
    emits: ['assessment.changed', 'logs.changed'],
    example: {
      clientKey: 'k_finding0123',
      kind: 'missed',
      subject: { kind: 'town', townCode: '990101101' },
      occurredAt: '2026-11-05T02:00:00.000Z',
      evidence: '市局通报：该镇 11 月 5 日山体滑坡未按规定上报',
      incidentId: 'inc_example',
      entryId: null,
    },
  }),
  'findings.list': defineMethod({
    name: 'findings.list',
    input: z.strictObject({ period }),
    output: z.strictObject({ items: z.array(FindingView) }),
    access: 'read',
    example: { period: '2026-11' },
  }),
  'bulletins.list': defineMethod({
    name: 'bulletins.list',
    input: z.strictObject({}),
    output: z.strictObject({ items: z.array(BulletinSummary) }),
    access: 'read',
  }),
  'bulletins.get': defineMethod({
    name: 'bulletins.get',
    input: z.strictObject({ id }),
    output: BulletinView,
    access: 'read',
    example: { id: 'blt_example' },
  }),
  'bulletins.draft': defineMethod({
    name: 'bulletins.draft',
    input: z.strictObject({
      /** A draft to update, or null for a new one. */
      id: id.nullable(),
      period,
      goodPractice: text(4000),
      requirements: text(4000),
    }),
    output: BulletinView,
    access: 'write',
    emits: ['assessment.changed'],
    example: { id: null, period: '2026-11', goodPractice: '城关镇叫应及时', requirements: '严格落实 24 小时值班' },
  }),
  'bulletins.issue': defineMethod({
    name: 'bulletins.issue',
    input: z.strictObject({ id }),
    output: BulletinView,
    access: 'write',
    emits: ['assessment.changed'],
    example: { id: 'blt_example' },
  }),
  'bulletins.amend': defineMethod({
    name: 'bulletins.amend',
    input: z.strictObject({ id, text: name(4000) }),
    output: BulletinView,
    access: 'write',
    emits: ['assessment.changed'],
    example: { id: 'blt_example', text: '更正：某镇回执超时 1 次系通讯故障，经核实不扣分' },
  }),
  'bulletins.export': defineMethod({
    name: 'bulletins.export',
    input: z.strictObject({ id }),
    output: exportFile,
    access: 'read',
    example: { id: 'blt_example' },
  }),
} as const;
