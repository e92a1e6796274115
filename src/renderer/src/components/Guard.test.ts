import { describe, expect, it } from 'vitest';
import { FIRST_RETRY_MS, MAX_RETRY_MS, retryDelay } from './Guard';

describe('retryDelay', () => {
  it('retries a failed panel after 5 s, doubling each time, never waiting more than 5 minutes', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(retryDelay)).toEqual([
      5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000,
    ]);
    expect(retryDelay(0)).toBe(FIRST_RETRY_MS);
    expect(retryDelay(10_000)).toBe(MAX_RETRY_MS);
  });
});
