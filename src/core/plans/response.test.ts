import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../common/result';
import type { Actor } from '../actor';
import type { Core } from '../core';
import { fingerprint, sampleIntake, signIn, staffedCore } from '../testing';

let core: Core;
let chief: Actor;
afterEach(async () => {
  await core?.close();
});
let n = 0;
const key = () => `k_resp_${++n}_abcdef`;

async function rejected(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

async function setup() {
  ({ core } = await staffedCore({ clock: { now: () => new Date('2026-11-29T12:00:00+08:00') } }));
  chief = await signIn(core, 'shift_chief');
  const plan = await core.invoke(
    'plans.upsert',
    {
      name: '青岚示范县地质灾害应急预案',
      kind: 'special',
      domain: 'natural',
      hazard: '地质灾害',
      ownerUnit: '县自然资源局',
      level: 'county',
      lastDrilledOn: null,
      notes: '',
    },
    chief,
  );
  const v = await core.invoke(
    'plans.saveVersion',
    {
      planId: plan.id,
      label: '2025年版',
      docNo: '青政办发〔2025〕9号',
      issuer: '县人民政府办公室',
      issuedOn: '2025-05-01',
      filedOn: null,
      evaluatedOn: null,
      levels: [
        { level: 'IV', condition: '一般地质灾害', measures: '自然资源局启动' },
        { level: 'III', condition: '较大地质灾害', measures: '分管副县长指挥' },
      ],
      notes: '',
    },
    chief,
  );
  await core.invoke('plans.setStatus', { versionId: v.id, status: 'in_force', on: '2025-05-20' }, chief);
  const created = await core.invoke('incidents.create', { clientKey: key(), intake: sampleIntake() }, chief);
  return { planId: plan.id, incidentId: created.incident.id };
}

describe('incidents.activateResponse', () => {
  it('starts, adjusts and ends a response under a plan, each an entry of the timeline, the incident showing the running one', async () => {
    const { planId, incidentId } = await setup();
    const base = { incidentId, planId, decidedBy: '王副县长', document: '' };
    const started = await core.invoke(
      'incidents.activateResponse',
      {
        ...base,
        clientKey: key(),
        action: 'start',
        level: 'IV',
        decidedAt: '2026-11-29T11:00:00+08:00',
        document: '青防指〔2026〕5号',
      },
      chief,
    );
    expect(started.incident.response).toEqual({
      planId,
      planName: '青岚示范县地质灾害应急预案',
      level: 'IV',
      decidedBy: '王副县长',
      document: '青防指〔2026〕5号',
      since: '2026-11-29T03:00:00.000Z',
      adjustedAt: null,
    });
    const raised = await core.invoke(
      'incidents.activateResponse',
      { ...base, clientKey: key(), action: 'adjust', planId: null, level: 'III' },
      chief,
    );
    expect(raised.incident.response).toMatchObject({ level: 'III', since: '2026-11-29T03:00:00.000Z' });
    expect(
      (await core.invoke('incidents.list', {}, chief)).items.find((i) => i.id === incidentId)?.response
        ?.level,
    ).toBe('III');

    const before = fingerprint(core);
    const again = await rejected(
      core.invoke(
        'incidents.activateResponse',
        { ...base, clientKey: key(), action: 'start', level: 'IV' },
        chief,
      ),
    );
    expect(again.message).toBe('该事件已在Ⅲ级响应中（青岚示范县地质灾害应急预案）：请选择“调整”或“终止”');
    const undefinedLevel = await rejected(
      core.invoke(
        'incidents.activateResponse',
        { ...base, clientKey: key(), action: 'adjust', level: 'I' },
        chief,
      ),
    );
    expect(undefinedLevel.message).toBe('预案“青岚示范县地质灾害应急预案”的现行版本未规定Ⅰ级响应');
    expect(fingerprint(core)).toBe(before);

    const ended = await core.invoke(
      'incidents.activateResponse',
      { ...base, clientKey: key(), action: 'end', planId: null, level: null },
      chief,
    );
    expect(ended.incident.response).toBeNull();
    const timeline = (await core.invoke('incidents.get', { id: incidentId }, chief)).entries.filter(
      (e) => e.kind === 'response',
    );
    expect(timeline.map((e) => [e.data.action, e.data.level])).toEqual([
      ['start', 'IV'],
      ['adjust', 'III'],
      ['end', null],
    ]);
    expect((await core.invoke('logs.verifyChain', {}, chief)).ok).toBe(true);
  });

  it('refuses to adjust or end what was never started, and a start without a plan', async () => {
    const { incidentId } = await setup();
    const base = { incidentId, decidedBy: '王副县长', document: '' };
    expect(
      (
        await rejected(
          core.invoke(
            'incidents.activateResponse',
            { ...base, clientKey: key(), action: 'end', planId: null, level: null },
            chief,
          ),
        )
      ).message,
    ).toBe('该事件尚未启动应急响应');
    expect(
      (
        await rejected(
          core.invoke(
            'incidents.activateResponse',
            { ...base, clientKey: key(), action: 'start', planId: null, level: 'IV' },
            chief,
          ),
        )
      ).message,
    ).toBe('启动响应须选择所依据的预案');
  });

  it('answers a repeated submit with the first one', async () => {
    const { planId, incidentId } = await setup();
    const input = {
      incidentId,
      planId,
      clientKey: key(),
      action: 'start' as const,
      level: 'IV' as const,
      decidedBy: '王副县长',
      document: '',
    };
    const a = await core.invoke('incidents.activateResponse', input, chief);
    const b = await core.invoke('incidents.activateResponse', input, chief);
    expect(b).toMatchObject({ entryId: a.entryId, replayed: true });
  });
});

describe('the running response on the handover sheet', () => {
  it('lists each real incident under a response with its plan, level and since when; an ended one and drill traffic are not listed', async () => {
    const { planId, incidentId } = await setup();
    const base = { planId, decidedBy: '王副县长', document: '青防指〔2026〕5号' };
    await core.invoke(
      'incidents.activateResponse',
      {
        ...base,
        incidentId,
        clientKey: key(),
        action: 'start',
        level: 'IV',
        decidedAt: '2026-11-29T10:00:00+08:00',
      },
      chief,
    );
    await core.invoke(
      'incidents.activateResponse',
      {
        ...base,
        incidentId,
        clientKey: key(),
        action: 'adjust',
        level: 'III',
        decidedAt: '2026-11-29T11:00:00+08:00',
      },
      chief,
    );
    // A second incident whose response has ended: nothing in force.
    const other = await core.invoke(
      'incidents.create',
      { clientKey: key(), intake: sampleIntake({ title: '白沙镇山体滑坡' }) },
      chief,
    );
    for (const action of ['start', 'end'] as const)
      await core.invoke(
        'incidents.activateResponse',
        {
          ...base,
          incidentId: other.incident.id,
          clientKey: key(),
          action,
          level: action === 'end' ? null : 'IV',
        },
        chief,
      );
    // Drill traffic under a response stays off the real sheet.
    const controller = await signIn(core, 'leader');
    const drill = await core.invoke(
      'drills.save',
      {
        id: null,
        campaignId: null,
        domainId: null,
        title: '地质灾害桌面推演',
        form: 'tabletop',
        content: 'single',
        purpose: 'test',
        announce: 'announced',
        scheduledAt: null,
        place: '',
        scenario: '',
        planIds: [planId],
        units: [],
        controllerIds: [controller.kind === 'operator' ? controller.operatorId : ''],
      },
      controller,
    );
    await core.invoke('drills.start', { id: drill.id }, controller);
    const exercise = await core.invoke(
      'incidents.create',
      { clientKey: key(), intake: sampleIntake({ title: '演练：石坝村滑坡' }), drillId: drill.id },
      chief,
    );
    await core.invoke(
      'incidents.activateResponse',
      { ...base, incidentId: exercise.incident.id, clientKey: key(), action: 'start', level: 'IV' },
      chief,
    );

    const { sheet } = await core.invoke('handover.draft', {}, chief);
    expect(sheet.responses).toEqual([
      {
        incidentId,
        number: expect.any(String) as string,
        title: sampleIntake().title,
        planName: '青岚示范县地质灾害应急预案',
        level: 'III',
        decidedBy: '王副县长',
        document: '青防指〔2026〕5号',
        since: new Date('2026-11-29T10:00:00+08:00').toISOString(),
        adjustedAt: new Date('2026-11-29T11:00:00+08:00').toISOString(),
      },
    ]);
  });
});
