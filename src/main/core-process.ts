import type { MethodTable } from '../common/contract';
import type { AppEvent, Unsubscribe } from '../common/events';
import { formatMessage, type ErrorKey } from '../common/i18n/messages';
import type { Locale } from '../common/domain/roles';
import { fail, type Result } from '../common/result';
import type { Actor, Logger } from '../core';
import { CoreUnavailable, type CoreLink } from './core-link';
import { asFromCore, type OpenFailure, type ToCore } from './core-wire';

/** The slice of Electron's `UtilityProcess` (or a fake, or a Node child) the supervisor uses. */
export interface CoreChild {
  postMessage(msg: ToCore): void;
  on(event: 'message', listener: (msg: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  kill(): unknown;
}

export type CoreStatus = 'up' | 'down';

export interface CoreProcessOptions {
  fork: () => CoreChild;
  dataDir: string;
  methods: MethodTable;
  logger: Logger;
  /** The language errors of the link itself are said in (the data set's, once known). */
  locale?: () => Locale;
  /** Waits before each restart after a crash, the last one repeated (default 0.5 s … 10 s). */
  restartDelaysMs?: readonly number[];
  /** A core up this long is healthy again: the next crash starts from the first delay. */
  healthyAfterMs?: number;
  /** How long a call made while the core restarts waits for it before it is refused. */
  waitWhileDownMs?: number;
  /** How long a clean close may take before the process is killed. */
  closeTimeoutMs?: number;
  timers?: {
    setTimeout(fn: () => void, ms: number): unknown;
    clearTimeout(handle: unknown): void;
    now(): number;
  };
}

export interface CoreProcess extends CoreLink {
  /** Resolves when the first start opened the data, or with why it could not. */
  readonly started: Promise<{ ok: true } | { ok: false; failure: OpenFailure }>;
  /** Down when the core's process died, up when its restart opened the data again. */
  onStatus(listener: (s: CoreStatus) => void): Unsubscribe;
  /** How many times the core's process was started (diagnostics, tests). */
  readonly starts: number;
}

const DEFAULT_DELAYS = [500, 1_000, 2_000, 5_000, 10_000];

interface Pending {
  resolve(value: unknown): void;
  /** What the caller gets when the process dies before answering. */
  lost(): unknown;
}

/**
 * Runs the core in its own process and supervises it (ARCHITECTURE.md §4). Main keeps
 * windows, menus, printing and the protocol; every call crosses to the core's process.
 * A crash fails the calls in flight with `errors.core_lost` (they may or may not have
 * committed: the user is told to look), reports the core down, and restarts it with a
 * growing wait; calls made meanwhile wait for it. A failure to open the data at the first
 * start is not retried: it is for the user to read (app.ts).
 */
export function startCoreProcess(opts: CoreProcessOptions): CoreProcess {
  const logger = opts.logger;
  const timers = opts.timers ?? {
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>),
    now: () => Date.now(),
  };
  const delays = opts.restartDelaysMs ?? DEFAULT_DELAYS;
  const healthyAfterMs = opts.healthyAfterMs ?? 60_000;
  const waitWhileDownMs = opts.waitWhileDownMs ?? 15_000;
  const closeTimeoutMs = opts.closeTimeoutMs ?? 10_000;
  const locale = opts.locale ?? (() => 'zh-CN' as Locale);

  let child: CoreChild | null = null;
  let generation = 0;
  let up = false;
  let everUp = false;
  let closing = false;
  let closed = false;
  let crashes = 0;
  let upSince = 0;
  let starts = 0;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  const listeners = new Set<(ev: AppEvent) => void>();
  const statusListeners = new Set<(s: CoreStatus) => void>();
  let waiters: (() => void)[] = [];
  let resolveStarted!: (v: { ok: true } | { ok: false; failure: OpenFailure }) => void;
  const started = new Promise<{ ok: true } | { ok: false; failure: OpenFailure }>((r) => (resolveStarted = r));

  const refusal = (key: ErrorKey): Result<never> =>
    fail({ code: 'internal', key, message: formatMessage(locale(), key) });

  const setStatus = (s: CoreStatus) => {
    for (const l of [...statusListeners]) l(s);
  };

  const spawn = () => {
    const gen = ++generation;
    starts++;
    const c = opts.fork();
    child = c;
    c.on('message', (raw) => {
      if (gen !== generation) return;
      const msg = asFromCore(raw);
      if (!msg) return;
      switch (msg.t) {
        case 'ready': {
          up = true;
          upSince = timers.now();
          const first = !everUp;
          everUp = true;
          if (first) resolveStarted({ ok: true });
          else {
            logger.info('core process restarted', { starts });
            setStatus('up');
          }
          const w = waiters;
          waiters = [];
          for (const f of w) f();
          return;
        }
        case 'failed':
          logger.error('core process could not open the data', { error: msg.failure.message });
          if (!everUp) {
            // Nothing to restart into: the user reads why (app.ts) and the app exits.
            closed = true;
            generation++;
            c.kill();
            resolveStarted({ ok: false, failure: msg.failure });
          }
          // After a restart it keeps trying on the exit that follows.
          return;
        case 'reply': {
          const p = pending.get(msg.id);
          if (!p) return;
          pending.delete(msg.id);
          p.resolve(msg.value);
          return;
        }
        case 'event':
          for (const l of [...listeners]) l(msg.ev);
          return;
      }
    });
    c.on('exit', (code) => {
      if (gen !== generation) return;
      child = null;
      const wasUp = up;
      up = false;
      for (const [id, p] of pending) {
        pending.delete(id);
        p.resolve(p.lost());
      }
      if (closing || closed) return;
      if (!everUp) {
        // Died before it could say anything: as a failure to open, in its own words.
        closed = true;
        resolveStarted({ ok: false, failure: { message: `core process exited with code ${code}` } });
        return;
      }
      if (wasUp) {
        if (timers.now() - upSince >= healthyAfterMs) crashes = 0;
        logger.error('core process exited unexpectedly', { code });
        setStatus('down');
      }
      const delay = delays[Math.min(crashes, delays.length - 1)] ?? 1_000;
      crashes++;
      timers.setTimeout(() => {
        if (!closing && !closed) spawn();
      }, delay);
    });
  };

  /** Sends when the core is up; waits a while for a restart otherwise. */
  const whenUp = (): Promise<boolean> => {
    if (up) return Promise.resolve(true);
    if (closing || closed) return Promise.resolve(false);
    return new Promise((resolve) => {
      let done = false;
      const go = () => {
        if (done) return;
        done = true;
        resolve(up);
      };
      waiters.push(go);
      timers.setTimeout(go, waitWhileDownMs);
    });
  };

  const request = (msg: ToCore, lost: () => unknown): Promise<unknown> =>
    new Promise((resolve) => {
      pending.set(msg.id, { resolve, lost });
      try {
        child!.postMessage(msg);
      } catch (err) {
        pending.delete(msg.id);
        logger.warn('core process message failed', { error: String(err) });
        resolve(lost());
      }
    });

  spawn();

  return {
    methods: opts.methods,
    dataDir: opts.dataDir,
    started,
    get starts() {
      return starts;
    },
    async call(method, input, actor, meta) {
      if (!(await whenUp())) return refusal('errors.core_unavailable');
      const id = nextId++;
      const msg: ToCore = { t: 'call', id, method, input };
      if (actor) msg.actor = actor;
      if (meta) msg.meta = meta;
      return (await request(msg, () => refusal('errors.core_lost'))) as Result<unknown>;
    },
    async authenticate(token) {
      if (!(await whenUp())) throw new CoreUnavailable('errors.core_unavailable');
      const id = nextId++;
      const LOST = Symbol('lost');
      const answer = await request({ t: 'auth', id, token }, () => LOST);
      // A core gone mid-question has not said the token is bad: the session is kept.
      if (answer === LOST) throw new CoreUnavailable('errors.core_lost');
      return answer as Actor | null;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    onStatus(listener) {
      statusListeners.add(listener);
      return () => void statusListeners.delete(listener);
    },
    async close() {
      if (closing || closed) return;
      closing = true;
      const c = child;
      for (const f of waiters) f();
      waiters = [];
      if (!c) return;
      if (!up) {
        c.kill();
        return;
      }
      const id = nextId++;
      await new Promise<void>((resolve) => {
        const timer = timers.setTimeout(() => {
          logger.warn('core process did not close in time: killed');
          c.kill();
          resolve();
        }, closeTimeoutMs);
        pending.set(id, {
          resolve: () => {
            timers.clearTimeout(timer);
            resolve();
          },
          lost: () => undefined,
        });
        c.postMessage({ t: 'close', id });
      });
      closed = true;
    },
  };
}
