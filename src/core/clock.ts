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
