import { afterEach, describe, expect, it } from 'vitest';
import type { ReleaseContent, ReleaseView } from '../../common/contract/releases';
import { releaseClocks } from '../../common/domain/releases';
import type { Actor } from '../actor';
import type { Core } from '../core';
import { fingerprint, sampleIntake, signIn, staffedCore, refusal } from '../testing';
import { contentHashOf, verifyReleaseChain } from './repo';

let core: Core | undefined;
afterEach(async () => {
  await core?.close();
  core = undefined;
});

let n = 0;
const key = () => `k_rel_${++n}_abcdef`;
const MIN = 60_000;
const HOUR = 60 * MIN;

const content = (over: Partial<ReleaseContent> = {}): ReleaseContent => ({
  title: '关于青石镇石坝村山体滑坡的情况通报',
  facts: '11月29日9时40分，青石镇石坝村三组后山发生山体滑坡，2人被困。',
  measures: '县应急管理局已会同县自然资源局赶赴现场，组织救援。',
  advice: '请附近群众远离滑坡区域，不信谣、不传谣。',
  channels: ['website', 'wechat'],
  ...over,
});

/** A 重大 landslide logged at 10:00 Beijing; the clock stands at 10:30. */
async function county(grade: 'II' | 'III' = 'II') {
  const intakeAt = new Date('2026-11-29T02:00:00.000Z');
  let now = new Date(intakeAt.getTime() + 30 * MIN);
  const s = await staffedCore({ clock: { now: () => now } });
  core = s.core;
  const officer = await signIn(s.core, 'duty_officer');
  const leader = await signIn(s.core, 'leader');
  const inc = await s.core.invoke(
    'incidents.create',
    { clientKey: key(), intake: sampleIntake({ grade, receivedAt: intakeAt.toISOString() }) },
    officer,
  );
  const incidentId = inc.incident.id;
  const c = s.core;
  const draft = async (kind: 'authoritative' | 'press' = 'authoritative') =>
    (
      await c.invoke(
        'releases.draft',
        { clientKey: key(), incidentId, kind, templateId: null, content: content() },
        officer,
      )
    ).release;
  const latest = (r: ReleaseView) => r.versions.at(-1)!;
  /** Draft → internal review → 宣传部 → approved. */
  const approved = async (r?: ReleaseView) => {
    let rel = r ?? (await draft());
    const v = latest(rel);
    rel = (
      await c.invoke(
        'releases.review',
        { id: rel.id, versionId: v.id, post: 'shift_leader', comments: '同意' },
        leader,
      )
    ).release;
    rel = (await c.invoke('releases.submit', { id: rel.id, versionId: v.id }, officer)).release;
    rel = (
      await c.invoke(
        'releases.approve',
        {
          id: rel.id,
          versionId: v.id,
          contentHash: v.contentHash,
          approver: '县委宣传部 王部长',
          how: 'phone',
          ref: '',
          comments: '同意发布',
        },
        officer,
      )
    ).release;
    return rel;
  };
  return {
    core: c,
    admin: s.admin,
    officer,
    leader,
    incidentId,
    intakeAt,
    draft,
    approved,
    latest,
    tick: (ms: number) => (now = new Date(now.getTime() + ms)),
  };
}

describe('信息发布 through the API', () => {
  it('goes draft → internal review → 宣传部 → approved → released, each step with who and when', async () => {
    const t = await county();
    const rel = await t.approved();
    expect(rel.state).toBe('approved');
    const v = t.latest(rel);
    expect(v.contentHash).toBe(contentHashOf(content()));
    t.tick(10 * MIN);
    const out = (
      await t.core.invoke(
        'releases.publish',
        { id: rel.id, versionId: v.id, contentHash: v.contentHash, channels: ['website', 'weibo'] },
        t.officer,
      )
    ).release;
    expect(out.state).toBe('released');
    expect(out.releasedVersion).toBe(1);
    expect(out.steps.map((s) => [s.step, s.who])).toEqual([
      ['review', t.leader.kind === 'operator' ? t.leader.name : ''],
      ['submit', t.officer.kind === 'operator' ? t.officer.name : ''],
      ['approve', '县委宣传部 王部长'],
      ['publish', t.officer.kind === 'operator' ? t.officer.name : ''],
    ]);
    expect(out.steps.find((s) => s.step === 'approve')!.contentHash).toBe(v.contentHash);
    expect(out.steps.find((s) => s.step === 'publish')!.channels).toEqual(['website', 'weibo']);
    expect(verifyReleaseChain(t.core.db().read).ok).toBe(true);
  });

  it('refuses to publish an unapproved version, with a clear Chinese error, and changes nothing', async () => {
    const t = await county();
    const rel = await t.draft();
    const v = t.latest(rel);
    for (const step of [
      null,
      async () =>
        t.core.invoke(
          'releases.review',
          { id: rel.id, versionId: v.id, post: 'bureau_leader', comments: '' },
          t.leader,
        ),
      async () => t.core.invoke('releases.submit', { id: rel.id, versionId: v.id }, t.officer),
    ]) {
      if (step) await step();
      const before = fingerprint(t.core);
      const e = await refusal(
        t.core.invoke(
          'releases.publish',
          { id: rel.id, versionId: v.id, contentHash: v.contentHash, channels: ['website'] },
          t.officer,
        ),
      );
      expect(e.code).toBe('conflict');
      expect(e.key).toBe('errors.release_not_approved');
      expect(e.message).toMatch(/^第1版未经宣传部审批（当前为“(草稿|已内部审核|已报宣传部)”），不能发布$/);
      expect(fingerprint(t.core)).toBe(before);
    }
  });

  it('takes a typed time in the very minute of the step before as the minute of that step; a minute earlier is refused', async () => {
    const t = await county();
    const rel = await t.draft();
    const v = t.latest(rel);
    t.tick(35_000); // the review is stamped 10:30:35
    const reviewed = (
      await t.core.invoke(
        'releases.review',
        { id: rel.id, versionId: v.id, post: 'shift_leader', comments: '' },
        t.leader,
      )
    ).release;
    const reviewAt = reviewed.steps.at(-1)!.at;
    expect(reviewAt).toBe('2026-11-29T02:30:35.000Z');
    t.tick(MIN);

    // 报送 typed as 10:29: before the review's minute, refused in words, nothing written.
    const before = fingerprint(t.core);
    const e = await refusal(
      t.core.invoke(
        'releases.submit',
        { id: rel.id, versionId: v.id, at: '2026-11-29T02:29:00.000Z' },
        t.officer,
      ),
    );
    expect(e.code).toBe('invalid_input');
    expect(e.key).toBe('errors.release_time_order');
    expect(e.message).toMatch(/^时间不能早于上一步/);
    expect(fingerprint(t.core)).toBe(before);

    // Typed as 10:30, the minute the review shows: taken, at the review's second.
    const submitted = (
      await t.core.invoke(
        'releases.submit',
        { id: rel.id, versionId: v.id, at: '2026-11-29T02:30:00.000Z' },
        t.officer,
      )
    ).release;
    expect(submitted.state).toBe('submitted');
    expect(submitted.steps.at(-1)!.at).toBe(reviewAt);
    expect(verifyReleaseChain(t.core.db().read).ok).toBe(true);
  });

  it('refuses to publish a version edited after approval, either version, and changes nothing', async () => {
    const t = await county();
    const rel = await t.approved();
    const v1 = t.latest(rel);
    const edited = (
      await t.core.invoke(
        'releases.revise',
        { id: rel.id, fromVersion: 1, content: content({ facts: '滑坡约5000方，3人被困。' }) },
        t.officer,
      )
    ).release;
    const v2 = t.latest(edited);
    expect(v2.n).toBe(2);
    expect(v2.contentHash).not.toBe(v1.contentHash);
    expect(edited.state).toBe('draft');
    const before = fingerprint(t.core);

    // The approved version 1 no longer stands: it was edited.
    const e1 = await refusal(
      t.core.invoke(
        'releases.publish',
        { id: rel.id, versionId: v1.id, contentHash: v1.contentHash, channels: ['website'] },
        t.officer,
      ),
    );
    expect(e1.code).toBe('conflict');
    expect(e1.message).toBe(
      '第1版在审批后已被修改为第2版，不能发布：只有经宣传部审批的那一版才能发布，请将第2版送审',
    );
    // Version 2 was never approved, whatever hash the caller sends.
    for (const hash of [v2.contentHash, v1.contentHash]) {
      const e2 = await refusal(
        t.core.invoke(
          'releases.publish',
          { id: rel.id, versionId: v2.id, contentHash: hash, channels: ['website'] },
          t.officer,
        ),
      );
      expect(e2.key).toBe('errors.release_not_approved');
      expect(e2.message).toContain('第2版未经宣传部审批');
    }
    expect(fingerprint(t.core)).toBe(before);
    expect((await t.core.invoke('releases.get', { id: rel.id })).release.releasedAt).toBeNull();
  });

  it('refuses a release whose text differs from what was approved (content hash), and changes nothing', async () => {
    const t = await county();
    const rel = await t.approved();
    const v = t.latest(rel);
    const before = fingerprint(t.core);
    const e = await refusal(
      t.core.invoke(
        'releases.publish',
        {
          id: rel.id,
          versionId: v.id,
          contentHash: contentHashOf(content({ title: '另一标题' })),
          channels: ['website'],
        },
        t.officer,
      ),
    );
    expect(e.key).toBe('errors.release_hash_mismatch');
    expect(e.message).toBe('要发布的内容与宣传部审批的第1版不一致（内容校验码不符），不能发布');
    expect(fingerprint(t.core)).toBe(before);
  });

  it('records a return with its comments; the revision goes through again and is released', async () => {
    const t = await county();
    let rel = await t.draft();
    const v1 = t.latest(rel);
    await t.core.invoke(
      'releases.review',
      { id: rel.id, versionId: v1.id, post: 'bureau_leader', comments: '' },
      t.leader,
    );
    await t.core.invoke('releases.submit', { id: rel.id, versionId: v1.id }, t.officer);
    rel = (
      await t.core.invoke(
        'releases.return',
        {
          id: rel.id,
          versionId: v1.id,
          approver: '县委宣传部 李科长',
          how: 'phone',
          comments: '删去推测伤亡的内容',
        },
        t.officer,
      )
    ).release;
    expect(rel.state).toBe('returned');
    expect(rel.steps.at(-1)).toMatchObject({
      step: 'return',
      who: '县委宣传部 李科长',
      comments: '删去推测伤亡的内容',
    });
    // A returned version cannot be approved later: it must be revised.
    const again = await refusal(
      t.core.invoke(
        'releases.approve',
        {
          id: rel.id,
          versionId: v1.id,
          contentHash: v1.contentHash,
          approver: '王',
          how: 'phone',
          ref: '',
          comments: '',
        },
        t.officer,
      ),
    );
    expect(again.code).toBe('conflict');
    rel = (
      await t.core.invoke(
        'releases.revise',
        { id: rel.id, fromVersion: 1, content: content({ facts: '已核实。' }) },
        t.officer,
      )
    ).release;
    rel = await t.approved(rel);
    const v2 = t.latest(rel);
    rel = (
      await t.core.invoke(
        'releases.publish',
        { id: rel.id, versionId: v2.id, contentHash: v2.contentHash, channels: ['website'] },
        t.officer,
      )
    ).release;
    expect(rel.state).toBe('released');
    expect(rel.versions.map((v) => v.state)).toEqual(['returned', 'released']);
  });

  it('keeps the internal review for leaders, and a stale revision out', async () => {
    const t = await county();
    const rel = await t.draft();
    const v = t.latest(rel);
    const e = await refusal(
      t.core.invoke(
        'releases.review',
        { id: rel.id, versionId: v.id, post: 'shift_leader', comments: '' },
        t.officer,
      ),
    );
    expect(e.code).toBe('forbidden');
    expect(e.message).toBe('内部审核须由带班领导或局领导本人登录后进行');
    // Submitting to the 宣传部 before the internal review is out of order.
    const early = await refusal(t.core.invoke('releases.submit', { id: rel.id, versionId: v.id }, t.officer));
    expect(early.message).toBe('第1版当前为“草稿”，不能报送宣传部');
    await t.core.invoke(
      'releases.revise',
      { id: rel.id, fromVersion: 1, content: content({ title: '更新标题' }) },
      t.officer,
    );
    const stale = await refusal(
      t.core.invoke('releases.revise', { id: rel.id, fromVersion: 1, content: content() }, t.officer),
    );
    expect(stale.message).toBe('第1版已不是最新（最新为第2版），请在最新版本上修改');
  });

  it('corrects a released text as a new version that must be approved again; withdraws with a reason', async () => {
    const t = await county();
    let rel = await t.approved();
    const v1 = t.latest(rel);
    await t.core.invoke(
      'releases.publish',
      { id: rel.id, versionId: v1.id, contentHash: v1.contentHash, channels: ['website'] },
      t.officer,
    );
    const revise = await refusal(
      t.core.invoke('releases.revise', { id: rel.id, fromVersion: 1, content: content() }, t.officer),
    );
    expect(revise.key).toBe('errors.release_released');
    rel = (
      await t.core.invoke(
        'releases.correct',
        { id: rel.id, reason: '更正被困人数', content: content({ facts: '3人被困。' }) },
        t.officer,
      )
    ).release;
    expect(rel.state).toBe('draft');
    expect(t.latest(rel).correction).toBe('更正被困人数');
    // The first release still stands as released; the clock stopped there.
    expect(rel.releasedVersion).toBe(1);
    const v2 = t.latest(rel);
    const e = await refusal(
      t.core.invoke(
        'releases.publish',
        { id: rel.id, versionId: v2.id, contentHash: v2.contentHash, channels: ['website'] },
        t.officer,
      ),
    );
    expect(e.key).toBe('errors.release_not_approved');
    rel = (await t.core.invoke('releases.withdraw', { id: rel.id, reason: '由县政府统一发布' }, t.officer))
      .release;
    expect(rel.state).toBe('withdrawn');
    expect(
      (await refusal(t.core.invoke('releases.withdraw', { id: rel.id, reason: '再次' }, t.officer))).key,
    ).toBe('errors.release_withdrawn');
  });
});

describe('release clocks', () => {
  it('runs 权威信息 5 h and 发布会 24 h from intake for a 重大 incident; the 5-hour one stops at release', async () => {
    const t = await county('II');
    const clocks = async () => (await t.core.invoke('releases.clocks', { incidentId: t.incidentId })).clocks;
    const at = (ms: number) => new Date(t.intakeAt.getTime() + ms).toISOString();
    expect(await clocks()).toEqual([
      expect.objectContaining({
        kind: 'authoritative',
        grade: 'II',
        startAt: at(0),
        dueAt: at(5 * HOUR),
        doneAt: null,
        late: false,
      }),
      expect.objectContaining({ kind: 'press', dueAt: at(24 * HOUR), doneAt: null }),
    ]);
    const rel = await t.approved();
    t.tick(2 * HOUR);
    const v = t.latest(rel);
    await t.core.invoke(
      'releases.publish',
      { id: rel.id, versionId: v.id, contentHash: v.contentHash, channels: ['website'] },
      t.officer,
    );
    t.tick(10 * HOUR);
    const [auth, press] = await clocks();
    expect(auth).toMatchObject({ doneAt: at(2.5 * HOUR), late: false });
    expect(press).toMatchObject({ doneAt: null, late: false });
    // The desk's list: open incidents only, real traffic only.
    expect((await t.core.invoke('releases.clocks', {})).clocks).toHaveLength(2);
  });

  it('follows the county rule table for 较大 incidents, versioned', async () => {
    const t = await county('III');
    const first = (await t.core.invoke('releases.clocks', { incidentId: t.incidentId })).clocks;
    expect(first).toEqual([expect.objectContaining({ kind: 'authoritative', grade: 'III' })]);
    expect(Date.parse(first[0]!.dueAt) - t.intakeAt.getTime()).toBe(12 * HOUR);
    // A rule saved now governs clocks started from now on, not the running one.
    await t.core.invoke(
      'releases.saveRules',
      { rules: [{ grade: 'III', authoritativeMinutes: 120, pressMinutes: null }] },
      t.admin,
    );
    const after = (await t.core.invoke('releases.clocks', { incidentId: t.incidentId })).clocks;
    expect(after[0]!.dueAt).toBe(first[0]!.dueAt);
    expect((await t.core.invoke('releases.rules', {})).rules).toEqual([
      { grade: 'III', authoritativeMinutes: 120, pressMinutes: null },
    ]);
  });

  it('restarts from an upgrade when that is due sooner, and a downgrade loosens nothing', () => {
    const base = '2026-11-29T00:00:00.000Z';
    const plus = (h: number) => new Date(Date.parse(base) + h * HOUR).toISOString();
    const clocks = releaseClocks(
      {
        receivedAt: base,
        grades: [
          { grade: 'IV', at: base },
          { grade: 'II', at: plus(2) },
          { grade: 'III', at: plus(3) },
        ],
        published: [],
      },
      [],
      new Date(plus(8)),
    );
    expect(clocks.find((c) => c.kind === 'authoritative')).toMatchObject({
      grade: 'II',
      startAt: plus(2),
      dueAt: plus(7),
      late: true,
    });
  });
});

describe('drill traffic (演练)', () => {
  it('marks a release under a drill incident and leaves it and its clocks out of the desk', async () => {
    const t = await county();
    const controllerId = (t.leader as Extract<Actor, { kind: 'operator' }>).operatorId;
    const drill = await t.core.invoke(
      'drills.save',
      {
        id: null,
        campaignId: null,
        domainId: null,
        title: '山体滑坡应急演练',
        form: 'live',
        content: 'single',
        purpose: 'test',
        announce: 'announced',
        scheduledAt: null,
        place: '县应急管理局',
        scenario: '',
        planIds: [],
        units: [],
        controllerIds: [controllerId],
      },
      t.leader,
    );
    await t.core.invoke('drills.start', { id: drill.id }, t.leader);
    const exercise = await t.core.invoke(
      'incidents.create',
      {
        clientKey: key(),
        intake: sampleIntake({ grade: 'I', receivedAt: t.intakeAt.toISOString() }),
        drillId: drill.id,
      },
      t.officer,
    );
    const rel = (
      await t.core.invoke(
        'releases.draft',
        {
          clientKey: key(),
          incidentId: exercise.incident.id,
          kind: 'authoritative',
          templateId: null,
          content: content(),
        },
        t.officer,
      )
    ).release;
    expect(rel.drillId).toBe(drill.id);
    const desk = (await t.core.invoke('releases.clocks', {})).clocks;
    expect(desk.map((c) => c.incidentId)).toEqual([t.incidentId, t.incidentId]);
    const all = (await t.core.invoke('releases.clocks', { includeDrills: true })).clocks;
    expect(all.filter((c) => c.drill).map((c) => c.incidentId)).toEqual([
      exercise.incident.id,
      exercise.incident.id,
    ]);
    expect((await t.core.invoke('releases.list', {})).releases).toEqual([]);
    expect((await t.core.invoke('releases.list', { includeDrills: true })).releases).toHaveLength(1);
    expect(
      (await t.core.invoke('releases.list', { incidentId: exercise.incident.id })).releases,
    ).toHaveLength(1);
  });
});
