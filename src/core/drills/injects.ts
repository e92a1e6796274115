import { formatLocal } from '../../common/time/zone';
import type { Actor } from '../actor';
import { newId } from '../auth/secrets';
import { DomainError } from '../errors';
import type { WriteDb } from '../db/handles';
import { authorOf } from '../incidents/service';
import { readSettings } from '../settings/repo';
import { stmt } from '../db/sql';
import type { EventName } from '../../common/areas';
import { appendDrillEvent, injectRows, insertInject, markInjectSent } from './repo';
import type { DrillInjectRow, DrillRow } from './rows';

/**
 * Sends a scenario inject (情景注入) while the drill runs: one of the script's, or one
 * written on the spot. It goes on the drill's timeline, where the room's answer to it is
 * timed (timeline.ts).
 */
export function sendInject(
  db: WriteDb,
  actor: Actor,
  drill: DrillRow,
  injectId: string | null,
  text: string,
  at: string,
): void {
  if (drill.state !== 'started')
    throw new DomainError('conflict', 'errors.drill_state', { state: drill.state, action: 'inject' });
  const author = authorOf(actor);
  const script = injectRows(db, drill.id);
  let id: string;
  let body: string;
  if (injectId) {
    const scripted = script.find((i) => i.id === injectId);
    if (!scripted) throw new DomainError('not_found', 'errors.drill_inject_missing');
    if (scripted.sent_at)
      throw new DomainError('conflict', 'errors.drill_inject_sent', {
        at: formatLocal(new Date(scripted.sent_at), readSettings(db).timeZone),
      });
    markInjectSent(db, injectId, at, author.name);
    id = injectId;
    body = scripted.text;
  } else {
    if (!text.trim()) throw new DomainError('invalid_input', 'errors.drill_inject_blank');
    id = newId('inj');
    body = text.trim();
    insertInject(db, {
      id,
      drill_id: drill.id,
      position: script.length + 1,
      offset_minutes: null,
      text: body,
      sent_at: at,
      sent_by: author.name,
      created_at: at,
    });
  }
  appendDrillEvent(db, {
    drill_id: drill.id,
    kind: 'inject',
    at,
    author_id: author.id,
    author_name: author.name,
    data_json: JSON.stringify({ injectId: id, text: body }),
  });
}

/**
 * Scripted injects whose minute has come, on drills that are running: each goes out once,
 * by itself, recorded at the time it went out (not the minute it was due, which the
 * script keeps), with no one as its sender. A controller may still send one early by hand;
 * once sent, it is never sent again. Run by core's tick (core.ts) every few seconds.
 */
export function deliverDueInjects(db: WriteDb, now: Date): { type: EventName; ids: string[] }[] {
  const at = now.toISOString();
  const due = stmt<[], DrillInjectRow & { started_at: string }>(
    db,
    `SELECT j.*, d.started_at FROM drill_injects j JOIN drills d ON d.id = j.drill_id
      WHERE d.state = 'started' AND d.started_at IS NOT NULL
        AND j.sent_at IS NULL AND j.offset_minutes IS NOT NULL
      ORDER BY j.drill_id, j.offset_minutes, j.position`,
  )
    .all()
    .filter((j) => Date.parse(j.started_at) + j.offset_minutes! * 60_000 <= now.getTime());
  for (const j of due) {
    markInjectSent(db, j.id, at, null);
    appendDrillEvent(db, {
      drill_id: j.drill_id,
      kind: 'inject',
      at,
      author_id: null,
      author_name: '',
      data_json: JSON.stringify({ injectId: j.id, text: j.text, auto: true }),
    });
  }
  const drills = [...new Set(due.map((j) => j.drill_id))];
  return drills.length ? [{ type: 'drills.changed', ids: drills }] : [];
}
