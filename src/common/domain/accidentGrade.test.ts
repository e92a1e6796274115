import { describe, expect, it } from 'vitest';
import { isBelow, suggestAccidentGrade, suggestForIncident } from './accidentGrade';

describe('the grade an accident calls for', () => {
  const f = (dead: number, injured: number, lossWan: number | null = null) => ({ dead, injured, lossWan });

  it('3 deaths and 12 injured: 较大 (Ⅲ)', () => {
    expect(suggestAccidentGrade(f(3, 12))).toBe('III');
  });

  it.each([
    [f(30, 0), 'I'],
    [f(0, 100), 'I'],
    [f(0, 0, 10000), 'I'],
    [f(29, 99, 9999), 'II'],
    [f(10, 0), 'II'],
    [f(0, 50), 'II'],
    [f(0, 0, 5000), 'II'],
    [f(9, 49, 4999), 'III'],
    [f(3, 0), 'III'],
    [f(0, 10), 'III'],
    [f(0, 0, 1000), 'III'],
    [f(2, 9, 999), 'IV'],
    [f(1, 0), 'IV'],
    [f(0, 0, 0.5), 'IV'],
  ] as const)('%o → %s (thresholds are lower bounds)', (figures, grade) => {
    expect(suggestAccidentGrade(figures)).toBe(grade);
  });

  it('suggests nothing before any figure is typed', () => {
    expect(suggestAccidentGrade(f(0, 0))).toBeNull();
  });

  it('follows the thresholds set for the county', () => {
    const strict = {
      I: { dead: 10, injured: 50, lossWan: 5000 },
      II: { dead: 5, injured: 20, lossWan: 2000 },
      III: { dead: 2, injured: 5, lossWan: 500 },
    };
    expect(suggestAccidentGrade(f(2, 0), strict)).toBe('III');
    expect(suggestAccidentGrade(f(5, 0), strict)).toBe('II');
  });

  it('a lower grade than suggested (or none) is below it; the same or graver is not', () => {
    expect(isBelow('IV', 'III')).toBe(true);
    expect(isBelow('unrated', 'IV')).toBe(true);
    expect(isBelow('III', 'III')).toBe(false);
    expect(isBelow('II', 'III')).toBe(false);
    expect(isBelow('IV', null)).toBe(false);
  });
});

describe('which incidents are graded from their figures', () => {
  it('only production-safety accidents; a flood with 12 dead gets no suggestion', () => {
    const figures = { dead: 12, injured: 0, lossWan: null };
    expect(suggestForIncident({ category: 'accident', ...figures })).toBe('II');
    expect(suggestForIncident({ category: 'natural', ...figures })).toBeNull();
    expect(suggestForIncident({ category: undefined, ...figures })).toBeNull();
  });

  it('reads the thresholds given (a county told otherwise)', () => {
    const thr = { I: { dead: 20, injured: 80, lossWan: 8000 }, II: { dead: 8, injured: 40, lossWan: 4000 }, III: { dead: 2, injured: 8, lossWan: 800 } };
    expect(suggestForIncident({ category: 'accident', dead: 2, injured: 0, lossWan: null }, thr)).toBe('III');
    expect(suggestForIncident({ category: 'accident', dead: 2, injured: 0, lossWan: null })).toBe('IV');
  });
});
