import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssessmentResult } from '../../common/contract/assessment';
import type { Actor } from '../actor';
import type { Core } from '../core';
import type { WriteDb } from '../db/handles';
import { appendWarningEvent, insertRecipient, insertWarning } from '../warnings/repo';
import { sampleIntake, signIn, staffedCore } from '../testing';

/**
 * The bar's month (November 2026, Beijing time), built by hand through the app's own
 * methods: every deduction below is known in advance, per subject, and exercise (演练)
 * traffic added afterwards changes nothing.
 */
const bj = (local: string) => new Date(local + '+08:00').toISOString();
const TOWN = '990101101';
const DEPT = '县水利局';

let core: Core;
let chief: Actor;
let leader: Actor;
let now = new Date(bj('2026-11-25T10:00:00'));
let real: AssessmentResult;
let key = 0;
const ck = () => `k_assess_${String(++key).padStart(4, '0')}`;

async function entry(incidentId: string, at: string, kind: 'report' | 'close', data: Record<string, unknown>) {
  await core.invoke(
    'incidents.addEntry',
    { incidentId, clientKey: ck(), occurredAt: at, kind, data } as never,
    chief,
  );
}
const report = (id: string, at: string, stage: 'initial' | 'continued' | 'final', means: 'phone' | 'written') =>
  entry(id, at, 'report', { stage, to: '市应急管理局', means, content: '报告' });

function warning(db: WriteDb, id: string, drillId: string | null, sentAt: string, ackAt: string | null) {
  insertWarning(db, {
    id,
    source: 'weather',
    issuer: '县气象台',
    issuer_ref: '',
    hazard: 'rainstorm',
    level: 'III',
    headline: '暴雨黄色预警',
    body: '',
    towns_json: JSON.stringify([TOWN]),
    polygon_json: null,
    effective_at: null,
    onset_at: null,
    expires_at: null,
    received_at: sentAt,
    received_by_id: null,
    received_by_name: '张伟',
    channel: 'fax',
    drill_id: drillId,
    supersedes_id: null,
    cap_identifier: `cap_${id}`,
    client_key: `k_${id}_key`,
    created_at: sentAt,
  });
  const rid = `${id}_r`;
  insertRecipient(db, {
    id: rid,
    warning_id: id,
    contact_id: null,
    unit: '青石镇人民政府',
    person: '刘明',
    post: '',
    phone: '13800001234',
    town_code: TOWN,
    channel: 'phone',
    needs_call: 1,
    sent_at: sentAt,
    sent_by_id: null,
    sent_by_name: '张伟',
    escalated_from: null,
    created_at: sentAt,
  });
  const ev = (kind: 'call' | 'ack', at: string, data: unknown) =>
    appendWarningEvent(db, {
      id: `${rid}_${kind}`,
      warning_id: id,
      recipient_id: rid,
      kind,
      at,
      author_id: null,
      author_name: '张伟',
      data_json: JSON.stringify(data),
      created_at: at,
    });
  // Call-back answered within 3 minutes: on time.
  ev('call', new Date(Date.parse(sentAt) + 3 * 60_000).toISOString(), { answered: true, answeredBy: '刘明', note: '' });
  if (ackAt) ev('ack', ackAt, { by: '刘明', how: 'phone', note: '', late: false });
}

async function drill(title: string, planIds: string[]) {
  const d = await core.invoke(
    'drills.save',
    {
      id: null,
      campaignId: null,
      domainId: null,
      title,
      form: 'live',
      content: 'single',
      purpose: 'test',
      announce: 'unannounced',
      scheduledAt: null,
      place: '青石镇',
      scenario: '暴雨引发山洪，村民被困',
      planIds,
      units: [],
      controllerIds: [leader.kind === 'operator' ? leader.operatorId : ''],
      script: [],
    },
    leader,
  );
  await core.invoke('drills.start', { id: d.id }, leader);
  return d.id;
}

beforeAll(async () => {
  let admin: Actor;
  ({ core, admin } = await staffedCore({ clock: { now: () => now } }));
  chief = await signIn(core, 'shift_chief');
  leader = await signIn(core, 'leader');

  // 县水利局 owns two 专项 plans; a drill on 25 November exercises one: 50 %, two thirds of 15.
  const plan = (name: string) =>
    core.invoke('plans.upsert', { name, kind: 'special', domain: 'natural', hazard: name, ownerUnit: DEPT, level: 'county', lastDrilledOn: null, notes: '' }, admin);
  const p1 = await plan('山洪灾害防御应急预案');
  await plan('水库安全度汛应急预案');
  const d1 = await drill('山洪灾害应急演练', [p1.id]);
  now = new Date(bj('2026-11-25T11:00:00'));
  await core.invoke('drills.end', { id: d1 }, leader);

  now = new Date(bj('2026-11-30T23:00:00'));
  // A: 一般 (IV) landslide received 10 Nov 09:00. Phone due 10:00, made 10:25 (迟报, 25 min);
  // written due 11:00, made 10:50. 续报 due 17:00 (made 16:30) and 08:00 on the 11th (missed);
  // closed 11th 09:00. Its intake lacks the measures taken (one element).
  const a = await core.invoke(
    'incidents.create',
    { clientKey: ck(), intake: sampleIntake({ receivedAt: bj('2026-11-10T09:00:00'), occurredAt: bj('2026-11-10T08:40:00'), grade: 'IV', measures: '' }) },
    chief,
  );
  const A = a.incident.id;
  await report(A, bj('2026-11-10T10:25:00'), 'initial', 'phone');
  await report(A, bj('2026-11-10T10:50:00'), 'continued', 'written');
  await report(A, bj('2026-11-10T16:30:00'), 'continued', 'written');
  await entry(A, bj('2026-11-11T09:00:00'), 'close', { summary: '处置完毕', noFinalReport: '并入续报', endsClocks: ['followup'] });

  // B: 一般 road accident received 20 Nov 14:00. Phone due 15:00 made 15:10 (1 h over, −3);
  // written due 16:00 made 16:30 (1 h over, −3); closed at 16:40, before the 17:00 slot.
  const b = await core.invoke(
    'incidents.create',
    {
      clientKey: ck(),
      intake: sampleIntake({
        receivedAt: bj('2026-11-20T14:00:00'),
        occurredAt: bj('2026-11-20T13:50:00'),
        title: '国道319线两车相撞',
        category: 'accident',
        subtype: 'road_traffic',
        grade: 'IV',
      }),
    },
    chief,
  );
  const B = b.incident.id;
  await report(B, bj('2026-11-20T15:10:00'), 'initial', 'phone');
  await report(B, bj('2026-11-20T16:30:00'), 'final', 'written');
  await entry(B, bj('2026-11-20T16:40:00'), 'close', { summary: '处置完毕' });

  // 查岗: one answered at 6 min (−5), one at 20 s.
  const spot = (at: string, answerSeconds: number) =>
    core.invoke(
      'logs.add',
      { clientKey: ck(), occurredAt: at, kind: 'spot_check', data: { callerUnit: '市应急管理局', callerName: '王科长', answeredBy: '张伟', answerSeconds, result: '在岗' } },
      chief,
    );
  await spot(bj('2026-11-05T02:10:00'), 360);
  await spot(bj('2026-11-18T15:00:00'), 20);

  // A leader's finding: 青石镇 did not report A itself (漏报, −3 on the town).
  await core.invoke(
    'findings.record',
    { clientKey: ck(), kind: 'missed', subject: { kind: 'town', townCode: TOWN }, occurredAt: bj('2026-11-10T08:40:00'), evidence: '群众直接报县值班室，镇未上报', incidentId: A, entryId: null },
    leader,
  );

  // A real warning to 青石镇 on 15 Nov: receipt after 45 min (−1 on the town).
  const db = core.db().write;
  db.transaction(() => warning(db, 'wrn_real', null, bj('2026-11-15T08:00:00'), bj('2026-11-15T08:45:00')))();

  now = new Date(bj('2026-12-02T09:00:00'));
  real = await core.invoke('assessment.compute', { period: '2026-11' }, chief);
});

afterAll(async () => {
  await core?.close();
});

const subject = (r: AssessmentResult, key: string) => r.subjects.find((s) => s.key === key)!;
const byIndicator = (r: AssessmentResult, key: string) =>
  Object.fromEntries(subject(r, key).indicators.map((i) => [i.indicator, i.deducted]));
const rules = (r: AssessmentResult, key: string) =>
  r.problems
    .filter((p) => p.subjectKey === key)
    .map((p) => `${p.rule}:${p.points}`)
    .sort();

describe('assessment of a hand-built month', () => {
  it('deducts from the duty room exactly what the record shows', () => {
    expect(rules(real, 'room')).toEqual(
      [
        'accident_late_hour:3',
        'accident_late_hour:3',
        'element_missing:1',
        'followup_missing:1',
        'late:1',
        'spot_unanswered:5',
      ].sort(),
    );
    expect(byIndicator(real, 'room')).toEqual({ duty: 5, reporting: 9, checks: 0 });
    // (25 − 5 + 40 − 9 + 10) / 75.
    expect(subject(real, 'room').total).toBe(81.3);
    const late = real.problems.find((p) => p.rule === 'late')!;
    expect(late.params).toMatchObject({ report: 'phone', minutes: 25 });
    expect(real.problems.find((p) => p.rule === 'followup_missing')!.params.time).toBe('2026-11-11 08:00');
    expect(real.problems.find((p) => p.rule === 'element_missing')!.params.element).toBe('measures');
    expect(real.problems.find((p) => p.rule === 'spot_unanswered')!.params.seconds).toBe(360);
  });

  it('charges the town its finding and its late receipt, and the department its drill share', () => {
    expect(rules(real, `town:${TOWN}`)).toEqual(['ack_late:1', 'missed:3']);
    expect(byIndicator(real, `town:${TOWN}`)).toEqual({ duty: 0, reporting: 3, warnings: 1 });
    expect(subject(real, `town:${TOWN}`).total).toBe(94.7);
    const dept = subject(real, `department:${DEPT}`);
    expect(dept.indicators.find((i) => i.indicator === 'drills')).toMatchObject({
      weight: 15,
      score: 10,
      share: { plans: 2, drilled: 1 },
    });
    expect(rules(real, `department:${DEPT}`)).toEqual([]);
    // Every other town owes nothing this month.
    const others = real.subjects.filter((s) => s.kind === 'town' && s.key !== `town:${TOWN}`);
    expect(others.length).toBeGreaterThan(3);
    expect(others.every((s) => s.total === 100)).toBe(true);
    expect(real.overview).toMatchObject({
      incidents: 2,
      reportsLate: 3,
      followupsMissing: 1,
      spotChecks: 2,
      spotUnanswered: 1,
      findings: 1,
      recipients: 1,
      recipientsLate: 1,
      exerciseIncidents: 0,
    });
  });

  it('is unchanged by exercise traffic: a drill incident never reported, a finding on it, a drill warning never answered', async () => {
    now = new Date(bj('2026-11-27T10:00:00'));
    const d2 = await drill('危化品泄漏演练', []);
    const x = await core.invoke(
      'incidents.create',
      { clientKey: ck(), intake: sampleIntake({ receivedAt: bj('2026-11-27T10:00:00'), occurredAt: bj('2026-11-27T09:50:00'), measures: '' }), drillId: d2 },
      chief,
    );
    await core.invoke(
      'findings.record',
      { clientKey: ck(), kind: 'concealed', subject: { kind: 'town', townCode: TOWN }, occurredAt: bj('2026-11-27T10:00:00'), evidence: '演练中瞒报', incidentId: x.incident.id, entryId: null },
      leader,
    );
    const db = core.db().write;
    db.transaction(() => warning(db, 'wrn_drill', d2, bj('2026-11-27T10:05:00'), null))();
    now = new Date(bj('2026-11-27T12:00:00'));
    await core.invoke('drills.end', { id: d2 }, leader);

    now = new Date(bj('2026-12-02T09:00:00'));
    const after = await core.invoke('assessment.compute', { period: '2026-11' }, chief);
    expect(after.overview.exerciseIncidents).toBe(1);
    expect({ ...after, overview: { ...after.overview, exerciseIncidents: 0 } }).toEqual(real);
  });
});
