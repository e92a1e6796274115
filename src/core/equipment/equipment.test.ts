import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../common/result';
import type { Core } from '../core';
import { demoCoreWithAdmin, fingerprint } from '../testing';
import { START, check, opts, satPhone, setupEquipment, testClock } from './testing';

let core: Core;
afterEach(async () => {
  await core?.close();
  testClock.at = new Date(START);
});
async function setup() {
  const s = await setupEquipment();
  core = s.core;
  return s;
}

describe('register', () => {
  it('adds and edits equipment as audited writes; a number is unique per kind', async () => {
    const { officer, id } = await setup();
    const list = await core.invoke('equipment.list', {});
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      id,
      name: '卫星电话（1号）',
      handover: true,
      due: { state: 'due', missed: 0 },
    });
    const edited = await core.invoke('equipment.upsert', { ...satPhone, id, location: '指挥大厅' }, officer);
    expect(edited.location).toBe('指挥大厅');
    const audit = core
      .db()
      .read.prepare(`SELECT method, changes_json FROM audit WHERE method = 'equipment.upsert' ORDER BY seq`)
      .all() as { changes_json: string }[];
    expect(audit).toHaveLength(2);
    expect(audit[1]!.changes_json).toContain('值班室');
    await expect(
      core.invoke('equipment.upsert', { ...satPhone, name: '另一部' }, officer),
    ).rejects.toMatchObject({
      code: 'conflict',
      key: 'errors.equipment_serial_taken',
    });
    await expect(core.invoke('equipment.upsert', satPhone)).rejects.toMatchObject({
      code: 'unauthenticated',
    });
  });
});

describe('templates', () => {
  it('editing a template does not change how an old check reads', async () => {
    const { admin, officer, id } = await setup();
    const old = await core.invoke('checks.record', check(id, 55), officer);
    const before = await core.invoke('checks.history', { equipmentId: id });

    const t = await core.invoke(
      'checkTemplates.update',
      {
        kind: 'satellite_phone',
        items: [
          { key: 'call', label: '试拨（含北斗短报文）', type: 'bool', required: true },
          { key: 'battery', label: '电量', type: 'number', required: true, unit: '%', min: 60, max: 100 },
        ],
        faultHours: 48,
      },
      admin,
    );
    expect(t.version).toBe(2);
    await expect(
      core.invoke('checkTemplates.update', { kind: 'radio', items: t.items, faultHours: 1 }, officer),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    const after = await core.invoke('checks.history', { equipmentId: id });
    expect(after).toEqual(before);
    expect(after.items[0]!.results.map((r) => [r.label, r.min, r.ok])).toEqual([
      ['试拨通话接通', null, true],
      ['电池电量', 50, true],
      ['已充电、充电器完好', null, true],
    ]);
    expect(after.items[0]!.id).toBe(old.check.id);

    // A form still showing version 1 is refused rather than judged against version 2.
    await expect(core.invoke('checks.record', check(id, 55), officer)).rejects.toMatchObject({
      key: 'errors.template_version_stale',
    });
    const now = await core.invoke(
      'checks.record',
      {
        ...check(id, 55, { templateVersion: 2 }),
        results: [
          { key: 'call', value: true },
          { key: 'battery', value: 55 },
        ],
      },
      officer,
    );
    expect(now.check).toMatchObject({ passed: false, templateVersion: 2 });
    expect((await core.invoke('faults.list', {}))[0]!.deadlineAt).toBe(
      new Date(testClock.at.getTime() + 48 * 3_600_000).toISOString(),
    );
  });

  it('refuses templates that cannot be judged', async () => {
    const { admin } = await setup();
    await expect(
      core.invoke(
        'checkTemplates.update',
        {
          kind: 'radio',
          items: [{ key: 'b', label: '电量', type: 'number', required: true, unit: '%', min: 90, max: 10 }],
          faultHours: 72,
        },
        admin,
      ),
    ).rejects.toMatchObject({ key: 'errors.template_bounds' });
  });
});

describe('due and the check round', () => {
  it('lists what is due at shift start, overdue first, with the template to fill in', async () => {
    const { officer, id } = await setup();
    await core.invoke('checks.record', check(id, 90), officer);
    const radio = await core.invoke(
      'equipment.upsert',
      { ...satPhone, kind: 'radio', name: '对讲机 1 号', serial: 'R1' },
      officer,
    );
    let due = await core.invoke('equipment.due', {});
    expect(due.items.map((i) => i.equipment.id)).toEqual([radio.id]);
    expect(due.items[0]!.template.items.map((i) => i.key)).toEqual(['channel', 'battery']);
    // Next shift: both owe a check; a shift later the radio is overdue and comes first.
    testClock.at = new Date('2026-11-30T01:00:00.000Z');
    due = await core.invoke('equipment.due', {});
    expect(due.items.map((i) => [i.equipment.id, i.equipment.due.state])).toEqual([
      [radio.id, 'overdue'],
      [id, 'due'],
    ]);
    expect(await core.invoke('equipment.summary', {})).toMatchObject({ due: 1, overdue: 1 });
  });
});

describe('demo county', () => {
  it('has equipment with ~90 days of checks, a few failures, one open overdue fault and overdue items', async () => {
    const demo = await demoCoreWithAdmin(opts);
    core = demo.core;
    const list = await core.invoke('equipment.list', {});
    expect(list.length).toBeGreaterThanOrEqual(12);
    expect(list.filter((e) => e.due.state === 'overdue').length).toBeGreaterThanOrEqual(2);
    expect(list.filter((e) => e.handover).map((e) => e.kind)).toEqual(
      expect.arrayContaining(['satellite_phone', 'radio', 'other']),
    );
    const open = await core.invoke('faults.list', { open: true });
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ overdue: true, status: 'in_progress' });
    const all = await core.invoke('faults.list', {});
    expect(all.filter((f) => f.status === 'closed').length).toBeGreaterThanOrEqual(3);
    const hist = await core.invoke('checks.history', { limit: 5000 });
    expect(hist.items.length).toBeGreaterThan(700);
    expect(hist.items.filter((c) => !c.passed).length).toBeGreaterThanOrEqual(5);
    const oldest = hist.items.at(-1)!.checkedAt;
    expect((testClock.at.getTime() - new Date(oldest).getTime()) / 86_400_000).toBeGreaterThan(85);
    const due = await core.invoke('equipment.due', {});
    expect(
      due.items.some((i) => i.equipment.kind === 'satellite_phone' && i.equipment.due.state === 'due'),
    ).toBe(true);
    expect((await core.invoke('checks.verifyChain', {})).ok).toBe(true);

    const stats = await core.invoke('equipment.stats', { fromMonth: '2026-09', toMonth: '2026-11' });
    const nov = stats.months.find((m) => m.month === '2026-11')!;
    expect(nov.done / nov.owed).toBeGreaterThan(0.85);
    expect(nov.done / nov.owed).toBeLessThan(1);
    expect(stats.months.reduce((s, m) => s + m.faultsClosed, 0)).toBeGreaterThanOrEqual(3);
    expect(stats.mttrHours).toBeGreaterThan(0);
    expect(stats.byKind.map((k) => k.kind)).toContain('satellite_phone');
  });

  it('exports the register as XLSX and reading leaves the data unchanged', async () => {
    const demo = await demoCoreWithAdmin(opts);
    core = demo.core;
    const before = fingerprint(core);
    const x = await core.invoke('equipment.export', {});
    expect(x.fileName).toMatch(/^通讯设备台账-\d{12}\.xlsx$/);
    expect(x.rows).toBeGreaterThanOrEqual(12);
    expect(Buffer.from(x.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    expect(fingerprint(core)).toBe(before);
  });
});

it('typed errors: ApiError carries the key', async () => {
  const { officer } = await setup();
  const err = await core
    .invoke('checks.record', check('eq_missing000000', 90), officer)
    .catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ApiError);
  expect((err as ApiError).key).toBe('errors.equipment_missing');
});
