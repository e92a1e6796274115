import { describe, expect, it } from 'vitest';
import { clockFromEnv, notBeforeByMinute, offsetClock, systemClock, TEST_CLOCK_ENV } from './clock';

describe('the test clock setting (browser host, tests only)', () => {
  it('is the real clock when unset, empty or 0', () => {
    for (const env of [{}, { [TEST_CLOCK_ENV]: '' }, { [TEST_CLOCK_ENV]: ' 0 ' }]) {
      expect(clockFromEnv(env)).toEqual({ ok: true, clock: systemClock, offsetMs: 0 });
    }
  });

  it('moves the clock by the offset and lets time flow', async () => {
    const setting = clockFromEnv({ [TEST_CLOCK_ENV]: '-61200000' });
    if (!setting.ok) throw new Error('refused');
    expect(setting.offsetMs).toBe(-61_200_000);
    const first = setting.clock.now().getTime();
    expect(Math.abs(first - (Date.now() - 61_200_000))).toBeLessThan(50);
    await new Promise((r) => setTimeout(r, 20));
    expect(setting.clock.now().getTime()).toBeGreaterThan(first);
    expect(Math.abs(offsetClock(3_600_000).now().getTime() - Date.now() - 3_600_000)).toBeLessThan(50);
  });

  it.each(['16:03', '1e6', '12.5', 'NaN', '-', String(401 * 86_400_000), '99999999999999'])(
    'refuses %s rather than run at a wrong time',
    (raw) => {
      expect(clockFromEnv({ [TEST_CLOCK_ENV]: raw })).toEqual({ ok: false, raw });
    },
  );
});

describe('notBeforeByMinute', () => {
  const review = '2026-11-29T02:07:35.000Z';
  it('takes a time at or after the step before as it is', () => {
    expect(notBeforeByMinute('2026-11-29T02:08:00.000Z', review)).toBe('2026-11-29T02:08:00.000Z');
    expect(notBeforeByMinute(review, review)).toBe(review);
  });
  it('reads a time in the very minute of the step before as that step, whatever offset it is written in', () => {
    expect(notBeforeByMinute('2026-11-29T02:07:00.000Z', review)).toBe(review);
    expect(notBeforeByMinute('2026-11-29T10:07:00+08:00', '2026-11-29T10:07:35+08:00')).toBe(review);
  });
  it('refuses a minute before', () => {
    expect(notBeforeByMinute('2026-11-29T02:06:59.000Z', review)).toBeNull();
  });
});
