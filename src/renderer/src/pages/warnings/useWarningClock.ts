import {
  recipientClockOf,
  warningClockOf,
  type RecipientView,
  type WarningView,
} from '../../../../common/contract/warnings';
import {
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
