import { afterEach, describe, expect, it } from 'vitest';
import type { OrderCreateInput } from '../../common/contract/supply-orders';
import type { Core } from '../core';
import { sampleIntake, staffedCore, refusal } from '../testing';

let core: Core | undefined;
afterEach(async () => {
  await core?.close();
  core = undefined;
});

async function county() {
  let now = new Date('2026-11-29T03:00:00.000Z');
  const s = await staffedCore({ clock: { now: () => now } });
  core = s.core;
  const c = s.core;
  const admin = s.admin;
  const depot = await c.invoke(
    'depots.upsert',
    {
      name: '县应急物资储备库',
      address: '',
      townCode: null,
      point: null,
      keeper: '',
      phone: '0812-5550001',
      notes: '',
      stock: [],
    },
    admin,
  );
  const tent = await c.invoke(
    'supplies.saveItem',
    { name: '单帐篷', unit: '顶', spec: '3×4 m', code: '1010101' },
    admin,
  );
  const quilt = await c.invoke(
    'supplies.saveItem',
    { name: '棉被', unit: '床', spec: '', code: null },
    admin,
  );
  const receive = (itemId: string, quantity: number, lotNo: string, expiresOn: string | null) =>
    c.invoke(
      'supplies.move',
      {
        kind: 'receive',
        depotId: depot.id,
        itemId,
        quantity,
        lotId: null,
        lotNo,
        expiresOn,
        toDepotId: null,
        reason: '',
      },
      admin,
    );
  await receive(tent.id, 100, 'T1', '2030-01-01');
  await receive(quilt.id, 300, 'Q1', null);
  const { incident } = await c.invoke(
    'incidents.create',
    { clientKey: 'k_order_incident_1', intake: sampleIntake() },
    admin,
  );
  const order = (over: Partial<OrderCreateInput> = {}): OrderCreateInput => ({
    incidentId: incident.id,
    requestingUnit: '青石镇人民政府',
    requestingContact: '刘明',
    requestingPhone: '13800001234',
    receivingUnit: '石坝村安置点',
    receivingPlace: '青石镇石坝村小学操场',
    receivingContact: '李村长',
    receivingPhone: '13800005678',
    sourceDepotId: depot.id,
    sourceAgreementId: null,
    lines: [
      { itemId: tent.id, quantity: 40 },
      { itemId: quilt.id, quantity: 120 },
    ],
    approval: 'oral',
    approver: '张立军',
    approvedAt: '2026-11-29T02:30:00.000Z',
    documentNo: '',
    ...over,
  });
  return { c, admin, depot, tent, quilt, incident, order, setNow: (iso: string) => (now = new Date(iso)) };
}

describe('调拨 orders', () => {
  it('an oral approval owes its written order within 48 hours: reminded, late when past, filed to settle it', async () => {
    const { c, admin, order, setNow } = await county();
    const o = await c.invoke('supplyOrders.create', order(), admin);
    expect(o).toMatchObject({
      number: '2026-001',
      approval: 'oral',
      writtenDueAt: '2026-12-01T02:30:00.000Z',
      writtenLate: false,
    });
    const due = (await c.invoke('reminders.list', {})).items.filter(
      (r) => r.source === 'supplyOrders.writtenDue',
    );
    expect(due.map((r) => [r.params.number, r.state])).toEqual([['2026-001', 'due']]);
    setNow('2026-12-01T02:31:00.000Z');
    expect((await c.invoke('supplyOrders.get', { id: o.id })).writtenLate).toBe(true);
    expect(
      (await c.invoke('reminders.list', {})).items.find((r) => r.source === 'supplyOrders.writtenDue')?.state,
    ).toBe('overdue');
    const filed = await c.invoke(
      'supplyOrders.fileWritten',
      { id: o.id, documentNo: '青应急调〔2026〕1号' },
      admin,
    );
    expect(filed).toMatchObject({
      writtenLate: false,
      writtenAt: '2026-12-01T02:31:00.000Z',
      documentNo: '青应急调〔2026〕1号',
    });
    expect(
      (await c.invoke('reminders.list', {})).items.filter((r) => r.source === 'supplyOrders.writtenDue'),
    ).toEqual([]);
    expect(
      (await refusal(c.invoke('supplyOrders.fileWritten', { id: o.id, documentNo: 'x' }, admin)))?.key,
    ).toBe('errors.order_written_already');
    // A written approval needs its 文号.
    expect((await refusal(c.invoke('supplyOrders.create', order({ approval: 'written' }), admin)))?.key).toBe(
      'errors.order_document_required',
    );
  });

  it('dispatch moves the stock out under the order; reconciliation returns what came back and sums per incident', async () => {
    const { c, admin, order, depot, tent, quilt, incident } = await county();
    const tooMuch = await refusal(
      c.invoke('supplyOrders.create', order({ lines: [{ itemId: tent.id, quantity: 101 }] }), admin),
    );
    expect(tooMuch?.message).toBe('单帐篷 在该库仅余 100顶，不能出 101顶：库存不能为负，本次未做任何变动');
    const o = await c.invoke('supplyOrders.create', order(), admin);
    await c.invoke('supplyOrders.dispatch', { id: o.id }, admin);
    const moved = await c.invoke('supplies.movements', { depotId: depot.id });
    expect(moved.filter((m) => m.ref === o.id).map((m) => [m.kind, m.item, m.quantity])).toEqual([
      ['transfer_out', '棉被', -120],
      ['transfer_out', '单帐篷', -40],
    ]);
    expect(
      (await c.invoke('supplies.stock', { depotId: depot.id })).map((s) => [s.item, s.quantity]),
    ).toEqual([
      ['单帐篷', 60],
      ['棉被', 180],
    ]);
    const bad = await refusal(
      c.invoke(
        'supplyOrders.reconcile',
        {
          id: o.id,
          lines: [
            { itemId: tent.id, received: 40, used: 30, returned: 5, writtenOff: 0 },
            { itemId: quilt.id, received: 120, used: 100, returned: 20, writtenOff: 0 },
          ],
        },
        admin,
      ),
    );
    expect(bad?.key).toBe('errors.order_reconcile_sum');
    const done = await c.invoke(
      'supplyOrders.reconcile',
      {
        id: o.id,
        lines: [
          { itemId: tent.id, received: 40, used: 30, returned: 8, writtenOff: 2 },
          { itemId: quilt.id, received: 120, used: 120, returned: 0, writtenOff: 0 },
        ],
      },
      admin,
    );
    expect(done.lines.map((l) => [l.item, l.sent, l.received, l.used, l.returned, l.writtenOff])).toEqual([
      ['单帐篷', 40, 40, 30, 8, 2],
      ['棉被', 120, 120, 120, 0, 0],
    ]);
    // What came back is a 回收 into the lot it left, keeping its number and expiry.
    const back = (await c.invoke('supplies.movements', { depotId: depot.id }))[0]!;
    expect(back).toMatchObject({ kind: 'recover', item: '单帐篷', quantity: 8, lotNo: 'T1', ref: o.id });
    expect((await c.invoke('supplies.stock', { depotId: depot.id }))[0]!.quantity).toBe(68);
    expect(await c.invoke('supplyOrders.list', { incidentId: incident.id })).toHaveLength(1);
    expect((await c.invoke('supplyOrders.get', { id: o.id })).events.map((e) => e.kind)).toEqual([
      'approved',
      'dispatched',
      'reconciled',
    ]);
    expect(await c.invoke('supplies.verifyChain', {})).toMatchObject({ ok: true });
  });

  it('agreements show beside physical stock, only items they cover can be ordered from them, and contract ends are reminded', async () => {
    const { c, admin, order, tent, quilt } = await county();
    const a = await c.invoke(
      'supplyAgreements.upsert',
      {
        enterprise: '青岚县华联超市有限公司',
        kind: 'stock',
        contact: '周经理',
        phone24: '13800007777',
        townCode: null,
        address: '',
        hoursToDeliver: 24,
        contractStart: '2026-01-01',
        contractEnd: '2026-12-20',
        notes: '',
        lines: [{ itemId: tent.id, quantity: 500, capacityPerDay: null }],
      },
      admin,
    );
    const r = await c.invoke('supplies.reserves', {});
    expect(r.find((x) => x.itemId === tent.id)).toMatchObject({
      physical: 100,
      agreed: 500,
      fastestHours: 24,
    });
    expect(r.find((x) => x.itemId === quilt.id)).toMatchObject({
      physical: 300,
      agreed: 0,
      fastestHours: null,
    });
    const wrong = await refusal(
      c.invoke('supplyOrders.create', order({ sourceDepotId: null, sourceAgreementId: a.id }), admin),
    );
    expect(wrong?.key).toBe('errors.order_item_not_agreed');
    const fromAgreement = await c.invoke(
      'supplyOrders.create',
      order({ sourceDepotId: null, sourceAgreementId: a.id, lines: [{ itemId: tent.id, quantity: 200 }] }),
      admin,
    );
    await c.invoke('supplyOrders.dispatch', { id: fromAgreement.id }, admin);
    // The enterprise delivers: the bureau's stock does not move.
    expect((await c.invoke('supplies.stock', {}))[0]!.quantity).toBe(100);
    const ending = (await c.invoke('reminders.list', {})).items.filter(
      (x) => x.source === 'supplyAgreements.contractEnd',
    );
    expect(ending.map((x) => x.params.enterprise)).toEqual(['青岚县华联超市有限公司']);
  });
});

describe('the demo', () => {
  it('holds five agreement enterprises and one past incident with a full, reconciled 调拨', async () => {
    const { demoCoreWithAdmin } = await import('../testing');
    const d = await demoCoreWithAdmin();
    core = d.core;
    expect(await d.core.invoke('supplyAgreements.list', {})).toHaveLength(5);
    const [o, ...rest] = await d.core.invoke('supplyOrders.list', {});
    expect(rest).toEqual([]);
    expect(o).toMatchObject({ approval: 'oral', writtenLate: false, drill: false });
    expect(o!.events.map((e) => e.kind)).toEqual(['approved', 'dispatched', 'written', 'reconciled']);
    expect(
      o!.lines.every((l) => l.received === l.sent && l.used + l.returned + l.writtenOff === l.received),
    ).toBe(true);
    expect(await d.core.invoke('supplies.verifyChain', {})).toMatchObject({ ok: true });
    const due = (await d.core.invoke('reminders.list', {})).items;
    expect(due.some((r) => r.source === 'supplies.lotExpiring')).toBe(true);
    expect(
      due.filter((r) => r.source === 'supplyAgreements.contractEnd').map((r) => r.params.enterprise),
    ).toEqual(['青岚县温馨家纺有限公司']);
  });
});
