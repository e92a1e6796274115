import type { Transport } from '../client';
import type { AppEvent, Unsubscribe } from '../events';
import { formatMessage } from '../i18n/messages';
import { isErrorBody, type Result } from '../result';

/**
 * The Electron IPC transport (ARCHITECTURE.md §4). Three pieces share this file so they
 * cannot drift apart: the channel names, the bridge the preload exposes as
 * `window.dutyRoom`, and the renderer-side `Transport` over that bridge.
 * Nothing here imports electron: the preload passes its `ipcRenderer` in.
 */

/** `ipcMain.handle` channel: `(method: string, input: unknown) => Result`. */
export const IPC_CALL_CHANNEL = 'duty-room:call';
/** `ipcRenderer.send` channels that start and stop event delivery to this window. */
export const IPC_SUBSCRIBE_CHANNEL = 'duty-room:subscribe';
export const IPC_UNSUBSCRIBE_CHANNEL = 'duty-room:unsubscribe';
/** `webContents.send` channel main pushes `AppEvent`s on. */
export const IPC_EVENT_CHANNEL = 'duty-room:event';

/**
 * Events main sends when the core's process died and when its restart is serving again
 * (src/main/core-process.ts). The renderer's transport turns them into its connection
 * status, as the HTTP stream's drop and reconnect: 连接中断, then everything refetched.
 */
export const IPC_CONNECTION_EVENTS = { down: 'connection.down', up: 'connection.up' } as const;

/** The name of the bridge on `window`. */
export const BRIDGE_KEY = 'dutyRoom';

/**
 * What `auth.signIn` returns over IPC in place of the token: the main process keeps
 * the real one for the window, so a compromised page has no secret to steal.
 */
export const IPC_HELD_TOKEN = 'held-by-main-process';

/** Exactly the contract and nothing else: one call, one subscribe. */
export interface DutyRoomBridge {
  call(method: string, input: unknown): Promise<Result<unknown>>;
  subscribe(listener: (ev: AppEvent) => void): Unsubscribe;
}

declare global {
  interface Window {
    /** Present only inside the Electron shell (set by the preload). */
    dutyRoom?: DutyRoomBridge;
  }
}

/** The slice of Electron's `ipcRenderer` the bridge uses (the preload passes the real one). */
export interface BridgeIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  send(channel: string, ...args: unknown[]): void;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

function internalError(): Result<never> {
  return {
    ok: false,
    error: { code: 'internal', key: 'errors.internal', message: formatMessage('zh-CN', 'errors.internal') },
  };
}

function isResult(v: unknown): v is Result<unknown> {
  if (typeof v !== 'object' || v === null || !('ok' in v)) return false;
  const r = v as { ok: unknown; error?: unknown };
  return r.ok === true ? 'value' in r : r.ok === false && isErrorBody(r.error);
}

function isAppEvent(v: unknown): v is AppEvent {
  return typeof v === 'object' && v !== null && typeof (v as AppEvent).type === 'string';
}

/**
 * The preload's bridge. Listeners get only the event payload, never Electron's
 * IPC event object (its `sender` would hand the page `ipcRenderer`).
 */
export function createIpcBridge(ipc: BridgeIpc): DutyRoomBridge {
  const listeners = new Set<(ev: AppEvent) => void>();
  const onEvent = (_event: unknown, payload: unknown) => {
    if (!isAppEvent(payload)) return;
    const ev: AppEvent = { type: payload.type, ids: payload.ids, at: payload.at };
    for (const l of [...listeners]) {
      try {
        l(ev);
      } catch {
        // One broken listener must not starve the others.
      }
    }
  };
  return {
    async call(method, input) {
      try {
        const res = await ipc.invoke(IPC_CALL_CHANNEL, method, input);
        return isResult(res) ? res : internalError();
      } catch {
        return internalError();
      }
    },
    subscribe(listener) {
      if (typeof listener !== 'function') throw new TypeError('listener must be a function');
      if (listeners.size === 0) {
        ipc.on(IPC_EVENT_CHANNEL, onEvent);
        ipc.send(IPC_SUBSCRIBE_CHANNEL);
      }
      // Wrap, so subscribing the same function twice still yields two independent unsubscribes.
      const entry = (ev: AppEvent) => listener(ev);
      listeners.add(entry);
      let active = true;
      return () => {
        if (!active) return;
        active = false;
        listeners.delete(entry);
        if (listeners.size === 0) {
          ipc.removeListener(IPC_EVENT_CHANNEL, onEvent);
          ipc.send(IPC_UNSUBSCRIBE_CHANNEL);
        }
      };
    },
  };
}

/**
 * The renderer's transport inside Electron. The token lives in the main process for
 * this window, so `setToken` has nothing to do; events arrive over a pipe that is open
 * unless main says the core is down.
 */
export function createIpcTransport(bridge: DutyRoomBridge): Transport {
  return {
    call: (method, input) => bridge.call(method, input),
    subscribe(listener, onStatus) {
      const unsubscribe = bridge.subscribe((ev) => {
        if (ev.type === IPC_CONNECTION_EVENTS.down) onStatus?.('closed');
        else if (ev.type === IPC_CONNECTION_EVENTS.up) onStatus?.('open');
        else listener(ev);
      });
      let active = true;
      // Reported after subscribe returns, as the HTTP transport does, so callers see one order.
      if (onStatus) queueMicrotask(() => active && onStatus('open'));
      return () => {
        active = false;
        unsubscribe();
      };
    },
    setToken() {
      // Held by the main process (see IPC_HELD_TOKEN).
    },
  };
}
