import { describe, expect, it } from 'vitest';
import type { ReleaseClockView } from '../../../common/contract/releases';
import { wallReleaseClocks } from './ReleaseClocksPanel';

const T0 = Date.parse('2026-07-10T02:00:00.000Z');
const iso = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

function clock(incidentId: string, over: Partial<ReleaseClockView> = {}): ReleaseClockView {
  return {
    incidentId,
    incidentNumber: `2026-${incidentId}`,
    incidentTitle: `事件${incidentId}`,
    drill: false,
    kind: 'authoritative',
    grade: 'II',
    startAt: iso(0),
    dueAt: iso(300),
    doneAt: null,
    late: false,
    ...over,
  };
}

describe('the wall release clocks', () => {
  it('shows only real Ⅰ/Ⅱ incidents, one row each with its clocks, soonest due first', () => {
    const rows = wallReleaseClocks([
      clock('a', { kind: 'press', dueAt: iso(1440) }),
      clock('a'),
      clock('b', { grade: 'III', dueAt: iso(720) }),
      clock('c', { drill: true }),
      clock('d', { grade: 'I', startAt: iso(60), dueAt: iso(360) }),
    ]);
    expect(rows.map((r) => r.incidentId)).toEqual(['d', 'a']);
    expect(rows[1]!.clocks.map((c) => c.kind)).toEqual(['authoritative', 'press']);
  });

  it('keeps an incident while a clock runs or was missed; drops it once every clock stopped in time', () => {
    const rows = wallReleaseClocks([
      // Released in time, the press conference still runs: stays, the stopped clock shown stopped.
      clock('a', { doneAt: iso(200) }),
      clock('a', { kind: 'press', dueAt: iso(1440) }),
      // Both done in time: leaves the wall.
      clock('b', { doneAt: iso(100) }),
      clock('b', { kind: 'press', dueAt: iso(1440), doneAt: iso(1000) }),
      // Released late: stays, red.
      clock('c', { doneAt: iso(400), late: true }),
      clock('c', { kind: 'press', dueAt: iso(1440), doneAt: iso(1000) }),
    ]);
    expect(rows.map((r) => r.incidentId)).toEqual(['a', 'c']);
    expect(rows[0]!.clocks.find((c) => c.kind === 'authoritative')!.doneAt).toBe(iso(200));
  });

  it('orders Ⅰ before Ⅱ, then by the next running clock', () => {
    const rows = wallReleaseClocks([
      clock('late', { dueAt: iso(-30) }),
      clock('soon', { dueAt: iso(20) }),
      clock('grave', { grade: 'I', dueAt: iso(290) }),
    ]);
    expect(rows.map((r) => r.incidentId)).toEqual(['grave', 'late', 'soon']);
  });
});
