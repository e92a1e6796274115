import { createCore, outputChecksFromEnv, DbTooNewError, type Core, type CoreOptions } from '../core';
import { asToCore, type FromCore, type OpenFailure } from './core-wire';

/** One end of the pipe to main: Electron's `process.parentPort`, a Node MessagePort, a fake. */
export interface WirePort {
  post(msg: FromCore): void;
  onMessage(listener: (msg: unknown) => void): void;
}

/** What the user is told when the data cannot be opened: plain data, to cross to main. */
export function openFailureOf(err: unknown): OpenFailure {
  const message = err instanceof Error ? err.message : String(err);
  return err instanceof DbTooNewError ? { message, tooNew: { key: err.key, params: err.params } } : { message };
}

/**
 * Serves a core over the pipe: calls and token checks answered by id, every event
 * pushed. `close` closes the database, answers, and then `onClosed` runs (the process
 * exits there). Calls are answered in the order they finish, as in one process.
 */
export function serveCore(core: Core, port: WirePort, onClosed: () => void = () => {}): void {
  let closing = false;
  const unsubscribe = core.subscribe((ev) => port.post({ t: 'event', ev }));
  port.onMessage((raw) => {
    const msg = asToCore(raw);
    if (!msg) return;
    switch (msg.t) {
      case 'call':
        void core
          .call(msg.method, msg.input, msg.actor, msg.meta)
          .then((value) => port.post({ t: 'reply', id: msg.id, value }));
        return;
      case 'auth':
        port.post({ t: 'reply', id: msg.id, value: core.authenticate(msg.token) });
        return;
      case 'close':
        if (closing) return;
        closing = true;
        unsubscribe();
        void core.close().finally(() => {
          port.post({ t: 'reply', id: msg.id, value: null });
          onClosed();
        });
        return;
    }
  });
}

/**
 * The core's process, start to finish: open the data (or say why not) and serve it.
 * `createCore` is a parameter so tests can hand in one that fails.
 */
export function runCoreServer(
  port: WirePort,
  opts: CoreOptions,
  onClosed: () => void,
  open: (o: CoreOptions) => Core = createCore,
): Core | null {
  let core: Core;
  try {
    core = open({ validateOutputs: outputChecksFromEnv(), ...opts });
  } catch (err) {
    opts.logger?.error('core failed to open', {
      dataDir: opts.dataDir,
      error: err instanceof Error ? (err.stack ?? err.message) : String(err),
    });
    port.post({ t: 'failed', failure: openFailureOf(err) });
    return null;
  }
  serveCore(core, port, onClosed);
  port.post({ t: 'ready' });
  return core;
}
