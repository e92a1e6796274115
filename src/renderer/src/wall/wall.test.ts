import { describe, expect, it } from 'vitest';
import type { FacilityView } from '../../../common/contract/facilities';
import type { IncidentSummary } from '../../../common/contract/incidents';
import { ALARM_MS, diffArrivals } from './alarms';
import { isStale, type WallLive } from './live';
import { affectedFacilities, upcoming } from './RotatingPanel';
import { wallUnit } from './unit';
import { wallMapData } from './WallMap';

const NOW = Date.parse('2026-11-29T02:00:00.000Z');

function incident(id: string, over: Partial<IncidentSummary> = {}): IncidentSummary {
  return {
    id,
    number: `2026-${id}`,
    title: `事件${id}`,
    category: 'natural',
    subtype: 'landslide',
    grade: 'IV',
    status: 'pending',
    townCode: null,
    townName: null,
    address: '',
    point: null,
    receivedAt: new Date(NOW - 3600_000).toISOString(),
    occurredAt: null,
    casualties: { dead: 0, injured: 0, missing: 0, trapped: 0 },
    losses: '',
    openInstructions: 0,
    nextDue: null,
    lastEntryAt: new Date(NOW).toISOString(),
    closedAt: null,
    drill: null,
    response: null,
    ...over,
  };
}

describe('what is new on the wall', () => {
  it('the first answer only primes, except I/II incidents received in the last minutes', () => {
    const old = incident('a', { grade: 'II' });
    const recent = incident('b', { grade: 'I', receivedAt: new Date(NOW - 60_000).toISOString() });
    const d = diffArrivals(null, [old, recent, incident('c')], NOW);
    expect(d.alarms).toEqual([{ id: 'b', at: NOW - 60_000 }]);
    expect([...d.known.keys()]).toEqual(['a', 'b', 'c']);
  });

  it('a new incident pulses; a new or raised I/II one alarms; a known one does not again', () => {
    const first = diffArrivals(null, [incident('a'), incident('b', { grade: 'II' })], NOW);
    const next = diffArrivals(
      first.known,
      [
        incident('a', { grade: 'I' }),
        incident('b', { grade: 'II' }),
        incident('c', { grade: 'II' }),
        incident('d'),
      ],
      NOW + 1000,
    );
    expect(next.arrived.map(([id]) => id)).toEqual(['c', 'd']);
    expect(next.alarms.map((a) => a.id)).toEqual(['a', 'c']);
    // Closed incidents leave the list and are forgotten: memory follows the open ones only.
    const after = diffArrivals(next.known, [incident('d')], NOW + 2000);
    expect([...after.known.keys()]).toEqual(['d']);
    expect(after.alarms).toEqual([]);
  });

  it('an alarm lasts ALARM_MS', () => {
    expect(ALARM_MS).toBe(600_000);
  });
});

describe('stale data is never shown as current', () => {
  const base: WallLive = { status: 'open', lostAt: null, refreshing: false, everOpen: true, mountedAt: NOW };
  it('open is current; closed or connecting after having been open is stale; so is refetching after a reconnect', () => {
    expect(isStale(base, NOW)).toBe(false);
    expect(isStale({ ...base, status: 'closed' }, NOW)).toBe(true);
    expect(isStale({ ...base, status: 'connecting' }, NOW)).toBe(true);
    expect(isStale({ ...base, refreshing: true }, NOW)).toBe(true);
  });
  it('before the first open, the data fetched at load counts as current for a few seconds only', () => {
    const start = { ...base, status: 'connecting' as const, everOpen: false };
    expect(isStale(start, NOW + 1000)).toBe(false);
    expect(isStale(start, NOW + 6000)).toBe(true);
  });
});

describe('the rotating panel', () => {
  it('lists what falls due in the next 24 hours, soonest first', () => {
    const items = upcoming(
      {
        incidents: [
          incident('a', { nextDue: { kind: 'written', dueAt: new Date(NOW + 30 * 60_000).toISOString() } }),
          incident('b', { nextDue: { kind: 'phone', dueAt: new Date(NOW - 60_000).toISOString() } }),
          incident('c', {
            nextDue: { kind: 'followup', dueAt: new Date(NOW + 30 * 3600_000).toISOString() },
          }),
        ],
        faults: undefined,
        equipmentDue: undefined,
        duty: {
          now: { end: new Date(NOW + 10 * 60_000).toISOString() },
        } as never,
        depots: undefined,
        facilities: undefined,
      },
      NOW,
      (k) => k,
    );
    expect(items.map((i) => [i.key, i.kind])).toEqual([
      ['handover', 'wall.due.handover'],
      ['i-a', 'deadline.written'],
    ]);
  });

  it('finds key facilities within 1 km of open incidents, each once, nearest first', () => {
    const f = (id: string, point: [number, number] | null): FacilityView =>
      ({ id, kind: 'school', name: id, point, archived: false }) as FacilityView;
    const a = affectedFacilities(
      [incident('x', { point: [111.6, 27.57] }), incident('y', { point: [111.605, 27.57] })],
      [f('near', [111.6045, 27.57]), f('far', [111.7, 27.57]), f('nowhere', null)],
    );
    expect(a.map((x) => [x.facility.id, x.incident.id])).toEqual([['near', 'y']]);
    expect(a[0]!.distance).toBeLessThan(100);
  });
});

describe('the wall unit', () => {
  it('is 1 at 1920x1080, 2 at 3840x2160, the smaller ratio otherwise', () => {
    expect(wallUnit(1920, 1080)).toBe(1);
    expect(wallUnit(3840, 2160)).toBe(2);
    expect(wallUnit(1920, 1200)).toBe(1);
    expect(wallUnit(1280, 1024)).toBeCloseTo(2 / 3);
  });
});

describe('the wall map', () => {
  it('draws the open incidents that have a position, and facilities and depots not archived', () => {
    const d = wallMapData(
      [incident('a', { point: [111.6, 27.57], grade: 'II' }), incident('b')],
      [
        { id: 'f1', kind: 'school', name: '小学', point: [111.61, 27.5], archived: false } as FacilityView,
        { id: 'f2', kind: 'school', name: '旧校', point: [111.61, 27.5], archived: true } as FacilityView,
      ],
      [
        {
          id: 'd1',
          name: '县储备库',
          point: [111.5, 27.4],
          archived: false,
          stock: [{ item: '帐篷', unit: '顶', quantity: 1, minimum: 2, short: true }],
          short: 1,
        } as never,
      ],
    );
    expect(d.incidents.map((i) => [i.id, i.grade])).toEqual([['a', 'II']]);
    expect(d.facilities.map((f) => f.id)).toEqual(['f1']);
    expect(d.depots).toMatchObject([{ id: 'd1', items: 1, short: 1 }]);
  });
});
