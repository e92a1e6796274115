import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger, type Actor } from '../core';
import { MessageChannel } from 'node:worker_threads';
import type { Core } from '../core';
import type { CoreLink } from './core-link';
import type { CoreChild } from './core-process';
import { openFailureOf, runCoreServer } from './core-server';
import { CORE_DATA_ENV, CORE_LOG_ENV } from './core-wire';
import { tempDir } from '../core/testing';
import { IPC_CALL_CHANNEL } from '../common/transport/ipc';
import { openFailureText, runApp, type AppWindow } from './app';
import { DbTooNewError } from '../core/db/migrate';
import { FakeIpcMain, FakeSession, FakeWebContents } from './fakes';
import type { MenuItemTemplate } from './menu';
import type { MainWindowOptions } from './window';
import { WALL_STATE_FILE, type WallWindowOptions } from './wall-window';

class FakeApp extends EventEmitter {
  isPackaged = false;
  quits = 0;
  exits: (number | undefined)[] = [];
  constructor(
    readonly userData: string,
    readonly lock = true,
  ) {
    super();
  }
  getPath() {
    return this.userData;
  }
  getVersion() {
    return '0.1.0';
  }
  requestSingleInstanceLock() {
    return this.lock;
  }
  whenReady() {
    return Promise.resolve();
  }
  /** Like Electron: will-quit can be prevented; only an unprevented quit ends the app. */
  quit() {
    let prevented = false;
    this.emit('will-quit', { preventDefault: () => (prevented = true) });
    if (!prevented) this.quits++;
  }
  exit(code?: number) {
    this.exits.push(code);
  }
}

class FakeWin extends EventEmitter implements AppWindow {
  static all: FakeWin[] = [];
  webContents = new FakeWebContents();
  loaded: string[] = [];
  constructor(readonly options: MainWindowOptions | WallWindowOptions) {
    super();
    FakeWin.all.push(this);
  }
  static getFocusedWindow() {
    return FakeWin.all.at(-1) ?? null;
  }
  async loadURL(url: string) {
    this.loaded.push(url);
  }
  show() {}
  close() {
    this.emit('closed');
  }
  maximize() {}
  restore() {}
  focus() {}
  isDestroyed = () => false;
  getBounds = () => ({ x: 0, y: 0, width: 1440, height: 900 });
  getNormalBounds = () => this.getBounds();
  isMaximized = () => false;
  isMinimized = () => false;
  isFullScreen = () => false;
}

const display = {
  id: 1,
  label: '',
  scaleFactor: 1,
  bounds: { x: 0, y: 0, width: 1920, height: 1080 },
  workArea: { x: 0, y: 0, width: 1920, height: 1040 },
};
const wallDisplay = {
  ...display,
  id: 7,
  bounds: { x: 1920, y: 0, width: 3840, height: 2160 },
  workArea: { x: 1920, y: 0, width: 3840, height: 2120 },
};

function electron(app: FakeApp) {
  const menus: MenuItemTemplate[][] = [];
  const protocols: string[] = [];
  const errors: string[] = [];
  const session = new FakeSession();
  const ipcMain = new FakeIpcMain();
  return {
    menus,
    protocols,
    errors,
    session,
    ipcMain,
    deps: {
      app,
      BrowserWindow: FakeWin,
      ipcMain,
      protocol: { handle: (scheme: string) => void protocols.push(scheme) },
      session: { defaultSession: session },
      screen: {
        getAllDisplays: () => [display, wallDisplay],
        getPrimaryDisplay: () => display,
        getDisplayMatching: () => display,
      },
      Menu: {
        buildFromTemplate: (t: MenuItemTemplate[]) => t,
        setApplicationMenu: (m: MenuItemTemplate[]) => void menus.push(m),
      },
      dialog: {
        showErrorBox: (title: string, content: string) => void errors.push(`${title}\n${content}`),
        showMessageBox: async () => ({ response: 0 }),
      },
    },
  };
}

/** A call through the link that throws on a refusal, as core.invoke does. */
async function invoke(link: CoreLink, method: string, input: unknown, actor?: Actor): Promise<unknown> {
  const res = await link.call(method, input, actor);
  if (!res.ok) throw new Error(res.error.message);
  return res.value;
}

const paths = { preload: '/app/out/preload/index.cjs', renderer: '/app/out/renderer' };

afterEach(() => {
  FakeWin.all = [];
});

describe('runApp', () => {
  it('on ready: opens the core in userData/data, app://, hardened session, IPC, menu, one window', async () => {
    const userData = tempDir();
    const app = new FakeApp(userData);
    const e = electron(app);
    const core = await runApp(e.deps, paths, silentLogger, {}).ready;
    expect(core?.dataDir).toBe(path.join(userData, 'data'));
    expect(fs.existsSync(path.join(userData, 'data', 'duty-room.db'))).toBe(true);
    expect(e.protocols).toEqual(['app']);
    expect(e.session.spellCheckerEnabled).toBe(false);
    expect(e.ipcMain.handlers.has(IPC_CALL_CHANNEL)).toBe(true);
    expect(e.menus).toHaveLength(1);
    expect(FakeWin.all).toHaveLength(1);
    expect(FakeWin.all[0]!.options.webPreferences.preload).toBe(paths.preload);
    expect(FakeWin.all[0]!.loaded).toEqual(['app://duty-room/index.html']);

    // Every web contents the app creates is hardened.
    const wc = new FakeWebContents();
    app.emit('web-contents-created', {}, wc);
    expect(wc.fire('will-navigate', 'https://evil.example/')).toBe(true);

    // Quit waits for the core to close, then really quits.
    app.quit();
    expect(app.quits).toBe(0);
    await new Promise((r) => setTimeout(r, 50));
    expect(app.quits).toBe(1);
    expect((await core!.call('system.info', {})).ok).toBe(false); // closed
  });

  it('reopens the wall window full screen on its display at start, and keeps it remembered when quitting', async () => {
    const userData = tempDir();
    fs.writeFileSync(
      path.join(userData, WALL_STATE_FILE),
      JSON.stringify({ open: true, displayId: 7, bounds: wallDisplay.bounds }),
    );
    const app = new FakeApp(userData);
    await runApp(electron(app).deps, paths, silentLogger, {}).ready;
    expect(FakeWin.all).toHaveLength(2);
    const wall = FakeWin.all[1]!;
    expect(wall.loaded).toEqual(['app://duty-room/index.html#/wall']);
    expect(wall.options).toMatchObject({
      kiosk: true,
      fullscreen: true,
      x: 1920,
      y: 0,
      width: 3840,
      height: 2160,
    });
    expect(wall.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });

    // Closing the desk quits the app; the wall goes with it but is still remembered as up.
    FakeWin.all[0]!.emit('closed');
    app.emit('before-quit');
    app.quit();
    await new Promise((r) => setTimeout(r, 50));
    expect(JSON.parse(fs.readFileSync(path.join(userData, WALL_STATE_FILE), 'utf8'))).toMatchObject({
      open: true,
      displayId: 7,
    });
  });

  it('a second instance quits at once and never touches the database', async () => {
    const userData = tempDir();
    const app = new FakeApp(userData, false);
    const e = electron(app);
    expect(await runApp(e.deps, paths, silentLogger, {}).ready).toBeNull();
    expect(app.quits).toBe(1);
    expect(fs.existsSync(path.join(userData, 'data'))).toBe(false);
    expect(FakeWin.all).toHaveLength(0);
  });

  it('says plainly when the data cannot be opened, and exits', async () => {
    const userData = tempDir();
    fs.writeFileSync(path.join(userData, 'data'), 'a file where the data directory should be');
    const app = new FakeApp(userData);
    const e = electron(app);
    expect(await runApp(e.deps, paths, silentLogger, {}).ready).toBeNull();
    expect(e.errors[0]).toContain('无法打开值班数据');
    expect(app.exits).toEqual([1]);
    expect(FakeWin.all).toHaveLength(0);
  });

  it('opens $DUTY_ROOM_DATA instead when it is set (tests, portable installs)', async () => {
    const userData = tempDir();
    const data = path.join(tempDir(), 'elsewhere');
    const app = new FakeApp(userData);
    const core = await runApp(electron(app).deps, paths, silentLogger, { DUTY_ROOM_DATA: data }).ready;
    expect(core?.dataDir).toBe(data);
    app.quit();
    await new Promise((r) => setTimeout(r, 50));
  });

  it('explains the better-sqlite3 ABI trap in plain words', () => {
    const text = openFailureText(
      '/d',
      openFailureOf(
        new Error('was compiled against a different Node.js version using NODE_MODULE_VERSION 115'),
      ),
    );
    expect(text).toContain('better-sqlite3 was built for Node, not for Electron');
    expect(openFailureText('/d', openFailureOf(new Error('EACCES')))).not.toContain('better-sqlite3');
  });

  it('the menu and the wall title follow the data set’s language, and change with it', async () => {
    const userData = tempDir();
    const app = new FakeApp(userData);
    const e = electron(app);
    const core = (await runApp(e.deps, paths, silentLogger, {}).ready)!;
    expect(e.menus.at(-1)!.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    expect(FakeWin.all[0]!.options.title).toBe('应急值班指挥台');

    // 设置 → 基本设置 switches to English: the menu is rebuilt in English at once.
    await invoke(core, 'system.setup', {
      mode: 'blank',
      countyName: '示范县',
      bureauName: '示范县应急管理局',
      admin: { name: '管理员', pin: '0000' },
    });
    const ops = (await invoke(core, 'operators.list', {})) as { id: string; role: string }[];
    const admin = ops.find((o) => o.role === 'admin')!;
    const { token } = (await invoke(core, 'auth.signIn', { operatorId: admin.id, pin: '0000' })) as {
      token: string;
    };
    await invoke(core, 'settings.update', { locale: 'en-US' }, (await core.authenticate(token))!);
    await new Promise((r) => setTimeout(r, 50));
    expect(e.menus.at(-1)!.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    app.quit();
    await new Promise((r) => setTimeout(r, 50));

    // Started again on the English data: the windows are titled in English too.
    FakeWin.all = [];
    fs.writeFileSync(
      path.join(userData, WALL_STATE_FILE),
      JSON.stringify({ open: true, displayId: 7, bounds: wallDisplay.bounds }),
    );
    const again = new FakeApp(userData);
    const e2 = electron(again);
    await runApp(e2.deps, paths, silentLogger, {}).ready;
    expect(e2.menus[0]!.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(FakeWin.all.map((w) => w.options.title)).toEqual(['Duty Room', 'Duty Room · Wall display']);
    again.quit();
    await new Promise((r) => setTimeout(r, 50));
  });

  it('tells a database from a newer app in both languages (no data set says which yet)', () => {
    const text = openFailureText('/d', openFailureOf(new DbTooNewError(99, 8)));
    expect(text).toContain('数据目录：/d / data directory: /d');
    expect(text).toContain('数据库版本（99）比本程序支持的版本（8）新，请升级程序后再打开');
    expect(text).toContain('The database (version 99) is newer than this app supports (8)');
  });
});

/**
 * The core's process as the app starts it, but in this process: runCoreServer behind a
 * MessageChannel (a real structured-clone port), killed by closing the port.
 */
function portChild(env: Record<string, string>, closed: Core[]): CoreChild {
  const { port1, port2 } = new MessageChannel();
  const exits: ((code: number) => void)[] = [];
  let core: Core | null = null;
  const die = (code: number) => {
    port1.close();
    port2.close();
    for (const l of exits) l(code);
  };
  queueMicrotask(() => {
    core = runCoreServer(
      { post: (msg) => port2.postMessage(msg), onMessage: (l) => void port2.on('message', l) },
      { dataDir: env[CORE_DATA_ENV]!, backups: false, logger: silentLogger },
      () => {
        closed.push(core!);
        setTimeout(() => die(0), 10);
      },
    );
  });
  return {
    postMessage: (msg) => port1.postMessage(msg),
    on: (event: 'message' | 'exit', l: (x: never) => void) => {
      if (event === 'message') port1.on('message', l as (m: unknown) => void);
      else exits.push(l as (code: number) => void);
      return port1;
    },
    kill: () => die(-1),
  };
}

describe('runApp with the core in its own process', () => {
  it('starts it with the data and log paths, serves the windows through it, and quits only after it closed the database', async () => {
    const userData = tempDir();
    const app = new FakeApp(userData);
    const e = electron(app);
    const envs: Record<string, string>[] = [];
    const closed: Core[] = [];
    const link = await runApp(
      {
        ...e.deps,
        forkCore: (env) => {
          envs.push(env);
          return portChild(env, closed);
        },
      },
      paths,
      silentLogger,
      {},
    ).ready;
    expect(envs).toEqual([
      {
        [CORE_DATA_ENV]: path.join(userData, 'data'),
        [CORE_LOG_ENV]: path.join(userData, 'logs', 'core.log'),
      },
    ]);
    expect(link?.dataDir).toBe(path.join(userData, 'data'));
    expect(FakeWin.all).toHaveLength(1);
    // The desk's IPC reaches the core in the other "process".
    const desk = new FakeWebContents();
    const res = (await e.ipcMain.invoke(desk.ipcEvent(), IPC_CALL_CHANNEL, 'system.info', {})) as {
      ok: boolean;
      value: { locale: string };
    };
    expect(res).toMatchObject({ ok: true, value: { locale: 'zh-CN' } });

    app.quit();
    expect(app.quits).toBe(0);
    await new Promise((r) => setTimeout(r, 100));
    expect(closed).toHaveLength(1);
    expect(app.quits).toBe(1);
  });

  it('the core’s process failing to open the data is said plainly, and the app exits', async () => {
    const userData = tempDir();
    fs.writeFileSync(path.join(userData, 'data'), 'a file where the data directory should be');
    const app = new FakeApp(userData);
    const e = electron(app);
    const ready = runApp({ ...e.deps, forkCore: (env) => portChild(env, []) }, paths, silentLogger, {}).ready;
    expect(await ready).toBeNull();
    expect(e.errors[0]).toContain('无法打开值班数据');
    expect(app.exits).toEqual([1]);
    expect(FakeWin.all).toHaveLength(0);
  });
});
