import { describe, expect, it } from 'vitest';
import { silentLogger } from '../core';
import { CoreUnavailable } from './core-link';
import { startCoreProcess, type CoreChild, type CoreStatus } from './core-process';
import type { FromCore, ToCore } from './core-wire';

/** A core process that does what the test says: answers, dies, exits. */
class FakeChild implements CoreChild {
  sent: ToCore[] = [];
  killed = false;
  private onMessage: ((m: unknown) => void)[] = [];
  private onExit: ((code: number) => void)[] = [];
  postMessage(msg: ToCore) {
    this.sent.push(msg);
  }
  on(event: 'message' | 'exit', l: (x: never) => void) {
    if (event === 'message') this.onMessage.push(l as (m: unknown) => void);
    else this.onExit.push(l as (code: number) => void);
    return this;
  }
  kill() {
    this.killed = true;
    return true;
  }
  say(msg: FromCore) {
    for (const l of this.onMessage) l(msg);
  }
  exit(code = 1) {
    for (const l of this.onExit) l(code);
  }
  /** Answers the last call with `value`. */
  reply(value: unknown) {
    const last = this.sent.at(-1)!;
    this.say({ t: 'reply', id: last.id, value });
  }
}

/** Timers the test runs by hand. */
function manualTimers() {
  let now = 0;
  let due: { at: number; fn: () => void; id: number }[] = [];
  let next = 1;
  return {
    setTimeout(fn: () => void, ms: number) {
      const id = next++;
      due.push({ at: now + ms, fn, id });
      return id;
    },
    clearTimeout(h: unknown) {
      due = due.filter((d) => d.id !== h);
    },
    now: () => now,
    advance(ms: number) {
      now += ms;
      const ready = due.filter((d) => d.at <= now).sort((a, b) => a.at - b.at);
      due = due.filter((d) => d.at > now);
      for (const d of ready) d.fn();
    },
    pending: () => due.map((d) => d.at - now),
  };
}

const flush = () => new Promise((r) => setImmediate(r));

function rig(delays = [500, 1_000, 2_000]) {
  const children: FakeChild[] = [];
  const timers = manualTimers();
  const statuses: CoreStatus[] = [];
  const proc = startCoreProcess({
    fork: () => {
      const c = new FakeChild();
      children.push(c);
      return c;
    },
    dataDir: '/data',
    methods: {},
    logger: silentLogger,
    restartDelaysMs: delays,
    healthyAfterMs: 60_000,
    waitWhileDownMs: 15_000,
    closeTimeoutMs: 10_000,
    timers,
  });
  proc.onStatus((s) => statuses.push(s));
  return { proc, children, timers, statuses, current: () => children.at(-1)! };
}

describe('the core in its own process', () => {
  it('starts: ready opens it; calls and token checks cross by id and come back', async () => {
    const { proc, current } = rig();
    current().say({ t: 'ready' });
    expect(await proc.started).toEqual({ ok: true });

    const call = proc.call('system.info', {}, { kind: 'anonymous' }, { via: 'ipc' });
    await flush();
    expect(current().sent.at(-1)).toMatchObject({
      t: 'call',
      method: 'system.info',
      actor: { kind: 'anonymous' },
      meta: { via: 'ipc' },
    });
    current().reply({ ok: true, value: { locale: 'zh-CN' } });
    expect(await call).toEqual({ ok: true, value: { locale: 'zh-CN' } });

    const auth = proc.authenticate('op_token');
    await flush();
    current().reply(null);
    expect(await auth).toBeNull();
  });

  it('events from the core reach every subscriber; nothing after unsubscribe', async () => {
    const { proc, current } = rig();
    current().say({ t: 'ready' });
    await proc.started;
    const seen: string[] = [];
    const off = proc.subscribe((ev) => seen.push(ev.type));
    current().say({ t: 'event', ev: { type: 'logs.changed', at: 'now' } });
    off();
    current().say({ t: 'event', ev: { type: 'roster.changed', at: 'now' } });
    // A message that is not one of ours is dropped, not trusted.
    current().say({ t: 'event', ev: 42 } as never);
    expect(seen).toEqual(['logs.changed']);
  });

  it('a crash: calls in flight are told it was lost, the windows hear down, it restarts and is up again', async () => {
    const { proc, children, current, timers, statuses } = rig();
    current().say({ t: 'ready' });
    await proc.started;
    const inFlight = proc.call('logs.add', {}, undefined);
    await flush();
    current().exit(139);
    expect(await inFlight).toMatchObject({
      ok: false,
      error: { key: 'errors.core_lost', message: expect.stringContaining('后台数据服务意外中断') },
    });
    expect(statuses).toEqual(['down']);

    // A call made while it is down waits for the restart instead of failing at once.
    const waiting = proc.call('logs.list', {});
    expect(timers.pending()).toContain(500);
    timers.advance(500);
    expect(children).toHaveLength(2);
    current().say({ t: 'ready' });
    expect(statuses).toEqual(['down', 'up']);
    await flush();
    expect(current().sent.at(-1)).toMatchObject({ t: 'call', method: 'logs.list' });
    current().reply({ ok: true, value: [] });
    expect(await waiting).toEqual({ ok: true, value: [] });
    expect(proc.starts).toBe(2);
  });

  it('keeps restarting with a growing wait, and starts from the shortest again once healthy', async () => {
    const { proc, children, current, timers } = rig([500, 1_000, 2_000]);
    current().say({ t: 'ready' });
    await proc.started;
    current().exit();
    timers.advance(500);
    current().exit(); // died while starting
    expect(timers.pending()).toEqual([1_000]);
    timers.advance(1_000);
    current().exit();
    expect(timers.pending()).toEqual([2_000]);
    timers.advance(2_000);
    current().exit();
    expect(timers.pending()).toEqual([2_000]); // the last wait repeats
    timers.advance(2_000);
    current().say({ t: 'ready' });
    timers.advance(61_000); // a minute up: healthy again
    current().exit();
    expect(timers.pending()).toEqual([500]);
    expect(children).toHaveLength(5);
  });

  it('a call waits at most so long for a core that does not come back, then is refused; nothing was sent', async () => {
    const { proc, current, timers } = rig([100_000]);
    current().say({ t: 'ready' });
    await proc.started;
    current().exit();
    const refused = proc.call('settings.update', { countyName: '甲县' });
    const auth = proc.authenticate('op_token');
    timers.advance(15_000);
    expect(await refused).toMatchObject({ ok: false, error: { key: 'errors.core_unavailable' } });
    await expect(auth).rejects.toBeInstanceOf(CoreUnavailable);
  });

  it('a token check cut off by a crash throws (the session is kept), it does not say the token is bad', async () => {
    const { proc, current } = rig();
    current().say({ t: 'ready' });
    await proc.started;
    const auth = proc.authenticate('op_token');
    await flush();
    current().exit();
    await expect(auth).rejects.toMatchObject({ key: 'errors.core_lost' });
  });

  it('the first start failing to open the data is reported, not retried', async () => {
    const { proc, children, current, timers } = rig();
    current().say({
      t: 'failed',
      failure: { message: 'newer', tooNew: { key: 'errors.db_newer', params: { found: 99, supported: 8 } } },
    });
    expect(await proc.started).toMatchObject({ ok: false, failure: { tooNew: { key: 'errors.db_newer' } } });
    expect(current().killed).toBe(true);
    current().exit();
    timers.advance(60_000);
    expect(children).toHaveLength(1);
  });

  it('a process that dies before saying anything is a failure to open, in its own words', async () => {
    const { proc, current } = rig();
    current().exit(1);
    expect(await proc.started).toEqual({
      ok: false,
      failure: { message: 'core process exited with code 1' },
    });
  });

  it('quit: closes the database in the core process and waits for it; its exit is no crash', async () => {
    const { proc, children, current, timers, statuses } = rig();
    current().say({ t: 'ready' });
    await proc.started;
    let done = false;
    const closing = proc.close().then(() => (done = true));
    expect(current().sent.at(-1)).toMatchObject({ t: 'close' });
    await flush();
    expect(done).toBe(false); // still waiting for the last write to be on disk
    current().reply(null);
    current().exit(0);
    await closing;
    timers.advance(60_000);
    expect(children).toHaveLength(1);
    expect(statuses).toEqual([]);
    expect(current().killed).toBe(false);
    // After close, calls are refused plainly.
    expect(await proc.call('system.info', {})).toMatchObject({ error: { key: 'errors.core_unavailable' } });
  });

  it('quit: a core that does not close in time is killed', async () => {
    const { proc, current, timers } = rig();
    current().say({ t: 'ready' });
    await proc.started;
    const closing = proc.close();
    timers.advance(10_000);
    await closing;
    expect(current().killed).toBe(true);
  });

  it('quit while it is restarting: no restart afterwards', async () => {
    const { proc, children, current, timers } = rig();
    current().say({ t: 'ready' });
    await proc.started;
    current().exit();
    await proc.close();
    timers.advance(60_000);
    expect(children).toHaveLength(1);
  });
});
