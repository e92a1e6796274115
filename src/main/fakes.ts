import { EventEmitter } from 'node:events';
import type { IpcMainLike, IpcSenderEvent } from './ipc';
import { APP_INDEX_URL } from './origin';

/*
 * Test support: stand-ins for the Electron objects src/main takes as arguments.
 * Tests never load the real `electron` package (its first require downloads a binary).
 */

let nextId = 1;

/** A WebContents: records what was sent to it, and can be navigated or destroyed. */
export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly sent: { channel: string; args: unknown[] }[] = [];
  url: string;
  private destroyed = false;
  windowOpenHandler: ((details: { url: string }) => { action: 'deny' | 'allow' }) | null = null;
  reloads = 0;
  /** Where `send` delivers besides the record: a fake ipcRenderer in the parity test. */
  deliver: ((channel: string, args: unknown[]) => void) | null = null;

  constructor(url = APP_INDEX_URL) {
    super();
    this.url = url;
  }
  isDestroyed() {
    return this.destroyed;
  }
  getURL() {
    return this.url;
  }
  send(channel: string, ...args: unknown[]) {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push({ channel, args });
    this.deliver?.(channel, structuredClone(args));
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' | 'allow' }) {
    this.windowOpenHandler = handler;
  }
  reload() {
    this.reloads++;
  }
  destroy() {
    this.destroyed = true;
    this.emit('destroyed');
  }
  /** An IPC event as Electron builds it, from this page's main frame (or a given frame URL). */
  ipcEvent(frameUrl: string | null = this.url): IpcSenderEvent {
    return { sender: this, senderFrame: frameUrl === null ? null : { url: frameUrl } };
  }
  /** Emits a cancellable event the way Electron does; returns whether it was prevented. */
  fire(event: string, ...rest: unknown[]): boolean {
    let prevented = false;
    const ev = { preventDefault: () => (prevented = true), url: typeof rest[0] === 'string' ? rest[0] : undefined };
    this.emit(event, ev, ...rest);
    return prevented;
  }
}

type Handler = (event: IpcSenderEvent, ...args: unknown[]) => unknown;
type Listener = (event: IpcSenderEvent, ...args: unknown[]) => void;

/** ipcMain: `invoke`/`send` play the renderer's side of one message. */
export class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Handler>();
  readonly listeners = new Map<string, Set<Listener>>();

  handle(channel: string, listener: Handler) {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string) {
    this.handlers.delete(channel);
  }
  on(channel: string, listener: Listener) {
    let set = this.listeners.get(channel);
    if (!set) this.listeners.set(channel, (set = new Set()));
    set.add(listener);
    return this;
  }
  removeListener(channel: string, listener: Listener) {
    this.listeners.get(channel)?.delete(listener);
    return this;
  }
  /** Like `ipcRenderer.invoke`: structured-clones the arguments and the answer, as Electron does. */
  async invoke(event: IpcSenderEvent, channel: string, ...args: unknown[]): Promise<unknown> {
    const h = this.handlers.get(channel);
    if (!h) throw new Error(`No handler registered for '${channel}'`);
    return structuredClone(await h(event, ...structuredClone(args)));
  }
  send(event: IpcSenderEvent, channel: string, ...args: unknown[]): void {
    for (const l of this.listeners.get(channel) ?? []) l(event, ...structuredClone(args));
  }
}

/** A Session: keeps the handlers so a test can ask them. */
export class FakeSession {
  permissionRequestHandler: ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void) | null = null;
  permissionCheckHandler: ((wc: unknown, permission: string) => boolean) | null = null;
  devicePermissionHandler: ((details: unknown) => boolean) | null = null;
  spellCheckerEnabled = true;
  spellCheckerLanguages: string[] = ['en-US'];

  setPermissionRequestHandler(h: (wc: unknown, permission: string, cb: (granted: boolean) => void) => void) {
    this.permissionRequestHandler = h;
  }
  setPermissionCheckHandler(h: (wc: unknown, permission: string) => boolean) {
    this.permissionCheckHandler = h;
  }
  setDevicePermissionHandler(h: (details: unknown) => boolean) {
    this.devicePermissionHandler = h;
  }
  setSpellCheckerEnabled(enable: boolean) {
    this.spellCheckerEnabled = enable;
  }
  setSpellCheckerLanguages(languages: string[]) {
    this.spellCheckerLanguages = languages;
  }
}
