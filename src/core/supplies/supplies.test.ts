import { afterEach, describe, expect, it } from 'vitest';
import type { MoveInput } from '../../common/contract/supplies';
import { ApiError } from '../../common/result';
import type { Actor } from '../actor';
import type { Core } from '../core';
import { plannedDrill, signIn, staffedCore, refusal } from '../testing';

let core: Core | undefined;
afterEach(async () => {
  await core?.close();
  core = undefined;
});

async function county(at = '2026-12-03T02:00:00.000Z') {
  let now = new Date(at);
  const s = await staffedCore({ clock: { now: () => now } });
  core = s.core;
  return { ...s, setNow: (iso: string) => (now = new Date(iso)) };
}

const depot = (name: string, kind: 'county' | 'town' | 'agent' = 'county') => ({
  name,
  kind,
  address: '',
  townCode: null,
  point: null,
  keeper: '',
  phone: '',
  notes: '',
  stock: [],
});

const moveOf = (
  m: Partial<MoveInput> & Pick<MoveInput, 'kind' | 'depotId' | 'itemId' | 'quantity'>,
): MoveInput => ({
  lotId: null,
  lotNo: '',
  expiresOn: null,
  toDepotId: null,
  reason: '测试',
  ...m,
});

/** A small pseudo-random sequence, the same on every run. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

async function setUp(c: Core, admin: Actor) {
  const depots = [];
  for (const [n, k] of [
    ['县应急物资储备库', 'county'],
    ['青石镇储备点', 'town'],
    ['华联超市代储点', 'agent'],
  ] as const)
    depots.push(await c.invoke('depots.upsert', depot(n, k), admin));
  const items = [];
  for (const [name, unit, code] of [
    ['单帐篷', '顶', '1010101'],
    ['棉被', '床', null],
    ['矿泉水', '箱', null],
  ] as const)
    items.push(await c.invoke('supplies.saveItem', { name, unit, spec: '', code }, admin));
  return { depots, items };
}

describe('supplies ledger', () => {
  it('keeps stock equal to the sum of movements over 1,000 random movements, refusing any that would go below zero', async () => {
    const { core: c, admin } = await county();
    const { depots, items } = await setUp(c, admin);
    const rnd = rng(20261203);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
    const expiries = ['2026-12-20', '2027-06-30', '2028-01-31', null];
    // The model: what each depot holds of each item, by our own arithmetic.
    const model = new Map<string, number>();
    const key = (d: string, i: string) => `${d}/${i}`;
    const add = (d: string, i: string, q: number) =>
      model.set(key(d, i), Math.round(((model.get(key(d, i)) ?? 0) + q) * 1000) / 1000);
    let written = 0;
    let refused = 0;
    const count = c.db().read.prepare('SELECT count(*) AS n FROM supply_movements');
    const movements = () => (count.get() as { n: number }).n;
    for (let n = 0; n < 1000; n++) {
      const d = pick(depots).id;
      const i = pick(items).id;
      const held = model.get(key(d, i)) ?? 0;
      const r = rnd();
      const q = Math.max(1, Math.round(rnd() * 40));
      const kind: MoveInput['kind'] =
        r < 0.35
          ? 'receive'
          : r < 0.6
            ? 'issue'
            : r < 0.75
              ? 'transfer'
              : r < 0.82
                ? 'scrap'
                : r < 0.9
                  ? 'recover'
                  : 'rotate';
      const toDepotId = kind === 'transfer' ? pick(depots.filter((x) => x.id !== d)).id : null;
      const expiresOn = kind === 'rotate' ? pick(expiries.filter(Boolean)) : pick(expiries);
      const input = moveOf({
        kind,
        depotId: d,
        itemId: i,
        quantity: q,
        toDepotId,
        expiresOn,
        lotNo: expiresOn ? `B${expiresOn.slice(0, 4)}` : '',
      });
      const before = movements();
      const outbound = kind === 'issue' || kind === 'transfer' || kind === 'scrap' || kind === 'rotate';
      if (outbound && q > held) {
        const e = await refusal(c.invoke('supplies.move', input, admin));
        expect(e?.key).toBe('errors.supplies_short');
        expect(movements()).toBe(before);
        refused++;
        continue;
      }
      const out = await c.invoke('supplies.move', input, admin);
      written += out.length;
      if (kind === 'receive' || kind === 'recover') add(d, i, q);
      else if (kind === 'transfer') {
        add(d, i, -q);
        add(toDepotId!, i, q);
      } else if (kind !== 'rotate') add(d, i, -q);
      expect(out.reduce((s, m) => s + m.quantity, 0)).toBeCloseTo(
        kind === 'receive' || kind === 'recover' ? q : kind === 'transfer' || kind === 'rotate' ? 0 : -q,
      );
    }
    expect(refused).toBeGreaterThan(20);
    const stock = await c.invoke('supplies.stock', {});
    for (const s of stock) expect(s.quantity).toBe(model.get(key(s.depotId, s.itemId)) ?? 0);
    for (const s of stock) expect(s.lots.reduce((a, l) => a + l.quantity, 0)).toBeCloseTo(s.quantity, 6);
    // The bare sum of the table agrees too, and no lot anywhere is below zero.
    const db = c.db().read;
    expect(movements()).toBe(written);
    const sums = db
      .prepare(
        'SELECT depot_id, item_id, sum(quantity) AS q FROM supply_movements GROUP BY depot_id, item_id',
      )
      .all() as { depot_id: string; item_id: string; q: number }[];
    for (const r of sums)
      expect(Math.round(r.q * 1000) / 1000).toBe(model.get(key(r.depot_id, r.item_id)) ?? 0);
    expect(
      db
        .prepare(
          'SELECT count(*) AS n FROM (SELECT lot_id FROM supply_movements GROUP BY lot_id HAVING round(sum(quantity), 3) < 0)',
        )
        .get(),
    ).toEqual({ n: 0 });
    // The lot-balance projection the stock is read from equals the movements' sum, lot by lot.
    expect(
      db.prepare(`SELECT lot_id, drill, quantity FROM supply_lot_balances ORDER BY lot_id, drill`).all(),
    ).toEqual(
      db
        .prepare(
          `SELECT lot_id, COALESCE(drill_id, '') AS drill, round(sum(quantity), 3) AS quantity
             FROM supply_movements GROUP BY lot_id, drill ORDER BY lot_id, drill`,
        )
        .all(),
    );
    expect(await c.invoke('supplies.verifyChain', {})).toEqual({
      ok: true,
      checked: written,
      firstBrokenId: null,
    });
    // The depots' register shows the same figures.
    const registers = await c.invoke('depots.list', {});
    for (const d of registers)
      for (const s of d.stock)
        expect(s.quantity).toBe(stock.find((x) => x.depotId === d.id && x.item === s.item)!.quantity);
  }, 120_000);

  it('refuses a movement that would drive a named lot below zero, in Chinese, changing nothing', async () => {
    const { core: c, admin } = await county();
    const { depots, items } = await setUp(c, admin);
    const [d] = depots;
    const [tent] = items;
    const [inMove] = await c.invoke(
      'supplies.move',
      moveOf({
        kind: 'receive',
        depotId: d!.id,
        itemId: tent!.id,
        quantity: 12,
        lotNo: 'T-2026',
        expiresOn: '2029-05-31',
      }),
      admin,
    );
    const e = await refusal(
      c.invoke(
        'supplies.move',
        moveOf({ kind: 'issue', depotId: d!.id, itemId: tent!.id, quantity: 13, lotId: inMove!.lotId }),
        admin,
      ),
    );
    expect(e).toBeInstanceOf(ApiError);
    expect(e?.key).toBe('errors.supplies_below_zero');
    expect(e?.message).toBe('单帐篷 批次“T-2026”仅余 12顶，不能减少 13顶：库存不能为负，本次未做任何变动');
    expect((await c.invoke('supplies.stock', { depotId: d!.id }))[0]).toMatchObject({ quantity: 12 });
    expect(await c.invoke('supplies.movements', {})).toHaveLength(1);
    // A transfer takes each lot with its number and expiry to the receiving depot.
    const moved = await c.invoke(
      'supplies.move',
      moveOf({
        kind: 'transfer',
        depotId: d!.id,
        itemId: tent!.id,
        quantity: 5,
        toDepotId: depots[1]!.id,
        reason: '支援青石镇',
      }),
      admin,
    );
    expect(moved.map((m) => [m.kind, m.depotName, m.quantity, m.lotNo, m.expiresOn])).toEqual([
      ['transfer_out', '县应急物资储备库', -5, 'T-2026', '2029-05-31'],
      ['transfer_in', '青石镇储备点', 5, 'T-2026', '2029-05-31'],
    ]);
    expect(moved[0]!.ref).toBe(moved[1]!.ref);
    const noReason = await refusal(
      c.invoke(
        'supplies.move',
        moveOf({ kind: 'scrap', depotId: d!.id, itemId: tent!.id, quantity: 1, reason: ' ' }),
        admin,
      ),
    );
    expect(noReason?.key).toBe('errors.supplies_reason_required');
  });

  it('keeps a plain move logged under a running drill apart from the real stock, and refuses one under a drill not running', async () => {
    const { core: c, admin } = await county();
    const { depots, items } = await setUp(c, admin);
    const [d] = depots;
    const [tent] = items;
    await c.invoke(
      'supplies.move',
      moveOf({
        kind: 'receive',
        depotId: d!.id,
        itemId: tent!.id,
        quantity: 20,
        lotNo: 'T-1',
        expiresOn: null,
      }),
      admin,
    );
    const controller = await signIn(c, 'leader');
    const drill = await plannedDrill(c, controller, {
      title: '物资调运演练',
      place: '县应急物资储备库',
      scenario: '山洪后向青石镇调运帐篷',
    });
    const planned = await refusal(
      c.invoke(
        'supplies.move',
        moveOf({ kind: 'issue', depotId: d!.id, itemId: tent!.id, quantity: 5, drillId: drill.id }),
        admin,
      ),
    );
    expect(planned?.key).toBe('errors.drill_state');
    expect(await c.invoke('supplies.movements', {})).toHaveLength(1);

    await c.invoke('drills.start', { id: drill.id }, controller);
    const [out] = await c.invoke(
      'supplies.move',
      moveOf({ kind: 'issue', depotId: d!.id, itemId: tent!.id, quantity: 5, drillId: drill.id }),
      admin,
    );
    expect(out).toMatchObject({ drill: true, quantity: -5 });
    // The real stock does not move; a real move afterwards still has all 20.
    expect((await c.invoke('supplies.stock', { depotId: d!.id }))[0]).toMatchObject({ quantity: 20 });
    const [real] = await c.invoke(
      'supplies.move',
      moveOf({ kind: 'issue', depotId: d!.id, itemId: tent!.id, quantity: 20 }),
      admin,
    );
    expect(real).toMatchObject({ drill: false, quantity: -20 });
  });

  it('an edit of the depot register moves nothing, and a line that holds stock cannot be dropped from it', async () => {
    const { core: c, admin } = await county();
    const d = await c.invoke(
      'depots.upsert',
      { ...depot('县应急物资储备库'), stock: [{ item: '棉被', unit: '床', quantity: 40, minimum: 10 }] },
      admin,
    );
    const [quilt] = await c.invoke('supplies.stock', { depotId: d.id });
    expect(quilt).toMatchObject({ item: '棉被', quantity: 40 });
    await c.invoke(
      'supplies.move',
      moveOf({ kind: 'issue', depotId: d.id, itemId: quilt!.itemId, quantity: 15, reason: '青石镇安置点' }),
      admin,
    );
    const moves = (await c.invoke('supplies.movements', {})).length;
    // The dialog sends held lines without a quantity: the minimum changes, the stock stays
    // at 25 (not back to the 40 the dialog was opened with); a new line opens at 8.
    await c.invoke(
      'depots.upsert',
      {
        id: d.id,
        ...depot('县应急物资储备库'),
        stock: [
          { item: '棉被', unit: '床', minimum: 30 },
          { item: '折叠床', unit: '张', quantity: 8, minimum: 0 },
        ],
      },
      admin,
    );
    const after = await c.invoke('supplies.stock', { depotId: d.id });
    expect(after.map((l) => [l.item, l.quantity, l.minimum, l.short])).toEqual([
      ['棉被', 25, 30, true],
      ['折叠床', 8, 0, false],
    ]);
    expect((await c.invoke('supplies.movements', {})).length).toBe(moves + 1);
    const e = await refusal(
      c.invoke(
        'depots.upsert',
        { id: d.id, ...depot('县应急物资储备库'), stock: [{ item: '折叠床', unit: '张', minimum: 0 }] },
        admin,
      ),
    );
    expect(e?.key).toBe('errors.stock_line_held');
    expect(e?.message).toBe(
      '物资“棉被”尚有库存 25床，不能从清单删除：请先出库、调拨、报废或盘点调整为零，本次未做任何变动',
    );
    expect((await c.invoke('supplies.stock', { depotId: d.id })).map((l) => l.item)).toEqual([
      '棉被',
      '折叠床',
    ]);
  });

  it('records a count with its differences as adjustments with reasons, and a register edit as an adjustment', async () => {
    const { core: c, admin } = await county();
    const { depots, items } = await setUp(c, admin);
    const d = depots[0]!;
    const [a] = await c.invoke(
      'supplies.move',
      moveOf({ kind: 'receive', depotId: d.id, itemId: items[1]!.id, quantity: 100, lotNo: 'Q1' }),
      admin,
    );
    const [b] = await c.invoke(
      'supplies.move',
      moveOf({ kind: 'receive', depotId: d.id, itemId: items[2]!.id, quantity: 40, expiresOn: '2027-01-01' }),
      admin,
    );
    const missing = await refusal(
      c.invoke(
        'supplies.count',
        { depotId: d.id, note: '', lines: [{ lotId: a!.lotId, counted: 97, reason: '' }] },
        admin,
      ),
    );
    expect(missing?.key).toBe('errors.supplies_reason_required');
    const count = await c.invoke(
      'supplies.count',
      {
        depotId: d.id,
        note: '季度盘点',
        lines: [
          { lotId: a!.lotId, counted: 97, reason: '受潮 3 床' },
          { lotId: b!.lotId, counted: 40, reason: '' },
        ],
      },
      admin,
    );
    expect(count.lines.map((l) => [l.item, l.expected, l.counted, l.difference])).toEqual([
      ['棉被', 100, 97, -3],
      ['矿泉水', 40, 40, 0],
    ]);
    const adj = (await c.invoke('supplies.movements', { depotId: d.id })).filter(
      (m) => m.kind === 'count_adjust',
    );
    expect(adj.map((m) => [m.item, m.quantity, m.reason, m.ref])).toEqual([
      ['棉被', -3, '受潮 3 床', count.id],
    ]);
    // The register's dialog lists quantities as typed: a difference is a movement, never an edit.
    const view = (await c.invoke('depots.list', {})).find((x) => x.id === d.id)!;
    await c.invoke(
      'depots.upsert',
      {
        id: d.id,
        ...depot(d.name),
        stock: view.stock.map((s) => ({
          item: s.item,
          unit: s.unit,
          quantity: s.item === '棉被' ? 90 : s.quantity,
          minimum: 50,
        })),
      },
      admin,
    );
    const after = await c.invoke('supplies.stock', { depotId: d.id });
    expect(after.map((s) => [s.item, s.quantity, s.minimum])).toEqual([
      ['棉被', 90, 50],
      ['矿泉水', 40, 50],
    ]);
    expect((await c.invoke('supplies.movements', { depotId: d.id }))[0]).toMatchObject({
      kind: 'count_adjust',
      quantity: -7,
      reason: '',
    });
    expect(await c.invoke('supplies.verifyChain', {})).toMatchObject({ ok: true });
  });

  it('reminds lots that expire within 30 days, and not once they are empty', async () => {
    const { core: c, admin, setNow } = await county('2026-12-03T02:00:00.000Z');
    const { depots, items } = await setUp(c, admin);
    const d = depots[1]!;
    await c.invoke(
      'supplies.move',
      moveOf({
        kind: 'receive',
        depotId: d.id,
        itemId: items[2]!.id,
        quantity: 20,
        lotNo: 'W-26',
        expiresOn: '2026-12-31',
      }),
      admin,
    );
    await c.invoke(
      'supplies.move',
      moveOf({
        kind: 'receive',
        depotId: d.id,
        itemId: items[2]!.id,
        quantity: 20,
        lotNo: 'W-27',
        expiresOn: '2027-03-31',
      }),
      admin,
    );
    const due = (await c.invoke('reminders.list', {})).items.filter(
      (r) => r.source === 'supplies.lotExpiring',
    );
    expect(due.map((r) => [r.params.lot, r.params.expiresOn, r.state])).toEqual([
      ['W-26', '2026-12-31', 'due'],
    ]);
    expect(due[0]!.link).toEqual({ route: 'supplies', parts: ['stock'], query: { q: '矿泉水' } });
    const line = (await c.invoke('supplies.stock', { depotId: d.id }))[0]!;
    expect(line.lots.map((l) => [l.lotNo, l.expiring, l.expired])).toEqual([
      ['W-26', true, false],
      ['W-27', false, false],
    ]);
    setNow('2027-01-02T02:00:00.000Z');
    expect(
      (await c.invoke('reminders.list', {})).items.find((r) => r.source === 'supplies.lotExpiring')?.state,
    ).toBe('overdue');
    await c.invoke(
      'supplies.move',
      moveOf({
        kind: 'scrap',
        depotId: d.id,
        itemId: items[2]!.id,
        quantity: 20,
        lotId: line.lots[0]!.id,
        reason: '过期报废',
      }),
      admin,
    );
    expect(
      (await c.invoke('reminders.list', {})).items.filter((r) => r.source === 'supplies.lotExpiring'),
    ).toEqual([]);
  });
});
