/**
 * Assessment (考核, domain-preparedness.md "Assessment"): what a scheme holds and the
 * default the county starts from. Pure data; core computes the scores, the UI edits the
 * numbers (administrators), and a scheme version once saved governs the periods that
 * start after it (the one in force at a period's start governs that period).
 */

/** The indicators of a scheme (指标), each with a weight (分值). */
export const INDICATORS = ['duty', 'reporting', 'drills', 'warnings', 'checks'] as const;
export type Indicator = (typeof INDICATORS)[number];

/**
 * Deduction rules (扣分项), points per occurrence (per hour over for `accident_late_hour`).
 * Computed from the record: spot_unanswered, late, accident_late_hour, followup_missing,
 * element_missing, call_late, ack_late, check_missed. Findings a leader records with
 * evidence (never inferred): absent, false, missed, concealed.
 */
export const DEDUCTION_RULES = [
  'spot_unanswered',
  'absent',
  'late',
  'false',
  'missed',
  'concealed',
  'accident_late_hour',
  'followup_missing',
  'element_missing',
  'call_late',
  'ack_late',
  'check_missed',
] as const;
export type DeductionRule = (typeof DEDUCTION_RULES)[number];

/** Which indicator a rule deducts from. */
export const RULE_INDICATOR: Record<DeductionRule, Indicator> = {
  spot_unanswered: 'duty',
  absent: 'duty',
  late: 'reporting',
  false: 'reporting',
  missed: 'reporting',
  concealed: 'reporting',
  accident_late_hour: 'reporting',
  followup_missing: 'reporting',
  element_missing: 'reporting',
  call_late: 'warnings',
  ack_late: 'warnings',
  check_missed: 'checks',
};

/** Findings (认定): recorded by a leader with evidence and a link to the record. */
export const FINDING_KINDS = ['absent', 'false', 'missed', 'concealed'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

/** Who is assessed: the duty room itself, each town, each department. */
export const SUBJECT_KINDS = ['room', 'town', 'department'] as const;
export type SubjectKind = (typeof SUBJECT_KINDS)[number];

/** The indicators that apply to a kind of subject (what each owes). */
export const SUBJECT_INDICATORS: Record<SubjectKind, readonly Indicator[]> = {
  room: ['duty', 'reporting', 'checks'],
  town: ['duty', 'reporting', 'warnings'],
  department: ['reporting', 'drills', 'warnings'],
};

/** Elements of a report whose absence deducts (要素缺失), read from the intake. */
export const REPORT_ELEMENTS = ['occurredAt', 'place', 'description', 'cause', 'measures', 'trend'] as const;
export type ReportElement = (typeof REPORT_ELEMENTS)[number];

export interface AssessmentScheme {
  weights: Record<Indicator, number>;
  deductions: Record<DeductionRule, number>;
  limits: {
    /** 查岗 answered later than this counts as unanswered (三声之内, within 5 min). */
    spotCheckSeconds: number;
    /** 叫应 answered within. */
    callMinutes: number;
    /** 回执 within. */
    ackMinutes: number;
  };
  /** Share of 专项 plans drilled this year: at or above `full` % full marks, etc. */
  drillBands: { full: number; twoThirds: number; oneThird: number };
  requiredElements: ReportElement[];
}

export const DEFAULT_SCHEME: AssessmentScheme = {
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
  drillBands: { full: 60, twoThirds: 40, oneThird: 20 },
  requiredElements: ['occurredAt', 'place', 'description', 'measures'],
};

/** A period: a month `2026-11`, a quarter `2026-Q4` or a year `2026`. */
export const PERIOD_RE = /^[0-9]{4}(-(0[1-9]|1[0-2]|Q[1-4]))?$/;
export type PeriodKind = 'month' | 'quarter' | 'year';

export function periodKind(period: string): PeriodKind {
  if (period.includes('Q')) return 'quarter';
  return period.length === 4 ? 'year' : 'month';
}

/** The period's first and one-past-last local month, as [year, month] (month may be 13). */
export function periodMonths(period: string): { year: number; from: number; to: number } {
  const year = Number(period.slice(0, 4));
  const kind = periodKind(period);
  if (kind === 'year') return { year, from: 1, to: 13 };
  if (kind === 'quarter') {
    const q = Number(period.slice(6));
    return { year, from: (q - 1) * 3 + 1, to: q * 3 + 1 };
  }
  const m = Number(period.slice(5, 7));
  return { year, from: m, to: m + 1 };
}
