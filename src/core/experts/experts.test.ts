import { afterEach, describe, expect, it } from 'vitest';
import { methods } from '../../common/contract';
import type { ConsultationInput, ExpertInput } from '../../common/contract/experts';
import type { Actor } from '../actor';
import type { Core } from '../core';
import { fingerprint, sampleIntake, signIn, staffedCore, refusal } from '../testing';

let core: Core;
let chief: Actor;
afterEach(async () => {
  await core?.close();
});
const expert = methods['experts.upsert'].example! as ExpertInput;
const consultation = methods['consultations.record'].example! as ConsultationInput;

async function setup(at = '2026-11-29T12:00:00+08:00') {
  ({ core } = await staffedCore({ clock: { now: () => new Date(at) } }));
  chief = await signIn(core, 'shift_chief');
}

describe('专家库', () => {
  it('keeps one entry per person and unit, needs a phone and a term in order, and reminds a term ending within 60 days', async () => {
    await setup();
    const saved = await core.invoke('experts.upsert', { ...expert, termEnd: '2027-01-10' }, chief);
    expect(saved).toMatchObject({ name: '王志远', field: 'natural', available: true, consultations: 0 });
    const before = fingerprint(core);
    expect(await refusal(core.invoke('experts.upsert', expert, chief))).toMatchObject({
      code: 'conflict',
      message: '“市地质环境监测站”已有专家“王志远”',
    });
    expect(
      await refusal(core.invoke('experts.upsert', { ...expert, name: '李四', mobile: '', officePhone: '' }, chief)),
    ).toMatchObject({ message: '请至少填写一个电话（手机或办公电话）' });
    expect(
      await refusal(core.invoke('experts.upsert', { ...expert, name: '李四', termStart: '2028-01-01' }, chief)),
    ).toMatchObject({ message: '聘期结束日期不能早于开始日期' });
    expect(fingerprint(core)).toBe(before);

    const due = (await core.invoke('reminders.list', {}, chief)).items.filter((r) => r.source === 'experts.termDue');
    expect(due.map((r) => r.params)).toEqual([{ name: '王志远', unit: '市地质环境监测站' }]);
    expect(await core.invoke('experts.list', { field: 'health' }, chief)).toEqual([]);
    expect((await core.invoke('experts.list', { q: '岩土' }, chief)).map((e) => e.name)).toEqual(['王志远']);
  });
});

describe('会商', () => {
  it('records who took part and what each said, the conclusions, and the incident steps that carried them out', async () => {
    await setup();
    const e = await core.invoke('experts.upsert', expert, chief);
    const inc = await core.invoke('incidents.create', { clientKey: 'k_cns_inc_0001', intake: sampleIntake() }, chief);
    const step = await core.invoke(
      'incidents.addEntry',
      {
        incidentId: inc.incident.id,
        clientKey: 'k_cns_step_0001',
        kind: 'instruction',
        data: { leader: '张立军', content: '立即扩大撤离范围' },
      },
      chief,
    );
    const c = await core.invoke(
      'consultations.record',
      {
        ...consultation,
        incidentId: inc.incident.id,
        participants: [
          { expertId: e.id, name: e.name, unit: e.unit, title: e.title, opinion: '后缘裂缝仍在扩展' },
          { expertId: null, name: '刘工', unit: '县水利局', title: '工程师', opinion: '下游河道可行洪' },
        ],
        followEntryIds: [step.entryId],
      },
      chief,
    );
    expect(c.incident).toMatchObject({ id: inc.incident.id, number: inc.incident.number });
    expect(c.participants.map((p) => [p.name, p.opinion])).toEqual([
      ['王志远', '后缘裂缝仍在扩展'],
      ['刘工', '下游河道可行洪'],
    ]);
    expect(c.followEntries).toEqual([
      expect.objectContaining({ id: step.entryId, kind: 'instruction', summary: '立即扩大撤离范围' }),
    ]);
    expect(c.recordedBy).not.toBe('');
    expect((await core.invoke('consultations.list', { incidentId: inc.incident.id }, chief)).map((x) => x.id)).toEqual(
      [c.id],
    );
    expect((await core.invoke('experts.list', {}, chief))[0]!.consultations).toBe(1);

    // A step of another incident (or none linked) is refused, and nothing is stored.
    const other = await core.invoke(
      'incidents.create',
      { clientKey: 'k_cns_inc_0002', intake: sampleIntake({ title: '另一起' }) },
      chief,
    );
    const before = fingerprint(core);
    expect(
      await refusal(
        core.invoke(
          'consultations.record',
          { ...consultation, incidentId: other.incident.id, followEntryIds: [step.entryId] },
          chief,
        ),
      ),
    ).toMatchObject({ code: 'invalid_input', message: '关联的处置记录必须属于所关联的事件' });
    expect(fingerprint(core)).toBe(before);
  });
});
