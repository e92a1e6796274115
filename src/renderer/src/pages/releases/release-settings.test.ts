import { describe, expect, it } from 'vitest';
import { fullRules, pressBeforeAuthoritative, toHours, toMinutes } from './ReleaseSettings';

describe('设置 → 信息发布 rules', () => {
  it('shows hours and saves minutes; empty is no clock', () => {
    expect(toMinutes(5)).toBe(300);
    expect(toMinutes(0.5)).toBe(30);
    expect(toMinutes(null)).toBeNull();
    expect(toHours(300)).toBe(5);
    expect(toHours(1440)).toBe(24);
    expect(toHours(10)).toBe(0.2);
    expect(toHours(null)).toBeNull();
  });

  it('lists every grade: saved rules first-hand, the defaults for a grade the table leaves out', () => {
    const rules = fullRules([{ grade: 'III', authoritativeMinutes: 360, pressMinutes: 2880 }]);
    expect(rules.map((r) => r.grade)).toEqual(['I', 'II', 'III', 'IV', 'unrated']);
    expect(rules[0]).toEqual({ grade: 'I', authoritativeMinutes: 300, pressMinutes: 1440 });
    expect(rules[2]).toEqual({ grade: 'III', authoritativeMinutes: 360, pressMinutes: 2880 });
  });

  it('refuses a press conference due before the authoritative information', () => {
    expect(pressBeforeAuthoritative([{ grade: 'III', authoritativeMinutes: 720, pressMinutes: 600 }])).toBe(
      true,
    );
    expect(pressBeforeAuthoritative([{ grade: 'III', authoritativeMinutes: 720, pressMinutes: null }])).toBe(
      false,
    );
    expect(pressBeforeAuthoritative([{ grade: 'III', authoritativeMinutes: null, pressMinutes: 60 }])).toBe(
      false,
    );
  });
});
