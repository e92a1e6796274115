import { describe, expect, it } from 'vitest';
import { localDate, localParts, offsetMinutes, zonedToInstant } from './zone';

describe('zone arithmetic', () => {
  it('Asia/Shanghai is UTC+8 all year', () => {
    expect(offsetMinutes(new Date('2026-01-15T00:00:00Z'), 'Asia/Shanghai')).toBe(480);
    expect(offsetMinutes(new Date('2026-07-15T00:00:00Z'), 'Asia/Shanghai')).toBe(480);
  });

  it('local midnight in Shanghai is 16:00 UTC the day before', () => {
    expect(zonedToInstant('Asia/Shanghai', 2026, 12, 1, 0, 0).toISOString()).toBe('2026-11-30T16:00:00.000Z');
    expect(localDate(new Date('2026-11-30T16:00:00Z'), 'Asia/Shanghai')).toBe('2026-12-01');
    expect(localDate(new Date('2026-11-30T15:59:59Z'), 'Asia/Shanghai')).toBe('2026-11-30');
  });

  it('overflowing days roll into the next month and year', () => {
    expect(zonedToInstant('Asia/Shanghai', 2026, 12, 32, 8, 30).toISOString()).toBe(
      '2027-01-01T00:30:00.000Z',
    );
    expect(zonedToInstant('Asia/Shanghai', 2028, 2, 30, 0, 0).toISOString()).toBe('2028-02-29T16:00:00.000Z');
  });

  it('handles a zone with daylight saving', () => {
    // Europe/Berlin springs forward on 2026-03-29 at 02:00 local.
    expect(zonedToInstant('Europe/Berlin', 2026, 3, 29, 8, 30).toISOString()).toBe(
      '2026-03-29T06:30:00.000Z',
    );
    expect(zonedToInstant('Europe/Berlin', 2026, 3, 28, 8, 30).toISOString()).toBe(
      '2026-03-28T07:30:00.000Z',
    );
  });

  it('reports weekday and fields', () => {
    expect(localParts(new Date('2026-11-29T02:00:00Z'), 'Asia/Shanghai')).toMatchObject({
      year: 2026,
      month: 11,
      day: 29,
      hour: 10,
      weekday: 0,
    });
  });

  it('reads the clock as Intl does, across DST changes and odd offsets', () => {
    // One formatter per zone: building one per instant made this test slow enough to time
    // out on a loaded machine, and measured Intl's constructor rather than the clock.
    const intl = new Map<string, Intl.DateTimeFormat>();
    const viaIntl = (d: Date, tz: string) => {
      const f = intl.get(tz) ?? new Intl.DateTimeFormat('en-US', {
        timeZone: tz,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
      intl.set(tz, f);
      const p = Object.fromEntries(f.formatToParts(d).map((x) => [x.type, Number(x.value)]));
      return [p.year, p.month, p.day, p.hour, p.minute, p.second];
    };
    const zones = [
      'Asia/Shanghai',
      'Europe/Berlin',
      'America/New_York',
      'Australia/Lord_Howe',
      'Asia/Kathmandu',
    ];
    // Every 37 minutes through 2026 (hits every transition's neighbourhood), plus the seconds.
    for (const tz of zones) {
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 37 * 60_000 + 13_000) {
        const d = new Date(t);
        const p = localParts(d, tz);
        expect([p.year, p.month, p.day, p.hour, p.minute, p.second], `${tz} ${d.toISOString()}`).toEqual(
          viaIntl(d, tz),
        );
      }
    }
  });
});
