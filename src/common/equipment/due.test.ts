import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES, itemPasses, valueFits, type CheckItem } from '../domain/equipment';
import { dueState, dutyWindow, periodContaining, periodsEnding, type DueFacts } from './due';

const z = { timeZone: 'Asia/Shanghai', shiftChangeTime: '08:30' };
/** A local time in the county (UTC+8). */
const sh = (local: string) => new Date(local + '+08:00');
const iso = (local: string) => sh(local).toISOString();

const facts = (over: Partial<DueFacts>): DueFacts => ({
  interval: { kind: 'daily' },
  registeredAt: iso('2026-10-01T10:00:00'),
  lastCheckAt: null,
  ...over,
});

describe('periods', () => {
  it('daily periods are shifts: 08:29 is still yesterday', () => {
    expect(periodContaining('daily', sh('2026-11-29T08:29:00'), z)).toEqual({
      start: iso('2026-11-28T08:30:00'),
      end: iso('2026-11-29T08:30:00'),
    });
  });

  it('weekly periods run from Monday 08:30 to next Monday 08:30', () => {
    // 2026-11-29 is a Sunday; 2026-11-30 a Monday.
    expect(periodContaining('weekly', sh('2026-11-29T20:00:00'), z)).toEqual({
      start: iso('2026-11-23T08:30:00'),
      end: iso('2026-11-30T08:30:00'),
    });
    expect(periodContaining('weekly', sh('2026-11-30T08:30:00'), z).start).toBe(iso('2026-11-30T08:30:00'));
    // Monday before the change belongs to the week before.
    expect(periodContaining('weekly', sh('2026-11-30T08:00:00'), z).start).toBe(iso('2026-11-23T08:30:00'));
  });

  it('monthly periods run from the 1st 08:30, across the year end', () => {
    expect(periodContaining('monthly', sh('2026-12-31T23:00:00'), z)).toEqual({
      start: iso('2026-12-01T08:30:00'),
      end: iso('2027-01-01T08:30:00'),
    });
    expect(periodContaining('monthly', sh('2027-01-01T08:00:00'), z).start).toBe(iso('2026-12-01T08:30:00'));
  });
});

describe('dueState: daily', () => {
  const f = facts({ lastCheckAt: iso('2026-11-29T09:10:00') });

  it('checked this shift: ok until the next shift starts, then due', () => {
    expect(dueState(f, sh('2026-11-29T20:00:00'), z)).toEqual({
      state: 'ok',
      windowStart: iso('2026-11-30T08:30:00'),
      dueAt: iso('2026-12-01T08:30:00'),
      missed: 0,
    });
    expect(dueState(f, sh('2026-11-30T08:30:00'), z).state).toBe('due');
    expect(dueState(f, sh('2026-12-01T08:29:00'), z).state).toBe('due');
  });

  it('a shift that ends without a check makes it overdue, and counts the missed shifts', () => {
    expect(dueState(f, sh('2026-12-01T08:30:00'), z)).toMatchObject({ state: 'overdue', missed: 1 });
    expect(dueState(f, sh('2026-12-03T09:00:00'), z)).toMatchObject({
      state: 'overdue',
      missed: 3,
      dueAt: iso('2026-12-01T08:30:00'),
    });
  });

  it('a check just before the shift change covers the old shift only', () => {
    const late = facts({ lastCheckAt: iso('2026-11-30T08:29:00') });
    expect(dueState(late, sh('2026-11-30T08:31:00'), z).state).toBe('due');
  });
});

describe('dueState: weekly, monthly and every N days', () => {
  it('weekly: one check any day of the week covers it', () => {
    const f = facts({ interval: { kind: 'weekly' }, lastCheckAt: iso('2026-11-24T10:00:00') });
    expect(dueState(f, sh('2026-11-29T23:00:00'), z).state).toBe('ok');
    expect(dueState(f, sh('2026-11-30T09:00:00'), z)).toMatchObject({
      state: 'due',
      dueAt: iso('2026-12-07T08:30:00'),
    });
    expect(dueState(f, sh('2026-12-15T09:00:00'), z)).toMatchObject({ state: 'overdue', missed: 2 });
  });

  it('monthly: due from the 1st, overdue when the month ends unchecked', () => {
    const f = facts({ interval: { kind: 'monthly' }, lastCheckAt: iso('2026-10-20T10:00:00') });
    expect(dueState(f, sh('2026-10-31T12:00:00'), z).state).toBe('ok');
    expect(dueState(f, sh('2026-11-15T12:00:00'), z)).toMatchObject({
      state: 'due',
      dueAt: iso('2026-12-01T08:30:00'),
    });
    expect(dueState(f, sh('2027-01-02T12:00:00'), z)).toMatchObject({ state: 'overdue', missed: 2 });
  });

  it('every N days: due in the shift in which N days run out', () => {
    const f = facts({ interval: { kind: 'days', days: 3 }, lastCheckAt: iso('2026-11-20T10:00:00') });
    expect(dueState(f, sh('2026-11-22T10:00:00'), z).state).toBe('ok');
    expect(dueState(f, sh('2026-11-23T09:00:00'), z)).toMatchObject({
      state: 'due',
      windowStart: iso('2026-11-23T08:30:00'),
      dueAt: iso('2026-11-24T08:30:00'),
    });
    expect(dueState(f, sh('2026-11-24T08:30:00'), z)).toMatchObject({ state: 'overdue', missed: 1 });
    expect(dueState(f, sh('2026-11-30T09:00:00'), z)).toMatchObject({ state: 'overdue', missed: 3 });
  });
});

describe('dueState: items never checked', () => {
  it('an item added today is due this shift, not overdue', () => {
    const f = facts({ registeredAt: iso('2026-11-29T15:00:00') });
    expect(dueState(f, sh('2026-11-29T15:05:00'), z)).toEqual({
      state: 'due',
      windowStart: iso('2026-11-29T08:30:00'),
      dueAt: iso('2026-11-30T08:30:00'),
      missed: 0,
    });
    expect(dueState(f, sh('2026-11-30T08:30:00'), z)).toMatchObject({ state: 'overdue', missed: 1 });
  });

  it('a monthly item added today owes its check this month; a 10-day one within 10 days', () => {
    const m = facts({ interval: { kind: 'monthly' }, registeredAt: iso('2026-11-29T15:00:00') });
    expect(dueState(m, sh('2026-11-29T15:05:00'), z)).toMatchObject({
      state: 'due',
      dueAt: iso('2026-12-01T08:30:00'),
    });
    const d = facts({ interval: { kind: 'days', days: 10 }, registeredAt: iso('2026-11-29T15:00:00') });
    expect(dueState(d, sh('2026-11-29T15:05:00'), z)).toMatchObject({
      state: 'due',
      dueAt: iso('2026-12-09T08:30:00'),
    });
  });
});

describe('dueState: the interval changed after checks', () => {
  const lastCheckAt = iso('2026-11-24T10:00:00'); // a Tuesday
  const now = sh('2026-11-26T10:00:00'); // Thursday of the same week

  it('daily → weekly: the check this week covers the week', () => {
    expect(dueState(facts({ interval: { kind: 'daily' }, lastCheckAt }), now, z)).toMatchObject({
      state: 'overdue',
      missed: 1,
    });
    expect(dueState(facts({ interval: { kind: 'weekly' }, lastCheckAt }), now, z).state).toBe('ok');
  });

  it('monthly → daily: the next shift after the last check already ended', () => {
    expect(dueState(facts({ interval: { kind: 'monthly' }, lastCheckAt }), now, z).state).toBe('ok');
    expect(dueState(facts({ interval: { kind: 'daily' }, lastCheckAt }), now, z).missed).toBe(1);
  });

  it('weekly → every 2 days: judged from the last check', () => {
    expect(dueState(facts({ interval: { kind: 'days', days: 2 }, lastCheckAt }), now, z)).toMatchObject({
      state: 'due',
      dueAt: iso('2026-11-27T08:30:00'),
    });
  });
});

describe('periodsEnding (what statistics count as owed)', () => {
  it('counts the shifts of November for a daily item registered long before', () => {
    const p = periodsEnding(
      { kind: 'daily' },
      iso('2026-01-01T00:00:00'),
      sh('2026-11-01T08:30:00'),
      sh('2026-12-01T08:30:00'),
      z,
    );
    expect(p).toHaveLength(30);
  });

  it('starts with the period of registration', () => {
    const p = periodsEnding(
      { kind: 'daily' },
      iso('2026-11-29T15:00:00'),
      sh('2026-11-01T08:30:00'),
      sh('2026-12-01T08:30:00'),
      z,
    );
    expect(p.map((x) => x.start)).toEqual([iso('2026-11-29T08:30:00'), iso('2026-11-30T08:30:00')]);
  });

  it('counts weeks and N-day blocks', () => {
    const from = sh('2026-11-01T08:30:00');
    const to = sh('2026-12-01T08:30:00');
    // Weeks end on the Mondays of November 2026: the 2nd, 9th, 16th, 23rd and 30th.
    expect(periodsEnding({ kind: 'weekly' }, iso('2026-01-01T00:00:00'), from, to, z)).toHaveLength(5);
    expect(periodsEnding({ kind: 'monthly' }, iso('2026-01-01T00:00:00'), from, to, z)).toHaveLength(1);
    expect(periodsEnding({ kind: 'days', days: 10 }, iso('2026-11-01T08:30:00'), from, to, z)).toHaveLength(
      3,
    );
  });
});

describe('check items', () => {
  const battery = DEFAULT_TEMPLATES.satellite_phone.items[1]!;
  it('numbers pass inside their bounds only', () => {
    expect(itemPasses(battery, 42)).toBe(false);
    expect(itemPasses(battery, 50)).toBe(true);
    expect(itemPasses(battery, 100)).toBe(true);
    expect(itemPasses(battery, null)).toBe(false);
  });
  it('yes/no passes on yes; choices on their passing options; text never fails', () => {
    const call = DEFAULT_TEMPLATES.satellite_phone.items[0]!;
    expect(itemPasses(call, true)).toBe(true);
    expect(itemPasses(call, false)).toBe(false);
    const sig: CheckItem = DEFAULT_TEMPLATES.base_station.items[1]!;
    expect(itemPasses(sig, '中')).toBe(true);
    expect(itemPasses(sig, '差')).toBe(false);
    expect(valueFits(sig, '很好')).toBe(false);
    const remark = DEFAULT_TEMPLATES.machine_room.items[3]!;
    expect(itemPasses(remark, null)).toBe(true);
    expect(itemPasses(remark, '空调噪声偏大')).toBe(true);
  });
});

describe('dutyWindow (a month of checks, as 统计 and 考核 count it)', () => {
  it("runs from the 1st's shift change to the next 1st's, across the year end", () => {
    const w = dutyWindow(iso('2026-12-01T00:00:00'), iso('2027-01-01T00:00:00'), z);
    expect(w.from.toISOString()).toBe(iso('2026-12-01T08:30:00'));
    expect(w.to.toISOString()).toBe(iso('2027-01-01T08:30:00'));
  });

  it("counts October's monthly check and October 31st's shift in October, not November", () => {
    const oct = dutyWindow(iso('2026-10-01T00:00:00'), iso('2026-11-01T00:00:00'), z);
    const nov = dutyWindow(iso('2026-11-01T00:00:00'), iso('2026-12-01T00:00:00'), z);
    const reg = iso('2026-09-01T10:00:00');
    const octMonthly = periodsEnding({ kind: 'monthly' }, reg, oct.from, oct.to, z);
    const novMonthly = periodsEnding({ kind: 'monthly' }, reg, nov.from, nov.to, z);
    expect(octMonthly.map((p) => p.start)).toEqual([iso('2026-10-01T08:30:00')]);
    expect(novMonthly.map((p) => p.start)).toEqual([iso('2026-11-01T08:30:00')]);
    const octDaily = periodsEnding({ kind: 'daily' }, reg, oct.from, oct.to, z);
    expect(octDaily).toHaveLength(31);
    expect(octDaily.at(-1)!.start).toBe(iso('2026-10-31T08:30:00'));
  });

  it('a shift change at 00:00 keeps the midnight bounds', () => {
    const midnight = { timeZone: 'Asia/Shanghai', shiftChangeTime: '00:00' };
    const w = dutyWindow(iso('2026-11-01T00:00:00'), iso('2026-12-01T00:00:00'), midnight);
    expect(w.from.toISOString()).toBe(iso('2026-11-01T00:00:00'));
    expect(w.to.toISOString()).toBe(iso('2026-12-01T00:00:00'));
  });
});
