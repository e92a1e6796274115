import { createHash } from 'node:crypto';
import type {
  ChainAnchor,
  HandoverRecord,
  HandoverSheet,
  SignProof,
  SignRole,
} from '../../common/contract/handover';
import type { Shift } from '../../common/shifts';
import { newId } from '../auth/secrets';
import { canonical, chainHash, GENESIS, verifyChain } from '../db/hashchain';
import { stmt } from '../db/sql';
import type { DraftFields } from './draft';
import type { ReadDb, WriteDb } from '../db/handles';
import type { HandoverEventRow, HandoverRow } from './rows';

export type NewEvent = Omit<HandoverEventRow, 'seq' | 'id' | 'prev_hash' | 'hash'>;

export function handoverByShift(db: ReadDb, key: string): HandoverRow | undefined {
  return stmt<[string], HandoverRow>(db, 'SELECT * FROM handovers WHERE shift_key = ?').get(key);
}

export function handoverById(db: ReadDb, id: string): HandoverRow | undefined {
  return stmt<[string], HandoverRow>(db, 'SELECT * FROM handovers WHERE id = ?').get(id);
}

export function draftOf(row: HandoverRow | undefined): DraftFields {
  if (!row) return { notes: '', explanations: {} };
  return {
    notes: row.notes,
    explanations: JSON.parse(row.explanations_json) as Record<string, string>,
  };
}

export function insertDraft(db: WriteDb, shift: Shift, at: string): HandoverRow {
  const row: HandoverRow = {
    id: newId('ho'),
    shift_key: shift.key,
    shift_start: shift.start,
    shift_end: shift.end,
    status: 'draft',
    notes: '',
    explanations_json: '{}',
    received_json: '{}',
    created_at: at,
    updated_at: at,
    completed_at: null,
    signed_at: null,
    snapshot_json: null,
    snapshot_hash: null,
  };
  stmt(
    db,
    `INSERT INTO handovers (id, shift_key, shift_start, shift_end, status, notes, explanations_json, received_json, created_at, updated_at)
     VALUES (@id, @shift_key, @shift_start, @shift_end, @status, @notes, @explanations_json, @received_json, @created_at, @updated_at)`,
  ).run(row);
  return row;
}

export function saveDraft(db: WriteDb, id: string, d: DraftFields, at: string): void {
  stmt(
    db,
    `UPDATE handovers SET notes = ?, explanations_json = ?, updated_at = ? WHERE id = ? AND status = 'draft'`,
  ).run(d.notes, JSON.stringify(d.explanations), at, id);
}

/** SHA-256 of the sheet in canonical JSON: what was signed, byte for byte. */
export function sheetHash(sheet: HandoverSheet): string {
  return createHash('sha256').update(canonical(sheet)).digest('hex');
}

export function freeze(db: WriteDb, id: string, sheet: HandoverSheet, at: string): string {
  const hash = sheetHash(sheet);
  stmt(
    db,
    `UPDATE handovers SET status = 'signing', snapshot_json = ?, snapshot_hash = ?, completed_at = ?, updated_at = ? WHERE id = ?`,
  ).run(JSON.stringify(sheet), hash, at, at, id);
  return hash;
}

export function markSigned(db: WriteDb, id: string, at: string): void {
  stmt(db, `UPDATE handovers SET status = 'signed', signed_at = ?, updated_at = ? WHERE id = ?`).run(
    at,
    at,
    id,
  );
}

function chained(e: Omit<HandoverEventRow, 'seq' | 'prev_hash' | 'hash'>): unknown[] {
  return [e.id, e.handover_id, e.kind, e.at, e.author_id, e.author_name, e.data_json, e.client_key];
}

/** Appends to the handover chain: freezing, signatures, amendments. */
export function appendEvent(db: WriteDb, e: NewEvent): string {
  const last = stmt<[], { hash: string }>(
    db,
    'SELECT hash FROM handover_events ORDER BY seq DESC LIMIT 1',
  ).get();
  const prev = last?.hash ?? GENESIS;
  const row = { ...e, id: newId('hv') };
  stmt(
    db,
    `INSERT INTO handover_events (id, handover_id, kind, at, author_id, author_name, data_json, client_key, prev_hash, hash)
     VALUES (@id, @handover_id, @kind, @at, @author_id, @author_name, @data_json, @client_key, @prev_hash, @hash)`,
  ).run({ ...row, prev_hash: prev, hash: chainHash(prev, chained(row)) });
  return row.id;
}

export function eventsOf(db: ReadDb, handoverId: string): HandoverEventRow[] {
  return stmt<[string], HandoverEventRow>(
    db,
    'SELECT * FROM handover_events WHERE handover_id = ? ORDER BY seq',
  ).all(handoverId);
}

export function eventByClientKey(db: ReadDb, key: string): HandoverEventRow | undefined {
  return stmt<[string], HandoverEventRow>(db, 'SELECT * FROM handover_events WHERE client_key = ?').get(key);
}

interface SignatureData {
  role: SignRole;
  operatorId: string;
  name: string;
  proof?: SignProof;
  /** Records from before proof was required said only whether a PIN was given. */
  withPin?: boolean;
  anchor?: ChainAnchor;
  receipt?: HandoverRecord['receipt'];
}

export function recordOf(db: ReadDb, row: HandoverRow): HandoverRecord {
  const events = eventsOf(db, row.id);
  const signed = events
    .filter((e) => e.kind === 'signature')
    .map((e) => ({ e, d: JSON.parse(e.data_json) as SignatureData }));
  return {
    id: row.id,
    shiftKey: row.shift_key,
    status: row.status,
    completedAt: row.completed_at,
    signedAt: row.signed_at,
    snapshotHash: row.snapshot_hash,
    signatures: signed.map(({ e, d }) => ({
      role: d.role,
      operatorId: d.operatorId,
      name: d.name,
      at: e.at,
      proof: d.proof ?? (d.withPin ? 'pin' : 'none'),
      anchor: d.anchor ?? null,
    })),
    receipt: signed.find(({ d }) => d.receipt)?.d.receipt ?? null,
    amendments: events
      .filter((e) => e.kind === 'amendment')
      .map((e) => ({
        id: e.id,
        at: e.at,
        authorName: e.author_name,
        text: String(JSON.parse(e.data_json).text),
      })),
  };
}

export function snapshotOf(row: HandoverRow): HandoverSheet | null {
  return row.snapshot_json ? (JSON.parse(row.snapshot_json) as HandoverSheet) : null;
}

/** The chain of events, and every frozen sheet against its stored hash. */
export function verifyHandovers(db: ReadDb): {
  ok: boolean;
  checked: number;
  firstBrokenId: string | null;
  badSnapshots: string[];
} {
  let brokenId: string | null = null;
  const verdict = verifyChain(
    stmt<[], HandoverEventRow>(db, 'SELECT * FROM handover_events ORDER BY seq').iterate(),
    (r) => {
      brokenId = r.id;
      return { key: r.seq, prevHash: r.prev_hash, hash: r.hash, content: chained(r) };
    },
  );
  const bad: string[] = [];
  const frozen = stmt<[], { id: string; snapshot_json: string; snapshot_hash: string }>(
    db,
    `SELECT id, snapshot_json, snapshot_hash FROM handovers WHERE snapshot_json IS NOT NULL`,
  ).all();
  for (const h of frozen) {
    const sealed = stmt<[string], { data_json: string }>(
      db,
      `SELECT data_json FROM handover_events WHERE handover_id = ? AND kind = 'freeze'`,
    ).get(h.id);
    const recomputed = sheetHash(JSON.parse(h.snapshot_json) as HandoverSheet);
    const sealedHash = sealed
      ? (JSON.parse(sealed.data_json) as { snapshotHash?: string }).snapshotHash
      : null;
    if (recomputed !== h.snapshot_hash || sealedHash !== h.snapshot_hash) bad.push(h.id);
  }
  return {
    ok: verdict.ok && bad.length === 0,
    checked: verdict.checked,
    firstBrokenId: verdict.ok ? null : brokenId,
    badSnapshots: bad,
  };
}
