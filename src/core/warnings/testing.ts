import type { WarningInput } from '../../common/contract/warnings';
import { signIn, staffedCore } from '../testing';

/** Test support for 预警叫应: a staffed county on a clock of its own and an orange 暴雨 warning's input. */

const MIN = 60_000;

/**
 * A staffed county at 09:00 Beijing (2 July 2026) on its own clock, no ticks (a test runs them
 * by hand), the shift chief signed in, its first `towns` towns, and `orange(over)`: the input of
 * an orange 暴雨 warning for those towns, received now and in force 12 hours, each with a new
 * client key from `key`. `later(minutes)` moves the clock on.
 */
export async function warningCounty({ towns: count, key }: { towns: number; key: () => string }) {
  let now = new Date('2026-07-02T01:00:00.000Z');
  const s = await staffedCore({ clock: { now: () => now }, tickEveryMs: false });
  const chief = await signIn(s.core, 'shift_chief');
  const towns = (await s.core.invoke('geo.towns', {})).slice(0, count);
  const orange = (over: Partial<WarningInput> = {}): WarningInput => ({
    clientKey: key(),
    source: 'weather',
    issuer: '县气象台',
    issuerRef: '',
    hazard: 'rainstorm',
    level: 'II',
    headline: '县气象台发布暴雨橙色预警信号',
    body: '未来6小时降雨量将达50毫米以上。',
    towns: towns.map((t) => t.code),
    polygon: null,
    effectiveAt: now.toISOString(),
    onsetAt: null,
    expiresAt: new Date(now.getTime() + 12 * 60 * MIN).toISOString(),
    receivedAt: now.toISOString(),
    channel: 'system',
    ...over,
  });
  return {
    core: s.core,
    admin: s.admin,
    chief,
    towns,
    orange,
    now: () => now,
    later: (minutes: number) => (now = new Date(now.getTime() + minutes * MIN)),
  };
}
