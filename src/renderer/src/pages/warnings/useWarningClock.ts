import {
  recipientClockOf,
  warningClockOf,
  type RecipientView,
  type WarningView,
} from '../../../../common/contract/warnings';
import {
  isLive,
  recipientStatus,
  warningState,
  type RecipientStatus,
  type WarningRules,
  type WarningState,
} from '../../../../common/domain/warnings';

/** A warning judged on this screen's clock (the shared one-second clock), as the host would. */
export function stateOf(w: WarningView, rules: WarningRules, now: number): WarningState {
  return warningState(warningClockOf(w), rules, new Date(now));
}

/**
 * The 预警响应 a warning carries, as the desk and the wall mark it: its level under the plan,
 * and 待终止 (`toEnd`) once the warning is over (解除, 更新, 过期) while the response still runs.
 */
export function responseMark(
  w: WarningView,
  rules: WarningRules,
  now: number,
): { level: NonNullable<WarningView['response']>['level']; planName: string; toEnd: boolean } | null {
  if (!w.response) return null;
  return { level: w.response.level, planName: w.response.planName, toEnd: !isLive(stateOf(w, rules, now)) };
}

/** A warning's 预警响应 that was started and then ended: its last level and plan, when it began and ended. */
export interface EndedResponse {
  level: NonNullable<WarningView['response']>['level'] | null;
  planName: string;
  since: string | null;
  endedAt: string;
  decidedBy: string;
  document: string;
}

/**
 * The response a warning no longer runs, read from its decisions: null while one runs or
 * none was ever started. The 终止 step carries no level, so the level is the last one
 * decided before it (启动 or 调整), and `since` the 启动 that began it.
 */
export function endedResponse(w: Pick<WarningView, 'response' | 'responseSteps'>): EndedResponse | null {
  if (w.response) return null;
  const steps = w.responseSteps;
  const end = steps.at(-1);
  if (end?.action !== 'end') return null;
  const before = steps.slice(0, -1);
  const startIdx = before.findLastIndex((s) => s.action === 'start');
  const run = startIdx >= 0 ? before.slice(startIdx) : before;
  const level = run.findLast((s) => s.level !== null)?.level ?? null;
  return {
    level,
    planName: end.planName || (run.at(-1)?.planName ?? ''),
    since: startIdx >= 0 ? before[startIdx]!.at : null,
    endedAt: end.at,
    decidedBy: end.decidedBy,
    document: end.document,
  };
}

/**
 * The warnings in force among those listed live: a lifted, replaced or expired warning
 * stays on the live list while its response runs (marked 待终止) but is no longer in force.
 */
export function inForce(warnings: readonly WarningView[], rules: WarningRules, now: number): number {
  return warnings.filter((w) => isLive(stateOf(w, rules, now))).length;
}

export function statusOf(r: RecipientView, rules: WarningRules, now: number): RecipientStatus {
  return recipientStatus(recipientClockOf(r), rules, new Date(now));
}

/** Answers in and owed: an escalated recipient hands its place to the next person, so it is not counted twice. */
export function ackCounts(
  w: WarningView,
  rules: WarningRules,
  now: number,
): { done: number; all: number; late: number } {
  const counted = w.recipients.filter((r) => !r.escalatedTo || r.ack);
  return {
    done: counted.filter((r) => r.ack).length,
    all: counted.length,
    late: w.recipients.filter((r) => statusOf(r, rules, now).escalate).length,
  };
}

export const recipientName = (r: Pick<RecipientView, 'unit' | 'person' | 'post'>) =>
  [r.unit, r.person || r.post].filter(Boolean).join(' ');

/**
 * The climbs up a town's ladder still unanswered: the silent recipient it began with and
 * the last person it was sent to, while nobody of that chain has answered. These stay
 * named on the desk and the wall after the escalation (by the rule or by hand) until the
 * town answers.
 */
export function openEscalations(w: WarningView): { from: RecipientView; to: RecipientView }[] {
  const byId = new Map(w.recipients.map((r) => [r.id, r]));
  const out: { from: RecipientView; to: RecipientView }[] = [];
  for (const to of w.recipients) {
    if (!to.escalatedFrom || to.escalatedTo) continue;
    let from = to;
    let answered = to.ack !== null;
    for (
      let up = byId.get(to.escalatedFrom);
      up;
      up = up.escalatedFrom ? byId.get(up.escalatedFrom) : undefined
    ) {
      from = up;
      answered ||= up.ack !== null;
    }
    if (!answered && from !== to) out.push({ from, to });
  }
  return out;
}
