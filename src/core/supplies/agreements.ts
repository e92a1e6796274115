import type { AgreementInput, AgreementView, ItemReserveView } from '../../common/contract/supply-orders';
import { stmt } from '../db/sql';
import { DomainError } from '../errors';
import type { ReadDb, WriteDb } from '../db/handles';
import { words } from '../../common/search-words';
import { itemRow, round, stockLines } from './ledger';
import type { SupplyAgreementLineRow, SupplyAgreementRow, SupplyItemRow } from './rows';

/** Agreement reserves (协议储备/产能储备): a register of enterprises and what they hold or make. */

type AgreementWithTown = SupplyAgreementRow & { town_name: string | null };
const SELECT = `SELECT a.*, t.name AS town_name FROM supply_agreements a LEFT JOIN towns t ON t.code = a.town_code`;

function linesOf(db: ReadDb, id: string) {
  return stmt<[string], SupplyAgreementLineRow & Pick<SupplyItemRow, 'unit'> & { item: string }>(
    db,
    `SELECT l.*, i.name AS item, i.unit FROM supply_agreement_lines l JOIN supply_items i ON i.id = l.item_id
      WHERE l.agreement_id = ? ORDER BY l.position`,
  ).all(id);
}

export function agreementView(db: ReadDb, r: AgreementWithTown, today: string): AgreementView {
  return {
    id: r.id,
    enterprise: r.enterprise,
    kind: r.kind,
    contact: r.contact,
    phone24: r.phone24,
    townCode: r.town_code,
    townName: r.town_name,
    address: r.address,
    hoursToDeliver: r.hours_to_deliver,
    contractStart: r.contract_start,
    contractEnd: r.contract_end,
    expired: r.contract_end < today,
    notes: r.notes,
    archived: r.archived === 1,
    lines: linesOf(db, r.id).map((l) => ({
      itemId: l.item_id,
      item: l.item,
      unit: l.unit,
      quantity: l.quantity,
      capacityPerDay: l.capacity_per_day,
    })),
  };
}

export function agreementRow(db: ReadDb, id: string): AgreementWithTown | undefined {
  return stmt<[string], AgreementWithTown>(db, `${SELECT} WHERE a.id = ?`).get(id);
}

export function listAgreements(db: ReadDb, today: string, includeArchived = false): AgreementView[] {
  return stmt<[number], AgreementWithTown>(
    db,
    `${SELECT} WHERE (? = 1 OR a.archived = 0) ORDER BY a.archived, a.enterprise`,
  )
    .all(includeArchived ? 1 : 0)
    .map((r) => agreementView(db, r, today));
}

export function checkAgreement(db: ReadDb, e: AgreementInput): void {
  if (e.contractEnd < e.contractStart) throw new DomainError('invalid_input', 'errors.agreement_dates');
  const seen = new Set<string>();
  for (const l of e.lines) {
    if (!itemRow(db, l.itemId)) throw new DomainError('not_found', 'errors.supplies_item_missing');
    if (seen.has(l.itemId)) throw new DomainError('invalid_input', 'errors.agreement_item_twice');
    seen.add(l.itemId);
    if (l.quantity === null && l.capacityPerDay === null)
      throw new DomainError('invalid_input', 'errors.agreement_line_empty');
  }
  const clash = stmt<[string], { id: string }>(
    db,
    'SELECT id FROM supply_agreements WHERE enterprise = ?',
  ).get(e.enterprise.trim());
  if (clash && clash.id !== (e as { id?: string }).id)
    throw new DomainError('conflict', 'errors.agreement_taken', { enterprise: e.enterprise.trim() });
}

export function saveAgreement(db: WriteDb, id: string, e: AgreementInput, at: string, isNew: boolean): void {
  const cols = {
    id,
    enterprise: e.enterprise.trim(),
    kind: e.kind,
    contact: e.contact.trim(),
    phone24: e.phone24.trim(),
    town_code: e.townCode,
    address: e.address.trim(),
    hours: e.hoursToDeliver,
    start: e.contractStart,
    end: e.contractEnd,
    notes: e.notes,
    at,
  };
  if (isNew)
    stmt(
      db,
      `INSERT INTO supply_agreements (id, enterprise, kind, contact, phone24, town_code, address, hours_to_deliver, contract_start, contract_end, notes, archived, created_at, updated_at)
       VALUES (@id, @enterprise, @kind, @contact, @phone24, @town_code, @address, @hours, @start, @end, @notes, 0, @at, @at)`,
    ).run(cols);
  else
    stmt(
      db,
      `UPDATE supply_agreements SET enterprise=@enterprise, kind=@kind, contact=@contact, phone24=@phone24, town_code=@town_code,
         address=@address, hours_to_deliver=@hours, contract_start=@start, contract_end=@end, notes=@notes, updated_at=@at WHERE id=@id`,
    ).run(cols);
  stmt(db, 'DELETE FROM supply_agreement_lines WHERE agreement_id = ?').run(id);
  const add = stmt(
    db,
    'INSERT INTO supply_agreement_lines (agreement_id, item_id, quantity, capacity_per_day, position) VALUES (?, ?, ?, ?, ?)',
  );
  e.lines.forEach((l, i) => add.run(id, l.itemId, l.quantity, l.capacityPerDay, i));
}

/**
 * Each item county-wide: what the depots in use hold, beside what agreements in force
 * hold or can make, and the quickest delivery among them ("实物 120 + 协议 500, 24 h").
 */
export function reserves(db: ReadDb, today: string, q?: string): ItemReserveView[] {
  const physical = new Map<string, number>();
  const archived = new Set(
    stmt<[], { id: string }>(db, 'SELECT id FROM depots WHERE archived = 1')
      .all()
      .map((d) => d.id),
  );
  for (const s of stockLines(db))
    if (!archived.has(s.depot_id))
      physical.set(s.item_id, round((physical.get(s.item_id) ?? 0) + s.quantity));
  const agreed = stmt<
    [string, string],
    { item_id: string; quantity: number; capacity: number; hours: number | null }
  >(
    db,
    `SELECT l.item_id, COALESCE(sum(l.quantity), 0) AS quantity, COALESCE(sum(l.capacity_per_day), 0) AS capacity,
            min(a.hours_to_deliver) AS hours
       FROM supply_agreement_lines l JOIN supply_agreements a ON a.id = l.agreement_id
      WHERE a.archived = 0 AND a.contract_start <= ? AND a.contract_end >= ? GROUP BY l.item_id`,
  ).all(today, today);
  const byItem = new Map(agreed.map((a) => [a.item_id, a]));
  const ws = words(q);
  return stmt<[], SupplyItemRow>(db, 'SELECT * FROM supply_items ORDER BY code IS NULL, code, name, spec')
    .all()
    .filter((i) => physical.has(i.id) || byItem.has(i.id))
    .filter(
      (i) => !ws.length || ws.every((w) => `${i.name} ${i.spec} ${i.code ?? ''}`.toLowerCase().includes(w)),
    )
    .map((i) => {
      const a = byItem.get(i.id);
      return {
        itemId: i.id,
        item: i.name,
        unit: i.unit,
        spec: i.spec,
        code: i.code,
        physical: physical.get(i.id) ?? 0,
        agreed: round(a?.quantity ?? 0),
        capacityPerDay: round(a?.capacity ?? 0),
        fastestHours: a?.hours ?? null,
      };
    });
}
