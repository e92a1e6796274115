import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import type { Logger } from '../logger';
import { signIn, staffedCore } from '../testing';
import { reportLimiter } from './handlers';

const lines: { msg: string; extra?: Record<string, unknown> }[] = [];
const logger: Logger = {
  info() {},
  warn: (msg, extra) => lines.push({ msg, extra }),
  error: (msg, extra) => lines.push({ msg, extra }),
};

let core: Core | undefined;
afterEach(async () => {
  await core?.close();
  core = undefined;
  lines.length = 0;
});

describe('system.reportError', () => {
  it("writes the renderer's error to the host log with who reported it, and stores nothing", async () => {
    const made = await staffedCore({ logger });
    core = made.core;
    const officer = await signIn(core, 'duty_officer');
    const before = core.db().read.prepare('SELECT count(*) AS n FROM audit').get() as { n: number };
    const res = await core.call(
      'system.reportError',
      { where: 'wall.stats', message: 'boom', stack: 'TypeError: boom\n  at x', route: '#/wall', attempt: 2 },
      officer,
    );
    expect(res).toEqual({ ok: true, value: { ok: true } });
    expect(lines).toContainEqual({
      msg: 'renderer error',
      extra: expect.objectContaining({ where: 'wall.stats', message: 'boom', attempt: 2, actor: 'operator' }),
    });
    const after = core.db().read.prepare('SELECT count(*) AS n FROM audit').get() as { n: number };
    expect(after.n).toBe(before.n);
  });

  it('refuses a stranger on the LAN and an oversized report, logging nothing', async () => {
    const made = await staffedCore({ logger });
    core = made.core;
    const lan = await core.call('system.reportError', { where: 'page', message: 'x' }, undefined, {
      via: 'lan',
    });
    expect(lan).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
    const big = await core.call(
      'system.reportError',
      { where: 'page', message: 'x'.repeat(2001) },
      made.admin,
    );
    expect(big).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(lines.filter((l) => l.msg === 'renderer error')).toEqual([]);
  });
});

describe('reportLimiter', () => {
  it('logs up to the limit a minute, notes the first one dropped once, and starts again next minute', () => {
    const l = reportLimiter(3);
    const t0 = 1_000_000;
    expect([0, 1, 2, 3, 4, 5].map((k) => l.take(t0 + k * 1000))).toEqual([
      'log',
      'log',
      'log',
      'note-dropped',
      'drop',
      'drop',
    ]);
    expect(l.take(t0 + 60_000)).toBe('log');
  });
});
