import { afterEach, describe, expect, it } from 'vitest';
import { methods } from '../../common/contract';
import { ApiError } from '../../common/result';
import { localDate } from '../../common/time/zone';
import { generateGeography } from '../demo/geography';
import { insertTown } from '../geo/repo';
import type { Core } from '../core';
import { demoCoreWithAdmin, signIn, tempCore } from '../testing';

let core: Core | undefined;
afterEach(async () => {
  await core?.close();
  core = undefined;
});

async function blank() {
  core = tempCore();
  await core.invoke('system.setup', {
    mode: 'blank',
    countyName: '山阳县',
    bureauName: '山阳县应急管理局',
    admin: { name: '管理员', pin: '1234' },
  });
  const adminId = (await core.invoke('operators.list', {}))[0]!.id;
  const admin = core.authenticate(
    (await core.invoke('auth.signIn', { operatorId: adminId, pin: '1234' })).token,
  )!;
  return { core, admin };
}

const states = async (c: Core) =>
  Object.fromEntries(
    (await c.invoke('setup.status', {})).steps.map((s) => [
      s.step,
      s.done ? 'done' : s.skipped ? 'skipped' : 'todo',
    ]),
  );

describe('the setup checklist of a blank county', () => {
  it('starts with every step to do, and each becomes done as its data arrives', async () => {
    const { core, admin } = await blank();
    const first = await core.invoke('setup.status', {});
    expect(first.applies).toBe(true);
    expect(first.steps.map((s) => s.step)).toEqual([
      'geography',
      'operators',
      'roster',
      'equipment',
      'resources',
      'deadlines',
    ]);
    expect(first.open).toBe(6);
    expect(first.steps.find((s) => s.step === 'operators')!.counts).toEqual({ operators: 1 });

    // 区划与底图: towns written by the geography import's repo functions.
    const db = core.db().write;
    db.transaction(() => {
      for (const t of generateGeography().towns) insertTown(db, { ...t, boundary: [[t.boundary]] });
    })();
    // 值班人员: someone besides the first administrator.
    const chief = await core.invoke(
      'operators.create',
      { name: '陈立新', role: 'shift_chief', phone: '' },
      admin,
    );
    // 班次与值班表: a shift from today on.
    const today = localDate(new Date(), 'Asia/Shanghai');
    await core.invoke('roster.set', { key: today, leaderId: null, chiefId: chief.id, officerIds: [] }, admin);
    // 通讯设备台账.
    await core.invoke('equipment.upsert', methods['equipment.upsert'].example as never, admin);
    // 重点单位与物资库: both registers.
    const towns = await core.invoke('geo.towns', {});
    await core.invoke(
      'facilities.upsert',
      { ...(methods['facilities.upsert'].example as never as object), townCode: towns[3]!.code } as never,
      admin,
    );
    expect((await states(core)).resources).toBe('todo');
    await core.invoke(
      'depots.upsert',
      { ...(methods['depots.upsert'].example as never as object), townCode: towns[0]!.code } as never,
      admin,
    );
    // 报告时限: saved once, even unchanged (the county has looked at them).
    const rules = await core.invoke('deadlines.getRules', {});
    await core.invoke('deadlines.setRules', { rules: rules.rules }, admin);

    const after = await core.invoke('setup.status', {});
    expect(after.steps.filter((s) => !s.done)).toEqual([]);
    expect(after.open).toBe(0);
    expect(after.steps.find((s) => s.step === 'geography')!.counts).toEqual({ towns: 13 });
    expect(after.steps.find((s) => s.step === 'resources')!.counts).toEqual({ facilities: 1, depots: 1 });
  });

  it('lets an administrator skip a step and take it up again; others may not; bad steps are refused', async () => {
    const { core, admin } = await blank();
    const skipped = await core.invoke('setup.skip', { step: 'equipment', skipped: true }, admin);
    expect(skipped.steps.find((s) => s.step === 'equipment')).toMatchObject({ done: false, skipped: true });
    expect(skipped.open).toBe(5);
    await core.invoke('setup.skip', { step: 'roster', skipped: true }, admin);
    const back = await core.invoke('setup.skip', { step: 'equipment', skipped: false }, admin);
    expect(back.steps.filter((s) => s.skipped).map((s) => s.step)).toEqual(['roster']);
    // Audited like every write.
    const audit = await core.invoke('audit.list', { method: 'setup.skip' }, admin);
    expect(audit).toHaveLength(3);

    await core.invoke('operators.create', { name: '张伟', role: 'duty_officer', phone: '' }, admin);
    const officer = await signIn(core, 'duty_officer');
    const refused = await core
      .invoke('setup.skip', { step: 'roster', skipped: false }, officer)
      .catch((e) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).code).toBe('forbidden');
    const bad = await core
      .invoke('setup.skip', { step: 'castle' as never, skipped: true }, admin)
      .catch((e) => e);
    expect((bad as ApiError).code).toBe('invalid_input');
    expect((await core.invoke('setup.status', {})).steps.filter((s) => s.skipped).map((s) => s.step)).toEqual(
      ['roster'],
    );
  });

  it('does not apply to the demo county', async () => {
    ({ core } = await demoCoreWithAdmin());
    expect(await core.invoke('setup.status', {})).toEqual({ applies: false, steps: [], open: 0 });
  });
});
