import { afterEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../common/contract';
import { ApiError } from '../../common/result';
import type { Actor } from '../actor';
import type { Core } from '../core';
import { demoCoreWithAdmin, fingerprint, signIn, staffedCore } from '../testing';

let clock = new Date('2026-11-29T02:00:00.000Z'); // 10:00 in the county, shift since 08:30
const opts = { clock: { now: () => clock } };
let core: Core;
afterEach(async () => {
  await core?.close();
  clock = new Date('2026-11-29T02:00:00.000Z');
});

const satPhone: InputOf<'equipment.upsert'> = {
  kind: 'satellite_phone',
  name: '卫星电话（1号）',
  model: '天通 T900',
  serial: 'TT-0001',
  location: '值班室',
  point: null,
  custodianA: '张伟',
  custodianB: '李娜',
  interval: { kind: 'daily' },
  status: 'in_use',
  handover: true,
  notes: '',
};

let n = 0;
const key = () => `k_test_${String(++n).padStart(6, '0')}`;

async function setup(): Promise<{ admin: Actor; officer: Actor; id: string }> {
  const s = await staffedCore(opts);
  core = s.core;
  const officer = await signIn(core, 'duty_officer');
  const eq = await core.invoke('equipment.upsert', satPhone, officer);
  return { admin: s.admin, officer, id: eq.id };
}

const check = (id: string, battery: number, extra: Partial<InputOf<'checks.record'>> = {}) => ({
  clientKey: key(),
  equipmentId: id,
  templateVersion: 1,
  results: [
    { key: 'call', value: true },
    { key: 'battery', value: battery },
    { key: 'charged', value: true },
  ],
  notes: '',
  ...extra,
});

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

describe('checks and faults', () => {
  it('a failed battery opens a fault with the kind’s deadline; a passing re-check closes it', async () => {
    const { officer, id } = await setup();
    const failed = await core.invoke('checks.record', check(id, 42), officer);
    expect(failed.check.passed).toBe(false);
    expect(failed.check.results.find((r) => r.key === 'battery')).toMatchObject({
      value: 42,
      ok: false,
      min: 50,
    });
    expect(failed.faultOpened).toBeTruthy();
    const [fault] = await core.invoke('faults.list', { open: true });
    expect(fault).toMatchObject({
      id: failed.faultOpened,
      status: 'open',
      equipmentName: '卫星电话（1号）',
      deadlineAt: new Date(clock.getTime() + 72 * 3_600_000).toISOString(),
      overdue: false,
    });
    expect(fault!.description).toContain('电池电量 42%');
    expect((await core.invoke('equipment.list', {}))[0]).toMatchObject({
      status: 'fault',
      due: { state: 'ok' },
    });
    expect(await core.invoke('equipment.summary', {})).toMatchObject({ openFaults: 1, overdueFaults: 0 });

    await core.invoke(
      'faults.update',
      { id: fault!.id, clientKey: key(), status: 'in_progress', action: '换电池' },
      officer,
    );
    await core.invoke('faults.update', { id: fault!.id, clientKey: key(), status: 'repaired' }, officer);
    // Closing by hand is refused: only a passing re-check closes.
    await expect(
      core.invoke('faults.update', { id: fault!.id, clientKey: key(), status: 'closed' }, officer),
    ).rejects.toMatchObject({ key: 'errors.fault_needs_recheck' });

    clock = new Date(clock.getTime() + 3_600_000);
    const again = await core.invoke('checks.record', check(id, 95), officer);
    expect(again.faultClosed).toBe(fault!.id);
    const closed = (await core.invoke('faults.list', {}))[0]!;
    expect(closed).toMatchObject({ status: 'closed', closingCheckId: again.check.id });
    expect(closed.actions.map((a) => a.kind)).toEqual(['opened', 'status', 'note', 'status', 'closed']);
    expect((await core.invoke('equipment.list', {}))[0]!.status).toBe('in_use');
    expect(await core.invoke('equipment.summary', {})).toMatchObject({ openFaults: 0 });
    expect(await core.invoke('checks.verifyChain', {})).toMatchObject({ ok: true, checked: 7 });
  });

  it('a failed re-check of a repaired fault sends it back to 整改中, without a second fault', async () => {
    const { officer, id } = await setup();
    const first = await core.invoke('checks.record', check(id, 40), officer);
    await core.invoke(
      'faults.update',
      { id: first.faultOpened!, clientKey: key(), status: 'repaired' },
      officer,
    );
    const second = await core.invoke('checks.record', check(id, 45), officer);
    expect(second.faultOpened).toBeNull();
    expect(second.faultUpdated).toBe(first.faultOpened);
    const faults = await core.invoke('faults.list', {});
    expect(faults).toHaveLength(1);
    expect(faults[0]!.status).toBe('in_progress');
  });

  it('an overdue fault is flagged, and a fault can be opened by hand', async () => {
    const { officer, id } = await setup();
    const f = await core.invoke(
      'faults.open',
      { clientKey: key(), equipmentId: id, description: '天线折断', reportedTo: '局办公室' },
      officer,
    );
    expect(f.number).toMatch(/^GZ2026-001$/);
    await expect(
      core.invoke('faults.open', { clientKey: key(), equipmentId: id, description: '再报一次' }, officer),
    ).rejects.toMatchObject({ key: 'errors.fault_open_exists' });
    clock = new Date(clock.getTime() + 73 * 3_600_000);
    expect((await core.invoke('faults.list', { open: true }))[0]!.overdue).toBe(true);
    expect(await core.invoke('equipment.summary', {})).toMatchObject({ openFaults: 1, overdueFaults: 1 });
    const handover = await core.invoke('equipment.handover', {});
    expect(handover.items.map((e) => e.id)).toEqual([id]);
    expect(handover.openFaults[0]).toMatchObject({ number: 'GZ2026-001', overdue: true });
  });

  it('results are append-only; a repeated submit is answered, not saved twice', async () => {
    const { officer, id } = await setup();
    const input = check(id, 80);
    const a = await core.invoke('checks.record', input, officer);
    const b = await core.invoke('checks.record', input, officer);
    expect(b).toMatchObject({ replayed: true, check: { id: a.check.id } });
    expect(() => core.db().write.prepare(`UPDATE checks SET passed = 0`).run()).toThrow(/append-only/);
    expect(() => core.db().write.prepare(`DELETE FROM checks`).run()).toThrow(/append-only/);
  });

  it('refuses missing required items, values of the wrong type and unknown items', async () => {
    const { officer, id } = await setup();
    await expect(
      core.invoke('checks.record', { ...check(id, 80), results: [{ key: 'call', value: true }] }, officer),
    ).rejects.toMatchObject({ key: 'errors.check_missing_item' });
    await expect(
      core.invoke('checks.record', { ...check(id, 80), results: [{ key: 'call', value: 'yes' }] }, officer),
    ).rejects.toMatchObject({ key: 'errors.check_bad_value' });
    await expect(
      core.invoke('checks.record', { ...check(id, 80), results: [{ key: 'volume', value: 3 }] }, officer),
    ).rejects.toMatchObject({ key: 'errors.check_unknown_item' });
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
      new Date(clock.getTime() + 48 * 3_600_000).toISOString(),
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
    clock = new Date('2026-11-30T01:00:00.000Z');
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
    expect((clock.getTime() - new Date(oldest).getTime()) / 86_400_000).toBeGreaterThan(85);
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
