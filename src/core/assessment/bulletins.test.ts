import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { chainHash, GENESIS } from '../db/hashchain';
import { fingerprint, sampleIntake, signIn, staffedCore, refusal } from '../testing';

let core: Core | undefined;
afterEach(async () => {
  await core?.close();
  core = undefined;
});
const bj = (local: string) => new Date(local + '+08:00').toISOString();

describe('考核通报', () => {
  it('drafts, issues once the period is over (frozen under its hash), refuses edits after, and takes amendments', async () => {
    let now = new Date(bj('2026-11-30T20:00:00'));
    const s = await staffedCore({ clock: { now: () => now } });
    core = s.core;
    const chief = await signIn(core, 'shift_chief');
    const leader = await signIn(core, 'leader');
    const draft = await core.invoke(
      'bulletins.draft',
      { id: null, period: '2026-11', goodPractice: '城关镇叫应及时', requirements: '严格落实 24 小时值班' },
      chief,
    );
    expect(draft).toMatchObject({ status: 'draft', number: null, hash: null });
    expect(draft.result.subjects[0]).toMatchObject({ key: 'room', total: 100 });

    // The month is not over: no issuing yet, and nothing changes.
    const early = await refusal(core.invoke('bulletins.issue', { id: draft.id }, leader));
    expect(early?.message).toBe('考核期间尚未结束（2026-11），期满后才能签发通报');

    now = new Date(bj('2026-12-01T09:00:00'));
    // A shift chief may draft but not sign.
    const before = fingerprint(core);
    const chiefIssue = await refusal(core.invoke('bulletins.issue', { id: draft.id }, chief));
    expect(chiefIssue?.message).toBe('通报须由带班领导或管理员签发');
    expect(fingerprint(core)).toBe(before);

    const issued = await core.invoke('bulletins.issue', { id: draft.id }, leader);
    expect(issued).toMatchObject({ status: 'issued', number: '2026-1', issuedBy: leader.kind === 'operator' ? leader.name : '' });
    const row = core.db().read.prepare('SELECT content_json, hash FROM bulletins WHERE id = ?').get(draft.id) as {
      content_json: string;
      hash: string;
    };
    expect(row.hash).toBe(chainHash(GENESIS, JSON.parse(row.content_json)));

    // Later incidents do not move an issued bulletin: its scores stay as signed.
    await core.invoke(
      'incidents.create',
      { clientKey: 'k_late_incident', intake: sampleIntake({ receivedAt: bj('2026-11-30T22:00:00') }) },
      chief,
    );
    expect((await core.invoke('bulletins.get', { id: draft.id }, chief)).result).toEqual(issued.result);

    const locked = await refusal(
      core.invoke('bulletins.draft', { id: draft.id, period: '2026-11', goodPractice: '', requirements: '' }, chief),
    );
    expect(locked?.message).toBe('该通报已签发，内容已锁定；如需更正请追加更正说明');
    expect(() => core!.db().write.prepare(`UPDATE bulletins SET good_practice = 'x' WHERE id = ?`).run(draft.id)).toThrow(
      /frozen/,
    );

    const amended = await core.invoke('bulletins.amend', { id: draft.id, text: '更正：城关镇叫应情况核实无误' }, leader);
    expect(amended.amendments).toHaveLength(1);
    expect(amended.amendments[0]!.text).toBe('更正：城关镇叫应情况核实无误');
    expect((await core.invoke('bulletins.list', {}, chief)).items[0]).toMatchObject({ amendments: 1, status: 'issued' });

    const file = await core.invoke('bulletins.export', { id: draft.id }, chief);
    expect(file.fileName).toMatch(/^考核通报-2026-11-\d{12}\.xlsx$/);
    expect(Buffer.from(file.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
  });

  it('takes findings only from a leader, linked to a record, and refuses a town that does not exist', async () => {
    const now = new Date(bj('2026-11-30T20:00:00'));
    const s = await staffedCore({ clock: { now: () => now } });
    core = s.core;
    const chief = await signIn(core, 'shift_chief');
    const leader = await signIn(core, 'leader');
    const inc = await core.invoke('incidents.create', { clientKey: 'k_inc_finding', intake: sampleIntake() }, chief);
    const input = {
      clientKey: 'k_finding_001',
      kind: 'false' as const,
      subject: { kind: 'department' as const, unit: ' 县交通运输局 ' },
      occurredAt: bj('2026-11-29T10:00:00'),
      evidence: '上报伤亡人数与核实不符',
      incidentId: inc.incident.id,
      entryId: null,
    };
    const before = fingerprint(core);
    expect((await refusal(core.invoke('findings.record', input, chief)))?.message).toBe('问题认定须由带班领导录入');
    expect(
      (await refusal(core.invoke('findings.record', { ...input, incidentId: null }, leader)))?.message,
    ).toContain('问题认定须关联所依据的事件或值班记录');
    expect(
      (await refusal(
        core.invoke('findings.record', { ...input, subject: { kind: 'town', townCode: '123456' } }, leader),
      ))?.message,
    ).toBe('找不到该乡镇（街道）');
    expect(fingerprint(core)).toBe(before);

    const first = await core.invoke('findings.record', input, leader);
    expect(await core.invoke('findings.record', input, leader)).toEqual({ entryId: first.entryId, replayed: true });
    const list = await core.invoke('findings.list', { period: '2026-11' }, chief);
    expect(list.items).toEqual([
      expect.objectContaining({ kind: 'false', subjectName: '县交通运输局', incidentNumber: inc.incident.number }),
    ]);
    const r = await core.invoke('assessment.compute', { period: '2026-11' }, chief);
    expect(r.problems.filter((p) => p.subjectKey === 'department:县交通运输局').map((p) => p.points)).toEqual([2]);
    // The finding is an entry of the incident's timeline, in the hash chain.
    const tl = await core.invoke('incidents.get', { id: inc.incident.id }, chief);
    expect(tl.entries.some((e) => e.kind === 'finding')).toBe(true);
  });

  it('keeps scheme versions: an administrator edits the numbers, and the version in force at a period start governs it', async () => {
    let now = new Date(bj('2026-11-15T10:00:00'));
    const s = await staffedCore({ clock: { now: () => now } });
    core = s.core;
    const chief = await signIn(core, 'shift_chief');
    const current = await core.invoke('assessment.schemes', {}, chief);
    expect(current).toMatchObject({ version: null, history: [] });
    expect(current.scheme.deductions.spot_unanswered).toBe(5);
    const scheme = { ...current.scheme, deductions: { ...current.scheme.deductions, spot_unanswered: 8 } };
    expect((await refusal(core.invoke('assessment.setScheme', { scheme }, chief)))?.code).toBe('forbidden');
    const saved = await core.invoke('assessment.setScheme', { scheme }, s.admin);
    expect(saved.version).toBe(1);
    await core.invoke(
      'logs.add',
      {
        clientKey: 'k_spot_scheme',
        occurredAt: bj('2026-11-15T09:00:00'),
        kind: 'spot_check',
        data: { callerUnit: '市应急管理局', callerName: '王科长', answeredBy: '张伟', answerSeconds: 400, result: '' },
      },
      chief,
    );
    now = new Date(bj('2026-12-20T10:00:00'));
    await core.invoke(
      'logs.add',
      {
        clientKey: 'k_spot_scheme2',
        occurredAt: bj('2026-12-15T09:00:00'),
        kind: 'spot_check',
        data: { callerUnit: '市应急管理局', callerName: '王科长', answeredBy: '张伟', answerSeconds: 400, result: '' },
      },
      chief,
    );
    // November started under the default (−5); December under version 1 (−8).
    const nov = await core.invoke('assessment.compute', { period: '2026-11' }, chief);
    const dec = await core.invoke('assessment.compute', { period: '2026-12' }, chief);
    expect([nov.schemeVersion, nov.problems.map((p) => p.points)]).toEqual([null, [5]]);
    expect([dec.schemeVersion, dec.problems.map((p) => p.points)]).toEqual([1, [8]]);
    const bad = await refusal(
      core.invoke('assessment.setScheme', { scheme: { ...scheme, drillBands: { full: 30, twoThirds: 40, oneThird: 20 } } }, s.admin),
    );
    expect(bad?.message).toContain('演练覆盖率档次应从高到低');
  });
});
