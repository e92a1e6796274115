import type { Category, Grade, IncidentStatus, ReportMeans, ReportStage } from './domain/incidents';
import { hhmmToMinutes, localParts, zonedToInstant } from './time/zone';

/**
 * Reporting deadlines (domain.md "Grades and deadlines"). Pure code: core stores the
 * facts, the UI counts down, and both compute the same answer.
 *
 * Semantics, written down because the law punishes late reports:
 * - The clock starts at the intake time (接报时间). The phone report (any first upward
 *   report) is due `phoneMinutes` later, the written one (a report by any means other
 *   than phone) `writtenMinutes` later.
 * - An upgrade of the grade restarts both clocks from the moment of the upgrade, with
 *   the rules for the new grade; earlier deadlines stay as they were. A downgrade
 *   loosens nothing already running.
 * - The rules in force when a clock starts govern it: changing the rule table later
 *   does not move deadlines already set (each version has an effective time).
 * - Once reported, follow-ups (续报) are due at each daily follow-up time while the
 *   incident is open; a report in the `followUpWindowMinutes` before a slot covers it.
 *   A final report (终报), closure or withdrawal ends them.
 */
export interface DeadlineRule {
  grade: Grade;
  /** null: any category. A category-specific rule wins over the general one. */
  category: Category | null;
  phoneMinutes: number;
  writtenMinutes: number;
}

export interface DeadlineRules {
  rules: DeadlineRule[];
  /** Local times (HH:MM) at which follow-up reports are due each day. */
  followUpTimes: string[];
  followUpWindowMinutes: number;
}

export interface RuleVersion {
  effectiveFrom: string;
  rules: DeadlineRules;
}

/** Defaults from domain.md: 15/30 min for I and II, 30/60 for III, the county's 1 h / 2 h for IV. */
export const DEFAULT_RULES: DeadlineRules = {
  rules: [
    { grade: 'I', category: null, phoneMinutes: 15, writtenMinutes: 30 },
    { grade: 'II', category: null, phoneMinutes: 15, writtenMinutes: 30 },
    { grade: 'III', category: null, phoneMinutes: 30, writtenMinutes: 60 },
    { grade: 'IV', category: null, phoneMinutes: 60, writtenMinutes: 120 },
    { grade: 'unrated', category: null, phoneMinutes: 60, writtenMinutes: 120 },
  ],
  followUpTimes: ['08:00', '17:00'],
  followUpWindowMinutes: 120,
};

const SEVERITY: Record<Grade, number> = { I: 4, II: 3, III: 2, IV: 1, unrated: 0 };
export const isUpgrade = (from: Grade, to: Grade) => SEVERITY[to] > SEVERITY[from];

export function ruleFor(rules: DeadlineRules, grade: Grade, category: Category): DeadlineRule {
  return (
    rules.rules.find((r) => r.grade === grade && r.category === category) ??
    rules.rules.find((r) => r.grade === grade && r.category === null) ??
    DEFAULT_RULES.rules.find((r) => r.grade === grade)!
  );
}

export function rulesAt(versions: RuleVersion[], at: string): DeadlineRules {
  let chosen: DeadlineRules = DEFAULT_RULES;
  let chosenFrom = '';
  for (const v of versions) {
    if (v.effectiveFrom <= at && v.effectiveFrom >= chosenFrom) {
      chosen = v.rules;
      chosenFrom = v.effectiveFrom;
    }
  }
  return chosen;
}

export interface DeadlineFacts {
  receivedAt: string;
  category: Category;
  /** The grade at intake first, then every change, in time order. */
  grades: { grade: Grade; at: string }[];
  reports: { stage: ReportStage; means: ReportMeans; at: string }[];
  status: IncidentStatus;
}

export type DeadlineKind = 'phone' | 'written' | 'followup';

export interface DeadlineItem {
  kind: DeadlineKind;
  grade: Grade;
  dueAt: string;
  doneAt: string | null;
  /** Done after it was due, or still not done and past due. */
  late: boolean;
}

export interface DeadlineState {
  items: DeadlineItem[];
  /** The earliest deadline still owed, if the incident is open. */
  next: DeadlineItem | null;
  overdue: boolean;
}

const addMin = (iso: string, min: number) => new Date(new Date(iso).getTime() + min * 60_000).toISOString();

/** The first follow-up slot strictly after `after` (an instant), in the zone. */
export function nextFollowUpSlot(after: Date, times: string[], tz: string): Date | null {
  if (times.length === 0) return null;
  const mins = [...times].map(hhmmToMinutes).sort((a, b) => a - b);
  const p = localParts(after, tz);
  for (let d = 0; d < 3; d++) {
    for (const m of mins) {
      const slot = zonedToInstant(tz, p.year, p.month, p.day + d, Math.floor(m / 60), m % 60);
      if (slot.getTime() > after.getTime()) return slot;
    }
  }
  return null;
}

export function computeDeadlines(
  facts: DeadlineFacts,
  versions: RuleVersion[],
  tz: string,
  now: Date,
): DeadlineState {
  const items: DeadlineItem[] = [];
  const reports = [...facts.reports].sort((a, b) => a.at.localeCompare(b.at));
  const nowIso = now.toISOString();
  const open = facts.status === 'pending' || facts.status === 'active';

  const clocks: { grade: Grade; at: string }[] = [];
  let current: Grade | null = null;
  for (const g of facts.grades) {
    if (current === null || isUpgrade(current, g.grade)) clocks.push(g);
    current = g.grade;
  }
  if (clocks.length === 0) clocks.push({ grade: 'unrated', at: facts.receivedAt });
  clocks[0] = { ...clocks[0]!, at: facts.receivedAt };

  for (const clock of clocks) {
    const rule = ruleFor(rulesAt(versions, clock.at), clock.grade, facts.category);
    const after = reports.filter((r) => r.at >= clock.at);
    const phoneDone = after[0]?.at ?? null;
    const writtenDone = after.find((r) => r.means !== 'phone')?.at ?? null;
    for (const [kind, minutes, done] of [
      ['phone', rule.phoneMinutes, phoneDone],
      ['written', rule.writtenMinutes, writtenDone],
    ] as const) {
      const dueAt = addMin(clock.at, minutes);
      if (!done && !open) continue; // a closed incident no longer owes it
      items.push({
        kind,
        grade: clock.grade,
        dueAt,
        doneAt: done,
        late: done ? done > dueAt : nowIso > dueAt,
      });
    }
  }

  const last = reports.at(-1);
  if (open && last && !reports.some((r) => r.stage === 'final')) {
    const rules = rulesAt(versions, last.at);
    const slot = nextFollowUpSlot(
      new Date(addMin(last.at, rules.followUpWindowMinutes)),
      rules.followUpTimes,
      tz,
    );
    if (slot) {
      const dueAt = slot.toISOString();
      items.push({
        kind: 'followup',
        grade: current ?? 'unrated',
        dueAt,
        doneAt: null,
        late: nowIso > dueAt,
      });
    }
  }

  items.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  const next = open ? (items.find((i) => i.doneAt === null) ?? null) : null;
  return { items, next, overdue: next !== null && nowIso > next.dueAt };
}
