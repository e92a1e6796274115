import path from 'node:path';
import { createCore, outputChecksFromEnv, type Logger } from '../core';
import { foldMethods } from '../common/areas/define';
import { commonAreas } from '../common/areas';
import { inProcessLink, type CoreLink } from './core-link';
import { startCoreProcess, type CoreChild } from './core-process';
import { openFailureOf } from './core-server';
import { CORE_DATA_ENV, CORE_LOG_ENV, type OpenFailure } from './core-wire';
import { DesktopRefusal, registerIpc, type IpcMainLike, type IpcRegistration } from './ipc';
import { buildMenuTemplate, type MenuItemTemplate } from './menu';
import { appLocale, bothLanguages, desktopText } from './desktop-messages';
import { formatMessage } from '../common/i18n/messages';
import { LOCALES, type Locale } from '../common/domain/roles';
import { createPrinting, type PrintableWindow, type PrintDialogs } from './printing';
import { dataDirFor } from './paths';
import { handleAppProtocol, type ProtocolLike } from './protocol';
import { createTileService } from '../core/tiles/service';
import {
  hardenSession,
  hardenWebContents,
  type HardenableSession,
  type HardenableWebContents,
} from './security';
import {
  createWallWindows,
  WALL_STATE_FILE,
  type WallScreen,
  type WallWindowLike,
  type WallWindowOptions,
  type WallWindows,
} from './wall-window';
import { createMainWindow, type MainWindowLike, type MainWindowOptions } from './window';
import { openFolder, type ShellLike } from './folders';
import { applyTray, type TrayLike } from './tray';
import {
  loadWindowState,
  placeWindow,
  trackWindowState,
  WINDOW_STATE_FILE,
  type ScreenLike,
  type TrackableWindow,
} from './window-state';

export interface AppLike {
  isPackaged: boolean;
  getPath(name: 'userData'): string;
  getVersion(): string;
  requestSingleInstanceLock(): boolean;
  whenReady(): Promise<void>;
  quit(): void;
  exit(code?: number): void;
  on(event: 'second-instance', listener: () => void): unknown;
  on(event: 'window-all-closed', listener: () => void): unknown;
  on(event: 'activate', listener: () => void): unknown;
  on(event: 'will-quit', listener: (event: { preventDefault(): void }) => void): unknown;
  on(event: 'before-quit', listener: () => void): unknown;
  on(
    event: 'web-contents-created',
    listener: (event: unknown, contents: HardenableWebContents) => void,
  ): unknown;
}

export type AppWindow = MainWindowLike &
  TrackableWindow &
  WallWindowLike & {
    isDestroyed(): boolean;
    restore(): void;
    focus(): void;
    webContents: { reload(): void };
  };

export interface ElectronDeps<W extends AppWindow, M> {
  app: AppLike;
  BrowserWindow: (new (options: MainWindowOptions | WallWindowOptions) => W) & {
    getFocusedWindow(): W | null;
  };
  ipcMain: IpcMainLike;
  protocol: ProtocolLike;
  session: { defaultSession: HardenableSession };
  screen: ScreenLike & WallScreen;
  Menu: { buildFromTemplate(template: MenuItemTemplate[]): M; setApplicationMenu(menu: M): void };
  /**
   * Starts the core's own process (Electron's utilityProcess running out/main/core.js)
   * with the given environment. Without it the core runs in this process (tests).
   */
  forkCore?: (env: Record<string, string>) => CoreChild;
  /** Opens the data and backups folders from 设置; absent in older fakes. */
  shell?: ShellLike;
  /** The tray icon (made with paths.icon); absent in older fakes. */
  Tray?: new (icon: string) => TrayLike<M>;
  dialog: {
    showErrorBox(title: string, content: string): void;
    showMessageBox(options: {
      type: 'info';
      title: string;
      message: string;
      detail: string;
    }): Promise<unknown>;
    /** For 另存为 PDF…; without it the menu offers printing only. */
    showSaveDialog?(
      window: W,
      options: Parameters<PrintDialogs['showSaveDialog']>[1],
    ): ReturnType<PrintDialogs['showSaveDialog']>;
  };
}

export interface AppPaths {
  /** out/preload/index.cjs */
  preload: string;
  /** out/renderer */
  renderer: string;
  icon?: string;
}

/**
 * What the user reads when the data cannot be opened: the cause in plain words where we
 * know it. No data set says which language yet, so each line comes in both.
 */
export function openFailureText(dataDir: string, failure: OpenFailure): string {
  const msg = failure.message;
  const tooNew = failure.tooNew;
  const cause = tooNew ? LOCALES.map((l) => formatMessage(l, tooNew.key, tooNew.params)).join('\n') : msg;
  const lines = [bothLanguages('openFailed.dataDir', { dir: dataDir }), '', cause];
  if (/NODE_MODULE_VERSION|was compiled against a different Node\.js version/.test(msg)) {
    // The usual development trap: better-sqlite3 was built for Node (tests), not for Electron.
    lines.push('', bothLanguages('openFailed.nativeModule', {}, '\n'), bothLanguages('openFailed.nodeAgain'));
  }
  return lines.join('\n');
}

export interface RunningApp {
  /** Resolves once the core is open and the first window exists (or start-up failed). */
  ready: Promise<CoreLink | null>;
}

/**
 * The desktop app's wiring, with every Electron object passed in (index.ts hands over
 * the real ones): app ready -> core -> app:// -> security -> IPC -> menu -> window.
 * Quitting waits for the core to close, so the last write is on disk before exit.
 */
export function runApp<W extends AppWindow, M>(
  e: ElectronDeps<W, M>,
  paths: AppPaths,
  logger: Logger,
  env: NodeJS.ProcessEnv = process.env,
): RunningApp {
  const { app } = e;
  if (!app.requestSingleInstanceLock()) {
    // One process owns the database file (ARCHITECTURE.md §5): the first instance takes over.
    app.quit();
    return { ready: Promise.resolve(null) };
  }

  let core: CoreLink | null = null;
  let ipc: IpcRegistration | null = null;
  let mainWindow: W | null = null;
  let wall: WallWindows<W> | null = null;
  let coreClosed = false;
  const userData = app.getPath('userData');
  const dataDir = dataDirFor(userData, env);
  const stateFile = path.join(userData, WINDOW_STATE_FILE);
  // The desktop's words follow the data set's language, read once the core is open.
  let locale: Locale = 'zh-CN';
  let t = desktopText(locale);

  const openWindow = (): W => {
    const primary = e.screen.getPrimaryDisplay();
    const state = placeWindow(loadWindowState(stateFile, logger), e.screen.getAllDisplays(), primary);
    const win = createMainWindow({
      BrowserWindow: e.BrowserWindow,
      preloadPath: paths.preload,
      state,
      title: t('app.name'),
      icon: paths.icon,
      logger,
    });
    trackWindowState(win, e.screen, stateFile, logger);
    // The desk is the app: closing it quits, and the wall comes back with it next time.
    win.on('closed', () => wall?.shutdown());
    mainWindow = win;
    return win;
  };

  app.on('second-instance', () => {
    const win = mainWindow;
    if (!win || win.isDestroyed()) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, { logger }));
  app.on('window-all-closed', () => app.quit());
  // Quitting closes the wall too, but it was not closed by anyone: remember it as up.
  app.on('before-quit', () => wall?.shutdown());
  app.on('activate', () => {
    if (core && (!mainWindow || mainWindow.isDestroyed())) openWindow();
  });
  app.on('will-quit', (event) => {
    if (!core || coreClosed) return;
    event.preventDefault();
    coreClosed = true;
    ipc?.dispose();
    const closing = core;
    closing
      .close()
      .catch((err: unknown) => logger.error('core close failed', { error: String(err) }))
      .finally(() => app.quit());
  });

  /**
   * The core in its own process where Electron can start one (ARCHITECTURE.md §4), so
   * SQLite, PIN checks and exports never hold up a window; in this process otherwise.
   */
  const openCore = async (): Promise<{ ok: true; link: CoreLink } | { ok: false; failure: OpenFailure }> => {
    const forkCore = e.forkCore;
    if (!forkCore) {
      try {
        return {
          ok: true,
          link: inProcessLink(createCore({ dataDir, logger, validateOutputs: outputChecksFromEnv() })),
        };
      } catch (err) {
        logger.error('core failed to open', {
          dataDir,
          error: err instanceof Error ? (err.stack ?? err.message) : String(err),
        });
        return { ok: false, failure: openFailureOf(err) };
      }
    }
    const child = startCoreProcess({
      fork: () =>
        forkCore({ [CORE_DATA_ENV]: dataDir, [CORE_LOG_ENV]: path.join(userData, 'logs', 'core.log') }),
      dataDir,
      methods: foldMethods(commonAreas),
      logger,
      locale: () => locale,
    });
    // The windows show 连接中断 while the core restarts, and refetch when it is back.
    child.onStatus((s) => ipc?.connection(s));
    const started = await child.started;
    return started.ok ? { ok: true, link: child } : started;
  };

  const start = async (): Promise<CoreLink | null> => {
    await app.whenReady();
    const opening = await openCore();
    if (!opening.ok) {
      e.dialog.showErrorBox(bothLanguages('openFailed.title'), openFailureText(dataDir, opening.failure));
      app.exit(1);
      return null;
    }
    core = opening.link;
    const opened = core;
    locale = await appLocale(opened);
    t = desktopText(locale);
    // The configured basemap: tiles under app://duty-room/tiles/, online tile origins in the CSP.
    handleAppProtocol(e.protocol, { rootDir: paths.renderer, logger, tiles: createTileService(core) });
    hardenSession(e.session.defaultSession, { logger });
    const walls = createWallWindows({
      BrowserWindow: e.BrowserWindow,
      screen: e.screen,
      preloadPath: paths.preload,
      stateFile: path.join(userData, WALL_STATE_FILE),
      title: t('app.wallTitle'),
      icon: paths.icon,
      logger,
      onChange: () => ipc?.emit({ type: 'desktop.changed', at: new Date().toISOString() }),
    });
    wall = walls;
    ipc = registerIpc(e.ipcMain, core, {
      logger,
      desktop: {
        isWall: (id) => walls.isWall(id),
        run(method, input) {
          if (method === 'desktop.displays') return walls.describe();
          if (method === 'desktop.openWall') return walls.open((input as { displayId: number }).displayId);
          if (method === 'desktop.openFolder') {
            if (!e.shell) throw new DesktopRefusal('conflict', 'errors.folder_open_failed');
            return openFolder(e.shell, dataDir, (input as { folder: 'data' | 'backups' }).folder);
          }
          walls.close();
          return { ok: true };
        },
      },
    });
    // The focused window is a BrowserWindow: its webContents prints (printing.ts).
    const printing = createPrinting({
      focused: () => e.BrowserWindow.getFocusedWindow() as unknown as PrintableWindow | null,
      dialog: {
        showMessageBox: (o) => e.dialog.showMessageBox(o),
        showSaveDialog: (w, o) => e.dialog.showSaveDialog!(w as unknown as W, o),
      },
      locale: () => appLocale(opened),
      logger,
    });
    const run = (job: () => Promise<unknown>) => () => {
      job().catch((err: unknown) => logger.error('printing failed', { error: String(err) }));
    };
    const applyMenu = () =>
      e.Menu.setApplicationMenu(
        e.Menu.buildFromTemplate(
          buildMenuTemplate({
            platform: process.platform,
            isPackaged: app.isPackaged,
            t,
            onReload: () => e.BrowserWindow.getFocusedWindow()?.webContents.reload(),
            onAbout: () => {
              e.dialog
                .showMessageBox({
                  type: 'info',
                  title: t('menu.about'),
                  message: t('about.message', { version: app.getVersion() }),
                  detail: t('about.detail', { dir: dataDir }),
                })
                .catch((err: unknown) => logger.warn('about dialog failed', { error: String(err) }));
            },
            onPrint: run(() => printing.print()),
            ...(e.dialog.showSaveDialog ? { onSavePdf: run(() => printing.savePdf()) } : {}),
          }),
        ),
      );
    applyMenu();
    // The tray: the duty PC's app found and brought back from the notification area.
    const tray = e.Tray && paths.icon ? new e.Tray(paths.icon) : null;
    const applyTrayMenu = () => {
      if (!tray) return;
      applyTray(tray, (tpl) => e.Menu.buildFromTemplate(tpl), {
        t,
        onShow: () => {
          const win = mainWindow && !mainWindow.isDestroyed() ? mainWindow : openWindow();
          if (win.isMinimized()) win.restore();
          win.focus();
        },
        onCloseWall: () => walls.close(),
        onQuit: () => app.quit(),
      });
    };
    applyTrayMenu();
    tray?.on('click', () => {
      const win = mainWindow;
      if (win && !win.isDestroyed()) {
        if (win.isMinimized()) win.restore();
        win.focus();
      }
    });
    app.on('will-quit', () => tray?.destroy());
    // 设置 → 基本设置 may switch the language (a restore may too): the menu follows at once.
    opened.subscribe((ev) => {
      if (ev.type !== 'settings.changed' && ev.type !== 'system.restored') return;
      void appLocale(opened).then((now) => {
        if (now === locale) return;
        locale = now;
        t = desktopText(now);
        applyMenu();
        applyTrayMenu();
      });
    });
    openWindow();
    walls.restore();
    logger.info('duty room started', { dataDir, version: app.getVersion() });
    return core;
  };

  return { ready: start() };
}
