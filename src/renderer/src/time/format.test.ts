import { describe, expect, it } from 'vitest';
import { formatClock, formatDateTime, formatDateWithWeekday, minutesUntil } from './format';

const TZ = 'Asia/Shanghai';
const AT = new Date('2026-11-29T02:05:09.000Z'); // 10:05:09 in the room, a Sunday

describe('clock and date lines', () => {
  it("shows the room's time in 24 hours, with or without seconds", () => {
    expect(formatClock(AT, 'zh-CN', TZ)).toBe('10:05:09');
    expect(formatClock(AT, 'zh-CN', TZ, false)).toBe('10:05');
    expect(formatClock(new Date('2026-11-28T16:00:00.000Z'), 'en-US', TZ)).toBe('00:00:00');
  });

  it('writes the date with its weekday in the UI language', () => {
    expect(formatDateWithWeekday(AT, 'zh-CN', TZ)).toBe('2026年11月29日星期日');
    expect(formatDateWithWeekday(AT, 'en-US', TZ)).toBe('Sunday, November 29, 2026');
  });

  it("falls back to the duty room's zone when the configured one is not a zone", () => {
    expect(formatClock(AT, 'zh-CN', 'Mars/Olympus')).toBe('10:05:09');
  });
});

describe('formatDateTime', () => {
  it('shows a stored instant in the zone; nothing for none; a broken one as it came', () => {
    expect(formatDateTime('2026-11-29T02:05:09.000Z', 'zh-CN', TZ)).toBe('2026/11/29 10:05');
    expect(formatDateTime(null, 'zh-CN', TZ)).toBe('');
    expect(formatDateTime('', 'zh-CN', TZ)).toBe('');
    expect(formatDateTime('garbage', 'zh-CN', TZ)).toBe('garbage');
  });
});

describe('minutesUntil', () => {
  it('counts minutes to the next HH:MM in the zone, across midnight', () => {
    expect(minutesUntil('10:35', AT, TZ)).toBe(30);
    expect(minutesUntil('10:05', AT, TZ)).toBe(0);
    expect(minutesUntil('10:04', AT, TZ)).toBe(1439);
    expect(minutesUntil('08:30', AT, TZ)).toBe(22 * 60 + 25);
  });

  it('refuses what is not HH:MM', () => {
    expect(minutesUntil('8:30', AT, TZ)).toBeNull();
    expect(minutesUntil('', AT, TZ)).toBeNull();
  });
});
