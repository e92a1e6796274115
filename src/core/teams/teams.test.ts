import { afterEach, describe, expect, it } from 'vitest';
import { methods } from '../../common/contract';
import type { TeamInput } from '../../common/contract/teams';
import type { Core } from '../core';
import { fingerprint, staffedCore, refusal } from '../testing';

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

const example = methods['teams.upsert'].example! as TeamInput;
const team = (over: Partial<TeamInput> = {}): TeamInput => ({ ...example, ...over });

describe('救援队伍', () => {
  it('registers a team with its members, replaces the members on edit, and refuses a second team of the same name', async () => {
    const { core, admin } = await county();
    const saved = await core.invoke('teams.upsert', team(), admin);
    expect(saved).toMatchObject({ name: '县森林消防专业队', kind: 'forest_fire', headcount: 32, busy: null });
    expect(saved.members.map((m) => m.name)).toEqual(['赵建国']);

    const edited = await core.invoke(
      'teams.upsert',
      {
        id: saved.id,
        ...team({
          headcount: 35,
          members: [
            { name: '钱伟', role: '队员', phone: '', certificate: '', certExpiresOn: null },
            {
              name: '赵建国',
              role: '队长',
              phone: '13900001111',
              certificate: 'A123',
              certExpiresOn: '2027-06-30',
            },
          ],
        }),
      },
      admin,
    );
    expect(edited.headcount).toBe(35);
    expect(edited.members.map((m) => m.name)).toEqual(['钱伟', '赵建国']);

    const before = fingerprint(core);
    const clash = await refusal(core.invoke('teams.upsert', team(), admin));
    expect(clash).toMatchObject({ code: 'conflict', message: '已有名为“县森林消防专业队”的队伍' });
    const noPhone = await refusal(
      core.invoke('teams.upsert', team({ name: '另一队', dutyPhone: ' ' }), admin),
    );
    expect(noPhone).toMatchObject({ code: 'invalid_input', message: '请填写队伍的 24 小时值班电话' });
    expect(fingerprint(core)).toBe(before);
  });

  it('finds the nearest located teams with headcount and distance, and leaves out retired and unlocated ones', async () => {
    const { core, admin } = await county();
    await core.invoke('teams.upsert', team({ name: '近队', point: [104.1, 30.6], headcount: 20 }), admin);
    await core.invoke('teams.upsert', team({ name: '远队', point: [104.2, 30.6], headcount: 12 }), admin);
    await core.invoke('teams.upsert', team({ name: '无坐标队', point: null }), admin);
    const gone = await core.invoke('teams.upsert', team({ name: '停用队', point: [104.1, 30.6] }), admin);
    await core.invoke('teams.archive', { id: gone.id, archived: true }, admin);

    const near = await core.invoke('teams.nearest', { point: [104.11, 30.6], limit: 5 }, admin);
    expect(near.map((n) => [n.name, n.headcount])).toEqual([
      ['近队', 20],
      ['远队', 12],
    ]);
    // 0.01° of longitude at 30.6° N is about 958 m.
    expect(near[0]!.distanceM).toBeGreaterThan(900);
    expect(near[0]!.distanceM).toBeLessThan(1000);
  });

  it('records 查岗 of the duty phone in the team, newest first, and reminds certificates ending within 60 days', async () => {
    const { core, admin } = await county('2026-12-03T02:00:00.000Z');
    const saved = await core.invoke(
      'teams.upsert',
      team({
        members: [
          { name: '甲', role: '', phone: '', certificate: '潜水证 D1', certExpiresOn: '2027-01-15' },
          { name: '乙', role: '', phone: '', certificate: '救援员证 R2', certExpiresOn: '2027-09-01' },
          { name: '丙', role: '', phone: '', certificate: '', certExpiresOn: null },
        ],
      }),
      admin,
    );
    await core.invoke(
      'teams.spotCheck',
      {
        teamId: saved.id,
        calledAt: '2026-12-03T01:00:00.000Z',
        answered: false,
        answerSeconds: null,
        answeredBy: '',
        notes: '无人接听',
      },
      admin,
    );
    const spot = await core.invoke(
      'teams.spotCheck',
      { teamId: saved.id, answered: true, answerSeconds: 9, answeredBy: '王刚', notes: '' },
      admin,
    );
    expect(spot).toMatchObject({
      answered: true,
      answerSeconds: 9,
      answeredBy: '王刚',
      calledAt: '2026-12-03T02:00:00.000Z',
    });
    const [listed] = await core.invoke('teams.list', {}, admin);
    expect(listed!.spotChecks.map((s) => s.answered)).toEqual([true, false]);

    const missing = await refusal(
      core.invoke(
        'teams.spotCheck',
        { teamId: saved.id, answered: true, answerSeconds: null, answeredBy: '', notes: '' },
        admin,
      ),
    );
    expect(missing).toMatchObject({ code: 'invalid_input', message: '已接听的查岗请填写应答用时（秒）' });

    const due = (await core.invoke('reminders.list', {}, admin)).items.filter(
      (r) => r.source === 'teams.certificateDue',
    );
    expect(due.map((r) => r.params.member)).toEqual(['甲']);
    expect(due[0]!.link).toEqual({ route: 'teams', parts: [], query: { team: saved.id } });
  });
});
