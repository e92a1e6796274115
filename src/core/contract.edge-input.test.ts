import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methods, methodNames, type MethodName } from '../common/contract';
import { CALENDAR } from '../common/contract/shared';
import type { Settings } from '../common/contract/settings';
import { systemActor, type Actor } from './actor';
import type { Core } from './core';
import { edgeInputs, type Edge } from './contract.edge-values';
import { demoCoreWithAdmin } from './testing';

/**
 * The bad-input walker's other half: values every schema ACCEPTS but that sit at the
 * edges (first and last days of the calendar, largest integers, arrays and strings at
 * their maximum length in astral scripts, ids that name nothing). Each method is called
 * with each of them on the demo county. An answer is `ok` or a clear refusal in the
 * user's language — never `internal` — and a refusal changes nothing. Dates beyond the
 * calendar are refused naming its range, by every method that takes one.
 */

const CLEAR_REFUSALS = ['invalid_input', 'not_found', 'conflict', 'forbidden'];
const CJK = /[\u3400-\u9fff]/;

let core: Core;
let adminId: string;
let token: string;
let initialSettings: Settings;
const tally: Record<string, number> = {};
const keys: Record<string, number> = {};
const perMethod: Record<string, { n: number; ms: number }> = {};
let started = 0;

beforeAll(async () => {
  const demo = await demoCoreWithAdmin();
  core = demo.core;
  token = demo.token;
  adminId = demo.admin.kind === 'operator' ? demo.admin.operatorId : '';
  initialSettings = await core.invoke('settings.get', {});
  started = performance.now();
});

afterAll(async () => {
  const total = Object.values(tally).reduce((a, b) => a + b, 0);
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`edge walker: ${total} requests over ${methodNames.length} methods in ${secs} s`, tally);
  const slow = Object.entries(perMethod)
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, 12);
  console.log(keys);
  console.log(slow.map(([m, v]) => `${m}: ${v.n} in ${v.ms} ms`).join('\n'));
  await core.close();
});

/**
 * Each method starts from the same house: the demo's settings (an edge may have switched
 * the locale or the zone) and a fresh sign-in (an edge may have signed out).
 */
async function freshAdmin(): Promise<Actor> {
  const now = await core.invoke('settings.get', {});
  if (JSON.stringify(now) !== JSON.stringify(initialSettings)) {
    await core.invoke('settings.update', initialSettings, systemActor('edge walker'));
  }
  // A PIN check costs a scrypt: sign in again only when an edge signed the admin out.
  const still = core.authenticate(token);
  if (still) return still;
  ({ token } = await core.invoke('auth.signIn', { operatorId: adminId, pin: '0000' }));
  return core.authenticate(token)!;
}

/** SQLite bumps a reader's data_version whenever another connection commits a change. */
const dataVersion = () => core.db().read.pragma('data_version', { simple: true }) as number;

/**
 * A submission key already used answers "reused" before anything else is looked at, so
 * each request gets its own (except when the key itself is the edge being sent).
 */
let serial = 0;
function freshClientKey(e: Edge): unknown {
  const input = e.input as Record<string, unknown>;
  if (typeof input?.clientKey !== 'string' || e.path === 'clientKey') return input;
  return { ...input, clientKey: `k_edge${String(++serial).padStart(6, '0')}` };
}

const where = (name: string, e: Edge) => `${name} ${e.path || '(input)'} = ${e.label}`;

async function expectUsersLanguage(name: string, e: Edge, message: string) {
  const { locale } = await core.invoke('settings.get', {});
  expect(message, `${where(name, e)}: a raw key`).not.toMatch(/\berrors\.[a-z_.]+/);
  if (locale === 'zh-CN') expect(message, `${where(name, e)}: not Chinese`).toMatch(CJK);
}

describe('every method gets edge values', () => {
  it.each(methodNames)('%s', (name) => {
    const plan = edgeInputs(methods[name].input as never, exampleOf(name));
    // The example itself is always sent: methods without fields are still walked.
    expect(plan.accepted.length).toBeGreaterThan(0);
    // A field no candidate fits would be walked by nothing: name it in UNCOVERED, or extend the candidates.
    expect(plan.uncovered.filter((p) => !UNCOVERED.has(`${name} ${p}`))).toEqual([]);
  });
});

/**
 * Fields no candidate fits, and why that is acceptable. Every other field of every
 * method gets at least one accepted edge value (the test above keeps this list honest).
 */
const UNCOVERED = new Set<string>([]);

function exampleOf(name: MethodName): unknown {
  return (methods[name] as { example?: unknown }).example;
}

describe.each(methodNames)('edge input: %s', (name) => {
  it('accepted edge values: ok or a clear refusal in the user’s language, and a refusal changes nothing', async () => {
    const actor = await freshAdmin();
    const plan = edgeInputs(methods[name].input as never, exampleOf(name));
    const t0 = performance.now();
    for (const e of plan.accepted) {
      const version = dataVersion();
      const res = await core.call(name, freshClientKey(e), actor);
      const code = res.ok ? 'ok' : res.error.code;
      tally[code] = (tally[code] ?? 0) + 1;
      if (!res.ok) keys[`${code} ${res.error.key}`] = (keys[`${code} ${res.error.key}`] ?? 0) + 1;
      if (res.ok) continue;
      expect(CLEAR_REFUSALS, `${where(name, e)}: ${code} ${res.error.message}`).toContain(code);
      await expectUsersLanguage(name, e, res.error.message);
      expect(dataVersion(), `${where(name, e)} refused but wrote`).toBe(version);
    }
    perMethod[name] = { n: plan.accepted.length, ms: Math.round(performance.now() - t0) };
  });

  it('dates beyond the calendar are refused naming its range', async () => {
    const actor = await freshAdmin();
    const plan = edgeInputs(methods[name].input as never, exampleOf(name));
    for (const e of plan.beyondCalendar) {
      const version = dataVersion();
      const res = await core.call(name, e.input, actor);
      tally.beyond_calendar = (tally.beyond_calendar ?? 0) + 1;
      expect(res.ok, `${where(name, e)} accepted`).toBe(false);
      if (res.ok) continue;
      expect(res.error.code, where(name, e)).toBe('invalid_input');
      expect(res.error.message).toMatch(/^输入有误/);
      expect(res.error.message).toContain(`${CALENDAR.first} 至 ${CALENDAR.last}`);
      expect(dataVersion()).toBe(version);
    }
  });
});

describe('the instants that overflowed the shift arithmetic', () => {
  it.each(['shifts.get', 'roster.onDuty'] as const)(
    '%s at 9999-12-31T23:59:59.999Z names the calendar',
    async (m) => {
      const res = await core.call(m, { at: '9999-12-31T23:59:59.999Z' }, await freshAdmin());
      expect(res).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', message: '输入有误：at：日期须在 1900-01-01 至 2199-12-31 之间' },
      });
      // The calendar's last instant itself is a shift like any other.
      const last = await core.call(m, { at: '2199-12-31T23:59:59.999Z' }, await freshAdmin());
      expect(last.ok).toBe(true);
    },
  );
});
