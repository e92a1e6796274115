import { describe, expect, it } from 'vitest';
import { describeIssues } from '../i18n/issues';
import { CALENDAR, dateKey, isoTime, monthKey, shiftKey } from './shared';

/** What a Chinese and an English user read for a value. */
function said(
  schema: { safeParse(v: unknown): { success: boolean; error?: { issues: unknown[] } } },
  v: unknown,
) {
  const r = schema.safeParse(v);
  if (r.success) return null;
  const issues = r.error!.issues as Parameters<typeof describeIssues>[0];
  return {
    zh: describeIssues(issues, 'zh-CN').map((i) => i.message),
    en: describeIssues(issues, 'en-US').map((i) => i.message),
  };
}

describe('the calendar', () => {
  it('is 1900-01-01 to 2199-12-31', () => {
    expect(CALENDAR).toEqual({ first: '1900-01-01', last: '2199-12-31' });
  });

  it('accepts instants on its first and last days, whatever the offset', () => {
    for (const t of [
      '1900-01-01T00:00:00.000Z',
      '1900-01-01T14:00:00+14:00',
      '2199-12-31T23:59:59.999Z',
      '2199-12-31T11:59:59.999-12:00',
    ])
      expect(isoTime.safeParse(t).success, t).toBe(true);
  });

  it('refuses instants beyond it, naming the range in both languages, once', () => {
    for (const t of [
      '9999-12-31T23:59:59.999Z',
      '0001-01-01T00:00:00.000Z',
      '1899-12-31T23:59:59.999Z',
      '2200-01-01T00:00:00.000Z',
      '2199-12-31T23:59:59.999-00:01',
    ]) {
      expect(said(isoTime, t), t).toEqual({
        zh: ['日期须在 1900-01-01 至 2199-12-31 之间'],
        en: ['Dates must lie between 1900-01-01 and 2199-12-31'],
      });
    }
  });

  it('leaves malformed instants to the format message', () => {
    expect(said(isoTime, '2026-13-01T00:00:00Z')?.zh).toEqual(['格式不正确']);
  });

  it('bounds dates, months and shift keys the same way', () => {
    for (const [schema, inside, beyond] of [
      [
        dateKey,
        ['1900-01-01', '2199-12-31', '2000-02-29'],
        ['0001-01-01', '9999-12-31', '1899-12-31', '2200-01-01'],
      ],
      [monthKey, ['1900-01', '2199-12'], ['0001-01', '9999-12', '1899-12', '2200-01']],
      [shiftKey, ['1900-01-01-day', '2199-12-31-night', '2199-12-31'], ['9999-12-31-night', '0001-01-01']],
    ] as const) {
      for (const v of inside) expect(schema.safeParse(v).success, v).toBe(true);
      for (const v of beyond)
        expect(said(schema, v)?.zh, v).toEqual(['日期须在 1900-01-01 至 2199-12-31 之间']);
    }
  });

  it('still names a malformed date as such', () => {
    expect(said(dateKey, '2026-02-30')?.zh).toEqual(['日期格式应为 YYYY-MM-DD']);
    expect(said(dateKey, '2026-2-3')?.zh).toEqual(['日期格式应为 YYYY-MM-DD']);
    expect(said(monthKey, '2026-13')?.zh).toEqual(['月份格式应为 YYYY-MM']);
    expect(said(shiftKey, '2026-11-29-noon')?.zh).toEqual(['班次编号不正确']);
    expect(said(shiftKey, 'abc')?.zh).toEqual(['班次编号不正确']);
  });
});
