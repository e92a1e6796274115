import type { CallView, RecipientView, WarningView } from '../../common/contract/warnings';
import type { WarningChannel, WarningHazard, WarningSource } from '../../common/domain/warnings';
import { chainHash, GENESIS, verifyChain, type ChainVerdict } from '../db/hashchain';
import type { ReadDb, WriteDb } from '../db/handles';
import { stmt } from '../db/sql';
import { responseRowsOf, responseStep, runningResponse } from './response';
import type {
  AckData,
  CallData,
  CancelData,
  IncidentData,
  WarningEventRow,
  WarningRecipientRow,
  WarningRow,
} from './rows';

export function warningRow(db: ReadDb, id: string): WarningRow | undefined {
  return stmt<[string], WarningRow>(db, 'SELECT * FROM warnings WHERE id = ?').get(id);
}

export function warningByClientKey(db: ReadDb, key: string): WarningRow | undefined {
  return stmt<[string], WarningRow>(db, 'SELECT * FROM warnings WHERE client_key = ?').get(key);
}

export function warningByCapIdentifier(db: ReadDb, identifier: string): WarningRow | undefined {
  return stmt<[string], WarningRow>(db, 'SELECT * FROM warnings WHERE cap_identifier = ?').get(identifier);
}

export function recipientRow(db: ReadDb, id: string): WarningRecipientRow | undefined {
  return stmt<[string], WarningRecipientRow>(db, 'SELECT * FROM warning_recipients WHERE id = ?').get(id);
}

export function recipientsOf(db: ReadDb, warningId: string): WarningRecipientRow[] {
  return stmt<[string], WarningRecipientRow>(
    db,
    'SELECT * FROM warning_recipients WHERE warning_id = ? ORDER BY sent_at, created_at, rowid',
  ).all(warningId);
}

export function eventsOf(db: ReadDb, warningId: string): WarningEventRow[] {
  return stmt<[string], WarningEventRow>(
    db,
    'SELECT * FROM warning_events WHERE warning_id = ? ORDER BY seq',
  ).all(warningId);
}

/** How many identifiers this sender already used in that second (the N of GB/T 35965.1). */
export function identifiersLike(db: ReadDb, prefix: string): number {
  return stmt<[string], { n: number }>(
    db,
    `SELECT count(*) AS n FROM warnings WHERE cap_identifier LIKE ? || '%'`,
  ).get(prefix)!.n;
}

export function insertWarning(db: WriteDb, row: WarningRow): void {
  stmt(
    db,
    `INSERT INTO warnings (id, source, issuer, issuer_ref, hazard, level, headline, body, towns_json, polygon_json,
       effective_at, onset_at, expires_at, received_at, received_by_id, received_by_name, channel, drill_id,
       supersedes_id, cap_identifier, client_key, created_at)
     VALUES (@id, @source, @issuer, @issuer_ref, @hazard, @level, @headline, @body, @towns_json, @polygon_json,
       @effective_at, @onset_at, @expires_at, @received_at, @received_by_id, @received_by_name, @channel, @drill_id,
       @supersedes_id, @cap_identifier, @client_key, @created_at)`,
  ).run(row);
}

export function insertRecipient(db: WriteDb, row: WarningRecipientRow): void {
  stmt(
    db,
    `INSERT INTO warning_recipients (id, warning_id, contact_id, unit, person, post, phone, town_code, channel,
       needs_call, sent_at, sent_by_id, sent_by_name, escalated_from, created_at)
     VALUES (@id, @warning_id, @contact_id, @unit, @person, @post, @phone, @town_code, @channel,
       @needs_call, @sent_at, @sent_by_id, @sent_by_name, @escalated_from, @created_at)`,
  ).run(row);
}

function chained(e: Omit<WarningEventRow, 'seq' | 'prev_hash' | 'hash'>): unknown[] {
  return [
    e.id,
    e.warning_id,
    e.recipient_id,
    e.kind,
    e.at,
    e.author_id,
    e.author_name,
    e.data_json,
    e.created_at,
  ];
}

/** Appends to the warnings' ledger (one chain for all warnings, like the duty log's entries). */
export function appendWarningEvent(
  db: WriteDb,
  e: Omit<WarningEventRow, 'seq' | 'prev_hash' | 'hash'>,
): void {
  const last = stmt<[], { hash: string }>(
    db,
    'SELECT hash FROM warning_events ORDER BY seq DESC LIMIT 1',
  ).get();
  const prev = last?.hash ?? GENESIS;
  stmt(
    db,
    `INSERT INTO warning_events (id, warning_id, recipient_id, kind, at, author_id, author_name, data_json, created_at, prev_hash, hash)
     VALUES (@id, @warning_id, @recipient_id, @kind, @at, @author_id, @author_name, @data_json, @created_at, @prev_hash, @hash)`,
  ).run({ ...e, prev_hash: prev, hash: chainHash(prev, chained(e)) });
}

export function verifyWarningChain(db: ReadDb): ChainVerdict {
  return verifyChain(
    stmt<[], WarningEventRow>(db, 'SELECT * FROM warning_events ORDER BY seq').iterate(),
    (r) => ({
      key: r.seq,
      prevHash: r.prev_hash,
      hash: r.hash,
      content: chained(r),
    }),
  );
}

/**
 * Warnings newest first; `live` leaves out the cancelled, the replaced and the expired —
 * except, with `responding`, one whose 预警响应 still runs (it is to be ended, and the
 * register, the desk and the wall say so).
 */
export function warningIds(
  db: ReadDb,
  o: { live: boolean; includeDrills: boolean; now: string; responding?: boolean },
): string[] {
  return stmt<[{ live: number; drills: number; now: string; responding: number }], { id: string }>(
    db,
    `SELECT w.id FROM warnings w
      WHERE (@drills = 1 OR w.drill_id IS NULL)
        AND (@live = 0 OR (
          NOT EXISTS (SELECT 1 FROM warnings n WHERE n.supersedes_id = w.id)
          AND NOT EXISTS (SELECT 1 FROM warning_events e WHERE e.warning_id = w.id AND e.kind = 'cancel')
          AND (w.expires_at IS NULL OR w.expires_at > @now))
          OR (@responding = 1 AND (SELECT r.action FROM warning_responses r WHERE r.warning_id = w.id
                                    ORDER BY r.seq DESC LIMIT 1) IN ('start', 'adjust')))
      ORDER BY w.received_at DESC, w.created_at DESC
      LIMIT 500`,
  )
    .all({
      live: o.live ? 1 : 0,
      drills: o.includeDrills ? 1 : 0,
      now: o.now,
      responding: o.responding ? 1 : 0,
    })
    .map((r) => r.id);
}

const townNames = (db: ReadDb) => {
  const rows = stmt<[], { code: string; name: string }>(db, 'SELECT code, name FROM towns').all();
  return new Map(rows.map((r) => [r.code, r.name]));
};

/** The warning with its recipients, each with its own calls and 回执 only. */
export function warningView(db: ReadDb, w: WarningRow): WarningView {
  const names = townNames(db);
  const recipients = recipientsOf(db, w.id);
  const events = eventsOf(db, w.id);
  const responses = responseRowsOf(db, w.id);
  const next = stmt<[string], { id: string }>(db, 'SELECT id FROM warnings WHERE supersedes_id = ?').get(
    w.id,
  );
  const escalatedTo = new Map(
    recipients.filter((r) => r.escalated_from).map((r) => [r.escalated_from!, r.id]),
  );
  const cancel = events.find((e) => e.kind === 'cancel');
  const incident = events.findLast((e) => e.kind === 'incident');
  const rv = (r: WarningRecipientRow): RecipientView => {
    const mine = events.filter((e) => e.recipient_id === r.id);
    const calls: CallView[] = mine
      .filter((e) => e.kind === 'call')
      .map((e) => {
        const d = JSON.parse(e.data_json) as CallData;
        return {
          id: e.id,
          at: e.at,
          by: e.author_name,
          answered: d.answered,
          answeredBy: d.answeredBy,
          note: d.note,
        };
      });
    const ack = mine.find((e) => e.kind === 'ack');
    const a = ack ? (JSON.parse(ack.data_json) as AckData) : null;
    return {
      id: r.id,
      contactId: r.contact_id,
      unit: r.unit,
      person: r.person,
      post: r.post,
      phone: r.phone,
      townCode: r.town_code,
      townName: r.town_code ? (names.get(r.town_code) ?? null) : null,
      channel: r.channel,
      needsCall: r.needs_call === 1,
      sentAt: r.sent_at,
      sentBy: r.sent_by_name,
      escalatedFrom: r.escalated_from,
      auto: r.escalated_from !== null && r.sent_by_id === null,
      escalatedTo: escalatedTo.get(r.id) ?? null,
      calls,
      calledAt:
        calls
          .filter((c) => c.answered)
          .map((c) => c.at)
          .sort()[0] ?? null,
      ack:
        ack && a
          ? { at: ack.at, by: a.by, how: a.how, note: a.note, recordedBy: ack.author_name, late: a.late }
          : null,
    };
  };
  return {
    id: w.id,
    source: w.source as WarningSource,
    issuer: w.issuer,
    issuerRef: w.issuer_ref,
    hazard: w.hazard as WarningHazard,
    level: w.level,
    headline: w.headline,
    body: w.body,
    towns: (JSON.parse(w.towns_json) as string[]).map((code) => ({ code, name: names.get(code) ?? code })),
    polygon: w.polygon_json ? (JSON.parse(w.polygon_json) as [number, number][]) : null,
    effectiveAt: w.effective_at,
    onsetAt: w.onset_at,
    expiresAt: w.expires_at,
    receivedAt: w.received_at,
    receivedBy: w.received_by_name,
    channel: w.channel as WarningChannel,
    drillId: w.drill_id,
    capIdentifier: w.cap_identifier,
    supersedes: w.supersedes_id,
    supersededBy: next?.id ?? null,
    cancelled: cancel
      ? { at: cancel.at, by: cancel.author_name, reason: (JSON.parse(cancel.data_json) as CancelData).reason }
      : null,
    incidentId: incident ? (JSON.parse(incident.data_json) as IncidentData).incidentId : null,
    recipients: recipients.map(rv),
    response: runningResponse(responses),
    responseSteps: responses.map(responseStep),
  };
}
