import type { OrderCreateInput, OrderView } from '../../common/contract/supply-orders';
import { GENESIS, chainHash, verifyChain, type ChainVerdict } from '../db/hashchain';
import { stmt } from '../db/sql';
import { DomainError } from '../errors';
import { newId } from '../auth/secrets';
import type { Actor } from '../actor';
import type { ReadDb, WriteDb } from '../db/handles';
import { actorOf, ensureLot, itemRow, lotsOf, post, round, takeFefo } from './ledger';
import type { SupplyOrderEventRow, SupplyOrderLineRow, SupplyOrderRow } from './rows';

/** An oral approval's written order is due this long after it (口头批准后 48 小时内补办书面调拨指令). */
export const WRITTEN_DUE_MS = 48 * 3_600_000;

type EventKind = SupplyOrderEventRow['kind'];
type NewEvent = Omit<SupplyOrderEventRow, 'seq' | 'prev_hash' | 'hash'>;

const eventContent = (e: NewEvent): unknown[] => [
  e.id,
  e.order_id,
  e.kind,
  e.at,
  e.entered_at,
  e.actor_id,
  e.actor_name,
  e.data_json,
];

function appendEvent(
  db: WriteDb,
  actor: Actor,
  enteredAt: string,
  orderId: string,
  kind: EventKind,
  at: string,
  data: unknown,
) {
  const last = stmt<[], { hash: string }>(
    db,
    'SELECT hash FROM supply_order_events ORDER BY seq DESC LIMIT 1',
  ).get();
  const prev = last?.hash ?? GENESIS;
  const e: NewEvent = {
    id: newId('soe'),
    order_id: orderId,
    kind,
    at,
    entered_at: enteredAt,
    ...actorOf(actor),
    data_json: JSON.stringify(data),
  };
  stmt(
    db,
    `INSERT INTO supply_order_events (id, order_id, kind, at, entered_at, actor_id, actor_name, data_json, prev_hash, hash)
     VALUES (@id, @order_id, @kind, @at, @entered_at, @actor_id, @actor_name, @data_json, @prev_hash, @hash)`,
  ).run({ ...e, prev_hash: prev, hash: chainHash(prev, eventContent(e)) });
}

export function verifyOrderChain(db: ReadDb): ChainVerdict {
  return verifyChain(
    stmt<[], SupplyOrderEventRow>(db, 'SELECT * FROM supply_order_events ORDER BY seq').iterate(),
    (r) => ({ key: r.seq, prevHash: r.prev_hash, hash: r.hash, content: eventContent(r) }),
  );
}

interface Ctx {
  db: WriteDb;
  actor: Actor;
  enteredAt: string;
}

function orderRow(db: ReadDb, id: string): SupplyOrderRow {
  const r = stmt<[string], SupplyOrderRow>(db, 'SELECT * FROM supply_orders WHERE id = ?').get(id);
  if (!r) throw new DomainError('not_found', 'errors.order_missing');
  return r;
}

/** The year's next number: 2026-001, 2026-002 … */
function nextNumber(db: WriteDb, at: string): string {
  const year = at.slice(0, 4);
  const n = stmt<[string], { n: number }>(
    db,
    `SELECT count(*) AS n FROM supply_orders WHERE number LIKE ? || '-%'`,
  ).get(year)!.n;
  return `${year}-${String(n + 1).padStart(3, '0')}`;
}

export function createOrder(c: Ctx, e: OrderCreateInput): string {
  const { db } = c;
  const incident = stmt<[string], { id: string; drill_id: string | null }>(
    db,
    'SELECT id, drill_id FROM incidents WHERE id = ?',
  ).get(e.incidentId);
  if (!incident) throw new DomainError('not_found', 'errors.incident_missing');
  if ((e.sourceDepotId === null) === (e.sourceAgreementId === null))
    throw new DomainError('invalid_input', 'errors.order_source');
  const seen = new Set<string>();
  for (const l of e.lines) {
    const item = itemRow(db, l.itemId);
    if (!item) throw new DomainError('not_found', 'errors.supplies_item_missing');
    if (seen.has(l.itemId)) throw new DomainError('invalid_input', 'errors.order_item_twice');
    seen.add(l.itemId);
    if (e.sourceDepotId) {
      const held = round(lotsOf(db, e.sourceDepotId, l.itemId, incident.drill_id).reduce((s, x) => s + x.quantity, 0));
      if (held < l.quantity)
        throw new DomainError('conflict', 'errors.supplies_short', {
          item: item.name,
          left: held,
          asked: l.quantity,
          unit: item.unit,
        });
    } else if (
      !stmt(db, 'SELECT 1 FROM supply_agreement_lines WHERE agreement_id = ? AND item_id = ?').get(
        e.sourceAgreementId!,
        l.itemId,
      )
    )
      throw new DomainError('invalid_input', 'errors.order_item_not_agreed', { item: item.name });
  }
  if (e.sourceDepotId && !stmt(db, 'SELECT 1 FROM depots WHERE id = ? AND archived = 0').get(e.sourceDepotId))
    throw new DomainError('not_found', 'errors.depot_missing');
  if (
    e.sourceAgreementId &&
    !stmt(db, 'SELECT 1 FROM supply_agreements WHERE id = ? AND archived = 0').get(e.sourceAgreementId)
  )
    throw new DomainError('not_found', 'errors.agreement_missing');
  const documentNo = e.documentNo.trim();
  if (e.approval === 'written' && !documentNo)
    throw new DomainError('invalid_input', 'errors.order_document_required');
  if (Date.parse(e.approvedAt) > Date.parse(c.enteredAt) + 60_000)
    throw new DomainError('invalid_input', 'errors.order_approved_future');

  const id = newId('sor');
  const approvedAt = new Date(e.approvedAt).toISOString();
  stmt(
    db,
    `INSERT INTO supply_orders (id, number, incident_id, drill_id, requesting_unit, requesting_contact, requesting_phone,
        receiving_unit, receiving_place, receiving_contact, receiving_phone, source_depot_id, source_agreement_id,
        approval, approver, approved_at, written_due_at, written_at, document_no, dispatched_at, reconciled_at, created_at, created_by)
     VALUES (@id, @number, @incident_id, @drill_id, @requesting_unit, @requesting_contact, @requesting_phone,
        @receiving_unit, @receiving_place, @receiving_contact, @receiving_phone, @source_depot_id, @source_agreement_id,
        @approval, @approver, @approved_at, @written_due_at, @written_at, @document_no, NULL, NULL, @created_at, @created_by)`,
  ).run({
    id,
    number: nextNumber(db, approvedAt),
    incident_id: incident.id,
    drill_id: incident.drill_id,
    requesting_unit: e.requestingUnit.trim(),
    requesting_contact: e.requestingContact.trim(),
    requesting_phone: e.requestingPhone.trim(),
    receiving_unit: e.receivingUnit.trim(),
    receiving_place: e.receivingPlace.trim(),
    receiving_contact: e.receivingContact.trim(),
    receiving_phone: e.receivingPhone.trim(),
    source_depot_id: e.sourceDepotId,
    source_agreement_id: e.sourceAgreementId,
    approval: e.approval,
    approver: e.approver.trim(),
    approved_at: approvedAt,
    written_due_at:
      e.approval === 'oral' ? new Date(Date.parse(approvedAt) + WRITTEN_DUE_MS).toISOString() : null,
    written_at: e.approval === 'written' ? approvedAt : null,
    document_no: documentNo,
    created_at: c.enteredAt,
    created_by: actorOf(c.actor).actor_name,
  });
  const add = stmt(
    db,
    'INSERT INTO supply_order_lines (order_id, item_id, quantity, position) VALUES (?, ?, ?, ?)',
  );
  e.lines.forEach((l, i) => add.run(id, l.itemId, round(l.quantity), i));
  appendEvent(db, c.actor, c.enteredAt, id, 'approved', approvedAt, {
    approval: e.approval,
    approver: e.approver.trim(),
    documentNo,
    lines: e.lines,
  });
  return id;
}

export function fileWritten(c: Ctx, id: string, documentNo: string, at?: string): void {
  const o = orderRow(c.db, id);
  if (o.approval !== 'oral' || o.written_at)
    throw new DomainError('conflict', 'errors.order_written_already');
  const when = at ? new Date(at).toISOString() : c.enteredAt;
  stmt(c.db, 'UPDATE supply_orders SET written_at = ?, document_no = ? WHERE id = ?').run(
    when,
    documentNo.trim(),
    id,
  );
  appendEvent(c.db, c.actor, c.enteredAt, id, 'written', when, { documentNo: documentNo.trim() });
}

const linesOf = (db: ReadDb, id: string) =>
  stmt<[string], SupplyOrderLineRow>(
    db,
    'SELECT * FROM supply_order_lines WHERE order_id = ? ORDER BY position',
  ).all(id);

/** Sends what the order names: out of the depot as 调拨出 movements carrying the order's id. */
export function dispatchOrder(c: Ctx, id: string, at?: string): void {
  const o = orderRow(c.db, id);
  if (o.dispatched_at) throw new DomainError('conflict', 'errors.order_dispatched_already');
  const when = at ? new Date(at).toISOString() : c.enteredAt;
  for (const l of linesOf(c.db, id)) {
    if (o.source_depot_id)
      takeFefo(c.db, c.actor, c.enteredAt, o.source_depot_id, l.item_id, l.quantity, {
        kind: 'transfer_out',
        at: when,
        reason: `${o.number} → ${o.receiving_unit}`,
        ref: id,
        drillId: o.drill_id,
      });
    stmt(c.db, 'UPDATE supply_order_lines SET sent = quantity WHERE order_id = ? AND item_id = ?').run(
      id,
      l.item_id,
    );
  }
  stmt(c.db, 'UPDATE supply_orders SET dispatched_at = ? WHERE id = ?').run(when, id);
  appendEvent(c.db, c.actor, c.enteredAt, id, 'dispatched', when, {});
}

/**
 * After the response: per item what arrived, was used, came back and was written off.
 * What came back to a depot is a 回收 movement into the lot it left from.
 */
export function reconcileOrder(
  c: Ctx,
  id: string,
  lines: { itemId: string; received: number; used: number; returned: number; writtenOff: number }[],
  at?: string,
): void {
  const o = orderRow(c.db, id);
  if (!o.dispatched_at) throw new DomainError('conflict', 'errors.order_not_dispatched');
  if (o.reconciled_at) throw new DomainError('conflict', 'errors.order_reconciled_already');
  const when = at ? new Date(at).toISOString() : c.enteredAt;
  const own = new Map(linesOf(c.db, id).map((l) => [l.item_id, l]));
  if (lines.length !== own.size || lines.some((l) => !own.has(l.itemId)))
    throw new DomainError('invalid_input', 'errors.order_reconcile_lines');
  for (const l of lines) {
    const line = own.get(l.itemId)!;
    const item = itemRow(c.db, l.itemId)!;
    if (l.received > line.sent || round(l.used + l.returned + l.writtenOff) !== round(l.received))
      throw new DomainError('invalid_input', 'errors.order_reconcile_sum', {
        item: item.name,
        sent: line.sent,
        unit: item.unit,
      });
  }
  for (const l of lines) {
    stmt(
      c.db,
      'UPDATE supply_order_lines SET received = ?, used = ?, returned = ?, written_off = ? WHERE order_id = ? AND item_id = ?',
    ).run(round(l.received), round(l.used), round(l.returned), round(l.writtenOff), id, l.itemId);
    if (l.returned > 0 && o.source_depot_id) {
      const from = stmt<[string, string], { lot_id: string }>(
        c.db,
        `SELECT lot_id FROM supply_movements WHERE ref = ? AND item_id = ? AND kind = 'transfer_out' ORDER BY seq LIMIT 1`,
      ).get(id, l.itemId);
      const lotId = from?.lot_id ?? ensureLot(c.db, o.source_depot_id, l.itemId, '', null, c.enteredAt);
      post(c.db, c.actor, c.enteredAt, {
        kind: 'recover',
        lotId,
        quantity: round(l.returned),
        at: when,
        reason: `${o.number} ← ${o.receiving_unit}`,
        ref: id,
        drillId: o.drill_id,
      });
    }
  }
  stmt(c.db, 'UPDATE supply_orders SET reconciled_at = ? WHERE id = ?').run(when, id);
  appendEvent(c.db, c.actor, c.enteredAt, id, 'reconciled', when, { lines });
}

type OrderJoined = SupplyOrderRow & {
  incident_title: string;
  incident_number: string;
  source_name: string;
  source_phone: string;
};

export function listOrders(
  db: ReadDb,
  now: Date,
  f: { incidentId?: string; open?: boolean; id?: string } = {},
): OrderView[] {
  const rows = stmt<[{ incident: string | null; id: string | null; open: number }], OrderJoined>(
    db,
    `SELECT o.*, i.title AS incident_title, i.number AS incident_number,
            COALESCE(d.name, a.enterprise) AS source_name, COALESCE(d.phone, a.phone24) AS source_phone
       FROM supply_orders o JOIN incidents i ON i.id = o.incident_id
       LEFT JOIN depots d ON d.id = o.source_depot_id LEFT JOIN supply_agreements a ON a.id = o.source_agreement_id
      WHERE (@incident IS NULL OR o.incident_id = @incident) AND (@id IS NULL OR o.id = @id)
        AND (@open = 0 OR o.reconciled_at IS NULL OR (o.approval = 'oral' AND o.written_at IS NULL))
      ORDER BY o.approved_at DESC`,
  ).all({ incident: f.incidentId ?? null, id: f.id ?? null, open: f.open ? 1 : 0 });
  const lines = stmt<[string], SupplyOrderLineRow & { item: string; unit: string; spec: string }>(
    db,
    `SELECT l.*, i.name AS item, i.unit, i.spec FROM supply_order_lines l JOIN supply_items i ON i.id = l.item_id
      WHERE l.order_id = ? ORDER BY l.position`,
  );
  const events = stmt<[string], SupplyOrderEventRow>(
    db,
    'SELECT * FROM supply_order_events WHERE order_id = ? ORDER BY seq',
  );
  return rows.map((o) => ({
    id: o.id,
    number: o.number,
    incidentId: o.incident_id,
    incidentTitle: o.incident_title,
    incidentNumber: o.incident_number,
    drill: o.drill_id !== null,
    requestingUnit: o.requesting_unit,
    requestingContact: o.requesting_contact,
    requestingPhone: o.requesting_phone,
    receivingUnit: o.receiving_unit,
    receivingPlace: o.receiving_place,
    receivingContact: o.receiving_contact,
    receivingPhone: o.receiving_phone,
    sourceKind: o.source_depot_id ? ('depot' as const) : ('agreement' as const),
    sourceId: (o.source_depot_id ?? o.source_agreement_id)!,
    sourceName: o.source_name,
    sourcePhone: o.source_phone,
    approval: o.approval,
    approver: o.approver,
    approvedAt: o.approved_at,
    writtenDueAt: o.written_due_at,
    writtenAt: o.written_at,
    writtenLate: o.approval === 'oral' && !o.written_at && Date.parse(o.written_due_at!) < now.getTime(),
    documentNo: o.document_no,
    dispatchedAt: o.dispatched_at,
    reconciledAt: o.reconciled_at,
    createdAt: o.created_at,
    createdBy: o.created_by,
    lines: lines.all(o.id).map((l) => ({
      itemId: l.item_id,
      item: l.item,
      unit: l.unit,
      spec: l.spec,
      quantity: l.quantity,
      sent: l.sent,
      received: l.received,
      used: l.used,
      returned: l.returned,
      writtenOff: l.written_off,
    })),
    events: events.all(o.id).map((e) => ({ kind: e.kind, at: e.at, actorName: e.actor_name })),
  }));
}

export function orderView(db: ReadDb, now: Date, id: string): OrderView {
  const [v] = listOrders(db, now, { id });
  if (!v) throw new DomainError('not_found', 'errors.order_missing');
  return v;
}
