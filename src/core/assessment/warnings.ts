import { stmt } from '../db/sql';
import type { ReadDb } from '../db/handles';
import { deduct, deptKey, minutesBetween, townKey, type Frame } from './problems';

interface RecipientFacts {
  id: string;
  warning_id: string;
  headline: string;
  unit: string;
  person: string;
  town_code: string | null;
  needs_call: 0 | 1;
  sent_at: string;
}

/**
 * 叫应 and 回执 of the real warnings sent in the period, charged to the recipient's town
 * (or, outside any town, to its unit as a department): a call-back answered later than
 * the scheme's minutes or never, a receipt returned late or never.
 */
export function collectWarnings(db: ReadDb, f: Frame, subjects: Set<string>) {
  const recipients = stmt<[string, string], RecipientFacts>(
    db,
    `SELECT r.id, r.warning_id, w.headline, r.unit, r.person, r.town_code, r.needs_call, r.sent_at
       FROM warning_recipients r JOIN warnings w ON w.id = r.warning_id
      WHERE w.drill_id IS NULL AND r.sent_at >= ? AND r.sent_at < ?`,
  ).all(f.from, f.to);
  const firstCall = new Map<string, string>();
  const firstAck = new Map<string, string>();
  for (const e of stmt<[string, string], { recipient_id: string; kind: string; at: string; data_json: string }>(
    db,
    `SELECT e.recipient_id, e.kind, e.at, e.data_json FROM warning_events e JOIN warnings w ON w.id = e.warning_id
      WHERE w.drill_id IS NULL AND e.recipient_id IS NOT NULL AND e.kind IN ('call','ack') AND e.at >= ? AND e.at < ?
      ORDER BY e.at`,
  ).all(f.from, new Date(Date.parse(f.to) + 2 * 86_400_000).toISOString())) {
    if (e.kind === 'ack') {
      if (!firstAck.has(e.recipient_id)) firstAck.set(e.recipient_id, e.at);
    } else if ((JSON.parse(e.data_json) as { answered: boolean }).answered && !firstCall.has(e.recipient_id))
      firstCall.set(e.recipient_id, e.at);
  }
  const { callMinutes, ackMinutes } = f.scheme.limits;
  let late = 0;
  for (const r of recipients) {
    const key = r.town_code ? townKey(r.town_code) : deptKey(r.unit);
    subjects.add(key);
    const ref = { kind: 'warning' as const, id: r.warning_id };
    const who = { headline: r.headline, person: [r.unit, r.person].filter(Boolean).join(' ') };
    let counted = false;
    const check = (rule: 'call_late' | 'ack_late', done: string | undefined, limit: number) => {
      const minutes = minutesBetween(r.sent_at, done ?? f.evalAt);
      if (minutes <= limit) return;
      // Not done and its time not up when judged: nothing owed yet.
      counted = true;
      deduct(f, {
        subjectKey: key,
        rule,
        at: r.sent_at,
        ref,
        sentence: done ? `assessmentProblem.${rule}` : `assessmentProblem.${rule}_never`,
        params: { ...who, minutes },
      });
    };
    if (r.needs_call === 1) check('call_late', firstCall.get(r.id), callMinutes);
    check('ack_late', firstAck.get(r.id), ackMinutes);
    if (counted) late++;
  }
  return { recipients: recipients.length, recipientsLate: late };
}
