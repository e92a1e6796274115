import { methods, type MethodName } from '../common/contract';
import type { Locale } from '../common/domain/roles';
import { forSignInScreen, type AppEvent } from '../common/events';
import { formatMessage, type ErrorKey } from '../common/i18n/messages';
import { fail, ok, type Result } from '../common/result';
import {
  IPC_CALL_CHANNEL,
  IPC_EVENT_CHANNEL,
  IPC_HELD_TOKEN,
  IPC_SUBSCRIBE_CHANNEL,
  IPC_UNSUBSCRIBE_CHANNEL,
} from '../common/transport/ipc';
import { anonymous, type Actor, type Core, type Logger, silentLogger } from '../core';
import { checkAtEdge, foreignSenderRefusal } from './edge';
import { isAppUrl } from './origin';
import { appLocale } from './desktop-messages';

/** The slice of a `WebContents` the IPC layer uses. */
export interface IpcWebContents {
  readonly id: number;
  isDestroyed(): boolean;
  /** The main frame's current URL: events go only to a page on the app's origin. */
  getURL(): string;
  send(channel: string, ...args: unknown[]): void;
  once(event: 'destroyed', listener: () => void): unknown;
}

/** The slice of `IpcMainEvent` / `IpcMainInvokeEvent` we read. */
export interface IpcSenderEvent {
  sender: IpcWebContents;
  /** Null once the frame navigated away or was destroyed: such messages are refused. */
  readonly senderFrame: { readonly url: string } | null;
}

/** The slice of Electron's `ipcMain` (a fake in tests). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcSenderEvent, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
  on(channel: string, listener: (event: IpcSenderEvent, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: IpcSenderEvent, ...args: unknown[]) => void): unknown;
}

/** A refusal of the desktop's own methods (a display that is gone, say), rendered like core's errors. */
export class DesktopRefusal extends Error {
  constructor(
    readonly code: 'not_found' | 'conflict',
    readonly key: ErrorKey,
  ) {
    super(key);
    this.name = 'DesktopRefusal';
  }
}

/**
 * What only the desktop app can do (displays, the wall window). Core runs `desktop.*`
 * through its access checks and answers `errors.desktop_only`; that answer, and only
 * that one, hands the call to `run`. So who may do what is decided in one place.
 */
export interface DesktopMethods {
  run(method: Extract<MethodName, `desktop.${string}`>, input: unknown): unknown;
  /** The wall window: acts as a read-only wall, never as the operator who opened it. */
  isWall(webContentsId: number): boolean;
}

export interface IpcOptions {
  logger?: Logger;
  /** Which sender URLs count as the app's own page (default: the app:// origin). */
  isTrustedUrl?: (url: string) => boolean;
  desktop?: DesktopMethods;
}

export interface IpcRegistration {
  /** Whether a window currently holds a signed-in operator (tests, diagnostics). */
  hasSession(webContentsId: number): boolean;
  /** Sends an event of the main process itself (desktop.changed) to every subscribed window. */
  emit(ev: AppEvent): void;
  /** Removes the handlers and forgets every window's session. */
  dispose(): void;
}

/** How core sees the wall window: a wall, like a LAN wall token, so every write is refused. */
export const DESKTOP_WALL_ACTOR: Actor = { kind: 'wall', tokenId: 'desktop-wall-window' };

const isDesktopMethod = (m: MethodName): m is Extract<MethodName, `desktop.${string}`> =>
  m.startsWith('desktop.');

interface WindowState {
  token: string | null;
  subscribed: boolean;
  wc: IpcWebContents;
}

/**
 * The IPC transport, main side (ARCHITECTURE.md §4). Every message must come from a frame
 * on the app's own origin; the operator token is held here, per window, and never
 * handed to the page.
 */
export function registerIpc(ipcMain: IpcMainLike, core: Core, opts: IpcOptions = {}): IpcRegistration {
  const logger = opts.logger ?? silentLogger;
  const isTrustedUrl = opts.isTrustedUrl ?? isAppUrl;
  const windows = new Map<number, WindowState>();

  const trusted = (event: IpcSenderEvent): boolean => {
    const url = event.senderFrame?.url;
    return typeof url === 'string' && isTrustedUrl(url);
  };

  const locale = (): Promise<Locale> => appLocale(core);

  const stateOf = (wc: IpcWebContents): WindowState => {
    let st = windows.get(wc.id);
    if (!st) {
      st = { token: null, subscribed: false, wc };
      windows.set(wc.id, st);
      const id = wc.id;
      // The session and the subscription die with the window; the token is simply
      // forgotten (only its hash is stored, so nobody can use that session again).
      wc.once('destroyed', () => windows.delete(id));
    }
    return st;
  };

  const actorOf = (st: WindowState | undefined): Actor => {
    if (!st?.token) return anonymous;
    const actor = core.authenticate(st.token);
    if (!actor) st.token = null; // revoked or deactivated elsewhere
    return actor ?? anonymous;
  };

  async function onCall(event: IpcSenderEvent, method: unknown, input: unknown): Promise<Result<unknown>> {
    if (!trusted(event)) {
      logger.warn('ipc call refused: foreign sender', {
        url: String(event.senderFrame?.url ?? null).slice(0, 200),
      });
      return foreignSenderRefusal(await locale());
    }
    const checked = checkAtEdge(method, input, await locale(), core.methods);
    if (!checked.ok) return checked.refusal;
    const wall = opts.desktop?.isWall(event.sender.id) ?? false;
    if (wall && checked.method === 'auth.signIn') {
      const loc = await locale();
      return fail({
        code: 'forbidden',
        key: 'errors.forbidden_wall',
        message: formatMessage(loc, 'errors.forbidden_wall'),
      });
    }
    const st = windows.get(event.sender.id);
    const res = await core.call(checked.method, input, wall ? DESKTOP_WALL_ACTOR : actorOf(st), {
      via: 'ipc',
    });
    if (
      !res.ok &&
      res.error.key === 'errors.desktop_only' &&
      opts.desktop &&
      isDesktopMethod(checked.method)
    ) {
      return runDesktop(opts.desktop, checked.method, input);
    }
    if (checked.method === 'auth.signIn' && res.ok) {
      const value = res.value as { token: string; operator: unknown };
      const held = stateOf(event.sender);
      // Signing in over an existing session replaces it: end the old one properly.
      if (held.token) await core.call('auth.signOut', {}, actorOf(held), { via: 'ipc' });
      held.token = value.token;
      return { ok: true, value: { ...value, token: IPC_HELD_TOKEN } };
    }
    if (checked.method === 'auth.signOut' && st) st.token = null;
    return res;
  }

  async function runDesktop(
    desktop: DesktopMethods,
    method: Extract<MethodName, `desktop.${string}`>,
    input: unknown,
  ): Promise<Result<unknown>> {
    try {
      const value = await desktop.run(method, methods[method].input.parse(input));
      const out = methods[method].output.safeParse(value);
      if (!out.success) throw new Error(`output of ${method} failed its schema`);
      return ok(out.data);
    } catch (e) {
      const loc = await locale();
      if (e instanceof DesktopRefusal)
        return fail({ code: e.code, key: e.key, message: formatMessage(loc, e.key) });
      logger.error('desktop method failed', {
        method,
        error: e instanceof Error ? (e.stack ?? e.message) : String(e),
      });
      return fail({
        code: 'internal',
        key: 'errors.internal',
        message: formatMessage(loc, 'errors.internal'),
      });
    }
  }

  const onSubscribe = (event: IpcSenderEvent) => {
    if (!trusted(event)) {
      logger.warn('ipc subscribe refused: foreign sender', {
        url: String(event.senderFrame?.url ?? null).slice(0, 200),
      });
      return;
    }
    stateOf(event.sender).subscribed = true;
  };

  const onUnsubscribe = (event: IpcSenderEvent) => {
    if (!trusted(event)) return;
    const st = windows.get(event.sender.id);
    if (st) st.subscribed = false;
  };

  const push = (ev: AppEvent) => {
    for (const [id, st] of windows) {
      if (!st.subscribed) continue;
      if (st.wc.isDestroyed()) {
        windows.delete(id);
        continue;
      }
      if (!isTrustedUrl(st.wc.getURL())) continue;
      // A window nobody is signed in to shows the sign-in screen: it hears only what that shows.
      const signedIn =
        (opts.desktop?.isWall(id) ?? false) || (st.token !== null && actorOf(st).kind !== 'anonymous');
      const shown = signedIn ? ev : forSignInScreen(ev);
      if (!shown) continue;
      try {
        st.wc.send(IPC_EVENT_CHANNEL, shown);
      } catch (e) {
        logger.warn('ipc event delivery failed', { webContents: id, error: String(e) });
      }
    }
  };

  ipcMain.handle(IPC_CALL_CHANNEL, (event, method, input) => onCall(event, method, input));
  ipcMain.on(IPC_SUBSCRIBE_CHANNEL, onSubscribe);
  ipcMain.on(IPC_UNSUBSCRIBE_CHANNEL, onUnsubscribe);
  const unsubscribeCore = core.subscribe(push);

  return {
    hasSession: (id) => windows.get(id)?.token != null,
    emit: push,
    dispose() {
      unsubscribeCore();
      ipcMain.removeHandler(IPC_CALL_CHANNEL);
      ipcMain.removeListener(IPC_SUBSCRIBE_CHANNEL, onSubscribe);
      ipcMain.removeListener(IPC_UNSUBSCRIBE_CHANNEL, onUnsubscribe);
      windows.clear();
    },
  };
}
