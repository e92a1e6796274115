import { afterEach, describe, expect, it } from 'vitest';
import type { IntakeData } from '../../common/contract/incidents';
import { DEFAULT_RULES, type RuleVersion } from '../../common/deadlines';
import type { Actor } from '../actor';
import type { Core } from '../core';
import { signIn, staffedCore } from '../testing';
import {
  followUpTimeliness,
  incidentTimeliness,
  initialReportTimeliness,
  lateBucket,
  minutesLate,
  reportTimeliness,
  summarise,
  type TimelinessFacts,
} from './timeliness';

const TZ = 'Asia/Shanghai';
const sh = (local: string) => new Date(local + '+08:00').toISOString();
const V: RuleVersion[] = [];

function facts(over: Partial<TimelinessFacts> = {}): TimelinessFacts {
  return {
    receivedAt: sh('2026-11-10T10:00:00'),
    category: 'natural',
    grades: [{ grade: 'III', at: sh('2026-11-10T10:00:00') }],
    reports: [],
    status: 'active',
    closedAt: null,
    ...over,
  };
}
const phone = (at: string, stage: 'initial' | 'continued' | 'final' = 'initial') => ({
  stage,
  means: 'phone' as const,
  at: sh(at),
});
const written = (at: string, stage: 'initial' | 'continued' | 'final' = 'initial') => ({
  stage,
  means: 'written' as const,
  at: sh(at),
});

describe('minutes late', () => {
  it('counts a started minute, nothing when on time', () => {
    expect(minutesLate(sh('2026-11-10T10:30:00'), sh('2026-11-10T10:30:00'))).toBe(0);
    expect(minutesLate(sh('2026-11-10T10:30:00'), sh('2026-11-10T10:29:00'))).toBe(0);
    expect(minutesLate(sh('2026-11-10T10:30:00'), sh('2026-11-10T10:30:30'))).toBe(1);
    expect(minutesLate(sh('2026-11-10T10:30:00'), sh('2026-11-10T11:17:00'))).toBe(47);
  });
  it('buckets: ≤15, ≤30, ≤60, ≤120, ≤240, more', () => {
    expect([1, 15, 16, 30, 31, 60, 61, 120, 121, 240, 241, 5000].map(lateBucket)).toEqual([
      15, 15, 30, 30, 60, 60, 120, 120, 240, 240, 'more', 'more',
    ]);
  });
});

describe('初报 timeliness', () => {
  const now = new Date(sh('2026-11-10T18:00:00'));
  it('grade Ⅲ: phone due in 30 min, written in 60; on time and late with the minutes', () => {
    const items = initialReportTimeliness(
      facts({ reports: [phone('2026-11-10T10:25:00'), written('2026-11-10T11:17:00')] }),
      V,
      TZ,
      now,
    );
    expect(items).toEqual([
      {
        kind: 'phone',
        grade: 'III',
        dueAt: sh('2026-11-10T10:30:00'),
        doneAt: sh('2026-11-10T10:25:00'),
        status: 'on_time',
        minutesLate: null,
      },
      {
        kind: 'written',
        grade: 'III',
        dueAt: sh('2026-11-10T11:00:00'),
        doneAt: sh('2026-11-10T11:17:00'),
        status: 'late',
        minutesLate: 17,
      },
    ]);
  });

  it('not reported: missing once past due, pending before; a phone report is no written one', () => {
    const f = facts({ reports: [phone('2026-11-10T10:40:00')] });
    const at1020 = initialReportTimeliness(f, V, TZ, new Date(sh('2026-11-10T10:20:00')));
    // Before the phone report was made (as of 10:20 the report is in the future of the facts;
    // the judgement reads the facts as given): the written one is not yet due.
    expect(at1020.find((i) => i.kind === 'written')!.status).toBe('pending');
    const later = initialReportTimeliness(f, V, TZ, now);
    expect(later.map((i) => [i.kind, i.status, i.minutesLate])).toEqual([
      ['phone', 'late', 10],
      ['written', 'missing', null],
    ]);
  });

  it('an upgrade to Ⅱ restarts both clocks with 15/30 min from the upgrade', () => {
    const items = initialReportTimeliness(
      facts({
        grades: [
          { grade: 'III', at: sh('2026-11-10T10:00:00') },
          { grade: 'II', at: sh('2026-11-10T12:00:00') },
        ],
        reports: [phone('2026-11-10T10:20:00'), written('2026-11-10T10:50:00'), phone('2026-11-10T12:20:00')],
      }),
      V,
      TZ,
      now,
    );
    expect(items.filter((i) => i.grade === 'II').map((i) => [i.kind, i.dueAt, i.status])).toEqual([
      ['phone', sh('2026-11-10T12:15:00'), 'late'],
      ['written', sh('2026-11-10T12:30:00'), 'missing'],
    ]);
  });

  it('the rules in force when the clock started govern it', () => {
    const strict: RuleVersion[] = [
      {
        effectiveFrom: sh('2026-11-01T00:00:00'),
        rules: {
          ...DEFAULT_RULES,
          rules: DEFAULT_RULES.rules.map((r) => (r.grade === 'III' ? { ...r, phoneMinutes: 10 } : r)),
        },
      },
      { effectiveFrom: sh('2026-11-20T00:00:00'), rules: DEFAULT_RULES },
    ];
    const [p] = initialReportTimeliness(facts({ reports: [phone('2026-11-10T10:25:00')] }), strict, TZ, now);
    expect(p).toMatchObject({ dueAt: sh('2026-11-10T10:10:00'), status: 'late', minutesLate: 15 });
  });

  it('a withdrawn incident (误报) never reported owes nothing', () => {
    const items = initialReportTimeliness(
      facts({ status: 'withdrawn', closedAt: sh('2026-11-10T10:20:00') }),
      V,
      TZ,
      now,
    );
    expect(items).toEqual([]);
  });
});

describe('续报 timeliness', () => {
  it('every follow-up time from the first past the first report window, until the final report', () => {
    // First report 10:25 → window to 12:25 → first time owed 17:00 on the 10th.
    const f = facts({
      reports: [
        phone('2026-11-10T10:25:00'),
        written('2026-11-10T16:30:00', 'continued'), // keeps 17:00 (10th)
        written('2026-11-11T09:10:00', 'continued'), // 08:00 (11th) unkept, done 70 min late
        // 17:00 (11th): nothing before the next time → missing
        written('2026-11-12T07:00:00', 'continued'), // keeps 08:00 (12th)
        written('2026-11-12T15:30:00', 'final'), // 终报: nothing owed after it
      ],
      status: 'closed',
      closedAt: sh('2026-11-12T16:00:00'),
    });
    const items = followUpTimeliness(f, V, TZ, new Date(sh('2026-11-20T10:00:00')));
    expect(items.map((i) => [i.dueAt, i.status, i.minutesLate])).toEqual([
      [sh('2026-11-10T17:00:00'), 'on_time', null],
      [sh('2026-11-11T08:00:00'), 'late', 70],
      [sh('2026-11-11T17:00:00'), 'missing', null],
      [sh('2026-11-12T08:00:00'), 'on_time', null],
    ]);
    expect(summarise(items)).toEqual({ due: 4, onTime: 2, late: 1, missing: 1, pending: 0, onTimeRate: 0.5 });
  });

  it('open: the next time still to come is pending, none beyond it; closure ends them', () => {
    const open = facts({ reports: [phone('2026-11-10T10:25:00')] });
    const now = new Date(sh('2026-11-11T12:00:00'));
    expect(followUpTimeliness(open, V, TZ, now).map((i) => [i.dueAt, i.status])).toEqual([
      [sh('2026-11-10T17:00:00'), 'missing'],
      [sh('2026-11-11T08:00:00'), 'missing'],
      [sh('2026-11-11T17:00:00'), 'pending'],
    ]);
    const closed = { ...open, status: 'closed' as const, closedAt: sh('2026-11-11T07:00:00') };
    expect(followUpTimeliness(closed, V, TZ, now)).toHaveLength(1);
    // Never reported: no follow-up is owed (the 初报 items carry that).
    expect(followUpTimeliness(facts(), V, TZ, now)).toEqual([]);
  });

  it('reportTimeliness gives both, in due order', () => {
    const items = reportTimeliness(
      facts({ reports: [phone('2026-11-10T10:25:00'), written('2026-11-10T10:50:00')] }),
      V,
      TZ,
      new Date(sh('2026-11-10T18:00:00')),
    );
    expect(items.map((i) => [i.kind, i.status])).toEqual([
      ['phone', 'on_time'],
      ['written', 'on_time'],
      ['followup', 'missing'],
      ['followup', 'pending'], // 08:00 the next day
    ]);
  });
});

describe('incidentTimeliness over the database', () => {
  let core: Core;
  let now = new Date(sh('2026-11-10T09:00:00'));
  let seq = 0;
  const key = () => `k_timely_${++seq}_xx`;
  afterEach(() => core?.close());

  function intake(receivedAt: string, over: Partial<IntakeData> = {}): IntakeData {
    return {
      channel: 'phone',
      receivedAt,
      caller: { unit: '青石镇人民政府', name: '刘明', post: '应急办主任', phone: '13800001234' },
      title: '及时性测试',
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
      grade: 'III',
      ...over,
    };
  }

  it('reads real incidents of the period and town only; 演练 never counts', async () => {
    ({ core } = await staffedCore({ clock: { now: () => now } }));
    const chief: Actor = await signIn(core, 'shift_chief');
    const leader = await signIn(core, 'leader');
    const towns = await core.invoke('geo.towns', {}, chief);
    const town = towns[0]!.code;
    const create = async (receivedAt: string, over: Partial<IntakeData> = {}, drillId?: string) =>
      (
        await core.invoke(
          'incidents.create',
          { clientKey: key(), intake: intake(receivedAt, over), ...(drillId ? { drillId } : {}) },
          chief,
        )
      ).incident.id;
    const report = (incidentId: string, at: string, means: 'phone' | 'written') =>
      core.invoke(
        'incidents.addEntry',
        {
          incidentId,
          clientKey: key(),
          kind: 'report',
          data: { stage: 'initial', to: '市应急管理局', means, content: '初报' },
          occurredAt: sh(at),
        } as never,
        chief,
      );

    now = new Date(sh('2026-11-10T12:00:00'));
    const a = await create(sh('2026-11-10T10:00:00'), {
      place: { townCode: town, address: '', point: null },
    });
    await report(a, '2026-11-10T10:45:00', 'phone'); // 15 min late
    const b = await create(sh('2026-11-10T10:05:00'));
    await report(b, '2026-11-10T10:20:00', 'phone');
    // Outside the period.
    await create(sh('2026-11-01T10:00:00'));

    const drill = await core.invoke(
      'drills.save',
      {
        id: null,
        campaignId: null,
        domainId: null,
        title: '山洪灾害演练',
        form: 'live',
        content: 'single',
        purpose: 'test',
        announce: 'announced',
        scheduledAt: null,
        place: '县应急管理局',
        scenario: '',
        planIds: [],
        units: [],
        controllerIds: [(leader as Extract<Actor, { kind: 'operator' }>).operatorId],
      },
      leader,
    );
    await core.invoke('drills.start', { id: drill.id }, leader);
    const c = await create(sh('2026-11-10T10:10:00'), {}, drill.id);
    await report(c, '2026-11-10T11:50:00', 'phone'); // very late, but a drill

    const db = core.db().read;
    const period = { from: sh('2026-11-10T00:00:00'), to: sh('2026-11-11T00:00:00') };
    const all = incidentTimeliness(db, period, now);
    expect(all.map((x) => x.id)).toEqual([a, b]);
    expect(all[0]!.items.find((i) => i.kind === 'phone')).toMatchObject({ status: 'late', minutesLate: 15 });
    const phones = all.flatMap((x) => x.items.filter((i) => i.kind === 'phone'));
    expect(summarise(phones)).toMatchObject({ due: 2, onTime: 1, late: 1 });

    const inTown = incidentTimeliness(db, { ...period, townCode: town }, now);
    expect(inTown.map((x) => x.id)).toEqual([a]);
    expect(inTown[0]!.townName).toBe(towns[0]!.name);
  });
});
