import type { HandoverSheet } from '../../common/contract/handover';
import { recipientClockOf, warningClockOf } from '../../common/contract/warnings';
import { isLive, recipientStatus, warningState } from '../../common/domain/warnings';
import type { ReadDb } from '../db/handles';
import { warningIds, warningRow, warningView } from './repo';
import { responseRowsOf, runningResponse, warningsWithResponse } from './response';
import { readWarningRules } from './settings';

/**
 * The handover sheet's warnings (未办结事项): every real warning in force at `asOf`, its
 * 回执 count, and each recipient still owing one — late ones marked — so the incoming
 * shift knows whom to chase. Drill warnings are not the room's real work and stay off.
 */
export function handoverWarnings(db: ReadDb, asOf: Date): NonNullable<HandoverSheet['warnings']> {
  const rules = readWarningRules(db);
  return warningIds(db, { live: true, includeDrills: false, now: asOf.toISOString() }).map((id) => {
    const w = warningView(db, warningRow(db, id)!);
    // Only what had happened by `asOf` (a sheet assembled for an earlier moment).
    const sent = w.recipients.filter((r) => r.sentAt <= asOf.toISOString());
    const counted = sent.filter((r) => !r.escalatedTo || r.ack);
    const answered = (r: (typeof sent)[number]) => r.ack !== null && r.ack.at <= asOf.toISOString();
    const name = (r: (typeof sent)[number]) => [r.unit, r.person || r.post].filter(Boolean).join(' ');
    const byId = new Map(sent.map((r) => [r.id, r]));
    return {
      id: w.id,
      level: w.level,
      hazard: w.hazard,
      headline: w.headline,
      towns: w.towns.map((t) => t.name),
      acked: counted.filter(answered).length,
      sent: counted.length,
      waiting: sent
        .filter((r) => !answered(r) && !r.escalatedTo)
        .map((r) => {
          const s = recipientStatus({ ...recipientClockOf(r), ackedAt: null }, rules, asOf);
          return { unit: r.unit, person: r.person || r.post, ackDue: s.ackDue, late: s.ackLate };
        }),
      escalated: sent
        .filter((r) => r.escalatedFrom && byId.has(r.escalatedFrom))
        .map((r) => ({ from: name(byId.get(r.escalatedFrom!)!), to: name(r), at: r.sentAt, auto: r.auto })),
    };
  });
}

/**
 * 正在实施的应急响应 started from warnings (预警响应): every real warning whose response
 * runs at `asOf` — its decisions up to then folded — with whether the warning itself is
 * over (解除, 更新 or 过期), which the incoming shift is to end. Drill warnings stay off.
 */
export function handoverWarningResponses(
  db: ReadDb,
  asOf: Date,
): NonNullable<HandoverSheet['warningResponses']> {
  const iso = asOf.toISOString();
  const rules = readWarningRules(db);
  const out: NonNullable<HandoverSheet['warningResponses']> = [];
  for (const id of warningsWithResponse(db)) {
    const running = runningResponse(responseRowsOf(db, id).filter((r) => r.at <= iso));
    if (!running) continue;
    const w = warningView(db, warningRow(db, id)!);
    out.push({
      warningId: w.id,
      warningLevel: w.level,
      headline: w.headline,
      warningOver: !isLive(warningState(warningClockOf(w), rules, asOf)),
      planName: running.planName,
      level: running.level,
      decidedBy: running.decidedBy,
      document: running.document,
      since: running.since,
      adjustedAt: running.adjustedAt,
    });
  }
  return out.sort((a, b) => a.since.localeCompare(b.since));
}
