import { silentLogger, type Logger } from '../core';
import { APP_INDEX_URL } from './origin';
import { MIN_SIZE, type WindowState } from './window-state';
import { desktopText } from './desktop-messages';

/** The webPreferences every Duty Room window gets (ARCHITECTURE.md §4). */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    // Chromium downloads dictionaries when the spellchecker is on (§1 offline).
    spellcheck: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
  } as const;
}

export type MainWindowOptions = {
  title: string;
  show: false;
  x: number;
  y: number;
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  backgroundColor: string;
  autoHideMenuBar: false;
  icon?: string;
  webPreferences: ReturnType<typeof secureWebPreferences>;
};

/** The slice of `BrowserWindow` this module drives. */
export interface MainWindowLike {
  loadURL(url: string): Promise<void>;
  once(event: 'ready-to-show', listener: () => void): unknown;
  show(): void;
  maximize(): void;
}

export interface MainWindowDeps<W extends MainWindowLike> {
  /** Electron's BrowserWindow class (a fake in tests). */
  BrowserWindow: new (options: MainWindowOptions) => W;
  preloadPath: string;
  /** Already placed on-screen (see window-state.ts placeWindow). */
  state: WindowState;
  title?: string;
  icon?: string;
  url?: string;
  logger?: Logger;
}

/** Creates the main window and loads the app from app:// (never file://). */
export function createMainWindow<W extends MainWindowLike>(deps: MainWindowDeps<W>): W {
  const logger = deps.logger ?? silentLogger;
  const { bounds } = deps.state;
  const win = new deps.BrowserWindow({
    title: deps.title ?? desktopText('zh-CN')('app.name'),
    show: false,
    ...bounds,
    minWidth: Math.min(MIN_SIZE.width, bounds.width),
    minHeight: Math.min(MIN_SIZE.height, bounds.height),
    backgroundColor: '#f5f7fa',
    autoHideMenuBar: false,
    ...(deps.icon ? { icon: deps.icon } : {}),
    webPreferences: secureWebPreferences(deps.preloadPath),
  });
  // Shown once painted, so the duty room never sees a white flash or a half-drawn page.
  win.once('ready-to-show', () => {
    if (deps.state.maximized) win.maximize();
    win.show();
  });
  win.loadURL(deps.url ?? APP_INDEX_URL).catch((e: unknown) => {
    logger.error('main window failed to load', { error: String(e) });
  });
  return win;
}
