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
    const ev = {
      preventDefault: () => (prevented = true),
      url: typeof rest[0] === 'string' ? rest[0] : undefined,
    };
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
    if (this.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
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
  permissionRequestHandler:
    ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void) | null = null;
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

interface FakeRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A Display as Electron describes it (the parts src/main reads). */
export interface FakeDisplay {
  id: number;
  label: string;
  bounds: FakeRect;
  workArea: FakeRect;
  scaleFactor: number;
}

export function fakeDisplay(id: number, bounds: FakeRect, label = '', scaleFactor = 1): FakeDisplay {
  return { id, label, bounds, workArea: { ...bounds, height: bounds.height - 40 }, scaleFactor };
}

/** `screen`: displays can be plugged in and out, with the events Electron sends. */
export class FakeScreen extends EventEmitter {
  constructor(public displays: FakeDisplay[]) {
    super();
  }
  getAllDisplays() {
    return this.displays.map((d) => ({ ...d }));
  }
  getPrimaryDisplay() {
    return { ...this.displays[0]! };
  }
  getDisplayMatching(rect: FakeRect) {
    const inside = this.displays.find(
      (d) =>
        rect.x >= d.bounds.x &&
        rect.x < d.bounds.x + d.bounds.width &&
        rect.y >= d.bounds.y &&
        rect.y < d.bounds.y + d.bounds.height,
    );
    return { ...(inside ?? this.displays[0]!) };
  }
  unplug(id: number) {
    this.displays = this.displays.filter((d) => d.id !== id);
    this.emit('display-removed');
  }
  plug(d: FakeDisplay) {
    this.displays.push(d);
    this.emit('display-added');
  }
}

/**
 * A BrowserWindow: remembers its options and what it loaded; `close()` behaves like
 * Electron's (the 'closed' event comes later, on a later turn), `userClose()` is someone
 * pressing Alt+F4 on it.
 */
export class FakeBrowserWindow<O = unknown> extends EventEmitter {
  static all: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  readonly loaded: string[] = [];
  shown = false;
  private destroyed = false;
  constructor(readonly options: O) {
    super();
    FakeBrowserWindow.all.push(this as FakeBrowserWindow);
  }
  static getFocusedWindow() {
    return FakeBrowserWindow.all.at(-1) ?? null;
  }
  async loadURL(url: string) {
    this.loaded.push(url);
    // Painted: Electron emits ready-to-show once the first frame is ready.
    queueMicrotask(() => this.emit('ready-to-show'));
  }
  show() {
    this.shown = true;
  }
  maximize() {}
  restore() {}
  focus() {}
  isDestroyed() {
    return this.destroyed;
  }
  close() {
    if (this.destroyed) return;
    this.emit('close');
    setTimeout(() => {
      this.destroyed = true;
      this.webContents.destroy();
      this.emit('closed');
    }, 0);
  }
  userClose() {
    this.close();
  }
  getBounds() {
    const o = this.options as Partial<FakeRect>;
    return { x: o.x ?? 0, y: o.y ?? 0, width: o.width ?? 1440, height: o.height ?? 900 };
  }
  getNormalBounds() {
    return this.getBounds();
  }
  isMaximized() {
    return false;
  }
  isMinimized() {
    return false;
  }
  isFullScreen() {
    return false;
  }
}
