import fs from 'node:fs';
import path from 'node:path';
import { silentLogger, type Logger } from '../core';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What is remembered between runs (a JSON file in userData). */
export interface WindowState {
  bounds: Rect;
  maximized: boolean;
  displayId: number | null;
}

/** The slice of Electron's `Display` used for placement. */
export interface DisplayInfo {
  id: number;
  workArea: Rect;
}

export const WINDOW_STATE_FILE = 'window-state.json';
export const DEFAULT_SIZE = { width: 1440, height: 900 };
export const MIN_SIZE = { width: 1024, height: 680 };

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && Number.isInteger(v);

/** Parses a saved state; anything malformed counts as no state at all. */
export function parseWindowState(raw: unknown): WindowState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Partial<WindowState>;
  const b = r.bounds as Partial<Rect> | undefined;
  if (!b || !isInt(b.x) || !isInt(b.y) || !isInt(b.width) || !isInt(b.height)) return null;
  if (b.width <= 0 || b.height <= 0) return null;
  return {
    bounds: { x: b.x, y: b.y, width: b.width, height: b.height },
    maximized: r.maximized === true,
    displayId: isInt(r.displayId) ? r.displayId : null,
  };
}

export function loadWindowState(file: string, logger: Logger = silentLogger): WindowState | null {
  try {
    return parseWindowState(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch (e) {
    if ((e as { code?: string }).code !== 'ENOENT')
      logger.warn('window state unreadable, using defaults', { error: String(e) });
    return null;
  }
}

/** Written to a temp file and renamed, so a crash mid-write never leaves half a file. */
export function saveWindowState(file: string, state: WindowState, logger: Logger = silentLogger): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(state, null, 2));
    fs.renameSync(tmp, file);
  } catch (e) {
    logger.warn('window state not saved', { error: String(e) });
  }
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(Math.max(v, lo), Math.max(lo, hi));
}

/** Shrinks `bounds` to fit `area` and moves it fully inside. */
export function fitInto(bounds: Rect, area: Rect): Rect {
  const width = Math.min(bounds.width, area.width);
  const height = Math.min(bounds.height, area.height);
  return {
    width,
    height,
    x: clamp(bounds.x, area.x, area.x + area.width - width),
    y: clamp(bounds.y, area.y, area.y + area.height - height),
  };
}

function centered(size: { width: number; height: number }, area: Rect): Rect {
  const width = Math.min(size.width, area.width);
  const height = Math.min(size.height, area.height);
  return {
    width,
    height,
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
  };
}

/**
 * Where to open the window: on the remembered display if it is still attached, else
 * on the primary one; always entirely on-screen (a display may have shrunk or moved).
 */
export function placeWindow(
  state: WindowState | null,
  displays: readonly DisplayInfo[],
  primary: DisplayInfo,
): WindowState {
  if (!state) {
    return { bounds: centered(DEFAULT_SIZE, primary.workArea), maximized: false, displayId: primary.id };
  }
  const same = state.displayId === null ? undefined : displays.find((d) => d.id === state.displayId);
  if (same) {
    return { bounds: fitInto(state.bounds, same.workArea), maximized: state.maximized, displayId: same.id };
  }
  // The display is gone: keep the size the user chose, centred on the primary display.
  return {
    bounds: centered(state.bounds, primary.workArea),
    maximized: state.maximized,
    displayId: primary.id,
  };
}

/** The slice of `BrowserWindow` whose state is remembered. */
export interface TrackableWindow {
  getBounds(): Rect;
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  isMinimized(): boolean;
  isFullScreen(): boolean;
  on(event: 'close' | 'resize' | 'move' | 'maximize' | 'unmaximize', listener: () => void): unknown;
}

export interface ScreenLike {
  getAllDisplays(): DisplayInfo[];
  getPrimaryDisplay(): DisplayInfo;
  getDisplayMatching(rect: Rect): DisplayInfo;
}

/** The state to remember now; the normal (restored) bounds when maximized or minimized. */
export function captureWindowState(
  win: TrackableWindow,
  screen: Pick<ScreenLike, 'getDisplayMatching'>,
): WindowState {
  const special = win.isMaximized() || win.isMinimized() || win.isFullScreen();
  const bounds = special ? win.getNormalBounds() : win.getBounds();
  return { bounds, maximized: win.isMaximized(), displayId: screen.getDisplayMatching(bounds).id };
}

/**
 * Saves the window's state when it closes, and (debounced) while it moves, so a
 * power cut does not lose where the shift chief put the window.
 */
export function trackWindowState(
  win: TrackableWindow,
  screen: Pick<ScreenLike, 'getDisplayMatching'>,
  file: string,
  logger: Logger = silentLogger,
  debounceMs = 1000,
): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const save = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    saveWindowState(file, captureWindowState(win, screen), logger);
  };
  const later = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, debounceMs);
    timer.unref?.();
  };
  for (const ev of ['resize', 'move', 'maximize', 'unmaximize'] as const) win.on(ev, later);
  win.on('close', save);
}
