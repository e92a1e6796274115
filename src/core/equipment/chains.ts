import { GENESIS, chainHash, verifyChain, type ChainVerdict } from '../db/hashchain';
import { stmt } from '../db/sql';
import type { ReadDb, WriteDb } from '../db/handles';
import type { CheckRow, FaultActionRow } from './rows';

export type NewCheck = Omit<CheckRow, 'seq' | 'prev_hash' | 'hash'>;

export type NewFaultAction = Omit<FaultActionRow, 'seq' | 'prev_hash' | 'hash'>;

const checkContent = (r: NewCheck): unknown[] => [
  r.id,
  r.equipment_id,
  r.template_kind,
  r.template_version,
  r.items_json,
  r.results_json,
  r.passed,
  r.checked_at,
  r.entered_at,
  r.checker_id,
  r.checker_name,
  r.notes,
  r.round_id,
  r.client_key,
  // Hashed only when set, so checks made before drills were tagged verify as they were.
  ...(r.drill_id ? [r.drill_id] : []),
];

const actionContent = (r: NewFaultAction): unknown[] => [
  r.id,
  r.fault_id,
  r.kind,
  r.at,
  r.data_json,
  r.author_id,
  r.author_name,
  r.client_key,
];

export function appendCheck(db: WriteDb, c: NewCheck): number {
  const last = stmt<[], { hash: string }>(db, 'SELECT hash FROM checks ORDER BY seq DESC LIMIT 1').get();
  const prev = last?.hash ?? GENESIS;
  const info = stmt(
    db,
    `INSERT INTO checks (id, equipment_id, template_kind, template_version, items_json, results_json, passed, checked_at, entered_at, checker_id, checker_name, notes, round_id, client_key, drill_id, prev_hash, hash)
     VALUES (@id, @equipment_id, @template_kind, @template_version, @items_json, @results_json, @passed, @checked_at, @entered_at, @checker_id, @checker_name, @notes, @round_id, @client_key, @drill_id, @prev_hash, @hash)`,
  ).run({ ...c, prev_hash: prev, hash: chainHash(prev, checkContent(c)) });
  return Number(info.lastInsertRowid);
}

export function appendFaultAction(db: WriteDb, a: NewFaultAction): number {
  const last = stmt<[], { hash: string }>(
    db,
    'SELECT hash FROM fault_actions ORDER BY seq DESC LIMIT 1',
  ).get();
  const prev = last?.hash ?? GENESIS;
  const info = stmt(
    db,
    `INSERT INTO fault_actions (id, fault_id, kind, at, data_json, author_id, author_name, client_key, prev_hash, hash)
     VALUES (@id, @fault_id, @kind, @at, @data_json, @author_id, @author_name, @client_key, @prev_hash, @hash)`,
  ).run({ ...a, prev_hash: prev, hash: chainHash(prev, actionContent(a)) });
  return Number(info.lastInsertRowid);
}

/** Both chains: checks, then fault actions. */
export function verifyEquipmentChains(db: ReadDb): ChainVerdict & { firstBrokenId: string | null } {
  let brokenId: string | null = null;
  const checks = verifyChain(stmt<[], CheckRow>(db, 'SELECT * FROM checks ORDER BY seq').iterate(), (r) => {
    brokenId = r.id;
    return { key: r.seq, prevHash: r.prev_hash, hash: r.hash, content: checkContent(r) };
  });
  if (!checks.ok) return { ...checks, firstBrokenId: brokenId };
  const actions = verifyChain(
    stmt<[], FaultActionRow>(db, 'SELECT * FROM fault_actions ORDER BY seq').iterate(),
    (r) => {
      brokenId = r.id;
      return { key: r.seq, prevHash: r.prev_hash, hash: r.hash, content: actionContent(r) };
    },
  );
  return {
    ok: actions.ok,
    checked: checks.checked + actions.checked,
    firstBroken: actions.firstBroken,
    firstBrokenId: actions.ok ? null : brokenId,
  };
}
