import { afterEach, describe, expect, it } from 'vitest';
import type { PlanInput, VersionInput } from '../../common/contract/plans';
import { ApiError } from '../../common/result';
import type { Actor } from '../actor';
import type { Core } from '../core';
import { fingerprint, signIn, staffedCore } from '../testing';

let core: Core;
let officer: Actor;
let admin: Actor;
afterEach(async () => {
  await core?.close();
});

/** A county whose clock reads the given Beijing time. */
async function setup(at = '2026-09-30T10:00:00+08:00') {
  ({ core, admin } = await staffedCore({ clock: { now: () => new Date(at) } }));
  officer = await signIn(core, 'duty_officer');
}

const flood = (over: Partial<PlanInput> = {}): PlanInput => ({
  name: '青岚示范县防汛抗旱应急预案',
  kind: 'special',
  domain: 'natural',
  hazard: '防汛抗旱',
  ownerUnit: '县应急管理局',
  level: 'county',
  lastDrilledOn: null,
  notes: '',
  ...over,
});

const v2026 = (over: Partial<VersionInput> = {}): VersionInput => ({
  label: '2026年版',
  docNo: '青政办发〔2026〕31号',
  issuer: '青岚示范县人民政府办公室',
  issuedOn: null,
  filedOn: null,
  evaluatedOn: null,
  levels: [
    { level: 'IV', condition: '24小时降雨量超过100毫米', measures: '县防指办公室启动Ⅳ级响应，加强值守' },
    { level: 'III', condition: '主要河流超警戒水位', measures: '县防指副指挥长坐镇指挥' },
  ],
  notes: '',
  ...over,
});

async function rejected(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');

describe('the plans register', () => {
  it('registers a plan, lists and filters it, refuses a second one of the same name', async () => {
    await setup();
    const p = await core.invoke('plans.upsert', flood(), officer);
    expect(p).toMatchObject({
      kind: 'special',
      hazard: '防汛抗旱',
      current: null,
      versionCount: 0,
      drill: null,
    });
    await core.invoke(
      'plans.upsert',
      flood({ name: '青岚示范县总体应急预案', kind: 'overall', domain: 'general', hazard: '' }),
      officer,
    );
    expect((await core.invoke('plans.list', {}, officer)).map((x) => x.kind)).toEqual(['overall', 'special']);
    expect((await core.invoke('plans.list', { domain: 'natural' }, officer)).map((x) => x.id)).toEqual([
      p.id,
    ]);
    expect((await core.invoke('plans.list', { q: '防汛 应急局' }, officer)).length).toBe(0);
    expect((await core.invoke('plans.list', { q: '防汛 应急管理局' }, officer)).length).toBe(1);
    const before = fingerprint(core);
    const e = await rejected(core.invoke('plans.upsert', flood(), officer));
    expect(e.key).toBe('errors.plan_name_taken');
    expect(e.message).toBe('已有名为“青岚示范县防汛抗旱应急预案”的预案');
    expect(fingerprint(core)).toBe(before);
    await core.invoke('plans.archive', { id: p.id, archived: true }, officer);
    expect((await core.invoke('plans.list', {}, officer)).length).toBe(1);
    expect((await core.invoke('plans.list', { includeArchived: true }, officer)).length).toBe(2);
  });

  it('moves a version forward through its life cycle only, each move recorded', async () => {
    await setup();
    const p = await core.invoke('plans.upsert', flood(), officer);
    const v = await core.invoke('plans.saveVersion', { planId: p.id, ...v2026() }, officer);
    expect(v).toMatchObject({ status: 'drafting', filing: null, levels: v2026().levels });
    for (const status of ['consultation', 'review', 'approval'] as const)
      await core.invoke('plans.setStatus', { versionId: v.id, status, on: '2026-09-20' }, officer);
    const before = fingerprint(core);
    const back = await rejected(
      core.invoke('plans.setStatus', { versionId: v.id, status: 'review', on: '2026-09-21' }, officer),
    );
    expect(back.message).toBe('预案版本不能从“审批”改为“专家论证”：状态只能向后推进（废止除外）');
    const filedFirst = await rejected(
      core.invoke('plans.setStatus', { versionId: v.id, status: 'filed', on: '2026-09-21' }, officer),
    );
    expect(filedFirst.key).toBe('errors.plan_status_needs_issue');
    const future = await rejected(
      core.invoke('plans.setStatus', { versionId: v.id, status: 'issued', on: '2026-10-08' }, officer),
    );
    expect(future.message).toBe('日期不能晚于今天（2026-09-30）');
    expect(fingerprint(core)).toBe(before);

    const issued = await core.invoke(
      'plans.setStatus',
      { versionId: v.id, status: 'issued', on: '2026-09-28' },
      officer,
    );
    expect(issued.issuedOn).toBe('2026-09-28');
    const early = await rejected(
      core.invoke('plans.setStatus', { versionId: v.id, status: 'filed', on: '2026-09-27' }, officer),
    );
    expect(early.message).toBe('备案日期不能早于印发日期 2026-09-28');

    const detail = await core.invoke('plans.get', { id: p.id }, officer);
    expect(detail.history.map((h) => `${h.from ?? ''}>${h.to}`)).toEqual([
      '>drafting',
      'drafting>consultation',
      'consultation>review',
      'review>approval',
      'approval>issued',
    ]);
    expect(new Set(detail.history.map((h) => h.by)).size).toBe(1);
    expect(detail.history[0]!.by).not.toBe('');
    expect(detail.plan.current?.id).toBe(v.id);
  });

  it('counts the 备案 clock in working days across the National Day holiday', async () => {
    await setup('2026-09-30T10:00:00+08:00');
    const p = await core.invoke('plans.upsert', flood(), officer);
    const v = await core.invoke('plans.saveVersion', { planId: p.id, ...v2026() }, officer);
    await core.invoke('plans.setStatus', { versionId: v.id, status: 'issued', on: '2026-09-28' }, officer);
    const listed = (await core.invoke('plans.list', {}, officer))[0]!;
    // 20 working days after Monday 28 September, 1–7 October off and Saturday 10 October worked.
    expect(listed.current?.filing).toEqual({ due: '2026-10-30', daysLeft: 18, overdue: false });
    // Evaluation every 3 years from 印发; a 专项 plan drilled within 3 years of it.
    expect(listed.evaluation).toMatchObject({ due: '2029-09-28', overdue: false });
    expect(listed.drill).toMatchObject({ due: '2029-09-28' });

    // A county that moves the holiday in its settings moves the clock.
    const s = await core.invoke('plans.settings', {}, officer);
    await rejected(core.invoke('plans.updateSettings', { ...s, holidays: [] }, officer));
    await core.invoke('plans.updateSettings', { ...s, holidays: [], workdays: [] }, admin);
    expect((await core.invoke('plans.list', {}, officer))[0]!.current?.filing?.due).toBe('2026-10-26');

    await core.invoke('plans.setStatus', { versionId: v.id, status: 'filed', on: '2026-09-30' }, officer);
    expect((await core.invoke('plans.list', {}, officer))[0]!.current).toMatchObject({
      filing: null,
      filedOn: '2026-09-30',
    });
  });

  it('shows the 备案 clock overdue once the 20 working days have passed', async () => {
    await setup('2026-11-03T10:00:00+08:00');
    const p = await core.invoke('plans.upsert', flood(), officer);
    const v = await core.invoke('plans.saveVersion', { planId: p.id, ...v2026() }, officer);
    await core.invoke('plans.setStatus', { versionId: v.id, status: 'issued', on: '2026-09-28' }, officer);
    expect((await core.invoke('plans.get', { id: p.id }, officer)).versions[0]!.filing).toEqual({
      due: '2026-10-30',
      daysLeft: -2,
      overdue: true,
    });
  });

  it('stores the document in parts, checks what it is and gives it back whole', async () => {
    await setup();
    const p = await core.invoke('plans.upsert', flood(), officer);
    const v = await core.invoke('plans.saveVersion', { planId: p.id, ...v2026() }, officer);
    const pdf = Buffer.concat([
      Buffer.from('%PDF-1.4\n'),
      Buffer.alloc(1_500_000, 0x41),
      Buffer.from('\n%%EOF\n'),
    ]);
    const third = 600_000;
    await core.invoke(
      'plans.uploadPart',
      { uploadId: 'upl_a', index: 2, base64: b64(pdf.subarray(2 * third)) },
      officer,
    );
    await core.invoke(
      'plans.uploadPart',
      { uploadId: 'upl_a', index: 1, base64: b64(pdf.subarray(third, 2 * third)) },
      officer,
    );
    const missing = await rejected(
      core.invoke(
        'plans.attachFile',
        { versionId: v.id, uploadId: 'upl_a', parts: 3, fileName: '预案.pdf' },
        officer,
      ),
    );
    expect(missing.message).toBe('文件未上传完整（缺第 1 部分），请重新上传');
    await core.invoke(
      'plans.uploadPart',
      { uploadId: 'upl_a', index: 0, base64: b64(pdf.subarray(0, third)) },
      officer,
    );
    const withFile = await core.invoke(
      'plans.attachFile',
      { versionId: v.id, uploadId: 'upl_a', parts: 3, fileName: '防汛抗旱应急预案.pdf' },
      officer,
    );
    expect(withFile.file).toMatchObject({
      fileName: '防汛抗旱应急预案.pdf',
      mime: 'application/pdf',
      size: pdf.length,
    });
    const back = await core.invoke('plans.file', { versionId: v.id }, officer);
    expect(Buffer.from(back.base64, 'base64').equals(pdf)).toBe(true);
    expect(core.db().read.prepare('SELECT count(*) AS n FROM plan_upload_parts').get()).toEqual({ n: 0 });

    // A page of HTML named .pdf is refused and changes nothing.
    await core.invoke(
      'plans.uploadPart',
      { uploadId: 'upl_b', index: 0, base64: b64('<html><script>') },
      officer,
    );
    const before = fingerprint(core);
    const html = await rejected(
      core.invoke(
        'plans.attachFile',
        { versionId: v.id, uploadId: 'upl_b', parts: 1, fileName: '预案.pdf' },
        officer,
      ),
    );
    expect(html.message).toBe('只能上传 PDF 或 DOCX 文件（.pdf、.docx）');
    expect(fingerprint(core)).toBe(before);
  });

  it('refuses a document over the size limit while it arrives', async () => {
    await setup();
    const part = b64(Buffer.alloc(750_000, 0x41));
    for (let i = 0; i < 27; i++)
      await core.invoke('plans.uploadPart', { uploadId: 'upl_big', index: i, base64: part }, officer);
    const e = await rejected(
      core.invoke('plans.uploadPart', { uploadId: 'upl_big', index: 27, base64: part }, officer),
    );
    expect(e.message).toBe('文件太大：最大 20 MB，该文件 20.0 MB');
  });
});

describe('a plan revision', () => {
  it('moves the version in force to 修订 and opens one draft from it, however often asked', async () => {
    await setup();
    const p = await core.invoke('plans.upsert', flood(), officer);
    const v = await core.invoke(
      'plans.saveVersion',
      { planId: p.id, ...v2026({ issuedOn: '2026-09-28' }) },
      officer,
    );
    await core.invoke('plans.setStatus', { versionId: v.id, status: 'in_force', on: '2026-09-29' }, officer);
    const draft = await core.invoke(
      'plans.revise',
      { planId: p.id, reason: '演练评估：预警发布流程需修订' },
      officer,
    );
    expect(draft).toMatchObject({
      status: 'drafting',
      label: '2026年修订稿',
      levels: v2026().levels,
      docNo: '',
    });
    expect(draft.notes).toBe('演练评估：预警发布流程需修订');
    const again = await core.invoke('plans.revise', { planId: p.id, reason: '另一项发现' }, officer);
    expect(again.id).toBe(draft.id);
    const detail = await core.invoke('plans.get', { id: p.id }, officer);
    expect(detail.versions.map((x) => x.status)).toEqual(['drafting', 'revision']);
    // The revised version stays the one in force until the draft is issued.
    expect(detail.plan.current?.id).toBe(v.id);
  });
});

describe('plan clocks among the reminders', () => {
  it('a version issued and not filed is reminded before its 备案 deadline, and goes once filed; an evaluation past due is overdue', async () => {
    await setup('2026-10-25T10:00:00+08:00');
    const p = await core.invoke('plans.upsert', flood(), officer);
    const v = await core.invoke(
      'plans.saveVersion',
      { planId: p.id, ...v2026({ evaluatedOn: '2023-10-01' }) },
      officer,
    );
    for (const status of ['consultation', 'review', 'approval'] as const)
      await core.invoke('plans.setStatus', { versionId: v.id, status, on: '2026-09-20' }, officer);
    await core.invoke('plans.setStatus', { versionId: v.id, status: 'issued', on: '2026-09-28' }, officer);
    const plans = async () =>
      (await core.invoke('reminders.list', {}, officer)).items
        .filter((r) => r.source.startsWith('plans.'))
        .map((r) => [r.source, r.state, r.dueAt, r.params.plan]);
    // 备案 by 10-30 (20 working days across the National Day holiday), end of that day in Beijing.
    expect(await plans()).toEqual([
      ['plans.evaluationDue', 'overdue', '2026-10-01T16:00:00.000Z', '青岚示范县防汛抗旱应急预案'],
      ['plans.filingDue', 'due', '2026-10-30T16:00:00.000Z', '青岚示范县防汛抗旱应急预案'],
    ]);
    await core.invoke('plans.setStatus', { versionId: v.id, status: 'filed', on: '2026-10-24' }, officer);
    expect((await plans()).map((r) => r[0])).toEqual(['plans.evaluationDue']);
  });
});
