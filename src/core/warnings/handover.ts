import type { HandoverSheet } from '../../common/contract/handover';
import { recipientClockOf } from '../../common/contract/warnings';
import { recipientStatus } from '../../common/domain/warnings';
import type { ReadDb } from '../db/handles';
import { warningIds, warningRow, warningView } from './repo';
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
