import type { DeadlineKind } from './deadlines';
import type { ReportStage } from './domain/incidents';

/**
 * What 办结 must settle before it is written, checked the same way by the form (to ask)
 * and by core (to refuse): a closed incident owes no more reports, so closing one without
 * its 终报 silently drops what the superiors still wait for.
 * - There is a 终报 on record, or the closer says why none is owed (误报, merged into another
 *   incident...).
 * - Every reporting clock still running is named back by the closer: closing ends them,
 *   and nobody should end a 续报 clock without having seen it.
 */
export interface CloseFacts {
  reports: readonly { stage: ReportStage }[];
  /** Kinds of the deadlines still owed (not done), as the projection computes them now. */
  openClocks: readonly DeadlineKind[];
}

export interface CloseClaim {
  noFinalReport?: string | undefined;
  endsClocks?: readonly DeadlineKind[] | undefined;
}

export type CloseProblem =
  { code: 'close_needs_final_report' } | { code: 'close_clocks_unconfirmed'; clocks: DeadlineKind[] };

export const hasFinalReport = (facts: Pick<CloseFacts, 'reports'>) =>
  facts.reports.some((r) => r.stage === 'final');

/** The clocks a close would end: each kind once, in the order phone, written, follow-up. */
export function clocksEnded(openClocks: readonly DeadlineKind[]): DeadlineKind[] {
  return (['phone', 'written', 'followup'] as const).filter((k) => openClocks.includes(k));
}

/** The first reason this close may not be written, or null when it may. */
export function closeProblem(facts: CloseFacts, claim: CloseClaim): CloseProblem | null {
  if (!hasFinalReport(facts) && !(claim.noFinalReport ?? '').trim()) {
    return { code: 'close_needs_final_report' };
  }
  const ends = new Set(claim.endsClocks ?? []);
  const unconfirmed = clocksEnded(facts.openClocks).filter((k) => !ends.has(k));
  if (unconfirmed.length > 0) return { code: 'close_clocks_unconfirmed', clocks: unconfirmed };
  return null;
}
