import { isLive, nextOnLadder } from '../../common/domain/warnings';
import type { EventName } from '../../common/areas';
import { newId } from '../auth/secrets';
import type { WriteDb } from '../db/handles';
import { stmt } from '../db/sql';
import { listContacts } from '../contacts/repo';
import { insertRecipient, recipientsOf, warningRow } from './repo';
import type { WarningRecipientRow } from './rows';
import { readWarningRules } from './settings';
import { stateNow } from './handlers';

/**
 * 自动升级叫应 (a core tick): a recipient whose 回执 is past the rule (30 minutes) with no
 * answer is sent the warning's next person of its town's 叫应 ladder, once, by the rule
 * itself — the new recipient has no sender (`sent_by_id` NULL, `sent_by_name` ''), which
 * is how the record says 自动升级, at the minute the tick found it due. The silent one
 * stays on the list and can still answer: its answer is judged late as any other.
 *
 * Only warnings in force climb (not cancelled, replaced or expired); a recipient outside
 * a town (a department) or at the top of its town's ladder has no one to climb to and is
 * left red for the room to chase by hand. A drill's warning climbs within its drill.
 */
export function escalateOverdue(db: WriteDb, now: Date): { type: EventName; ids: string[] }[] {
  const rules = readWarningRules(db);
  const cutoff = new Date(now.getTime() - rules.ackMinutes * 60_000).toISOString();
  const due = stmt<[{ cutoff: string; now: string }], WarningRecipientRow>(
    db,
    `SELECT r.* FROM warning_recipients r JOIN warnings w ON w.id = r.warning_id
      WHERE r.sent_at < @cutoff AND r.town_code IS NOT NULL
        AND (w.expires_at IS NULL OR w.expires_at > @now)
        AND NOT EXISTS (SELECT 1 FROM warning_recipients n WHERE n.escalated_from = r.id)
        AND NOT EXISTS (SELECT 1 FROM warning_events e WHERE e.recipient_id = r.id AND e.kind = 'ack')
        AND NOT EXISTS (SELECT 1 FROM warning_events e WHERE e.warning_id = w.id AND e.kind = 'cancel')
        AND NOT EXISTS (SELECT 1 FROM warnings s WHERE s.supersedes_id = w.id)
      ORDER BY r.sent_at, r.rowid`,
  ).all({ cutoff, now: now.toISOString() });
  if (due.length === 0) return [];
  const contacts = listContacts(db);
  const at = now.toISOString();
  const changed = new Set<string>();
  for (const r of due) {
    const w = warningRow(db, r.warning_id)!;
    if (!isLive(stateNow(db, w, rules, now))) continue;
    const sent = new Set(recipientsOf(db, w.id).map((x) => x.contact_id ?? ''));
    const next = nextOnLadder(contacts, r.town_code, sent);
    if (!next) continue;
    insertRecipient(db, {
      id: newId('wrc'),
      warning_id: w.id,
      contact_id: next.id,
      unit: next.unit,
      person: next.person,
      post: next.post,
      phone: next.mobile || next.dutyPhone || next.officePhone,
      town_code: next.townCode,
      // The silent one was phoned or not by the same rule; the next person is phoned the same way.
      channel: r.channel,
      needs_call: rules.callLevels.includes(w.level) ? 1 : 0,
      sent_at: at,
      sent_by_id: null,
      sent_by_name: '',
      escalated_from: r.id,
      created_at: at,
    });
    changed.add(w.id);
  }
  return changed.size ? [{ type: 'warnings.changed', ids: [...changed] }] : [];
}
