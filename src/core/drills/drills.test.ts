import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../common/events';
import type { DrillInput } from '../../common/contract/drills';
import type { Actor } from '../actor';
import type { Core } from '../core';
import { signIn, staffedCore } from '../testing';
import { setDrillState } from './service';

let core: Core;
let admin: Actor;
let controller: Actor;
let participant: Actor;
const events: AppEvent[] = [];

const opId = (a: Actor) => (a.kind === 'operator' ? a.operatorId : '');

beforeAll(async () => {
  ({ core, admin } = await staffedCore());
  controller = await signIn(core, 'leader');
  participant = await signIn(core, 'shift_chief');
  core.subscribe((e) => events.push(e));
});
afterAll(() => core.close());

const SCENARIO = '青石镇化工园区液氯储罐阀门泄漏，两名工人中毒';
const SCRIPTED = '园区管委会报告：下风向500米有居民点';

async function campaign() {
  return core.invoke(
    'drills.saveCampaign',
    {
      id: null,
      title: '2026年重点领域作风整顿和应急演练',
      documentNo: '县应急委〔2026〕3号',
      issuedBy: '县突发事件应急委员会',
      deadline: '2099-06-20',
      requirements: ['no_notice', 'no_preset_scenario', 'real_forces', 'full_evaluation'],
      notes: '',
      domains: [
        { id: null, domain: 'public_health', name: '', leadLeader: '王建华', leadUnit: '县卫健局' },
        { id: null, domain: 'production_safety', name: '', leadLeader: '李志强', leadUnit: '县应急管理局' },
      ],
    },
    admin,
  );
}

function drillInput(over: Partial<DrillInput> = {}): DrillInput {
  return {
    id: null,
    campaignId: null,
    domainId: null,
    title: '化工园区危化品泄漏处置演练',
    form: 'live',
    content: 'combined',
    purpose: 'test',
    announce: 'double_blind',
    scheduledAt: '2099-06-10T01:30:00.000Z',
    place: '青石镇化工园区',
    scenario: SCENARIO,
    planIds: [],
    units: ['县消防救援大队'],
    controllerIds: [opId(controller)],
    script: [{ offsetMinutes: 10, text: SCRIPTED }],
    ...over,
  };
}

describe('campaigns', () => {
  it('saves a campaign with its domains and named leads, and counts an empty board', async () => {
    const c = await campaign();
    expect(c.domains.map((d) => [d.domain, d.leadLeader, d.leadUnit])).toEqual([
      ['public_health', '王建华', '县卫健局'],
      ['production_safety', '李志强', '县应急管理局'],
    ]);
    expect(c.totals).toEqual({ planned: 0, done: 0, evaluated: 0, closed: 0 });
    expect(c.daysLeft).toBeGreaterThan(0);
    expect(c.domains.every((d) => !d.overdue)).toBe(true);
  });

  it('refuses a domain listed twice and an other domain without a name, and changes nothing', async () => {
    const before = await core.invoke('drills.campaigns', {});
    const twice = await core.call(
      'drills.saveCampaign',
      {
        ...(await campaignInput()),
        domains: [
          { id: null, domain: 'cyber_security', name: '', leadLeader: '甲', leadUnit: '' },
          { id: null, domain: 'cyber_security', name: '', leadLeader: '乙', leadUnit: '' },
        ],
      },
      admin,
    );
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.error.message).toBe('领域重复填写了：网络安全 ');
    const other = await core.call(
      'drills.saveCampaign',
      {
        ...(await campaignInput()),
        domains: [{ id: null, domain: 'other', name: '', leadLeader: '甲', leadUnit: '' }],
      },
      admin,
    );
    expect(other.ok).toBe(false);
    if (!other.ok) expect(other.error.message).toBe('“其他领域”须填写领域名称');
    expect(await core.invoke('drills.campaigns', {})).toEqual(before);
  });

  async function campaignInput() {
    const c = (await core.invoke('drills.campaigns', {})).campaigns[0]!;
    return {
      id: c.id,
      title: c.title,
      documentNo: c.documentNo,
      issuedBy: c.issuedBy,
      deadline: c.deadline,
      requirements: c.requirements,
      notes: c.notes,
      domains: c.domains.map((d) => ({
        id: d.id,
        domain: d.domain,
        name: d.name,
        leadLeader: d.leadLeader,
        leadUnit: d.leadUnit,
      })),
    };
  }

  it('counts drills per domain and marks undone domains red once the deadline has passed', async () => {
    const c = (await core.invoke('drills.campaigns', {})).campaigns[0]!;
    const health = c.domains.find((d) => d.domain === 'public_health')!;
    const d = await core.invoke(
      'drills.save',
      drillInput({
        campaignId: c.id,
        domainId: health.id,
        announce: 'announced',
        title: '传染病疫情桌面推演',
        form: 'tabletop',
        place: '县卫健局会议室',
        scenario: '学校聚集性发热病例',
        scheduledAt: null,
        script: [],
      }),
      controller,
    );
    await core.invoke('drills.start', { id: d.id }, controller);
    await core.invoke('drills.end', { id: d.id }, controller);
    // A domain with drills registered cannot be dropped.
    const input = await campaignInput();
    const dropped = await core.call(
      'drills.saveCampaign',
      { ...input, domains: input.domains.filter((x) => x.id !== health.id) },
      admin,
    );
    expect(dropped.ok).toBe(false);
    if (!dropped.ok) expect(dropped.error.message).toBe('“公共卫生 ”下已登记演练，不能删除');
    // The deadline moved into the past: production safety has no drill and turns red.
    const past = await core.invoke('drills.saveCampaign', { ...input, deadline: '2020-06-20' }, admin);
    const byDomain = Object.fromEntries(past.domains.map((x) => [x.domain, x]));
    expect(byDomain.public_health!.counts).toEqual({ planned: 1, done: 1, evaluated: 0, closed: 0 });
    expect(byDomain.public_health!.overdue).toBe(false);
    expect(byDomain.production_safety!.overdue).toBe(true);
    expect(past.daysLeft).toBeLessThan(0);
    await core.invoke('drills.saveCampaign', { ...input, deadline: '2099-06-20' }, admin);
  });
});

describe('a sealed (double-blind) drill', () => {
  let drillId = '';

  it('is registered by a controller, who sees all of it', async () => {
    const refused = await core.call(
      'drills.save',
      drillInput({ controllerIds: [opId(controller)] }),
      participant,
    );
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/请把自己列为导调人员/);
    const d = await core.invoke('drills.save', drillInput(), controller);
    drillId = d.id;
    expect(d.number).toMatch(/^YL-\d{4}-\d{3}$/);
    expect(d.sealed).toBe(false);
    expect(d.controller).toBe(true);
    expect(d.detail?.scenario).toBe(SCENARIO);
    expect(d.detail?.controllers.map((c) => c.id)).toEqual([opId(controller)]);
  });

  it('shows a participant that it exists and nothing more: list, get and the audit trail', async () => {
    const seen = (await core.invoke('drills.list', {}, participant)).drills.find((d) => d.id === drillId)!;
    expect(seen).toMatchObject({
      sealed: true,
      controller: false,
      detail: null,
      state: 'planned',
      announce: 'double_blind',
    });
    const got = await core.invoke('drills.get', { id: drillId }, participant);
    expect(got.detail).toBeNull();
    const everything = JSON.stringify([seen, got, await core.invoke('drills.list', {}, admin)]);
    for (const secret of [SCENARIO, SCRIPTED, '青石镇化工园区', '2099-06-10', '化工园区危化品泄漏处置演练'])
      expect(everything).not.toContain(secret);
    // Administrators read the audit trail: the sealed fields never went into it.
    const audit = JSON.stringify(await core.invoke('audit.list', {}, admin));
    expect(audit).toContain('drills.save');
    expect(audit).not.toContain(SCENARIO);
    expect(audit).not.toContain(SCRIPTED);
    expect(audit).not.toContain('青石镇化工园区');
    // Events carry ids only.
    expect(JSON.stringify(events)).not.toContain(SCENARIO);
  });

  it('is changed, started and ended by its controllers only', async () => {
    for (const method of ['drills.start', 'drills.end'] as const) {
      const res = await core.call(method, { id: drillId }, participant);
      expect(res.ok).toBe(false);
      if (!res.ok) expect(res.error.message).toBe('只有本次演练的导调人员可以执行此操作');
    }
    const edit = await core.call(
      'drills.save',
      drillInput({ id: drillId, controllerIds: [opId(participant)] }),
      participant,
    );
    expect(edit.ok).toBe(false);
    const early = await core.call('drills.end', { id: drillId }, controller);
    expect(early.ok).toBe(false);
    if (!early.ok) expect(early.error.message).toBe('演练当前为“计划中”，不能结束');
  });

  it('once started shows the room its title and place, the scenario only after the end', async () => {
    await core.invoke('drills.start', { id: drillId }, controller);
    const running = await core.invoke('drills.get', { id: drillId }, participant);
    expect(running.sealed).toBe(false);
    expect(running.state).toBe('started');
    expect(running.detail?.place).toBe('青石镇化工园区');
    expect(running.detail?.scenario).toBeNull();
    // The script ahead is the controllers'; the room meets an inject once it is sent.
    expect(running.detail?.injects).toEqual([]);
    const ctl = await core.invoke('drills.get', { id: drillId }, controller);
    const scripted = ctl.detail!.injects[0]!;
    expect(scripted).toMatchObject({ text: SCRIPTED, sentAt: null, offsetMinutes: 10 });
    expect(
      (await core.call('drills.inject', { id: drillId, injectId: scripted.id, text: '' }, participant)).ok,
    ).toBe(false);
    await core.invoke('drills.inject', { id: drillId, injectId: scripted.id, text: '' }, controller);
    const again = await core.call(
      'drills.inject',
      { id: drillId, injectId: scripted.id, text: '' },
      controller,
    );
    expect(again.ok).toBe(false);
    if (!again.ok)
      expect(again.error.message).toMatch(/^这条情景注入已于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 发出$/);
    const blank = await core.call('drills.inject', { id: drillId, injectId: null, text: '  ' }, controller);
    expect(blank.ok).toBe(false);
    if (!blank.ok) expect(blank.error.message).toBe('请填写注入的情景内容');
    await core.invoke(
      'drills.inject',
      { id: drillId, injectId: null, text: '现场追加：一名工人被困' },
      controller,
    );
    const seen = await core.invoke('drills.get', { id: drillId }, participant);
    expect(seen.detail?.injects.map((i) => i.text)).toEqual([SCRIPTED, '现场追加：一名工人被困']);
    const edit = await core.call('drills.save', drillInput({ id: drillId }), controller);
    expect(edit.ok).toBe(false);
    if (!edit.ok) expect(edit.error.message).toBe('演练当前为“进行中”，不能修改');
    await core.invoke('drills.end', { id: drillId }, controller);
    const ended = await core.invoke('drills.get', { id: drillId }, participant);
    expect(ended.detail?.scenario).toBe(SCENARIO);
    expect(ended.endedAt).not.toBeNull();
  });

  it('moves through evaluation and 整改 one state at a time (setDrillState)', () => {
    const db = core.db().write;
    const at = new Date().toISOString();
    expect(() => setDrillState(db, admin, drillId, 'closed', at)).toThrow(/drill_state/);
    for (const s of ['evaluating', 'evaluated', 'rectifying', 'closed'] as const)
      expect(setDrillState(db, admin, drillId, s, at).state).toBe(s);
    expect(() => setDrillState(db, admin, drillId, 'started', at)).toThrow(/drill_state/);
  });
});
