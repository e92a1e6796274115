import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IPC_CALL_CHANNEL, IPC_EVENT_CHANNEL, IPC_SUBSCRIBE_CHANNEL } from '../common/transport/ipc';
import type { Core } from '../core';
import { demoCoreWithAdmin, demoPin, tempDir } from '../core/testing';
import { startHost } from '../server/host';
import { FakeBrowserWindow, FakeIpcMain, FakeScreen, fakeDisplay, FakeWebContents } from './fakes';
import { registerIpc, type IpcRegistration } from './ipc';
import { inProcessLink } from './core-link';
import {
  createWallWindows,
  findWallDisplay,
  loadWallState,
  parseWallState,
  WALL_STATE_FILE,
  WALL_URL,
  type WallWindowOptions,
} from './wall-window';

const desk = fakeDisplay(1, { x: 0, y: 0, width: 1920, height: 1080 }, '内置显示器');
const big = fakeDisplay(2528732444, { x: 1920, y: 0, width: 3840, height: 2160 }, 'LG 4K', 2);
const tick = () => new Promise((r) => setTimeout(r, 5));

type Win = FakeBrowserWindow<WallWindowOptions>;
const Window = FakeBrowserWindow as unknown as new (o: WallWindowOptions) => Win;

function rig(displays = [desk, big], stateFile = path.join(tempDir(), WALL_STATE_FILE)) {
  const screen = new FakeScreen(displays);
  const changes: number[] = [];
  const alive = new Map<number, boolean>();
  const walls = createWallWindows<Win>({
    BrowserWindow: Window,
    screen,
    preloadPath: '/app/out/preload/index.cjs',
    stateFile,
    title: '应急值班指挥台 · 大屏',
    onChange: () => changes.push(1),
    onWindow: (id, up) => alive.set(id, up),
  });
  return { screen, walls, stateFile, changes, alive };
}

afterEach(() => {
  FakeBrowserWindow.all = [];
});

describe('wall window', () => {
  it('opens kiosk and full screen on the chosen display, sandboxed, at #/wall, and remembers it', async () => {
    const { walls, stateFile, alive } = rig();
    const st = walls.open(big.id);
    expect(st).toEqual({ open: true, displayId: big.id, displayMissing: false });
    const win = walls.current()!;
    expect(win.options).toMatchObject({
      kiosk: true,
      fullscreen: true,
      frame: false,
      show: false,
      ...big.bounds,
      webPreferences: {
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        preload: '/app/out/preload/index.cjs',
        autoplayPolicy: 'no-user-gesture-required',
      },
    });
    expect(win.loaded).toEqual([WALL_URL]);
    expect(WALL_URL).toBe('app://duty-room/index.html#/wall');
    await tick();
    expect(win.shown).toBe(true);
    expect(walls.isWall(win.webContents.id)).toBe(true);
    expect(alive.get(win.webContents.id)).toBe(true);
    expect(loadWallState(stateFile)).toEqual({ open: true, displayId: big.id, bounds: big.bounds });
  });

  it('lists the displays with the primary marked, and refuses one that is not attached', () => {
    const { walls } = rig();
    const d = walls.describe();
    expect(d.displays.map((x) => [x.id, x.label, x.width, x.height, x.primary])).toEqual([
      [1, '内置显示器', 1920, 1080, true],
      [big.id, 'LG 4K', 3840, 2160, false],
    ]);
    expect(d.wall).toEqual({ open: false, displayId: null, displayMissing: false });
    expect(() => walls.open(99)).toThrow(
      expect.objectContaining({ code: 'not_found', key: 'errors.display_missing' }),
    );
    expect(FakeBrowserWindow.all).toHaveLength(0);
  });

  it('moving it to another display replaces the window; closing it from settings is remembered', async () => {
    const { walls, stateFile } = rig();
    walls.open(big.id);
    const first = walls.current()!;
    walls.open(desk.id);
    await tick();
    expect(first.isDestroyed()).toBe(true);
    expect(walls.current()!.options).toMatchObject(desk.bounds);
    expect(walls.describe().wall).toMatchObject({ open: true, displayId: desk.id });
    walls.close();
    await tick();
    expect(walls.current()).toBeNull();
    expect(loadWallState(stateFile)).toMatchObject({ open: false, displayId: desk.id });
  });

  it('after a restart it comes back on its display; after Alt+F4 on it, it stays closed', async () => {
    const first = rig();
    first.walls.open(big.id);
    first.walls.shutdown(); // quitting
    await tick();
    expect(loadWallState(first.stateFile).open).toBe(true);

    const second = rig([desk, big], first.stateFile);
    second.walls.restore();
    expect(second.walls.current()!.options).toMatchObject(big.bounds);

    second.walls.current()!.userClose();
    await tick();
    expect(loadWallState(first.stateFile).open).toBe(false);
    const third = rig([desk, big], first.stateFile);
    third.walls.restore();
    expect(third.walls.current()).toBeNull();
  });

  it('never falls back onto the desk screen: with its display unplugged it waits, and returns when plugged in', async () => {
    const first = rig();
    first.walls.open(big.id);
    first.walls.shutdown();
    await tick();

    const { walls, screen, changes } = rig([desk], first.stateFile);
    walls.restore();
    expect(walls.current()).toBeNull();
    expect(walls.describe().wall).toEqual({ open: false, displayId: big.id, displayMissing: true });

    screen.plug(big);
    expect(walls.current()!.options).toMatchObject(big.bounds);
    expect(changes.length).toBeGreaterThan(0);

    screen.unplug(big.id);
    await tick();
    expect(walls.current()).toBeNull();
    // Still meant to be up: it comes back with the display.
    expect(loadWallState(first.stateFile).open).toBe(true);
  });

  it('finds a renumbered display by its bounds, and reads a damaged state file as closed', () => {
    const state = { open: true, displayId: 5, bounds: big.bounds };
    expect(findWallDisplay(state, [desk, { ...big, id: 6 }])?.id).toBe(6);
    expect(findWallDisplay(state, [desk])).toBeNull();
    expect(parseWallState({ open: 'yes', displayId: 'x', bounds: { x: 1 } })).toEqual({
      open: false,
      displayId: null,
      bounds: null,
    });
    const file = path.join(tempDir(), WALL_STATE_FILE);
    fs.writeFileSync(file, '{"open": tr');
    expect(loadWallState(file)).toEqual({ open: false, displayId: null, bounds: null });
  });
});

describe('desktop methods over IPC', () => {
  let core: Core | undefined;
  let reg: IpcRegistration | undefined;
  afterEach(async () => {
    reg?.dispose();
    await core?.close();
  });

  async function ipcRig() {
    const demo = await demoCoreWithAdmin();
    core = demo.core;
    const ipcMain = new FakeIpcMain();
    const { walls, screen } = rig();
    reg = registerIpc(ipcMain, inProcessLink(demo.core), {
      desktop: {
        isWall: (id) => walls.isWall(id),
        run(method, input) {
          if (method === 'desktop.displays') return walls.describe();
          if (method === 'desktop.openWall') return walls.open((input as { displayId: number }).displayId);
          walls.close();
          return { ok: true };
        },
      },
    });
    const desk = new FakeWebContents();
    const call = (wc: FakeWebContents, method: string, input: unknown) =>
      ipcMain.invoke(wc.ipcEvent(), IPC_CALL_CHANNEL, method, input) as Promise<{
        ok: boolean;
        value?: unknown;
        error?: { code: string; key: string; message: string };
      }>;
    const adminId = (await demo.core.invoke('operators.list', {})).find((o) => o.role === 'admin')!.id;
    return { ipcMain, walls, screen, desk, call, adminId };
  }

  it('lists displays for anyone signed in at the desk; opening the wall takes an administrator', async () => {
    const { desk, call, adminId, walls } = await ipcRig();
    // Nobody signed in: the sign-in screen has no use for the displays.
    expect(await call(desk, 'desktop.displays', {})).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated', message: '请先登录' },
    });
    const officer = new FakeWebContents();
    const op = (await core!.invoke('operators.list', {})).find((o) => o.role === 'duty_officer')!;
    await call(officer, 'auth.signIn', { operatorId: op.id, pin: demoPin(op.name) });
    const list = await call(officer, 'desktop.displays', {});
    expect(list).toMatchObject({ ok: true, value: { displays: [{ id: 1, primary: true }, { id: big.id }] } });
    expect(await call(officer, 'desktop.openWall', { displayId: big.id })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });

    expect(await call(desk, 'desktop.openWall', { displayId: big.id })).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated' },
    });
    expect(await call(desk, 'desktop.openWall', { displayId: 'two' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(walls.current()).toBeNull();

    await call(desk, 'auth.signIn', { operatorId: adminId, pin: '0000' });
    expect(await call(desk, 'desktop.openWall', { displayId: 42 })).toMatchObject({
      ok: false,
      error: {
        code: 'not_found',
        key: 'errors.display_missing',
        message: expect.stringContaining('找不到该显示器'),
      },
    });
    expect(await call(desk, 'desktop.openWall', { displayId: big.id })).toEqual({
      ok: true,
      value: { open: true, displayId: big.id, displayMissing: false },
    });
    expect(walls.current()).not.toBeNull();
  });

  it('the wall window reads as a wall: no writes, no signing in, and it hears desktop.changed', async () => {
    const { ipcMain, desk, call, adminId, walls } = await ipcRig();
    ipcMain.send(desk.ipcEvent(), IPC_SUBSCRIBE_CHANNEL);
    await call(desk, 'auth.signIn', { operatorId: adminId, pin: '0000' });
    await call(desk, 'desktop.openWall', { displayId: big.id });
    const wallWc = walls.current()!.webContents;

    expect(await call(wallWc, 'auth.whoami', {})).toEqual({
      ok: true,
      value: { kind: 'wall', operator: null },
    });
    expect((await call(wallWc, 'incidents.list', { open: true, sort: 'urgency' })).ok).toBe(true);
    expect(await call(wallWc, 'settings.update', { countyName: '大屏改的县' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', key: 'errors.forbidden_wall' },
    });
    expect(await call(wallWc, 'auth.signIn', { operatorId: adminId, pin: '0000' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden', key: 'errors.forbidden_wall' },
    });
    expect(await call(wallWc, 'desktop.closeWall', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });

    reg!.emit({ type: 'desktop.changed', at: new Date().toISOString() });
    // The desk is signed in: its events wait for the core to confirm the session.
    await new Promise((r) => setImmediate(r));
    expect(
      desk.sent
        .filter((m) => m.channel === IPC_EVENT_CHANNEL)
        .map((m) => (m.args[0] as { type: string }).type),
    ).toContain('desktop.changed');

    expect(await call(desk, 'desktop.closeWall', {})).toEqual({ ok: true, value: { ok: true } });
    await tick();
    expect(walls.current()).toBeNull();
  });

  it('over HTTP the same methods say 仅桌面版可用 (409), after the access check', async () => {
    const demo = await demoCoreWithAdmin();
    core = demo.core;
    const host = await startHost({ core: demo.core, port: 0 });
    try {
      const post = (method: string, input: unknown, token?: string) =>
        fetch(`${host.url}/api/${method}`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            ...(token ? { Authorization: `Bearer ${token}` } : {}),
          },
          body: JSON.stringify(input),
        });
      const res = await post('desktop.openWall', { displayId: 1 }, demo.token);
      expect(res.status).toBe(409);
      expect(await res.json()).toMatchObject({
        ok: false,
        error: { key: 'errors.desktop_only', message: '仅桌面版可用' },
      });
      expect((await post('desktop.openWall', { displayId: 1 })).status).toBe(401);
    } finally {
      await host.close();
    }
  });
});
