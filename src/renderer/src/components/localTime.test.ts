import { describe, expect, it } from 'vitest';
import { parseLocalText, resolveLocalText, toLocalText, toShortText } from './localTime';

const TZ = 'Asia/Shanghai';
// 2026-11-29 10:05:30 in the duty room (UTC+8).
const NOW = new Date('2026-11-29T02:05:30.000Z');

describe('toLocalText / toShortText', () => {
  it("shows an instant as the room's wall-clock minutes, whatever the PC's zone", () => {
    expect(toLocalText('2026-11-29T02:05:30.000Z', TZ)).toBe('2026-11-29 10:05');
    expect(toLocalText('2026-12-31T16:30:00.000Z', TZ)).toBe('2027-01-01 00:30');
    expect(toLocalText('2026-11-29T02:05:00.000Z', 'Asia/Urumqi')).toBe('2026-11-29 08:05');
  });

  it('shows nothing for no time or a broken one', () => {
    expect(toLocalText(null, TZ)).toBe('');
    expect(toLocalText(undefined, TZ)).toBe('');
    expect(toLocalText('', TZ)).toBe('');
    expect(toLocalText('not a time', TZ)).toBe('');
  });

  it('drops the year within the current year of the zone only', () => {
    expect(toShortText('2026-03-01T00:00:00.000Z', TZ, NOW)).toBe('03-01 08:00');
    expect(toShortText('2025-12-31T15:00:00.000Z', TZ, NOW)).toBe('2025-12-31 23:00');
    // 2026-12-31 20:00 UTC is already 2027 in the room: not this year.
    expect(toShortText('2026-12-31T20:00:00.000Z', TZ, NOW)).toBe('2027-01-01 04:00');
    expect(toShortText(null, TZ, NOW)).toBe('');
  });
});

describe('parseLocalText', () => {
  const at = (s: string) => parseLocalText(s, TZ, NOW);

  it('reads the full form in the ways people type it', () => {
    const want = '2026-11-28T01:40:00.000Z';
    for (const s of [
      '2026-11-28 09:40',
      '2026/11/28 9:40',
      '2026.11.28 09:40',
      '2026年11月28日 09时40分',
      '2026年11月28日9:40',
      '2026-11-28T09:40',
      '2026-11-28 09：40',
      '  2026-11-28 09:40  ',
    ])
      expect(at(s), s).toBe(want);
    expect(at('2026-11-28 09:40:59')).toBe(want);
  });

  it('reads month-day and time alone as this year and today in the room', () => {
    expect(at('11-28 09:40')).toBe('2026-11-28T01:40:00.000Z');
    expect(at('11月28日 09:40')).toBe('2026-11-28T01:40:00.000Z');
    expect(at('09:40')).toBe('2026-11-29T01:40:00.000Z');
    expect(at('0940')).toBe('2026-11-29T01:40:00.000Z');
    expect(at('9时40分')).toBe('2026-11-29T01:40:00.000Z');
    // Just after midnight in the room it is already the next day there, not in UTC.
    expect(parseLocalText('00:10', TZ, new Date('2026-11-29T16:05:00.000Z'))).toBe(
      '2026-11-29T16:10:00.000Z',
    );
  });

  it('refuses what is not a time, or a date that does not exist', () => {
    for (const s of [
      '',
      '   ',
      'abc',
      '25:00',
      '10:60',
      '2026-13-01 10:00',
      '2026-02-30 10:00',
      '2026-00-10 10:00',
      '1999-01-01 10:00',
      '2101-01-01 10:00',
      '123',
      '12345',
    ])
      expect(at(s), s).toBeNull();
    // 2028 is a leap year: 02-29 exists there.
    expect(at('2028-02-29 12:00')).toBe('2028-02-29T04:00:00.000Z');
    expect(at('2026-02-29 12:00')).toBeNull();
  });
});

describe('resolveLocalText', () => {
  it('keeps the default instant to the second while its text is left as shown', () => {
    const opened = '2026-11-29T02:05:30.123Z';
    expect(resolveLocalText(toLocalText(opened, TZ), TZ, opened)).toBe(opened);
    expect(resolveLocalText('2026-11-29 10:06', TZ, opened)).toBe('2026-11-29T02:06:00.000Z');
    expect(resolveLocalText('nonsense', TZ, opened)).toBeNull();
  });
});
