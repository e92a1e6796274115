import type { Problem } from '../../common/contract/assessment';
import {
  RULE_INDICATOR,
  type AssessmentScheme,
  type DeductionRule,
} from '../../common/domain/assessment';
import type { LabelKey } from '../../common/i18n/domain-labels';
import { formatLocal } from '../../common/time/zone';

/** The frame every collector works in: the period, its scheme and where problems go. */
export interface Frame {
  from: string;
  to: string;
  /** The instant things owed are judged at: the period's end, or now while it runs. */
  evalAt: Date;
  /** The clock: owed things on shift-aligned periods run past the period's last midnight. */
  now: Date;
  tz: string;
  scheme: AssessmentScheme;
  problems: Problem[];
}

export const ROOM = 'room';
export const townKey = (code: string) => `town:${code}`;
export const deptKey = (unit: string) => `department:${unit}`;

/** A deduction: `times` occurrences (hours over, for a late accident report) of a rule. */
export function deduct(
  f: Frame,
  p: {
    subjectKey: string;
    rule: DeductionRule;
    at: string;
    times?: number;
    ref: Problem['ref'];
    sentence: LabelKey;
    params: Problem['params'];
  },
): void {
  f.problems.push({
    subjectKey: p.subjectKey,
    rule: p.rule,
    indicator: RULE_INDICATOR[p.rule],
    at: p.at,
    points: f.scheme.deductions[p.rule] * (p.times ?? 1),
    ref: p.ref,
    sentence: p.sentence,
    params: p.params,
  });
}

export const inPeriod = (f: Frame, iso: string) => iso >= f.from && iso < f.to;
export const localText = (iso: string | Date, tz: string) => formatLocal(new Date(iso), tz);
export const minutesBetween = (a: string | Date, b: string | Date) =>
  Math.ceil((new Date(b).getTime() - new Date(a).getTime()) / 60_000);
