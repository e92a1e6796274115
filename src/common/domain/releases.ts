import type { Grade } from './incidents';

/**
 * 信息发布 (domain-preparedness.md "Information release"): what an incident's public
 * information is, how a version of it goes through internal review and the county 宣传部,
 * and the clocks it runs against. Pure code: core stores the facts, the screens count
 * down, and both compute the same answer.
 */

/** 简要信息, 权威信息, 续发, 新闻发布会, 辟谣, 防范提示. */
export const RELEASE_KINDS = ['brief', 'authoritative', 'followup', 'press', 'rumour', 'advice'] as const;
export type ReleaseKind = (typeof RELEASE_KINDS)[number];

/** 政府网站, 政务微博, 微信公众号, 电视, 广播, 短信, 新闻发布会, 报刊. */
export const RELEASE_CHANNELS = [
  'website',
  'weibo',
  'wechat',
  'tv',
  'radio',
  'sms',
  'press_conference',
  'newspaper',
] as const;
export type ReleaseChannel = (typeof RELEASE_CHANNELS)[number];

/**
 * Where a release stands, read from its ledger: the latest version's steps decide, a
 * withdrawal ends it. A correction after release is a new version and starts over.
 */
export const RELEASE_STATES = [
  'draft',
  'reviewed',
  'submitted',
  'approved',
  'returned',
  'released',
  'withdrawn',
] as const;
export type ReleaseState = (typeof RELEASE_STATES)[number];

/** The steps of the ledger, each on one version (a withdrawal on the release). */
export const RELEASE_STEPS = ['review', 'submit', 'approve', 'return', 'publish', 'withdraw'] as const;
export type ReleaseStep = (typeof RELEASE_STEPS)[number];

/** Who reviewed it inside the bureau: the 带班领导 of the shift or a 局领导. */
export const REVIEWER_POSTS = ['shift_leader', 'bureau_leader'] as const;
export type ReviewerPost = (typeof REVIEWER_POSTS)[number];

/** How the 宣传部's answer came: a signed 审批单, by phone, or through its system. */
export const APPROVAL_HOWS = ['document', 'phone', 'system'] as const;
export type ApprovalHow = (typeof APPROVAL_HOWS)[number];

/** The clocks: 权威信息 (any release of kind authoritative) and 新闻发布会 (kind press). */
export const CLOCK_KINDS = ['authoritative', 'press'] as const;
export type ClockKind = (typeof CLOCK_KINDS)[number];

/** Which step follows which: what each step needs the latest version to stand at. */
export const STEP_FROM: Record<Exclude<ReleaseStep, 'withdraw'>, readonly ReleaseState[]> = {
  review: ['draft'],
  submit: ['reviewed'],
  approve: ['submitted'],
  return: ['submitted'],
  publish: ['approved'],
};

/** The state after a version's steps, in order (a withdrawal is the release's, not the version's). */
export function stateAfter(steps: readonly ReleaseStep[]): ReleaseState {
  let s: ReleaseState = 'draft';
  for (const step of steps) {
    s =
      step === 'review'
        ? 'reviewed'
        : step === 'submit'
          ? 'submitted'
          : step === 'approve'
            ? 'approved'
            : step === 'return'
              ? 'returned'
              : step === 'publish'
                ? 'released'
                : 'withdrawn';
  }
  return s;
}

/** A version may be revised until it is released (a released one is corrected instead). */
export const isEditable = (s: ReleaseState) => s !== 'released' && s !== 'withdrawn';

// ---------------------------------------------------------------------------------------
// Clock rules

/** Minutes from intake (or from the upgrade that set the grade) within which each must be out; null: no clock. */
export interface ReleaseRule {
  grade: Grade;
  authoritativeMinutes: number | null;
  pressMinutes: number | null;
}

export interface ReleaseRules {
  rules: ReleaseRule[];
}

export interface ReleaseRuleVersion {
  effectiveFrom: string;
  rules: ReleaseRules;
}

/**
 * Defaults (国办发〔2016〕61号): 特别重大/重大 authoritative information within 5 hours and a
 * press conference within 24 hours; 较大/一般 are "timely", set by the county (12 h and
 * 24 h for 权威信息 until it says otherwise, no press conference clock).
 */
export const DEFAULT_RELEASE_RULES: ReleaseRules = {
  rules: [
    { grade: 'I', authoritativeMinutes: 300, pressMinutes: 1440 },
    { grade: 'II', authoritativeMinutes: 300, pressMinutes: 1440 },
    { grade: 'III', authoritativeMinutes: 720, pressMinutes: null },
    { grade: 'IV', authoritativeMinutes: 1440, pressMinutes: null },
    { grade: 'unrated', authoritativeMinutes: null, pressMinutes: null },
  ],
};

export function releaseRulesAt(versions: readonly ReleaseRuleVersion[], at: string): ReleaseRules {
  let chosen = DEFAULT_RELEASE_RULES;
  let from = '';
  for (const v of versions)
    if (v.effectiveFrom <= at && v.effectiveFrom >= from) {
      chosen = v.rules;
      from = v.effectiveFrom;
    }
  return chosen;
}

function minutesFor(rules: ReleaseRules, grade: Grade, kind: ClockKind): number | null {
  const r =
    rules.rules.find((x) => x.grade === grade) ?? DEFAULT_RELEASE_RULES.rules.find((x) => x.grade === grade)!;
  return kind === 'authoritative' ? r.authoritativeMinutes : r.pressMinutes;
}

const SEVERITY: Record<Grade, number> = { I: 4, II: 3, III: 2, IV: 1, unrated: 0 };

export interface ClockFacts {
  receivedAt: string;
  /** The grade at intake first, then every change, in time order. */
  grades: readonly { grade: Grade; at: string }[];
  /** When releases of each clock's kind went out (publish steps). */
  published: readonly { kind: ReleaseKind; at: string }[];
}

export interface ReleaseClock {
  kind: ClockKind;
  grade: Grade;
  startAt: string;
  dueAt: string;
  /** The first release of the kind; the clock stops there. */
  doneAt: string | null;
  /** Out after it was due, or still not out and past due. */
  late: boolean;
}

/**
 * The release clocks of one incident. The clock starts at intake with the rules for the
 * intake grade; an upgrade starts a new one from the upgrade with the rules for the new
 * grade, and the one due first is kept (a downgrade loosens nothing). The rules in force
 * when a clock starts govern it. The first release of the kind, whenever made, stops it.
 */
export function releaseClocks(
  facts: ClockFacts,
  versions: readonly ReleaseRuleVersion[],
  now: Date,
): ReleaseClock[] {
  const starts: { grade: Grade; at: string }[] = [];
  let current: Grade | null = null;
  for (const g of facts.grades) {
    if (current === null || SEVERITY[g.grade] > SEVERITY[current])
      starts.push({ grade: g.grade, at: starts.length ? g.at : facts.receivedAt });
    current = g.grade;
  }
  const out: ReleaseClock[] = [];
  for (const kind of CLOCK_KINDS) {
    let best: { grade: Grade; startAt: string; dueAt: string } | null = null;
    for (const s of starts) {
      const min = minutesFor(releaseRulesAt(versions, s.at), s.grade, kind);
      if (min === null) continue;
      const dueAt = new Date(Date.parse(s.at) + min * 60_000).toISOString();
      if (!best || dueAt < best.dueAt) best = { grade: s.grade, startAt: s.at, dueAt };
    }
    if (!best) continue;
    const done =
      facts.published
        .filter((p) => p.kind === kind)
        .map((p) => p.at)
        .sort()[0] ?? null;
    const late = done ? done > best.dueAt : now.toISOString() > best.dueAt;
    out.push({ kind, ...best, doneAt: done, late });
  }
  return out;
}
