import { describe, expect, it } from 'vitest';
import {
  addMonths,
  nextShift,
  parseShiftKey,
  previousShift,
  shiftAt,
  shiftByKey,
  shiftContaining,
  shiftsOfMonth,
  type PatternVersion,
} from './shifts';

const sh = (local: string) => new Date(local + '+08:00');

describe('shiftContaining (24-hour shift)', () => {
  it('08:29 belongs to the previous shift, 08:30 to the new one', () => {
    expect(shiftContaining(sh('2026-11-29T08:29:59'), 'Asia/Shanghai', '08:30')).toEqual({
      start: sh('2026-11-28T08:30:00').toISOString(),
      end: sh('2026-11-29T08:30:00').toISOString(),
    });
    expect(shiftContaining(sh('2026-11-29T08:30:00'), 'Asia/Shanghai', '08:30').start).toBe(
      sh('2026-11-29T08:30:00').toISOString(),
    );
  });

  it('crosses the month end', () => {
    expect(shiftContaining(sh('2026-12-01T03:00:00'), 'Asia/Shanghai', '08:30')).toEqual({
      start: sh('2026-11-30T08:30:00').toISOString(),
      end: sh('2026-12-01T08:30:00').toISOString(),
    });
  });
});

const TZ = 'Asia/Shanghai';
const iso = (local: string) => sh(local).toISOString();
const day24 = (effectiveDate: string, changeTime = '08:30', version = 1): PatternVersion => ({
  version,
  effectiveDate,
  kind: 'day24',
  changeTime,
  nightTime: null,
});
const dayNight = (
  effectiveDate: string,
  changeTime = '08:30',
  nightTime = '20:30',
  version = 2,
): PatternVersion => ({
  version,
  effectiveDate,
  kind: 'dayNight',
  changeTime,
  nightTime,
});

describe('shiftAt (versioned patterns)', () => {
  const base = [day24('2000-01-01')];

  it('08:29 is yesterday’s shift, 08:30 today’s, and the 24-hour key is the duty date', () => {
    expect(shiftAt(base, TZ, sh('2026-11-29T08:29:59'))).toEqual({
      key: '2026-11-28',
      date: '2026-11-28',
      slot: 'full',
      start: iso('2026-11-28T08:30:00'),
      end: iso('2026-11-29T08:30:00'),
    });
    expect(shiftAt(base, TZ, sh('2026-11-29T08:30:00')).key).toBe('2026-11-29');
    // Agrees with the plain 24-hour arithmetic.
    for (const t of ['2026-11-29T00:00:00', '2026-11-29T08:30:00', '2026-11-29T23:59:59']) {
      const { start, end } = shiftAt(base, TZ, sh(t));
      expect({ start, end }).toEqual(shiftContaining(sh(t), TZ, '08:30'));
    }
  });

  it('splits day and night: 08:30–20:30 and 20:30–08:30 the next morning', () => {
    const v = [dayNight('2000-01-01')];
    expect(shiftAt(v, TZ, sh('2026-11-29T08:30:00'))).toMatchObject({
      key: '2026-11-29-day',
      slot: 'day',
      start: iso('2026-11-29T08:30:00'),
      end: iso('2026-11-29T20:30:00'),
    });
    expect(shiftAt(v, TZ, sh('2026-11-29T20:29:59')).key).toBe('2026-11-29-day');
    expect(shiftAt(v, TZ, sh('2026-11-29T20:30:00')).key).toBe('2026-11-29-night');
    expect(shiftAt(v, TZ, sh('2026-11-30T03:00:00'))).toMatchObject({
      key: '2026-11-29-night',
      start: iso('2026-11-29T20:30:00'),
      end: iso('2026-11-30T08:30:00'),
    });
    expect(shiftAt(v, TZ, sh('2026-11-30T08:29:00')).key).toBe('2026-11-29-night');
  });

  it('crosses the month and year end', () => {
    expect(shiftAt(base, TZ, sh('2026-12-01T03:00:00'))).toMatchObject({
      key: '2026-11-30',
      start: iso('2026-11-30T08:30:00'),
      end: iso('2026-12-01T08:30:00'),
    });
    expect(shiftAt(base, TZ, sh('2027-01-01T08:00:00')).key).toBe('2026-12-31');
    const nights = [dayNight('2000-01-01')];
    expect(shiftAt(nights, TZ, sh('2027-03-01T02:00:00')).key).toBe('2027-02-28-night');
    expect(shiftsOfMonth(base, TZ, '2026-11')).toHaveLength(30);
    expect(shiftsOfMonth(nights, TZ, '2027-02')).toHaveLength(56);
    expect(shiftsOfMonth(base, TZ, '2026-11').at(-1)).toMatchObject({
      key: '2026-11-30',
      end: iso('2026-12-01T08:30:00'),
    });
    expect(addMonths('2026-12', 1)).toBe('2027-01');
    expect(addMonths('2027-01', -1)).toBe('2026-12');
  });

  it('a change of pattern leaves earlier timestamps in their old shifts', () => {
    // From 2026-12-01 the room changes at 09:00; from 2026-12-10 it splits day and night.
    const v = [
      day24('2000-01-01'),
      day24('2026-12-01', '09:00', 2),
      dayNight('2026-12-10', '08:00', '20:00', 3),
    ];
    // Before the change: untouched.
    expect(shiftAt(v, TZ, sh('2026-11-29T08:45:00')).key).toBe('2026-11-29');
    // The last old shift runs on to the first new one (08:30 → 09:00 next day).
    expect(shiftAt(v, TZ, sh('2026-12-01T08:45:00'))).toMatchObject({
      key: '2026-11-30',
      start: iso('2026-11-30T08:30:00'),
      end: iso('2026-12-01T09:00:00'),
    });
    expect(shiftAt(v, TZ, sh('2026-12-01T09:00:00')).key).toBe('2026-12-01');
    // Into day/night: the 09:00 shift of 12-09 ends at 08:00 on 12-10.
    expect(shiftAt(v, TZ, sh('2026-12-10T07:59:00'))).toMatchObject({
      key: '2026-12-09',
      start: iso('2026-12-09T09:00:00'),
      end: iso('2026-12-10T08:00:00'),
    });
    expect(shiftAt(v, TZ, sh('2026-12-10T08:00:00')).key).toBe('2026-12-10-day');
    expect(shiftAt(v, TZ, sh('2026-12-10T21:00:00')).key).toBe('2026-12-10-night');
    // A version recorded later for the same date wins; slots of other patterns do not exist.
    expect(shiftByKey(v, TZ, '2026-12-10')).toBeNull();
    expect(shiftByKey(v, TZ, '2026-11-30-day')).toBeNull();
    // Neighbours walk across the changes without gaps or overlaps.
    let s = shiftAt(v, TZ, sh('2026-11-28T12:00:00'));
    for (let i = 0; i < 30; i++) {
      const n = nextShift(v, TZ, s);
      expect(n.start).toBe(s.end);
      expect(previousShift(v, TZ, n)).toEqual(s);
      s = n;
    }
    expect(s.key).toBe('2026-12-19-day');
  });

  it('parses shift keys and refuses impossible dates', () => {
    expect(parseShiftKey('2026-11-29')).toEqual({ date: '2026-11-29', slot: 'full' });
    expect(parseShiftKey('2026-11-29-night')).toEqual({ date: '2026-11-29', slot: 'night' });
    expect(parseShiftKey('2026-02-30')).toBeNull();
    expect(parseShiftKey('2026-11-29-noon')).toBeNull();
  });

  it('follows a zone with daylight saving (the shift around the change is 23 or 25 hours)', () => {
    const v = [day24('2000-01-01', '08:00')];
    const s = shiftAt(v, 'Europe/Berlin', new Date('2026-03-29T12:00:00Z'));
    expect(s.key).toBe('2026-03-29');
    const before = previousShift(v, 'Europe/Berlin', s);
    expect((Date.parse(before.end) - Date.parse(before.start)) / 3_600_000).toBe(23);
  });
});
