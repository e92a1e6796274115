import fs from 'node:fs';
import path from 'node:path';
import type { DisplayView, WallWindowState } from '../common/contract/desktop';
import { silentLogger, type Logger } from '../core';
import { DesktopRefusal } from './ipc';
import { APP_ORIGIN } from './origin';
import { secureWebPreferences } from './window';
import type { Rect } from './window-state';

/*
 * The wall window (大屏, ARCHITECTURE.md §4): a second BrowserWindow, kiosk and full screen on
 * a display the administrator chose, showing #/wall. Which display, and whether the
 * wall was up, is remembered in userData (per machine: display ids mean nothing on
 * another PC, so not in the database), and the wall comes back there at the next start.
 */

export const WALL_STATE_FILE = 'wall-window.json';
export const WALL_URL = `${APP_ORIGIN}/index.html#/wall`;
const WALL_BACKGROUND = '#060d1a';

/** The slice of Electron's `Display` the wall uses. */
export interface WallDisplay {
  id: number;
  label?: string;
  bounds: Rect;
  scaleFactor: number;
}

export interface WallScreen {
  getAllDisplays(): WallDisplay[];
  getPrimaryDisplay(): WallDisplay;
  on?(event: 'display-added' | 'display-removed', listener: () => void): unknown;
}

/** What is remembered between runs. */
export interface WallState {
  open: boolean;
  displayId: number | null;
  /** The chosen display's bounds: finds it again if the system renumbered it. */
  bounds: Rect | null;
}

export type WallWindowOptions = {
  title: string;
  show: false;
  x: number;
  y: number;
  width: number;
  height: number;
  kiosk: true;
  fullscreen: true;
  frame: false;
  autoHideMenuBar: true;
  backgroundColor: string;
  icon?: string;
  webPreferences: ReturnType<typeof secureWebPreferences> & {
    // The alarm must sound without anyone touching the wall (settings can turn it off).
    autoplayPolicy: 'no-user-gesture-required';
    // A wall in a dark corner of the room must not slow its clock down.
    backgroundThrottling: false;
  };
};

/** The slice of `BrowserWindow` the wall drives. */
export interface WallWindowLike {
  readonly webContents: { readonly id: number };
  loadURL(url: string): Promise<void>;
  once(event: 'ready-to-show', listener: () => void): unknown;
  on(event: 'closed', listener: () => void): unknown;
  show(): void;
  close(): void;
  isDestroyed(): boolean;
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function parseRect(v: unknown): Rect | null {
  const r = v as Partial<Rect> | null;
  if (!r || typeof r !== 'object') return null;
  return isNum(r.x) && isNum(r.y) && isNum(r.width) && isNum(r.height) && r.width > 0 && r.height > 0
    ? { x: r.x, y: r.y, width: r.width, height: r.height }
    : null;
}

export function parseWallState(raw: unknown): WallState {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<WallState>;
  return {
    open: r.open === true,
    displayId: isNum(r.displayId) ? r.displayId : null,
    bounds: parseRect(r.bounds),
  };
}

export function loadWallState(file: string, logger: Logger = silentLogger): WallState {
  try {
    return parseWallState(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch (e) {
    if ((e as { code?: string }).code !== 'ENOENT')
      logger.warn('wall window state unreadable', { error: String(e) });
    return parseWallState(null);
  }
}

/** Temp file and rename, like the main window's state: a power cut leaves the old or the new file. */
export function saveWallState(file: string, state: WallState, logger: Logger = silentLogger): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(state, null, 2));
    fs.renameSync(tmp, file);
  } catch (e) {
    logger.warn('wall window state not saved', { error: String(e) });
  }
}

const sameRect = (a: Rect, b: Rect) =>
  a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/** The remembered display if attached: by id, else by identical bounds (ids can change after a driver update). */
export function findWallDisplay(state: WallState, displays: readonly WallDisplay[]): WallDisplay | null {
  if (state.displayId === null) return null;
  const byId = displays.find((d) => d.id === state.displayId);
  if (byId) return byId;
  const { bounds } = state;
  return bounds ? (displays.find((d) => sameRect(d.bounds, bounds)) ?? null) : null;
}

export function wallWindowOptions(
  display: WallDisplay,
  preloadPath: string,
  title: string,
  icon?: string,
): WallWindowOptions {
  return {
    title,
    show: false,
    ...display.bounds,
    kiosk: true,
    fullscreen: true,
    frame: false,
    autoHideMenuBar: true,
    backgroundColor: WALL_BACKGROUND,
    ...(icon ? { icon } : {}),
    webPreferences: {
      ...secureWebPreferences(preloadPath),
      autoplayPolicy: 'no-user-gesture-required',
      backgroundThrottling: false,
    },
  };
}

export interface WallWindowDeps<W extends WallWindowLike> {
  BrowserWindow: new (options: WallWindowOptions) => W;
  screen: WallScreen;
  preloadPath: string;
  stateFile: string;
  title: string;
  icon?: string;
  logger?: Logger;
  /** Told when a wall window is created and when it is gone, so IPC treats it as a read-only wall. */
  onWindow?(webContentsId: number, alive: boolean): void;
  /** Told whenever the wall opens or closes (the settings page refreshes). */
  onChange?(): void;
}

export interface WallWindows<W> {
  /** The displays attached now and the wall's state (desktop.displays). */
  describe(): { displays: DisplayView[]; wall: WallWindowState };
  /** Opens the wall on that display, or moves it there; remembered (desktop.openWall). */
  open(displayId: number): WallWindowState;
  /** Closes the wall and remembers that it is closed (desktop.closeWall). */
  close(): void;
  /** At start: reopens the wall where it was, if it was up and that display is attached. */
  restore(): void;
  /** The app is quitting: close the window but remember it was up, so the next start reopens it. */
  shutdown(): void;
  current(): W | null;
  isWall(webContentsId: number): boolean;
}

export function createWallWindows<W extends WallWindowLike>(deps: WallWindowDeps<W>): WallWindows<W> {
  const logger = deps.logger ?? silentLogger;
  let state = loadWallState(deps.stateFile, logger);
  let win: W | null = null;
  let wcId: number | null = null;
  // Closed on purpose (moved, closed from settings, app quitting, display unplugged) is
  // not the user closing it. Electron reports 'closed' later, hence a mark on the window.
  const onPurpose = new WeakSet<W>();

  const persist = () => saveWallState(deps.stateFile, state, logger);

  const wallState = (): WallWindowState => ({
    open: win !== null && !win.isDestroyed(),
    displayId: state.displayId,
    displayMissing: state.displayId !== null && findWallDisplay(state, deps.screen.getAllDisplays()) === null,
  });

  const closeWindow = () => {
    const w = win;
    if (!w || w.isDestroyed()) return;
    onPurpose.add(w);
    w.close();
  };

  const openOn = (display: WallDisplay) => {
    closeWindow();
    const w = new deps.BrowserWindow(wallWindowOptions(display, deps.preloadPath, deps.title, deps.icon));
    win = w;
    const id = w.webContents.id;
    wcId = id;
    // Before the page loads, so its very first call is already answered as the wall's.
    deps.onWindow?.(id, true);
    w.once('ready-to-show', () => w.show());
    w.on('closed', () => {
      deps.onWindow?.(id, false);
      if (win === w) {
        win = null;
        wcId = null;
        // Closed by the user (Alt+F4 on the wall): it stays closed at the next start too.
        if (!onPurpose.has(w)) {
          state = { ...state, open: false };
          persist();
        }
        deps.onChange?.();
      }
    });
    w.loadURL(WALL_URL).catch((e: unknown) =>
      logger.error('wall window failed to load', { error: String(e) }),
    );
    logger.info('wall window opened', { displayId: display.id, bounds: display.bounds });
  };

  // Unplugged: Electron would move the kiosk onto a remaining screen, perhaps the desk's.
  // Close it instead (still remembered as up) and bring it back when the display returns.
  deps.screen.on?.('display-removed', () => {
    if (win && !win.isDestroyed() && findWallDisplay(state, deps.screen.getAllDisplays()) === null) {
      logger.warn('wall display removed; the wall waits for it', { displayId: state.displayId });
      closeWindow();
      deps.onChange?.();
    }
  });
  deps.screen.on?.('display-added', () => {
    if (state.open && (!win || win.isDestroyed()) && findWallDisplay(state, deps.screen.getAllDisplays())) {
      restoreNow();
      deps.onChange?.();
    }
  });

  function restoreNow() {
    if (!state.open) return;
    const display = findWallDisplay(state, deps.screen.getAllDisplays());
    if (!display) {
      // Never fall back to another screen: it could be the one the shift chief works on.
      logger.warn('wall display not attached; the wall waits for it', { displayId: state.displayId });
      return;
    }
    openOn(display);
  }

  return {
    describe() {
      const primary = deps.screen.getPrimaryDisplay();
      return {
        displays: deps.screen.getAllDisplays().map((d) => ({
          id: d.id,
          label: d.label ?? '',
          ...d.bounds,
          scaleFactor: d.scaleFactor,
          primary: d.id === primary.id,
        })),
        wall: wallState(),
      };
    },
    open(displayId) {
      const display = deps.screen.getAllDisplays().find((d) => d.id === displayId);
      if (!display) throw new DesktopRefusal('not_found', 'errors.display_missing');
      state = { open: true, displayId: display.id, bounds: { ...display.bounds } };
      persist();
      openOn(display);
      deps.onChange?.();
      return wallState();
    },
    close() {
      state = { ...state, open: false };
      persist();
      closeWindow();
      deps.onChange?.();
    },
    restore: restoreNow,
    shutdown() {
      closeWindow();
    },
    current: () => win,
    isWall: (id) => wcId !== null && id === wcId,
  };
}
