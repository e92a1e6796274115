import { afterEach, describe, expect, it } from 'vitest';
import type { IntakeData } from '../../common/contract/incidents';
import type { Actor } from '../actor';
import type { Core } from '../core';
import { signIn, staffedCore } from '../testing';
import { periodDays } from './overview';

const sh = (local: string) => new Date(local + '+08:00').toISOString();
let seq = 0;
const key = () => `k_stats_${++seq}_xx`;

function intake(receivedAt: string, over: Partial<IntakeData> = {}): IntakeData {
  return {
    channel: 'phone',
    receivedAt,
    caller: { unit: '青石镇人民政府', name: '刘明', post: '应急办主任', phone: '13800001234' },
    title: '统计测试事件',
    description: '',
    cause: '',
    occurredAt: null,
    place: { townCode: null, address: '', point: null },
    casualties: { dead: 0, injured: 0, missing: 0, trapped: 0 },
    losses: '',
    measures: '',
    trend: '',
    notified: [],
    category: 'natural',
    subtype: 'landslide',
    grade: 'IV',
    ...over,
  };
}

let core: Core;
let chief: Actor;
let now = new Date(sh('2026-11-29T10:00:00'));
afterEach(() => core?.close());

async function setup(at: string) {
  now = new Date(sh(at));
  ({ core } = await staffedCore({ clock: { now: () => now } }));
  chief = await signIn(core, 'shift_chief');
}

async function create(receivedAt: string, over: Partial<IntakeData> = {}): Promise<string> {
  const r = await core.invoke(
    'incidents.create',
    { clientKey: key(), intake: intake(receivedAt, over) },
    chief,
  );
  return r.incident.id;
}

describe('stats.overview', () => {
  it('local days in the county zone: midnight Shanghai is 16:00 UTC the day before', () => {
    const days = periodDays(new Date(sh('2026-11-29T00:30:00')), 7, 'Asia/Shanghai');
    expect(days.map((d) => d.date)).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ]);
    expect(days[6]).toEqual({
      date: '2026-11-29',
      start: '2026-11-28T16:00:00.000Z',
      end: '2026-11-29T16:00:00.000Z',
    });
    // Across a month boundary.
    expect(periodDays(new Date(sh('2026-12-02T12:00:00')), 7, 'Asia/Shanghai')[0]!.date).toBe('2026-11-26');
  });

  it('an empty county: zeros for every category, grade and day, no closure rate', async () => {
    await setup('2026-11-29T10:00:00');
    const s = await core.invoke('stats.overview', { days: 30 });
    expect(s.total).toBe(0);
    expect(s.perDay).toHaveLength(30);
    expect(s.perDay.every((d) => d.count === 0)).toBe(true);
    expect(s.byCategory).toEqual({ natural: 0, accident: 0, health: 0, social: 0 });
    expect(s.byGrade).toEqual({ I: 0, II: 0, III: 0, IV: 0, unrated: 0 });
    expect(s.closureRate).toBeNull();
    expect(s.from).toBe('2026-10-30T16:00:00.000Z');
    expect(s.timeZone).toBe('Asia/Shanghai');
  });

  it('counts by category and grade, intakes per local day, closure rate over real intakes', async () => {
    // These incidents were never reported: closing says why, and ends their clocks knowingly.
    const CLOSE_WITHOUT_REPORTS = {
      noFinalReport: '未达上报标准，无需终报',
      endsClocks: ['phone', 'written', 'followup'] as ('phone' | 'written' | 'followup')[],
    };
    await setup('2026-11-29T10:00:00');
    // Today (local): two, one just after local midnight (still 28 Nov in UTC).
    const a = await create(sh('2026-11-29T00:10:00'), { category: 'accident', subtype: 'fire', grade: 'II' });
    await create(sh('2026-11-29T09:00:00'), { grade: 'III' });
    // Yesterday, one late in the evening; and the day before.
    const c = await create(sh('2026-11-28T23:50:00'), { category: 'health', subtype: 'food_safety' });
    const d = await create(sh('2026-11-27T08:00:00'), { grade: 'unrated' });
    // Eight days ago: in the 30-day figures only.
    await create(sh('2026-11-21T12:00:00'), { category: 'social', subtype: 'mass_incident', grade: 'I' });
    // 31 days ago: outside everything.
    await create(sh('2026-10-29T12:00:00'));

    await core.invoke(
      'incidents.addEntry',
      {
        incidentId: c,
        clientKey: key(),
        kind: 'close',
        data: { summary: '已处置完毕', ...CLOSE_WITHOUT_REPORTS },
      },
      chief,
    );
    await core.invoke(
      'incidents.addEntry',
      { incidentId: d, clientKey: key(), kind: 'withdraw', data: { reason: '误报', falseAlarm: true } },
      chief,
    );
    await core.invoke(
      'incidents.addEntry',
      {
        incidentId: a,
        clientKey: key(),
        kind: 'close',
        data: { summary: '火已扑灭', ...CLOSE_WITHOUT_REPORTS },
      },
      chief,
    );

    const today = await core.invoke('stats.overview', { days: 1 });
    expect(today.total).toBe(2);
    expect(today.perDay).toEqual([{ date: '2026-11-29', count: 2 }]);
    expect(today.byGrade).toMatchObject({ II: 1, III: 1, IV: 0 });
    expect(today.byCategory).toMatchObject({ accident: 1, natural: 1 });
    expect(today).toMatchObject({ closed: 1, withdrawn: 0, open: 1, closureRate: 0.5 });

    const week = await core.invoke('stats.overview', { days: 7 });
    expect(week.total).toBe(4);
    expect(week.perDay.map((x) => x.count)).toEqual([0, 0, 0, 0, 1, 1, 2]);
    expect(week.perDay.at(-3)!.date).toBe('2026-11-27');
    expect(week.byCategory).toEqual({ natural: 2, accident: 1, health: 1, social: 0 });
    expect(week.byGrade).toEqual({ I: 0, II: 1, III: 1, IV: 1, unrated: 1 });
    // The withdrawn (false alarm) one is no real incident: 2 closed of 3.
    expect(week).toMatchObject({ closed: 2, withdrawn: 1, open: 1 });
    expect(week.closureRate).toBeCloseTo(2 / 3);

    const month = await core.invoke('stats.overview', { days: 30 });
    expect(month.total).toBe(5);
    expect(month.byGrade.I).toBe(1);
    expect(month.perDay.reduce((n, x) => n + x.count, 0)).toBe(5);
  });

  it('is a read: a wall token may call it, and it refuses other periods', async () => {
    await setup('2026-11-29T10:00:00');
    const admin = (await core.invoke('operators.list', {})).find((o) => o.role === 'admin')!;
    const adminActor = core.authenticate(
      (await core.invoke('auth.signIn', { operatorId: admin.id, pin: '0000' })).token,
    )!;
    const { token } = await core.invoke('wallTokens.create', { label: '大屏' }, adminActor);
    const wall = core.authenticate(token)!;
    expect((await core.call('stats.overview', { days: 7 }, wall, { via: 'lan' })).ok).toBe(true);
    const bad = await core.call('stats.overview', { days: 14 }, wall);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.code).toBe('invalid_input');
  });
});
