export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

/** The real clock moved by `offsetMs`: time still flows, from another hour (tests). */
export function offsetClock(offsetMs: number): Clock {
  return { now: () => new Date(Date.now() + offsetMs) };
}

/**
 * `DUTY_ROOM_TEST_CLOCK_OFFSET_MS`: FOR TESTS ONLY, read by the browser host's CLI and by
 * nothing else. The e2e suite sets it so that the host and the browser agree on an hour
 * chosen by the run (`DUTY_ROOM_E2E_AT`), whatever the hour is. Unset, empty or 0: the
 * real clock. Anything that is not a whole number of milliseconds within ±400 days is
 * refused, rather than silently running the duty log at a wrong time.
 */
export const TEST_CLOCK_ENV = 'DUTY_ROOM_TEST_CLOCK_OFFSET_MS';

export type ClockSetting = { ok: true; clock: Clock; offsetMs: number } | { ok: false; raw: string };

export function clockFromEnv(env: Record<string, string | undefined>): ClockSetting {
  const raw = env[TEST_CLOCK_ENV]?.trim() ?? '';
  if (raw === '' || raw === '0') return { ok: true, clock: systemClock, offsetMs: 0 };
  const ms = /^[+-]?\d{1,11}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(ms) || Math.abs(ms) > 400 * 86_400_000)
    return { ok: false, raw: raw.slice(0, 40) };
  return { ok: true, clock: offsetClock(ms), offsetMs: ms };
}

/**
 * A step's time typed to the minute, after one the host stamped to the second: the very
 * minute of the step before is that step's minute, not before it (a 报送 typed as 10:07
 * after a review stamped 10:07:35), and is recorded at that step's instant so the record
 * stays in order. Anything earlier is before it: null.
 */
export function notBeforeByMinute(at: string, after: string): string | null {
  const t = Date.parse(at);
  const a = Date.parse(after);
  if (t >= a) return new Date(t).toISOString();
  if (Math.floor(t / 60_000) === Math.floor(a / 60_000)) return new Date(a).toISOString();
  return null;
}
