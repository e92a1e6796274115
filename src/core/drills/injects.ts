import { formatLocal } from '../../common/time/zone';
import type { Actor } from '../actor';
import { newId } from '../auth/secrets';
import { DomainError } from '../errors';
import type { WriteDb } from '../db/handles';
import { authorOf } from '../incidents/service';
import { readSettings } from '../settings/repo';
import { appendDrillEvent, injectRows, insertInject, markInjectSent } from './repo';
import type { DrillRow } from './rows';

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
