import { describe, expect, it } from 'vitest';
import { firstAtOrAfter } from './due';

describe('firstAtOrAfter (a check inside an owed period, found by halving)', () => {
  const times = [10, 20, 20, 30];
  it('finds the first time at or after the start, a time equal to it included', () => {
    expect(firstAtOrAfter(times, 20)).toBe(1);
    expect(firstAtOrAfter(times, 21)).toBe(3);
    expect(firstAtOrAfter(times, 5)).toBe(0);
  });
  it('says none past the last time, and in an empty list', () => {
    expect(firstAtOrAfter(times, 31)).toBe(4);
    expect(firstAtOrAfter([], 1)).toBe(0);
  });
});
