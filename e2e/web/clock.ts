/**
 * The hour the web e2e suite runs at. The demo county's 90 days of history are generated
 * relative to the host's clock, and the wall, the deadlines and the handover sheet all
 * depend on the hour: a suite that read the real clock passed at 10:00 and failed at
 * 16:03. So every run picks its hour, and three clocks agree on it:
 *
 * - the host's core: `DUTY_ROOM_TEST_CLOCK_OFFSET_MS`, passed to the host it starts
 *   (host.ts; read by the CLI only, for tests only);
 * - each page: Playwright's clock, installed at `e2eNow()` on every browser context
 *   (fixtures.ts);
 * - the test code itself: `e2eNow()` / `e2eIso()` wherever a test writes or reads a time
 *   (an incident received "now"). The worker's own `Date` is left alone: Playwright
 *   stamps its page-clock operations with it, and a moved `Date` there puts the page off
 *   by the offset whenever the chosen hour lies ahead of the real one. A lint rule keeps
 *   `Date.now()` and `new Date()` out of the specs' own code (eslint.config.js).
 *
 * `DUTY_ROOM_E2E_AT` chooses the hour: `HH:MM` (today, Asia/Shanghai, the demo
 * county's zone), an ISO time with its offset for a fixed date too, or `now` for the real
 * clock. Default 10:00. The offset is fixed once per run (playwright.config.ts) and
 * handed to the workers, and time flows from there as it does for a real duty room.
 * `npm run test:e2e:hours` runs suites at 00:10, 08:25, 16:03 and 23:55.
 */

export const E2E_AT_ENV = 'DUTY_ROOM_E2E_AT';
/** Set by the first process that computes it (the runner), inherited by its workers. */
const OFFSET_ENV = 'DUTY_ROOM_E2E_OFFSET_MS';
/** Read by the host's CLI (src/core/clock.ts TEST_CLOCK_ENV). */
export const HOST_CLOCK_ENV = 'DUTY_ROOM_TEST_CLOCK_OFFSET_MS';
export const DEFAULT_E2E_AT = '10:00';

// Asia/Shanghai has had no daylight saving since 1991.
const SHANGHAI_MS = 8 * 3_600_000;

/** Milliseconds from the real time to the run's chosen time, the same for every worker of a run. */
export function e2eClockOffsetMs(): number {
  const known = process.env[OFFSET_ENV];
  if (known !== undefined && /^-?\d+$/.test(known)) return Number(known);
  const at = (process.env[E2E_AT_ENV] ?? DEFAULT_E2E_AT).trim();
  const realNow = Date.now();
  let target: number;
  const hm = /^(\d{1,2}):(\d{2})$/.exec(at);
  if (at === 'now') {
    target = realNow;
  } else if (hm && Number(hm[1]) < 24 && Number(hm[2]) < 60) {
    const today = new Date(realNow + SHANGHAI_MS);
    target =
      Date.UTC(
        today.getUTCFullYear(),
        today.getUTCMonth(),
        today.getUTCDate(),
        Number(hm[1]),
        Number(hm[2]),
      ) - SHANGHAI_MS;
  } else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(at)) {
    target = Date.parse(at);
  } else {
    throw new Error(`${E2E_AT_ENV}="${at}": expected HH:MM (Asia/Shanghai), an ISO time with offset, or now`);
  }
  const offset = target - realNow;
  process.env[OFFSET_ENV] = String(offset);
  return offset;
}

/** The run's time now, as the host and the pages see it (epoch milliseconds). */
export function e2eNow(): number {
  return Date.now() + e2eClockOffsetMs();
}

/** The run's time `msAgo` milliseconds ago, as the API takes times (ISO, UTC). */
export function e2eIso(msAgo = 0): string {
  return new Date(e2eNow() - msAgo).toISOString();
}
