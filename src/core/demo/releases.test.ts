import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { verifyReleaseChain } from '../releases/repo';
import {
  DEFAULT_TEMPLATE_REF,
  DEFAULT_TEMPLATES,
  defaultTemplateId,
} from '../db/migrations/024-release-templates';
import { demoCoreWithAdmin, tempCore } from '../testing';

let core: Core | undefined;
afterEach(async () => {
  await core?.close();
  core = undefined;
});

describe('demo releases', () => {
  it('hold a 权威信息 returned once, then approved and released within 5 hours, and a returned 防范提示', async () => {
    ({ core } = await demoCoreWithAdmin());
    const { releases } = await core.invoke('releases.list', {});
    expect(releases.map((r) => [r.kind, r.state])).toEqual(
      expect.arrayContaining([
        ['authoritative', 'released'],
        ['advice', 'returned'],
      ]),
    );
    const auth = releases.find((r) => r.kind === 'authoritative')!;
    // The whole chain, each step by its person: the leader reviews, the 宣传部 returns then approves.
    expect(auth.steps.map((s) => [s.step, s.version])).toEqual([
      ['review', 1],
      ['submit', 1],
      ['return', 1],
      ['review', 2],
      ['submit', 2],
      ['approve', 2],
      ['publish', 2],
    ]);
    expect(auth.steps[2]!.comments).toContain('伤亡人数以县政府核实数字为准');
    expect(auth.steps[0]).toMatchObject({ post: 'shift_leader', who: '王建国' });
    expect(auth.steps[5]).toMatchObject({ how: 'document', who: '县委宣传部 新闻科 刘科长' });
    expect(auth.steps[5]!.ref).toMatch(/^县委宣审〔\d{4}〕\d+号$/);
    expect(auth.steps[6]!.channels).toEqual(['website', 'wechat', 'weibo']);
    // Released the approved version's exact text.
    expect(auth.steps[5]!.contentHash).toBe(auth.versions[1]!.contentHash);
    expect(auth.steps[6]!.contentHash).toBe(auth.versions[1]!.contentHash);
    const times = auth.steps.map((s) => Date.parse(s.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);

    // Its 5-hour clock stopped at the release, in time.
    const clocks = (await core.invoke('releases.clocks', { incidentId: auth.incidentId })).clocks;
    const a = clocks.find((c) => c.kind === 'authoritative')!;
    expect(a).toMatchObject({ doneAt: auth.releasedAt, late: false });
    expect(Date.parse(auth.releasedAt!) - Date.parse(a.startAt)).toBeLessThan(5 * 3_600_000);

    const tip = releases.find((r) => r.kind === 'advice')!;
    expect(tip.incidentId).toBe(auth.incidentId);
    expect(tip.steps.at(-1)).toMatchObject({ step: 'return', how: 'phone' });
    expect(tip.steps.at(-1)!.comments).toContain('警戒区范围');
    expect(verifyReleaseChain(core.db().read).ok).toBe(true);
    // Before the demo's "now".
    for (const r of releases)
      for (const s of r.steps) expect(Date.parse(s.at)).toBeLessThanOrEqual(Date.now());
  });

  it('seed 口径 per hazard, approved by the 宣传部, and a draft starts from one', async () => {
    let token: string;
    ({ core, token } = await demoCoreWithAdmin());
    const { templates } = await core.invoke('releases.templates', {});
    const hazards = new Set(templates.map((t) => t.subtype));
    for (const h of [
      'rainstorm',
      'flood',
      'landslide',
      'debris_flow',
      'forest_fire',
      'road_traffic',
      'hazmat',
    ])
      expect(hazards, h).toContain(h);
    for (const t of templates) {
      expect(t.approvedRef).toMatch(/^县委宣传部 \d{4}-04-01 审定$/);
      expect(t.archived).toBe(false);
    }
    expect((await core.invoke('releases.templates', { subtype: 'landslide' })).templates).toHaveLength(1);
    // The demo approves the 口径 every county gets (migration 024): the same rows, no second set.
    expect(templates.map((t) => t.id).sort()).toEqual(
      DEFAULT_TEMPLATES.map((t) => defaultTemplateId(t)).sort(),
    );

    const actor = core.authenticate(token)!;
    const inc = (await core.invoke('incidents.list', { open: true, limit: 1 })).items[0]!;
    const tp = templates.find((t) => t.subtype === 'rainstorm' && t.kind === 'authoritative')!;
    const { release } = await core.invoke(
      'releases.draft',
      {
        clientKey: 'k_demo_template_1',
        incidentId: inc.id,
        kind: tp.kind,
        templateId: tp.id,
        content: {
          title: tp.name,
          facts: tp.facts,
          measures: tp.measures,
          advice: tp.advice,
          channels: ['website'],
        },
      },
      actor,
    );
    expect(release).toMatchObject({ templateId: tp.id, state: 'draft' });
  });

  it('a blank county, set up without the demo, has the default 口径 to start a draft from', async () => {
    core = tempCore();
    await core.invoke('system.setup', {
      mode: 'blank',
      countyName: '山阳县',
      bureauName: '山阳县应急管理局',
      admin: { name: '管理员', pin: '1234' },
    });
    const { templates } = await core.invoke('releases.templates', {});
    expect(templates).toHaveLength(DEFAULT_TEMPLATES.length);
    expect(new Set(templates.map((t) => t.subtype))).toEqual(
      new Set(DEFAULT_TEMPLATES.map((t) => t.subtype)),
    );
    for (const t of templates) expect(t.approvedRef).toBe(DEFAULT_TEMPLATE_REF);
    expect(
      (await core.invoke('releases.templates', { subtype: 'rainstorm' })).templates.map((t) => t.kind),
    ).toEqual(expect.arrayContaining(['authoritative', 'advice']));
  });
});
