import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STAT_METRICS, type StatFigure, type StatsQuery } from '../../common/contract/statistics';
import { KEY_FIGURE_BARS, KEY_FIGURES } from '../../common/domain/statistics';
import type { Actor } from '../actor';
import type { Core } from '../core';
import type { WriteDb } from '../db/handles';
import { appendWarningEvent, insertRecipient, insertWarning } from '../warnings/repo';
import { sampleIntake, signIn, staffedCore } from '../testing';

/**
 * 统计 over a hand-built November 2026 (Beijing time): every bar is known in advance, the
 * records behind each bar are exactly as many as it counts, the town filter narrows what
 * has a town, and exercise (演练) traffic changes no figure.
 */
const bj = (local: string) => new Date(local + '+08:00').toISOString();
const TOWN = '990101101';

let core: Core;
let chief: Actor;
let leader: Actor;
let admin: Actor;
let now = new Date(bj('2026-11-25T10:00:00'));
let real: StatsQuery;
let other = '';
let A = '';
let B = '';
let key = 0;
const ck = () => `k_stats_${String(++key).padStart(4, '0')}`;

async function entry(
  incidentId: string,
  at: string,
  kind: 'report' | 'close',
  data: Record<string, unknown>,
) {
  await core.invoke(
    'incidents.addEntry',
    { incidentId, clientKey: ck(), occurredAt: at, kind, data } as never,
    chief,
  );
}
const report = (
  id: string,
  at: string,
  stage: 'initial' | 'continued' | 'final',
  means: 'phone' | 'written',
) => entry(id, at, 'report', { stage, to: '市应急管理局', means, content: '报告' });

/** A warning sent to one recipient in TOWN: call-back answered after `callMin`, receipt at `ackAt`. */
function warning(
  db: WriteDb,
  id: string,
  drillId: string | null,
  sentAt: string,
  callMin: number,
  ackAt: string | null,
) {
  insertWarning(db, {
    id,
    source: 'weather',
    issuer: '县气象台',
    issuer_ref: '',
    hazard: 'rainstorm',
    level: 'III',
    headline: `暴雨黄色预警 ${id}`,
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
  ev('call', new Date(Date.parse(sentAt) + callMin * 60_000).toISOString(), {
    answered: true,
    answeredBy: '刘明',
    note: '',
  });
  if (ackAt) ev('ack', ackAt, { by: '刘明', how: 'phone', note: '', late: false });
}

async function drill(
  title: string,
  announce: 'announced' | 'unannounced',
  campaignId: string | null,
  domainId: string | null,
) {
  return core.invoke(
    'drills.save',
    {
      id: null,
      campaignId,
      domainId,
      title,
      form: 'live',
      content: 'single',
      purpose: 'test',
      announce,
      scheduledAt: null,
      place: '青石镇',
      scenario: '暴雨引发山洪',
      planIds: [],
      units: [],
      controllerIds: [leader.kind === 'operator' ? leader.operatorId : ''],
      script: [],
    },
    leader,
  );
}

const figure = (q: StatsQuery, metric: StatFigure['metric']) =>
  Object.fromEntries(q.figures.find((f) => f.metric === metric)!.bars.map((b) => [b.key, b.n]));
const nonZero = (q: StatsQuery, metric: StatFigure['metric']) =>
  Object.fromEntries(Object.entries(figure(q, metric)).filter(([, n]) => n > 0));

let campaignDomains: { flood: string; safety: string } = { flood: '', safety: '' };

beforeAll(async () => {
  ({ core, admin } = await staffedCore({ clock: { now: () => now } }));
  chief = await signIn(core, 'shift_chief');
  leader = await signIn(core, 'leader');
  const towns = await core.invoke('geo.towns', {}, chief);
  other = towns.find((t) => t.code !== TOWN)!.code;

  // A campaign with two domains: one drill done in the first, one planned (sealed) in the second.
  const c = await core.invoke(
    'drills.saveCampaign',
    {
      id: null,
      title: '2026年度应急演练工作',
      documentNo: '',
      issuedBy: '县应急委',
      deadline: '2026-12-31',
      requirements: [],
      notes: '',
      domains: [
        { id: null, domain: 'natural_disaster', name: '', leadLeader: '李副县长', leadUnit: '县水利局' },
        { id: null, domain: 'production_safety', name: '', leadLeader: '王副县长', leadUnit: '县应急管理局' },
      ],
    } as never,
    admin,
  );
  const campaign = (await core.invoke('drills.campaigns', {}, chief)).campaigns.find((x) => x.id === c.id)!;
  campaignDomains = { flood: campaign.domains[0]!.id, safety: campaign.domains[1]!.id };
  const d1 = await drill('山洪灾害应急演练', 'announced', c.id, campaignDomains.flood);
  await core.invoke('drills.start', { id: d1.id }, leader);
  now = new Date(bj('2026-11-25T11:00:00'));
  await core.invoke('drills.end', { id: d1.id }, leader);
  await drill('危化品泄漏突击演练', 'unannounced', c.id, campaignDomains.safety);

  now = new Date(bj('2026-11-30T23:00:00'));
  // A: landslide in TOWN received 10 Nov 09:00. Phone due 10:00, made 10:25 (25 min late);
  // written made 10:50 (on time). 续报 17:00 kept (16:30), 08:00 on the 11th missed; closed
  // 11th 09:00 (24 h).
  A = (
    await core.invoke(
      'incidents.create',
      {
        clientKey: ck(),
        intake: sampleIntake({
          receivedAt: bj('2026-11-10T09:00:00'),
          occurredAt: bj('2026-11-10T08:40:00'),
          grade: 'IV',
        }),
      },
      chief,
    )
  ).incident.id;
  await report(A, bj('2026-11-10T10:25:00'), 'initial', 'phone');
  await report(A, bj('2026-11-10T10:50:00'), 'continued', 'written');
  await report(A, bj('2026-11-10T16:30:00'), 'continued', 'written');
  await entry(A, bj('2026-11-11T09:00:00'), 'close', {
    summary: '处置完毕',
    noFinalReport: '并入续报',
    endsClocks: ['followup'],
  });

  // B: road accident in another town received 20 Nov 14:00. Phone 10 min late, written 30 min
  // late; closed 16:40.
  B = (
    await core.invoke(
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
          place: { townCode: other, address: '国道319线', point: null },
        }),
      },
      chief,
    )
  ).incident.id;
  await report(B, bj('2026-11-20T15:10:00'), 'initial', 'phone');
  await report(B, bj('2026-11-20T16:30:00'), 'final', 'written');
  await entry(B, bj('2026-11-20T16:40:00'), 'close', { summary: '处置完毕' });

  // 查岗: one answered at 6 min (over the 5-minute limit), one at 20 s.
  const spot = (at: string, answerSeconds: number) =>
    core.invoke(
      'logs.add',
      {
        clientKey: ck(),
        occurredAt: at,
        kind: 'spot_check',
        data: {
          callerUnit: '市应急管理局',
          callerName: '王科长',
          answeredBy: '张伟',
          answerSeconds,
          result: '在岗',
        },
      },
      chief,
    );
  await spot(bj('2026-11-05T02:10:00'), 360);
  await spot(bj('2026-11-18T15:00:00'), 20);

  // A real warning to TOWN on 15 Nov: call-back after 3 min, receipt after 45 min (late).
  const db = core.db().write;
  db.transaction(() =>
    warning(db, 'wrn_real', null, bj('2026-11-15T08:00:00'), 3, bj('2026-11-15T08:45:00')),
  )();

  now = new Date(bj('2026-12-02T09:00:00'));
  real = await core.invoke('stats.query', { period: '2026-11', townCode: null }, chief);
});

afterAll(async () => {
  await core?.close();
});

describe('stats.query over a hand-built month', () => {
  it('counts the incidents by day, category, type, grade and town', () => {
    expect(real.step).toBe('day');
    expect(figure(real, 'incidents.period')).toHaveProperty('2026-11-30', 0);
    expect(Object.keys(figure(real, 'incidents.period'))).toHaveLength(30);
    expect(nonZero(real, 'incidents.period')).toEqual({ '2026-11-10': 1, '2026-11-20': 1 });
    expect(figure(real, 'incidents.category')).toEqual({ natural: 1, accident: 1, health: 0, social: 0 });
    expect(figure(real, 'incidents.type')).toEqual({ landslide: 1, road_traffic: 1 });
    expect(nonZero(real, 'incidents.grade')).toEqual({ IV: 2 });
    expect(nonZero(real, 'incidents.town')).toEqual({ [TOWN]: 1, [other]: 1 });
    expect(
      real.figures.find((f) => f.metric === 'incidents.town')!.bars.find((b) => b.key === TOWN)!.label,
    ).toBe('青石镇');
    expect(real.totals.incidents).toBe(2);
  });

  it('judges report timeliness under the deadline rules, as 考核 does', () => {
    expect(nonZero(real, 'reports.phone')).toEqual({ late: 2 });
    expect(nonZero(real, 'reports.written')).toEqual({ on_time: 1, late: 1 });
    // 25 and 30 minutes fall in the ≤ 30 bucket, 10 in the ≤ 15 one.
    expect(nonZero(real, 'reports.lateMinutes')).toEqual({ '15': 1, '30': 2 });
    expect(nonZero(real, 'reports.followup')).toEqual({ on_time: 1, missing: 1 });
    expect(real.totals.initialOnTime).toBe(1 / 4);
    expect(real.totals.followupKept).toBe(1 / 2);
    // A took 24 h, B 2 h 40: both within a day; the median is 13.3 h.
    expect(nonZero(real, 'incidents.closure')).toEqual({ h24: 2 });
    expect(real.totals.closureHours).toBe(13.3);
  });

  it('counts 查岗, 叫应 and 回执 against the scheme’s limits', () => {
    expect(figure(real, 'spotChecks.answer')).toEqual({ in_limit: 1, over: 1 });
    expect(nonZero(real, 'spotChecks.seconds')).toEqual({ s30: 1, more: 1 });
    expect(real.totals.spotAnswered).toBe(0.5);
    expect(real.totals.spotSeconds).toBe(190);
    expect(nonZero(real, 'warnings.call')).toEqual({ on_time: 1 });
    expect(nonZero(real, 'warnings.ack')).toEqual({ late: 1 });
    expect(real.totals).toMatchObject({ callMinutes: 3, ackMinutes: 45 });
    expect(real.limits).toEqual({ spotCheckSeconds: 300, callMinutes: 5, ackMinutes: 30 });
  });

  it('counts drills done per campaign domain against those registered', () => {
    const bars = real.figures.find((f) => f.metric === 'drills.domain')!.bars;
    expect(bars.map((b) => [b.key, b.n, b.of])).toEqual([
      [campaignDomains.flood, 1, 1],
      [campaignDomains.safety, 0, 1],
    ]);
    expect(real.campaign?.title).toBe('2026年度应急演练工作');
  });

  it('opens, for every bar of every figure, exactly the records it counts', async () => {
    expect(real.figures.map((f) => f.metric)).toEqual([...STAT_METRICS]);
    for (const fig of real.figures)
      for (const bar of fig.bars) {
        const r = await core.invoke(
          'stats.records',
          { period: '2026-11', townCode: null, metric: fig.metric, key: bar.key },
          chief,
        );
        expect(r.items.length, `${fig.metric} ${bar.key}`).toBe(bar.n);
        expect(r.total).toBe(bar.n);
      }
    const late = await core.invoke(
      'stats.records',
      { period: '2026-11', townCode: null, metric: 'reports.phone', key: 'late' },
      chief,
    );
    expect(late.items.map((i) => [i.kind, i.id, i.detail.minutesLate])).toEqual([
      ['incident', A, 25],
      ['incident', B, 10],
    ]);
    const spots = await core.invoke(
      'stats.records',
      { period: '2026-11', townCode: null, metric: 'spotChecks.answer', key: 'over' },
      chief,
    );
    expect(spots.items).toMatchObject([
      { kind: 'entry', title: '市应急管理局 王科长', detail: { seconds: 360 } },
    ]);
    const none = await core.invoke(
      'stats.records',
      { period: '2026-11', townCode: null, metric: 'incidents.category', key: 'nonsense' },
      chief,
    );
    expect(none).toMatchObject({ total: 0, items: [] });
  });

  it('shows a sealed drill by its number and state only to those who do not run it', async () => {
    const asChief = await core.invoke(
      'stats.records',
      { period: '2026-11', townCode: null, metric: 'drills.domain', key: campaignDomains.safety },
      chief,
    );
    // Not done: the bar counts 0, its list is empty; the planned drill is in the bar's `of`.
    expect(asChief.items).toEqual([]);
    const asChiefDone = await core.invoke(
      'stats.records',
      { period: '2026-11', townCode: null, metric: 'drills.domain', key: campaignDomains.flood },
      chief,
    );
    expect(asChiefDone.items).toMatchObject([{ kind: 'drill', title: '山洪灾害应急演练' }]);
    expect(
      JSON.stringify(await core.invoke('stats.query', { period: '2026-11', townCode: null }, chief)),
    ).not.toContain('危化品泄漏突击演练');
  });

  it('narrows to a town what has one; the room’s own work stays county-wide', async () => {
    const q = await core.invoke('stats.query', { period: '2026-11', townCode: TOWN }, chief);
    expect(figure(q, 'incidents.category')).toMatchObject({ natural: 1, accident: 0 });
    expect(Object.keys(figure(q, 'incidents.town'))).toEqual([TOWN]);
    expect(nonZero(q, 'reports.phone')).toEqual({ late: 1 });
    expect(nonZero(q, 'warnings.ack')).toEqual({ late: 1 });
    const elsewhere = await core.invoke('stats.query', { period: '2026-11', townCode: other }, chief);
    expect(nonZero(elsewhere, 'warnings.ack')).toEqual({});
    expect(nonZero(elsewhere, 'incidents.category')).toEqual({ accident: 1 });
    // 查岗 is the room's: the same whatever the town.
    expect(figure(elsewhere, 'spotChecks.answer')).toEqual(figure(real, 'spotChecks.answer'));
    expect(elsewhere.figures.find((f) => f.metric === 'spotChecks.answer')!.scope).toBe('county');
  });

  it('reads a quarter and a year month by month', async () => {
    const q = await core.invoke('stats.query', { period: '2026-Q4', townCode: null }, chief);
    expect(q.step).toBe('month');
    expect(figure(q, 'incidents.period')).toEqual({ '2026-10': 0, '2026-11': 2, '2026-12': 0 });
    const y = await core.invoke('stats.query', { period: '2026', townCode: null }, chief);
    expect(Object.keys(figure(y, 'incidents.period'))).toHaveLength(12);
  });

  it('gives this month’s key figures for the wall', async () => {
    const saved = now;
    now = new Date(bj('2026-11-30T20:00:00'));
    try {
      const k = await core.invoke('stats.keyFigures', {}, chief);
      expect(k).toMatchObject({
        month: '2026-11',
        initialOnTime: { n: 1, of: 4, rate: 0.25 },
        spotAnswered: { n: 1, of: 2, rate: 0.5 },
        drills: { done: 1, planned: 2, campaign: '2026年度应急演练工作' },
      });
      // A tile of the desk opens these bars on 统计: their records are exactly what it counts,
      // the good ones (按时, 按时应答, 已检查, done) its numerator.
      const q = await core.invoke('stats.query', { period: k.month, townCode: null }, chief);
      const GOOD = ['on_time', 'in_limit', 'done'];
      expect(Object.keys(KEY_FIGURE_BARS)).toEqual([...KEY_FIGURES]);
      for (const key of KEY_FIGURES) {
        let all = 0;
        let good = 0;
        for (const { metric, keys } of KEY_FIGURE_BARS[key])
          for (const bar of keys ?? q.figures.find((f) => f.metric === metric)!.bars.map((b) => b.key)) {
            const r = await core.invoke(
              'stats.records',
              { period: k.month, townCode: null, metric, key: bar },
              chief,
            );
            all += r.total;
            if (keys === null || GOOD.includes(bar)) good += r.total;
          }
        if (key === 'drills') expect([key, all]).toEqual([key, k.drills.done]);
        else expect([key, all, good]).toEqual([key, k[key].of, k[key].n]);
      }
    } finally {
      now = saved;
    }
  });

  it('is unchanged by exercise traffic: a drill incident never reported, a drill warning never answered', async () => {
    now = new Date(bj('2026-11-27T10:00:00'));
    const d2 = await drill('危化品泄漏演练', 'announced', null, null);
    await core.invoke('drills.start', { id: d2.id }, leader);
    await core.invoke(
      'incidents.create',
      {
        clientKey: ck(),
        intake: sampleIntake({
          receivedAt: bj('2026-11-27T10:00:00'),
          occurredAt: bj('2026-11-27T09:50:00'),
        }),
        drillId: d2.id,
      },
      chief,
    );
    const db = core.db().write;
    db.transaction(() => warning(db, 'wrn_drill', d2.id, bj('2026-11-27T10:05:00'), 50, null))();
    now = new Date(bj('2026-11-27T12:00:00'));
    await core.invoke('drills.end', { id: d2.id }, leader);

    now = new Date(bj('2026-12-02T09:00:00'));
    const after = await core.invoke('stats.query', { period: '2026-11', townCode: null }, chief);
    expect(after.totals.exercise).toBe(1);
    expect({ ...after, totals: { ...after.totals, exercise: 0 } }).toEqual(real);
  });
});
