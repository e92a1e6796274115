import { beijingStamp, senderCode } from '../../common/cap/identifier';
import type { ParsedInputOf } from '../../common/contract';
import { warningClockOf } from '../../common/contract/warnings';
import {
  isLive,
  type WarningHazard,
  nextOnLadder,
  recipientStatus,
  warningState,
  type WarningRules,
  type WarningState,
} from '../../common/domain/warnings';
import { newId } from '../auth/secrets';
import type { ReadDb, WriteDb } from '../db/handles';
import { stmt } from '../db/sql';
import { assertDrillRunning } from '../drills/traffic';
import { DomainError } from '../errors';
import type { AreaHandlers, WriteCtx } from '../handler';
import { authorOf, replayOf } from '../incidents/service';
import { incidentHandlers } from '../incidents/handlers';
import { contactRow, listContacts } from '../contacts/repo';
import {
  appendWarningEvent,
  identifiersLike,
  insertRecipient,
  insertWarning,
  recipientRow,
  recipientsOf,
  eventsOf,
  warningByClientKey,
  warningIds,
  warningRow,
  warningView,
  verifyWarningChain,
} from './repo';
import { respond, verifyWarningResponseChain } from './response';
import type { IncidentData, WarningRecipientRow, WarningRow } from './rows';
import { countyCodeOf, INDUSTRY_CODE, readWarningRules, writeWarningRules } from './settings';

/** The time a phone call or a fax was typed in at may lag the PC's clock a little, never lead it by more. */
const FUTURE_SLACK_MS = 5 * 60_000;

function notFuture(iso: string, now: Date): void {
  if (Date.parse(iso) > now.getTime() + FUTURE_SLACK_MS)
    throw new DomainError('invalid_input', 'errors.warning_future');
}

function toIso(s: string | null | undefined): string | null {
  return s ? new Date(s).toISOString() : null;
}

/** The warning's state now, on the server's clock. */
export function stateNow(db: ReadDb, w: WarningRow, rules: WarningRules, now: Date): WarningState {
  return warningState(warningClockOf(warningView(db, w)), rules, now);
}

function liveWarning(db: ReadDb, id: string, now: Date): WarningRow {
  const w = warningRow(db, id);
  if (!w) throw new DomainError('not_found', 'errors.warning_missing');
  const s = stateNow(db, w, readWarningRules(db), now);
  if (!isLive(s)) throw new DomainError('conflict', 'errors.warning_not_live', { state: s });
  return w;
}

function recipientFor(db: ReadDb, id: string): { r: WarningRecipientRow; w: WarningRow } {
  const r = recipientRow(db, id);
  if (!r) throw new DomainError('not_found', 'errors.warning_recipient_missing');
  return { r, w: warningRow(db, r.warning_id)! };
}

/** Checks a warning's fields against the county and the clock; the caller stores it. */
export function checkWarning(db: ReadDb, input: ParsedInputOf<'warnings.receive'>, now: Date): void {
  const known = new Set(
    stmt<[], { code: string }>(db, 'SELECT code FROM towns')
      .all()
      .map((t) => t.code),
  );
  const unknown = input.towns.filter((c) => !known.has(c));
  if (unknown.length)
    throw new DomainError('invalid_input', 'errors.warning_towns_unknown', { codes: unknown.join('、') });
  const ms = (t: string | null) => (t ? Date.parse(t) : null);
  const [eff, onset, exp] = [ms(input.effectiveAt), ms(input.onsetAt), ms(input.expiresAt)];
  if (exp !== null && ((eff !== null && exp <= eff) || (onset !== null && exp <= onset)))
    throw new DomainError('invalid_input', 'errors.warning_times');
  notFuture(input.receivedAt, now);
  const p = input.polygon;
  if (p && (p[0]![0] !== p[p.length - 1]![0] || p[0]![1] !== p[p.length - 1]![1]))
    throw new DomainError('invalid_input', 'errors.warning_polygon');
  if (input.drillId) assertDrillRunning(db, input.drillId);
}

/** Stores a received warning (by hand or from a CAP file); `identifier` keeps a file's own. */
export function receiveWarning(
  ctx: WriteCtx,
  input: ParsedInputOf<'warnings.receive'>,
  identifier?: string,
): { warning: WarningRow; replayed: boolean } {
  const prior = warningByClientKey(ctx.db, input.clientKey);
  if (prior) return { warning: prior, replayed: true };
  const now = ctx.now();
  checkWarning(ctx.db, input, now);
  if (input.updates) {
    const old = warningRow(ctx.db, input.updates);
    if (
      !old ||
      old.drill_id !== (input.drillId ?? null) ||
      !isLive(stateNow(ctx.db, old, readWarningRules(ctx.db), now))
    )
      throw new DomainError('invalid_input', 'errors.warning_update_target');
  }
  const receivedAt = new Date(input.receivedAt);
  let capId = identifier;
  if (!capId) {
    const prefix = `${senderCode(countyCodeOf(ctx.db), INDUSTRY_CODE)}_${beijingStamp(receivedAt)}_`;
    capId = `${prefix}${identifiersLike(ctx.db, prefix) + 1}`;
  }
  const a = authorOf(ctx.actor);
  const row: WarningRow = {
    id: newId('wrn'),
    source: input.source,
    issuer: input.issuer.trim(),
    issuer_ref: input.issuerRef.trim(),
    hazard: input.hazard,
    level: input.level,
    headline: input.headline.trim(),
    body: input.body,
    towns_json: JSON.stringify([...new Set(input.towns)]),
    polygon_json: input.polygon ? JSON.stringify(input.polygon) : null,
    effective_at: toIso(input.effectiveAt),
    onset_at: toIso(input.onsetAt),
    expires_at: toIso(input.expiresAt),
    received_at: receivedAt.toISOString(),
    received_by_id: a.id,
    received_by_name: a.name,
    channel: input.channel,
    drill_id: input.drillId ?? null,
    supersedes_id: input.updates ?? null,
    cap_identifier: capId,
    client_key: input.clientKey,
    created_at: ctx.nowIso(),
  };
  insertWarning(ctx.db, row);
  ctx.changed('warning', row.id, undefined, input);
  ctx.emit('warnings.changed', [row.id]);
  if (row.drill_id) ctx.emit('drills.changed', [row.drill_id]);
  return { warning: row, replayed: false };
}

function addRecipient(
  ctx: WriteCtx,
  w: WarningRow,
  contactId: string,
  channel: WarningRecipientRow['channel'],
  sentAt: string,
  escalatedFrom: string | null,
): void {
  const c = contactRow(ctx.db, contactId);
  if (!c || c.archived === 1) throw new DomainError('invalid_input', 'errors.warning_contact_missing');
  if (recipientsOf(ctx.db, w.id).some((r) => r.contact_id === contactId))
    throw new DomainError('conflict', 'errors.warning_already_sent', {
      unit: c.unit,
      person: c.person || c.post,
    });
  const a = authorOf(ctx.actor);
  const row: WarningRecipientRow = {
    id: newId('wrc'),
    warning_id: w.id,
    contact_id: c.id,
    unit: c.unit,
    person: c.person,
    post: c.post,
    phone: c.mobile || c.duty_phone || c.office_phone,
    town_code: c.town_code,
    channel,
    needs_call: readWarningRules(ctx.db).callLevels.includes(w.level) ? 1 : 0,
    sent_at: sentAt,
    sent_by_id: a.id,
    sent_by_name: a.name,
    escalated_from: escalatedFrom,
    created_at: ctx.nowIso(),
  };
  insertRecipient(ctx.db, row);
  ctx.changed('warningRecipient', row.id, undefined, { contactId, channel, sentAt, escalatedFrom });
}

function viewOf(ctx: { db: ReadDb }, id: string) {
  return { warning: warningView(ctx.db, warningRow(ctx.db, id)!) };
}

function event(
  ctx: WriteCtx,
  w: WarningRow,
  recipientId: string | null,
  kind: 'call' | 'ack' | 'cancel' | 'incident',
  at: string,
  data: unknown,
): void {
  const a = authorOf(ctx.actor);
  appendWarningEvent(ctx.db, {
    id: newId('wev'),
    warning_id: w.id,
    recipient_id: recipientId,
    kind,
    at,
    author_id: a.id,
    author_name: a.name,
    data_json: JSON.stringify(data),
    created_at: ctx.nowIso(),
  });
  ctx.emit('warnings.changed', [w.id]);
}

/** When an answer or a call happened: typed in, or now; never before the recipient was sent it. */
function answerTime(r: WarningRecipientRow, at: string | undefined, now: Date): string {
  const iso = at ? new Date(at).toISOString() : now.toISOString();
  notFuture(iso, now);
  if (iso < r.sent_at) throw new DomainError('invalid_input', 'errors.warning_time_order', { at: r.sent_at });
  return iso;
}

/** 解除: on the issuer's word, once, while the warning is in force. */
export function cancelWarning(ctx: WriteCtx, id: string, reason: string): void {
  const w = liveWarning(ctx.db, id, ctx.now());
  event(ctx, w, null, 'cancel', ctx.nowIso(), { reason: reason.trim() });
}

export const warningHandlers: AreaHandlers<'warnings'> = {
  'warnings.list': {
    kind: 'read',
    run(input, ctx) {
      const ids = warningIds(ctx.db, {
        live: (input.scope ?? 'live') === 'live',
        includeDrills: input.includeDrills ?? false,
        now: ctx.nowIso(),
        responding: true,
      });
      return {
        rules: readWarningRules(ctx.db),
        warnings: ids.map((id) => warningView(ctx.db, warningRow(ctx.db, id)!)),
      };
    },
  },

  'warnings.verifyChain': {
    kind: 'read',
    run(_input, ctx) {
      const events = verifyWarningChain(ctx.db);
      const responses = verifyWarningResponseChain(ctx.db);
      const checked = events.checked + responses.checked;
      const idAt = (table: 'warning_events' | 'warning_responses', seq: string | number | null) =>
        stmt<[string | number | null], { id: string }>(ctx.db, `SELECT id FROM ${table} WHERE seq = ?`).get(
          seq,
        )?.id ?? null;
      if (!events.ok)
        return {
          ok: false,
          checked,
          firstBrokenId: idAt('warning_events', events.firstBroken),
          brokenChain: 'events' as const,
        };
      if (!responses.ok)
        return {
          ok: false,
          checked,
          firstBrokenId: idAt('warning_responses', responses.firstBroken),
          brokenChain: 'responses' as const,
        };
      return { ok: true, checked, firstBrokenId: null, brokenChain: null };
    },
  },

  'warnings.get': {
    kind: 'read',
    run(input, ctx) {
      const w = warningRow(ctx.db, input.id);
      if (!w) throw new DomainError('not_found', 'errors.warning_missing');
      return { rules: readWarningRules(ctx.db), warning: warningView(ctx.db, w) };
    },
  },

  'warnings.receive': {
    kind: 'write',
    run(input, ctx) {
      const { warning, replayed } = receiveWarning(ctx, input);
      return { warning: warningView(ctx.db, warning), replayed };
    },
  },

  'warnings.forward': {
    kind: 'write',
    run(input, ctx) {
      const now = ctx.now();
      const w = liveWarning(ctx.db, input.id, now);
      const sentAt = input.sentAt ? new Date(input.sentAt).toISOString() : now.toISOString();
      notFuture(sentAt, now);
      if (sentAt < w.received_at)
        throw new DomainError('invalid_input', 'errors.warning_time_order', { at: w.received_at });
      for (const r of input.recipients) addRecipient(ctx, w, r.contactId, r.channel, sentAt, null);
      ctx.emit('warnings.changed', [w.id]);
      return viewOf(ctx, w.id);
    },
  },

  'warnings.logCall': {
    kind: 'write',
    run(input, ctx) {
      const { r, w } = recipientFor(ctx.db, input.recipientId);
      const at = answerTime(r, input.at, ctx.now());
      event(ctx, w, r.id, 'call', at, {
        answered: input.answered,
        answeredBy: input.answeredBy.trim(),
        note: input.note.trim(),
      });
      return viewOf(ctx, w.id);
    },
  },

  'warnings.acknowledge': {
    kind: 'write',
    run(input, ctx) {
      const { r, w } = recipientFor(ctx.db, input.recipientId);
      const before = warningView(ctx.db, w).recipients.find((x) => x.id === r.id)!;
      if (before.ack)
        throw new DomainError('conflict', 'errors.warning_acked', {
          unit: r.unit,
          person: r.person || r.post,
          at: before.ack.at,
        });
      const at = answerTime(r, input.at, ctx.now());
      // Late is judged once, against the rules in force when it is recorded, and kept.
      const status = recipientStatus(
        {
          sentAt: r.sent_at,
          needsCall: r.needs_call === 1,
          calledAt: before.calledAt,
          ackedAt: at,
          escalated: false,
        },
        readWarningRules(ctx.db),
        ctx.now(),
      );
      event(ctx, w, r.id, 'ack', at, {
        by: input.by.trim(),
        how: input.how,
        note: input.note.trim(),
        late: status.ackLate,
      });
      return viewOf(ctx, w.id);
    },
  },

  'warnings.escalate': {
    kind: 'write',
    run(input, ctx) {
      const { r, w } = recipientFor(ctx.db, input.recipientId);
      liveWarning(ctx.db, w.id, ctx.now());
      const v = warningView(ctx.db, w).recipients.find((x) => x.id === r.id)!;
      if (v.escalatedTo)
        throw new DomainError('conflict', 'errors.warning_escalated', {
          unit: r.unit,
          person: r.person || r.post,
        });
      if (v.ack)
        throw new DomainError('conflict', 'errors.warning_acked', {
          unit: r.unit,
          person: r.person || r.post,
          at: v.ack.at,
        });
      let to = input.contactId;
      if (!to) {
        const sent = new Set(recipientsOf(ctx.db, w.id).map((x) => x.contact_id ?? ''));
        const next = nextOnLadder(listContacts(ctx.db), r.town_code, sent);
        if (!next)
          throw new DomainError('conflict', 'errors.warning_ladder_top', { town: v.townName ?? r.unit });
        to = next.id;
      }
      addRecipient(ctx, w, to, input.channel, ctx.nowIso(), r.id);
      ctx.emit('warnings.changed', [w.id]);
      return viewOf(ctx, w.id);
    },
  },

  'warnings.cancel': {
    kind: 'write',
    run(input, ctx) {
      cancelWarning(ctx, input.id, input.reason);
      return viewOf(ctx, input.id);
    },
  },

  'warnings.toIncident': {
    kind: 'write',
    run(input, ctx) {
      const w = warningRow(ctx.db, input.id);
      if (!w) throw new DomainError('not_found', 'errors.warning_missing');
      const prior = replayOf(ctx.db, input.clientKey, 'intake');
      if (prior) return { ...viewOf(ctx, w.id), incidentId: prior.incident_id!, replayed: true };
      const linked = eventsOf(ctx.db, w.id).findLast((e) => e.kind === 'incident');
      if (linked) {
        const incidentId = (JSON.parse(linked.data_json) as IncidentData).incidentId;
        const number = stmt<[string], { number: string }>(
          ctx.db,
          'SELECT number FROM incidents WHERE id = ?',
        ).get(incidentId)?.number;
        throw new DomainError('conflict', 'errors.warning_has_incident', { number: number ?? '' });
      }
      // The intake's own checks (times, town, grade, drill) are the incident area's, as from the 接报 form.
      const create = incidentHandlers['incidents.create'] as {
        run(i: ParsedInputOf<'incidents.create'>, c: WriteCtx): { incident: { id: string } };
      };
      // A drill's warning becomes the drill's incident (演练), never a real one.
      const made = create.run({ clientKey: input.clientKey, intake: input.intake, drillId: w.drill_id }, ctx);
      event(ctx, w, null, 'incident', ctx.nowIso(), { incidentId: made.incident.id } satisfies IncidentData);
      ctx.changed('warning', w.id, undefined, { incidentId: made.incident.id });
      ctx.emit('incidents.changed', [made.incident.id]);
      return { ...viewOf(ctx, w.id), incidentId: made.incident.id, replayed: false };
    },
  },

  'warnings.respond': {
    kind: 'write',
    run(input, ctx) {
      const rules = readWarningRules(ctx.db);
      const { warningId, replayed } = respond(input, ctx, (id) =>
        stateNow(ctx.db, warningRow(ctx.db, id)!, rules, ctx.now()),
      );
      return { ...viewOf(ctx, warningId), replayed };
    },
  },

  'warnings.ofIncident': {
    kind: 'read',
    run(input, ctx) {
      const rows = stmt<[string], WarningRow>(
        ctx.db,
        `SELECT w.* FROM warnings w
          WHERE EXISTS (SELECT 1 FROM warning_events e
                         WHERE e.warning_id = w.id AND e.kind = 'incident'
                           AND json_extract(e.data_json, '$.incidentId') = ?)
          ORDER BY w.received_at`,
      ).all(input.incidentId);
      return {
        warnings: rows.map((w) => ({
          id: w.id,
          level: w.level,
          hazard: w.hazard as WarningHazard,
          headline: w.headline,
        })),
      };
    },
  },

  'warnings.rules': { kind: 'read', run: (_input, ctx) => readWarningRules(ctx.db) },

  'warnings.saveRules': {
    kind: 'write',
    run(input, ctx) {
      const before = readWarningRules(ctx.db);
      const after = writeWarningRules(ctx.db as WriteDb, input);
      ctx.changed('warningRules', 'warnings', before, after);
      ctx.emit('warnings.changed');
      return after;
    },
  },
};
