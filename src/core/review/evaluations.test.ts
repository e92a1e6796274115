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

describe('evaluation', () => {
  it('starts from the default 实战 template, scores as it saves, and moves the drill to 评估中', async () => {
    const { officer, ranDrill } = await setup();
    const drillId = await ranDrill();
    const empty = await core.invoke('evaluations.get', { drillId });
    expect(empty.id).toBeNull();
    expect(empty.drill).toMatchObject({ form: 'live', state: 'ended', domainCode: 'natural_disaster' });
    expect(new Set(empty.items.map((i) => i.phase)).size).toBe(9);
    expect(empty.score).toMatchObject({ percent: null, complete: false });

    const [first, second] = empty.items;
    const saved = await core.invoke(
      'evaluations.save',
      {
        drillId,
        evaluators: [{ name: '王建国', unit: '县应急管理局', role: 'lead' }],
        scores: [
          { key: first!.key, grade: 'met', points: null, note: '' },
          { key: second!.key, grade: 'partly', points: null, note: '上报晚 5 分钟' },
        ],
        onsiteComment: '',
        selfAssessment: '',
        sections: { execution: '', plan: '', command: '', handling: '', equipment: '', suggestions: '' },
      },
      officer,
    );
    expect(saved.id).toBeTruthy();
    expect(saved.status).toBe('draft');
    // 10 + 6 of 20 points.
    expect(saved.score).toMatchObject({
      earned: 16,
      possible: 20,
      percent: 80,
      met: 1,
      partly: 1,
      complete: false,
    });
    expect(saved.drill.state).toBe('evaluating');
    expect(saved.scores[1]!.note).toBe('上报晚 5 分钟');
  });

  it('refuses a submission until every item is scored and a lead is named; then locks it', async () => {
    const { officer, ranDrill } = await setup();
    const drillId = await ranDrill();
    await expect(core.invoke('evaluations.submit', { drillId }, officer)).rejects.toMatchObject({
      key: 'errors.evaluation_missing',
    });
    const v = await core.invoke('evaluations.get', { drillId });
    await core.invoke(
      'evaluations.save',
      {
        drillId,
        evaluators: [],
        scores: [{ key: v.items[0]!.key, grade: 'met', points: null, note: '' }],
        onsiteComment: '',
        selfAssessment: '',
        sections: { execution: '', plan: '', command: '', handling: '', equipment: '', suggestions: '' },
      },
      officer,
    );
    await expect(core.invoke('evaluations.submit', { drillId }, officer)).rejects.toMatchObject({
      key: 'errors.evaluation_incomplete',
      params: { count: v.items.length - 1 },
    });
    await scoreAll(core, officer, drillId, 'met', {
      evaluators: [{ name: '李娜', unit: '', role: 'member' }],
    });
    await expect(core.invoke('evaluations.submit', { drillId }, officer)).rejects.toMatchObject({
      key: 'errors.evaluation_no_lead',
    });
    await scoreAll(core, officer, drillId, 'met');
    const done = await core.invoke('evaluations.submit', { drillId }, officer);
    expect(done).toMatchObject({ status: 'submitted', score: { percent: 100, complete: true } });
    expect(done.drill.state).toBe('evaluated');

    const before = fingerprint(core);
    await expect(scoreAll(core, officer, drillId, 'not_met')).rejects.toMatchObject({
      code: 'conflict',
      key: 'errors.evaluation_submitted',
    });
    expect(fingerprint(core)).toBe(before);
  });

  it('holds scores to the template: known items, once, on their scale, within their points', async () => {
    const { admin, officer, ranDrill } = await setup();
    const t = (await core.invoke('evaluationTemplates.list', {})).find((x) => x.form === 'live')!;
    await core.invoke(
      'evaluationTemplates.update',
      {
        form: 'live',
        items: [
          ...t.items.slice(0, 3),
          { key: 'x_points', phase: 'recovery', label: '总结', criterion: '', scale: 'points', points: 20 },
        ],
        partlyShare: 0.5,
      },
      admin,
    );
    const drillId = await ranDrill();
    const bad = async (
      scores: { key: string; grade: 'met' | null; points: number | null; note: string }[],
      key: string,
    ) => {
      await expect(
        core.invoke(
          'evaluations.save',
          {
            drillId,
            evaluators: [],
            scores,
            onsiteComment: '',
            selfAssessment: '',
            sections: { execution: '', plan: '', command: '', handling: '', equipment: '', suggestions: '' },
          },
          officer,
        ),
      ).rejects.toMatchObject({ code: 'invalid_input', key });
    };
    const before = fingerprint(core);
    await bad([{ key: 'nope', grade: 'met', points: null, note: '' }], 'errors.evaluation_unknown_item');
    await bad([{ key: 'x_points', grade: 'met', points: null, note: '' }], 'errors.evaluation_bad_score');
    await bad([{ key: 'x_points', grade: null, points: 21, note: '' }], 'errors.evaluation_points_over');
    await bad(
      [
        { key: t.items[0]!.key, grade: 'met', points: null, note: '' },
        { key: t.items[0]!.key, grade: 'met', points: null, note: '' },
      ],
      'errors.evaluation_duplicate_item',
    );
    expect(fingerprint(core)).toBe(before);
    // Version 2 of the template, with its own share for 基本达标.
    const v = await core.invoke('evaluations.get', { drillId });
    expect(v).toMatchObject({ templateVersion: 2, partlyShare: 0.5 });
    expect(v.items).toHaveLength(4);
  });

  it('keeps the items an evaluation began with when the template changes afterwards', async () => {
    const { admin, officer, ranDrill } = await setup();
    const drillId = await ranDrill();
    await scoreAll(core, officer, drillId, 'partly');
    const t = (await core.invoke('evaluationTemplates.list', {})).find((x) => x.form === 'live')!;
    const edited = await core.invoke(
      'evaluationTemplates.update',
      { form: 'live', items: t.items.slice(0, 2), partlyShare: 0.5 },
      admin,
    );
    expect(edited.version).toBe(2);
    const v = await core.invoke('evaluations.get', { drillId });
    expect(v.templateVersion).toBe(1);
    expect(v.items).toHaveLength(t.items.length);
    expect(v.score.percent).toBe(60);
  });

  it('records observations with their times, not before the start, and never changes them', async () => {
    const { officer, drill, chief } = await setup();
    const drillId = await drill();
    await core.invoke('drills.start', { id: drillId }, chief);
    const startedAt = testClock.at.toISOString();
    later(4);
    await expect(
      core.invoke(
        'evaluations.observe',
        {
          clientKey: key(),
          drillId,
          phase: null,
          text: '早到',
          observedAt: new Date(Date.parse(startedAt) - 60_000).toISOString(),
        },
        officer,
      ),
    ).rejects.toMatchObject({ key: 'errors.observation_before_start' });
    const k = key();
    const o = await core.invoke(
      'evaluations.observe',
      { clientKey: k, drillId, phase: 'warning', text: '值班员 3 分钟内完成电话核实' },
      officer,
    );
    expect(o).toMatchObject({ observedAt: testClock.at.toISOString(), phase: 'warning' });
    // A replay (the network dropped the answer) records nothing twice.
    await core.invoke(
      'evaluations.observe',
      { clientKey: k, drillId, phase: 'warning', text: '值班员 3 分钟内完成电话核实' },
      officer,
    );
    expect((await core.invoke('evaluations.get', { drillId })).observations).toHaveLength(1);
    expect(() => core.db().write.prepare(`UPDATE evaluation_observations SET text = 'x'`).run()).toThrow(
      /append-only/,
    );
  });

  it('shows nothing of a drill that has not started: a sealed drill stays sealed here too', async () => {
    const { officer, drill } = await setup();
    const sealed = await drill({ announce: 'double_blind', title: '不预先通知的危化品泄漏演练' });
    await expect(core.invoke('evaluations.get', { drillId: sealed }, officer)).rejects.toMatchObject({
      key: 'errors.review_drill_not_started',
    });
    const list = await core.invoke('evaluations.list', {}, officer);
    expect(JSON.stringify(list)).not.toContain('危化品');
    await expect(
      core.invoke(
        'evaluations.observe',
        { clientKey: key(), drillId: sealed, phase: null, text: '看看' },
        officer,
      ),
    ).rejects.toMatchObject({ code: 'conflict' });
  });
});
