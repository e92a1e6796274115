import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { fingerprint } from '../testing';
import { START, key, later, scoreAll, setupReview, testClock } from './testing';

let core: Core;
afterEach(async () => {
  await core?.close();
  testClock.at = new Date(START);
});
async function setup() {
  const s = await setupReview();
  core = s.core;
  return s;
}

const finding = (drillId: string, over: Record<string, unknown> = {}) => ({
  clientKey: key(),
  drillId,
  category: 'equipment' as const,
  finding: '卫星电话电池电量不足，备用通信中断 10 分钟',
  measures: '建立卫星电话每周充电检查制度',
  ownerUnit: '县应急管理局办公室',
  dueDate: '2026-06-30',
  ...over,
});

describe('整改', () => {
  it('a finding becomes an item that closes only with evidence and who verified it; the drill follows', async () => {
    const { officer, chief, ranDrill } = await setup();
    const drillId = await ranDrill();
    await scoreAll(core, officer, drillId, 'partly');
    await core.invoke('evaluations.submit', { drillId }, officer);
    const item = await core.invoke('rectifications.open', finding(drillId), officer);
    expect(item).toMatchObject({
      number: 'ZG2026-001',
      status: 'open',
      overdue: false,
      drillTitle: '山洪灾害转移避险演练',
    });
    expect((await core.invoke('evaluations.get', { drillId })).drill.state).toBe('rectifying');

    const before = fingerprint(core);
    // Blank evidence never reaches core (the contract refuses it); core and the schema refuse it too.
    await expect(
      core.invoke(
        'rectifications.close',
        { id: item.id, clientKey: key(), evidence: '   ', verifiedBy: '李局长' },
        chief,
      ),
    ).rejects.toMatchObject({ code: 'invalid_input' });
    expect(() =>
      core
        .db()
        .write.prepare(`UPDATE rectifications SET status = 'closed', closed_at = 'x' WHERE id = ?`)
        .run(item.id),
    ).toThrow(/CHECK/);
    expect(fingerprint(core)).toBe(before);

    const closed = await core.invoke(
      'rectifications.close',
      {
        id: item.id,
        clientKey: key(),
        evidence: '《卫星电话管理制度》已印发，6月检查记录齐全',
        verifiedBy: '李局长',
      },
      chief,
    );
    expect(closed).toMatchObject({ status: 'closed', verifiedBy: '李局长' });
    expect(closed.actions.map((a) => a.kind)).toEqual(['opened', 'closed']);
    expect((await core.invoke('evaluations.get', { drillId })).drill.state).toBe('closed');
    await expect(
      core.invoke(
        'rectifications.close',
        { id: item.id, clientKey: key(), evidence: '再次', verifiedBy: '李局长' },
        chief,
      ),
    ).rejects.toMatchObject({ key: 'errors.rectification_closed' });
  });

  it('is overdue from the day after its due date, in the bureau’s zone, and a new date needs a reason', async () => {
    const { officer, ranDrill } = await setup();
    const drillId = await ranDrill();
    const item = await core.invoke(
      'rectifications.open',
      finding(drillId, { dueDate: '2026-06-11' }),
      officer,
    );
    // 2026-06-11 23:59 in Beijing is still in time.
    testClock.at = new Date('2026-06-11T15:59:00.000Z');
    expect((await core.invoke('rectifications.list', { overdue: true })).map((r) => r.id)).toEqual([]);
    testClock.at = new Date('2026-06-11T16:00:00.000Z');
    const [late] = await core.invoke('rectifications.list', { overdue: true });
    expect(late).toMatchObject({ id: item.id, overdue: true });
    expect((await core.invoke('evaluations.list', {}))[0]!.rectifications).toMatchObject({
      open: 1,
      overdue: 1,
    });

    await expect(
      core.invoke('rectifications.update', { id: item.id, clientKey: key(), dueDate: '2026-07-01' }, officer),
    ).rejects.toMatchObject({ key: 'errors.rectification_reason_needed' });
    await expect(
      core.invoke('rectifications.update', { id: item.id, clientKey: key() }, officer),
    ).rejects.toMatchObject({ key: 'errors.rectification_no_change' });
    const moved = await core.invoke(
      'rectifications.update',
      { id: item.id, clientKey: key(), dueDate: '2026-07-01', reason: '电池供货延迟', progress: '已下单' },
      officer,
    );
    expect(moved).toMatchObject({ dueDate: '2026-07-01', status: 'in_progress', overdue: false });
    expect(moved.actions.map((a) => [a.kind, a.data])).toEqual([
      ['opened', expect.anything()],
      ['progress', { text: '已下单' }],
      ['due', { from: '2026-06-11', to: '2026-07-01', reason: '电池供货延迟' }],
    ]);
  });

  it('replays a call by its client key instead of opening a second item', async () => {
    const { officer, ranDrill } = await setup();
    const drillId = await ranDrill();
    const input = finding(drillId);
    const a = await core.invoke('rectifications.open', input, officer);
    const b = await core.invoke('rectifications.open', input, officer);
    expect(b.id).toBe(a.id);
    expect(await core.invoke('rectifications.list', {})).toHaveLength(1);
  });

  it('a 预案 finding names a plan the drill tested', async () => {
    const { officer, ranDrill } = await setup();
    const drillId = await ranDrill({ planIds: ['plan_flood'] });
    await expect(
      core.invoke('rectifications.open', finding(drillId, { category: 'plan' }), officer),
    ).rejects.toMatchObject({
      key: 'errors.rectification_plan_needed',
    });
    await expect(
      core.invoke(
        'rectifications.open',
        finding(drillId, { category: 'plan', planId: 'plan_other' }),
        officer,
      ),
    ).rejects.toMatchObject({ key: 'errors.rectification_plan_not_tested' });
  });

  it('a 预案 finding opens one revision draft of the tested plan, the version in force moves to 修订', async () => {
    const { officer, ranDrill } = await setup();
    const plan = await core.invoke(
      'plans.upsert',
      {
        name: '青岚示范县山洪灾害防御预案',
        kind: 'special',
        domain: 'natural',
        hazard: '山洪',
        ownerUnit: '县水利局',
        level: 'county',
        lastDrilledOn: null,
        notes: '',
      },
      officer,
    );
    const v = await core.invoke(
      'plans.saveVersion',
      {
        planId: plan.id,
        label: '2024年版',
        docNo: '青政办发〔2024〕12号',
        issuer: '县政府办公室',
        issuedOn: null,
        filedOn: null,
        evaluatedOn: null,
        levels: [{ level: 'IV', condition: '山洪预警', measures: '转移危险区群众' }],
        notes: '',
      },
      officer,
    );
    for (const status of ['consultation', 'review', 'approval', 'issued', 'filed', 'in_force'] as const)
      await core.invoke('plans.setStatus', { versionId: v.id, status, on: '2026-05-20' }, officer);
    const drillId = await ranDrill({ planIds: [plan.id] });
    await scoreAll(core, officer, drillId, 'partly');
    await core.invoke('evaluations.submit', { drillId }, officer);
    const first = await core.invoke(
      'rectifications.open',
      finding(drillId, { category: 'plan', planId: plan.id, finding: '转移路线与实际道路不符' }),
      officer,
    );
    expect(first.planVersionId).not.toBeNull();
    const detail = await core.invoke('plans.get', { id: plan.id }, officer);
    const draft = detail.versions.find((x) => x.id === first.planVersionId)!;
    expect(draft).toMatchObject({ status: 'drafting', label: '2026年修订稿' });
    expect(detail.versions.find((x) => x.id === v.id)!.status).toBe('revision');
    const second = await core.invoke(
      'rectifications.open',
      finding(drillId, { category: 'plan', planId: plan.id, finding: '预警发布层级不清' }),
      officer,
    );
    expect(second.planVersionId).toBe(first.planVersionId);
    expect((await core.invoke('plans.get', { id: plan.id }, officer)).versions).toHaveLength(2);
  });

  it('cannot record a finding while the drill is still running', async () => {
    const { officer, chief, drill } = await setup();
    const drillId = await drill();
    await core.invoke('drills.start', { id: drillId }, chief);
    later(5);
    await expect(core.invoke('rectifications.open', finding(drillId), officer)).rejects.toMatchObject({
      key: 'errors.review_drill_not_ended',
    });
  });

  it('sums up the campaign per domain: drills, scores, findings, 整改 and suggestions', async () => {
    const { officer, campaignId, domainIds, ranDrill, drill } = await setup();
    const a = await ranDrill();
    const b = await ranDrill({ title: '城市内涝应急演练' });
    await ranDrill({ title: '传染病疫情处置桌面推演', form: 'tabletop', domainId: domainIds[1]! });
    await drill({ title: '未开展的演练' });
    await scoreAll(core, officer, a, 'met');
    await core.invoke('evaluations.submit', { drillId: a }, officer);
    await scoreAll(core, officer, b, 'partly');
    await core.invoke('evaluations.submit', { drillId: b }, officer);
    await core.invoke('rectifications.open', finding(b, { dueDate: '2026-06-09' }), officer);
    const s = await core.invoke('evaluations.summary', { campaignId });
    expect(s.domains).toHaveLength(2);
    expect(s.domains[0]).toMatchObject({
      code: 'natural_disaster',
      leadLeader: '李副县长',
      drills: 3,
      ended: 2,
      evaluated: 2,
      averagePercent: 80,
      findings: [{ category: 'equipment', count: 1 }],
      rectifications: { total: 1, open: 1, overdue: 1, closed: 0 },
      problems: [{ drillTitle: '城市内涝应急演练', number: 'ZG2026-001' }],
    });
    expect(s.domains[0]!.suggestions).toHaveLength(2);
    expect(s.domains[1]).toMatchObject({
      code: 'public_health',
      drills: 1,
      ended: 1,
      evaluated: 0,
      averagePercent: null,
    });
  });
});

describe('整改 among the reminders', () => {
  it('an item shows a week before its due date, overdue the day after it, and goes when closed', async () => {
    const { officer, chief, ranDrill } = await setup();
    const drillId = await ranDrill();
    await scoreAll(core, officer, drillId, 'partly');
    await core.invoke('evaluations.submit', { drillId }, officer);
    const item = await core.invoke(
      'rectifications.open',
      finding(drillId, { dueDate: '2026-06-30' }),
      officer,
    );
    const due = async () =>
      (await core.invoke('reminders.list', {}, officer)).items
        .filter((r) => r.source === 'rectifications.due')
        .map((r) => [r.ref, r.state, r.dueAt]);
    // 2026-06-10: three weeks ahead, not yet.
    expect(await due()).toEqual([]);
    // Due until the end of 06-30 in Beijing time: 2026-06-30T16:00Z.
    testClock.at = new Date('2026-06-24T02:00:00.000Z');
    expect(await due()).toEqual([[item.id, 'due', '2026-06-30T16:00:00.000Z']]);
    testClock.at = new Date('2026-07-01T01:00:00.000Z');
    expect(await due()).toEqual([[item.id, 'overdue', '2026-06-30T16:00:00.000Z']]);
    await core.invoke(
      'rectifications.close',
      { id: item.id, clientKey: key(), evidence: '已建立每周充电检查台账', verifiedBy: '李局长' },
      chief,
    );
    expect(await due()).toEqual([]);
  });
});
