import { afterEach, describe, expect, it } from 'vitest';
import { methods } from '../../common/contract';
import { REMINDER_SOURCES } from '../../common/contract/reminders';
import { ApiError } from '../../common/result';
import { coreAreas } from '../areas';
import type { Core } from '../core';
import { staffedCore } from '../testing';

const HOUR = 3_600_000;
let core: Core | undefined;
afterEach(async () => {
  await core?.close();
  core = undefined;
});

async function county() {
  let now = new Date('2026-12-03T02:00:00.000Z');
  const s = await staffedCore({ clock: { now: () => now } });
  core = s.core;
  return { ...s, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

const depot = (stock: { item: string; quantity?: number; minimum: number }[], id?: string) => ({
  ...(id ? { id } : {}),
  name: '县应急物资储备库',
  address: '城关镇建设路 8 号',
  townCode: null,
  point: null,
  keeper: '王保管',
  phone: '0812-5550001',
  notes: '',
  stock: stock.map((s) => ({ ...s, unit: '条' })),
});

describe('到期提醒', () => {
  it('every source has a provider in some area, and no source has two', () => {
    const sources = coreAreas.flatMap((a) => a.reminders.map((p) => p.source));
    expect([...sources].sort()).toEqual([...REMINDER_SOURCES].sort());
  });

  it('lists stock below its minimum; an acknowledgement holds until the quantity drops again', async () => {
    const { core, admin } = await county();
    expect((await core.invoke('reminders.list', {}, admin)).items).toEqual([]);
    const d = await core.invoke(
      'depots.upsert',
      depot([
        { item: '编织袋', quantity: 40, minimum: 100 },
        { item: '救生衣', quantity: 80, minimum: 50 },
      ]),
      admin,
    );
    const first = await core.invoke('reminders.list', {}, admin);
    expect(first.open).toBe(1);
    expect(first.overdue).toBe(1);
    expect(first.items).toEqual([
      {
        source: 'stock.belowMinimum',
        ref: `${d.id}/编织袋`,
        cycle: '40',
        params: { depot: '县应急物资储备库', item: '编织袋', unit: '条', quantity: 40, minimum: 100 },
        dueAt: null,
        state: 'overdue',
        link: { route: 'resources', parts: ['depots'], query: { q: '县应急物资储备库' } },
        acknowledged: null,
      },
    ]);

    const acked = await core.invoke(
      'reminders.acknowledge',
      { source: 'stock.belowMinimum', ref: `${d.id}/编织袋`, cycle: '40', note: ' 已报采购 ' },
      admin,
    );
    expect(acked.open).toBe(0);
    expect(acked.items[0]!.acknowledged).toEqual({
      by: '系统管理员',
      at: '2026-12-03T02:00:00.000Z',
      note: '已报采购',
    });

    // Ten more bags handed out (a count typed in the register): a new round, reminded
    // again. The life jackets are listed without a count: their stock stays.
    await core.invoke(
      'depots.upsert',
      depot(
        [
          { item: '编织袋', quantity: 30, minimum: 100 },
          { item: '救生衣', minimum: 50 },
        ],
        d.id,
      ),
      admin,
    );
    const again = await core.invoke('reminders.list', {}, admin);
    expect(again.open).toBe(1);
    expect(again.items[0]!.cycle).toBe('30');
    expect(again.items[0]!.acknowledged).toBeNull();

    // Restocked: nothing to remind, and the old round cannot be acknowledged.
    await core.invoke(
      'depots.upsert',
      depot(
        [
          { item: '编织袋', quantity: 300, minimum: 100 },
          { item: '救生衣', minimum: 50 },
        ],
        d.id,
      ),
      admin,
    );
    expect((await core.invoke('reminders.list', {}, admin)).items).toEqual([]);
    const refused = await core
      .invoke(
        'reminders.acknowledge',
        { source: 'stock.belowMinimum', ref: `${d.id}/编织袋`, cycle: '30', note: '' },
        admin,
      )
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).key).toBe('errors.reminder_gone');
    expect(core.db().read.prepare('SELECT count(*) AS n FROM reminder_acks').get()).toEqual({ n: 1 });
  });

  it('shows a fault a day before its repair deadline, overdue once it passes', async () => {
    const { core, admin, advance } = await county();
    const eq = await core.invoke('equipment.upsert', methods['equipment.upsert'].example!, admin);
    const deadline = new Date(Date.parse('2026-12-03T02:00:00.000Z') + 48 * HOUR).toISOString();
    const fault = await core.invoke(
      'faults.open',
      { clientKey: 'k_reminder_fault', equipmentId: eq.id, description: '无法开机', deadlineAt: deadline },
      admin,
    );
    const faults = async () =>
      (await core.invoke('reminders.list', {}, admin)).items.filter((r) => r.source === 'equipment.faultDue');
    expect(await faults()).toEqual([]);
    advance(25 * HOUR);
    expect((await faults()).map((r) => [r.ref, r.state, r.dueAt])).toEqual([[fault.id, 'due', deadline]]);
    expect((await faults())[0]!.params).toEqual({ number: fault.number, name: eq.name });
    advance(24 * HOUR);
    expect((await faults()).map((r) => r.state)).toEqual(['overdue']);
  });

  it('a wall may read the list but not acknowledge', async () => {
    const { core, admin } = await county();
    const wall = await core.invoke('wallTokens.create', { label: '大屏' }, admin);
    const wallActor = core.authenticate(wall.token)!;
    await expect(core.invoke('reminders.list', {}, wallActor)).resolves.toMatchObject({ open: 0 });
    await expect(
      core.invoke(
        'reminders.acknowledge',
        { source: 'stock.belowMinimum', ref: 'x', cycle: '1', note: '' },
        wallActor,
      ),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});
