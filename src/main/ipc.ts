import { methods, type MethodName } from '../common/contract';
import type { Locale } from '../common/domain/roles';
import { forSignInScreen, type AppEvent } from '../common/events';
import { formatMessage, type ErrorKey } from '../common/i18n/messages';
import { fail, ok, type Result } from '../common/result';
import {
  IPC_CALL_CHANNEL,
  IPC_CONNECTION_EVENTS,
  IPC_EVENT_CHANNEL,
  IPC_HELD_TOKEN,
  IPC_SUBSCRIBE_CHANNEL,
  IPC_UNSUBSCRIBE_CHANNEL,
} from '../common/transport/ipc';
import { anonymous, type Actor, type Logger, silentLogger } from '../core';
import { CoreUnavailable, type CoreLink } from './core-link';
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
  /**
   * Tells every subscribed window the core went away or came back (core-process.ts): the
   * renderer shows 连接中断 and, when it is back, fetches everything on screen afresh.
   */
  connection(status: 'down' | 'up'): void;
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
  /** Events go out one after another even though deciding who may hear one now waits on the core. */
  queue: Promise<void>;
  /** How many events wait in `queue`. */
  waiting: number;
}

/**
 * The IPC transport, main side (ARCHITECTURE.md §4). Every message must come from a frame
 * on the app's own origin; the operator token is held here, per window, and never
 * handed to the page.
 */
export function registerIpc(ipcMain: IpcMainLike, core: CoreLink, opts: IpcOptions = {}): IpcRegistration {
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
      st = { token: null, subscribed: false, wc, queue: Promise.resolve(), waiting: 0 };
      windows.set(wc.id, st);
      const id = wc.id;
      // The session and the subscription die with the window; the token is simply
      // forgotten (only its hash is stored, so nobody can use that session again).
      wc.once('destroyed', () => windows.delete(id));
    }
    return st;
  };

  /** The window's caller; throws CoreUnavailable when the core cannot say (the token is kept). */
  const actorOf = async (st: WindowState | undefined): Promise<Actor> => {
    if (!st?.token) return anonymous;
    const token = st.token;
    const actor = await core.authenticate(token);
    if (!actor && st.token === token) st.token = null; // revoked or deactivated elsewhere
    return actor ?? anonymous;
  };

  const unavailable = async (e: CoreUnavailable): Promise<Result<unknown>> =>
    fail({ code: 'internal', key: e.key, message: formatMessage(await locale(), e.key) });

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
    let actor: Actor;
    try {
      actor = wall ? DESKTOP_WALL_ACTOR : await actorOf(st);
    } catch (e) {
      if (e instanceof CoreUnavailable) return unavailable(e);
      throw e;
    }
    const res = await core.call(checked.method, input, actor, { via: 'ipc' });
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
      if (held.token) {
        const before = await actorOf(held).catch(() => anonymous);
        if (before.kind !== 'anonymous') await core.call('auth.signOut', {}, before, { via: 'ipc' });
      }
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

  const deliver = (id: number, st: WindowState, shown: AppEvent) => {
    try {
      st.wc.send(IPC_EVENT_CHANNEL, shown);
    } catch (e) {
      logger.warn('ipc event delivery failed', { webContents: id, error: String(e) });
    }
  };

  const live = (id: number, st: WindowState): boolean => {
    if (!st.subscribed) return false;
    if (st.wc.isDestroyed()) {
      windows.delete(id);
      return false;
    }
    return isTrustedUrl(st.wc.getURL());
  };

  /** Runs `job` after what the window is already waiting to be sent, so events keep their order. */
  const enqueue = (st: WindowState, job: () => Promise<void> | void) => {
    st.waiting++;
    st.queue = st.queue
      .then(job)
      .catch((e: unknown) => logger.warn('ipc event delivery failed', { error: String(e) }))
      .finally(() => void st.waiting--);
  };

  const push = (ev: AppEvent) => {
    for (const [id, st] of windows) {
      if (!live(id, st)) continue;
      const wall = opts.desktop?.isWall(id) ?? false;
      // A window nobody is signed in to shows the sign-in screen: it hears only what that shows.
      if ((wall || st.token === null) && st.waiting === 0) {
        // Nothing to ask the core and nothing ahead of it: at once.
        const shown = wall ? ev : forSignInScreen(ev);
        if (shown) deliver(id, st, shown);
        continue;
      }
      enqueue(st, async () => {
        let signedIn = wall;
        if (!wall && st.token !== null) {
          signedIn = await actorOf(st).then(
            (a) => a.kind !== 'anonymous',
            // The core cannot say right now: the window keeps hearing what it heard.
            (e: unknown) => e instanceof CoreUnavailable,
          );
        }
        const shown = signedIn ? ev : forSignInScreen(ev);
        if (shown && live(id, st)) deliver(id, st, shown);
      });
    }
  };

  const connection = (status: 'down' | 'up') => {
    const ev: AppEvent = { type: IPC_CONNECTION_EVENTS[status], at: new Date().toISOString() };
    for (const [id, st] of windows) {
      if (!live(id, st)) continue;
      enqueue(st, () => deliver(id, st, ev));
    }
  };

  ipcMain.handle(IPC_CALL_CHANNEL, (event, method, input) => onCall(event, method, input));
  ipcMain.on(IPC_SUBSCRIBE_CHANNEL, onSubscribe);
  ipcMain.on(IPC_UNSUBSCRIBE_CHANNEL, onUnsubscribe);
  const unsubscribeCore = core.subscribe(push);

  return {
    hasSession: (id) => windows.get(id)?.token != null,
    emit: push,
    connection,
    dispose() {
      unsubscribeCore();
      ipcMain.removeHandler(IPC_CALL_CHANNEL);
      ipcMain.removeListener(IPC_SUBSCRIBE_CHANNEL, onSubscribe);
      ipcMain.removeListener(IPC_UNSUBSCRIBE_CHANNEL, onUnsubscribe);
      windows.clear();
    },
  };
}
