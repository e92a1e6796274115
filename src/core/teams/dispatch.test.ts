import { afterEach, describe, expect, it } from 'vitest';
import { methods } from '../../common/contract';
import type { TeamInput } from '../../common/contract/teams';
import type { Actor } from '../actor';
import type { Core } from '../core';
import { fingerprint, sampleIntake, signIn, staffedCore, refusal } from '../testing';

let core: Core;
let chief: Actor;
afterEach(async () => {
  await core?.close();
});
let n = 0;
const key = () => `k_dsp_${++n}_abcdef`;
const example = methods['teams.upsert'].example! as TeamInput;

async function setup() {
  let now = new Date('2026-11-29T12:00:00+08:00');
  ({ core } = await staffedCore({ clock: { now: () => now } }));
  chief = await signIn(core, 'shift_chief');
  const flood = await core.invoke(
    'teams.upsert',
    { ...example, name: '县防汛抢险队', assemblyMinutes: 30 },
    chief,
  );
  const intake = sampleIntake({ receivedAt: '2026-11-29T11:00:00+08:00' });
  const a = await core.invoke('incidents.create', { clientKey: key(), intake }, chief);
  const b = await core.invoke(
    'incidents.create',
    { clientKey: key(), intake: { ...intake, title: '另一起事件' } },
    chief,
  );
  return {
    teamId: flood.id,
    a: a.incident,
    b: b.incident,
    setNow: (iso: string) => (now = new Date(iso)),
  };
}

describe('队伍调派', () => {
  it('walks a team from 调派 to 归队, each step a timeline entry with its time and who, arrival against the target', async () => {
    const { teamId, a, setNow } = await setup();
    const sent = await core.invoke(
      'dispatches.create',
      { incidentId: a.id, teamId, clientKey: key(), at: '2026-11-29T11:10:00+08:00', note: '携冲锋舟 2 艘' },
      chief,
    );
    expect(sent).toMatchObject({
      state: 'dispatched',
      teamName: '县防汛抢险队',
      headcount: 32,
      targetMinutes: 30,
    });
    const step = (state: 'accepted' | 'departed' | 'arrived' | 'withdrawn' | 'returned', at: string) =>
      core.invoke('dispatches.update', { dispatchId: sent.id, clientKey: key(), state, at, note: '' }, chief);
    await step('accepted', '2026-11-29T11:12:00+08:00');
    await step('departed', '2026-11-29T11:20:00+08:00');
    const arrived = await step('arrived', '2026-11-29T11:52:00+08:00');
    expect(arrived).toMatchObject({ state: 'arrived', arrivalMinutes: 42, late: true });
    expect(arrived.times.arrived).toBe('2026-11-29T03:52:00.000Z');

    const [team] = await core.invoke('teams.list', {}, chief);
    expect(team!.busy).toMatchObject({ incidentId: a.id, state: 'arrived', incidentNumber: a.number });

    const detail = await core.invoke('incidents.get', { id: a.id }, chief);
    const steps = detail.entries.filter((e) => e.kind === 'dispatch');
    expect(steps.map((e) => e.data.state)).toEqual(['dispatched', 'accepted', 'departed', 'arrived']);
    expect(new Set(steps.map((e) => e.authorName)).size).toBe(1);
    expect(steps[0]!.authorName).not.toBe('');
    expect(steps[3]!.data).toMatchObject({ arrivalMinutes: 42, targetMinutes: 30 });
    expect(steps[0]!.occurredAt).toBe('2026-11-29T03:10:00.000Z');

    setNow('2026-11-29T15:00:00+08:00');
    await step('withdrawn', '2026-11-29T14:00:00+08:00');
    await step('returned', '2026-11-29T14:40:00+08:00');
    const [back] = await core.invoke('teams.list', {}, chief);
    expect(back!.busy).toBeNull();
    expect(await core.invoke('dispatches.list', {}, chief)).toEqual([]);
    expect((await core.invoke('dispatches.list', { incidentId: a.id }, chief))[0]!.state).toBe('returned');
    expect((await core.invoke('logs.verifyChain', {}, chief)).ok).toBe(true);
  });

  it('shows a busy team as such elsewhere and refuses to send it twice; steps go in order, never back in time', async () => {
    const { teamId, a, b } = await setup();
    const sent = await core.invoke(
      'dispatches.create',
      { incidentId: a.id, teamId, clientKey: key(), at: '2026-11-29T11:10:00+08:00', note: '' },
      chief,
    );
    const before = fingerprint(core);
    const twice = await refusal(
      core.invoke('dispatches.create', { incidentId: b.id, teamId, clientKey: key(), note: '' }, chief),
    );
    expect(twice).toMatchObject({
      code: 'conflict',
      message: `“县防汛抢险队”正在 ${a.number} 执行任务（调派），归队后才能再调派`,
    });
    const skipped = await refusal(
      core.invoke(
        'dispatches.update',
        { dispatchId: sent.id, clientKey: key(), state: 'arrived', note: '' },
        chief,
      ),
    );
    expect(skipped).toMatchObject({ message: '“县防汛抢险队”当前为“调派”，下一步应为“已接令”' });
    const early = await refusal(
      core.invoke(
        'dispatches.update',
        {
          dispatchId: sent.id,
          clientKey: key(),
          state: 'accepted',
          at: '2026-11-29T11:05:00+08:00',
          note: '',
        },
        chief,
      ),
    );
    expect(early).toMatchObject({ code: 'invalid_input', message: '时间不能早于上一步（或接报时间）' });
    const entryId = (await core.invoke('incidents.get', { id: a.id }, chief)).entries.find(
      (e) => e.kind === 'dispatch',
    )!.id;
    expect(fingerprint(core)).toBe(before);
    const edit = await refusal(
      core.invoke(
        'incidents.correctEntry',
        { entryId, clientKey: key(), reason: '时间记错', changes: { note: '改' } },
        chief,
      ),
    );
    expect(edit).toMatchObject({ code: 'conflict' });
    expect(fingerprint(core)).toBe(before);

    // The same submit again (a retry) answers with the first one and saves nothing new.
    const k = key();
    const first = await core.invoke(
      'dispatches.update',
      { dispatchId: sent.id, clientKey: k, state: 'accepted', note: '' },
      chief,
    );
    const again = await core.invoke(
      'dispatches.update',
      { dispatchId: sent.id, clientKey: k, state: 'accepted', note: '' },
      chief,
    );
    expect(again).toEqual(first);
  });
});

describe('队伍调派 under a drill', () => {
  it('marks a dispatch to an incident logged under a running drill as 演练, on the dispatch and on the busy team', async () => {
    const { teamId } = await setup();
    const controller = await signIn(core, 'leader');
    const d = await core.invoke(
      'drills.save',
      {
        id: null,
        campaignId: null,
        domainId: null,
        title: '山洪灾害转移避险演练',
        form: 'live',
        content: 'combined',
        purpose: 'test',
        announce: 'announced',
        scheduledAt: null,
        place: '白沙镇',
        scenario: '白沙河上游突降暴雨',
        planIds: [],
        units: [],
        controllerIds: [controller.kind === 'operator' ? controller.operatorId : ''],
        script: [],
      },
      controller,
    );
    await core.invoke('drills.start', { id: d.id }, controller);
    const drillIncident = await core.invoke(
      'incidents.create',
      { clientKey: key(), intake: sampleIntake({ receivedAt: '2026-11-29T11:30:00+08:00' }), drillId: d.id },
      chief,
    );
    const sent = await core.invoke(
      'dispatches.create',
      { incidentId: drillIncident.incident.id, teamId, clientKey: key(), note: '' },
      chief,
    );
    expect(sent.drill).toBe(true);
    const [team] = await core.invoke('teams.list', {}, chief);
    expect(team!.busy).toMatchObject({ drill: true, incidentId: drillIncident.incident.id });
  });
});
