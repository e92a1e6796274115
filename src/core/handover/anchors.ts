import type { ReadDb } from '../db/handles';
import type { ChainAnchor, SignRole } from '../../common/contract/handover';
import { stmt } from '../db/sql';

/** A chain anchor as the handover record keeps it: with the sheet and the signature that printed it. */
export interface StoredAnchor extends ChainAnchor {
  handoverId: string;
  shiftKey: string;
  /** The signer's role, or `freeze` for the anchor the sheet was frozen with. */
  role: SignRole | 'freeze';
  name: string;
  at: string;
}

/**
 * Every duty-log anchor a handover stored, oldest first. They live in the handover's
 * own hash chain (the freeze and signature events), apart from the log's entries, and on
 * the printed sheets.
 */
export function storedAnchors(db: ReadDb): StoredAnchor[] {
  const rows = stmt<
    [],
    { handover_id: string; shift_key: string; kind: string; at: string; data_json: string }
  >(
    db,
    `SELECT v.handover_id, h.shift_key, v.kind, v.at, v.data_json
       FROM handover_events v JOIN handovers h ON h.id = v.handover_id
      WHERE v.kind IN ('freeze', 'signature') ORDER BY v.seq`,
  ).all();
  const out: StoredAnchor[] = [];
  for (const r of rows) {
    const d = JSON.parse(r.data_json) as { anchor?: ChainAnchor; role?: SignRole; name?: string };
    if (!d.anchor) continue;
    out.push({
      seq: d.anchor.seq,
      hash: d.anchor.hash,
      handoverId: r.handover_id,
      shiftKey: r.shift_key,
      role: r.kind === 'freeze' ? 'freeze' : (d.role ?? 'outgoing'),
      name: d.name ?? '',
      at: r.at,
    });
  }
  return out;
}

/** The anchor a shift's sheet was frozen with, if it was frozen with one. */
export function freezeAnchorOf(db: ReadDb, handoverId: string): (ChainAnchor & { at: string }) | null {
  const row = stmt<[string], { at: string; data_json: string }>(
    db,
    `SELECT at, data_json FROM handover_events WHERE handover_id = ? AND kind = 'freeze' ORDER BY seq LIMIT 1`,
  ).get(handoverId);
  if (!row) return null;
  const d = JSON.parse(row.data_json) as { anchor?: ChainAnchor };
  return d.anchor ? { ...d.anchor, at: row.at } : null;
}
