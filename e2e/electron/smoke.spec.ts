import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { DRIVER_FILE, driverCacheDir } from '../../scripts/electron-driver';
import { methods } from '../../src/common/contract';
import { findElectronBinary, hasDisplay } from '../../scripts/start-plan';
import { SQLITE_BINDING_ENV } from '../../src/core/db/driver';

/*
 * The desktop shell, end to end: the real Electron binary, the built app (out/), the
 * app:// protocol, the preload bridge and IPC. Runs where an Electron binary can start;
 * everywhere else it is skipped with the reason (ARCHITECTURE.md §8).
 *
 *   npm run build && npx playwright test -c e2e/electron/playwright.config.ts
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const electronDir = path.join(root, 'node_modules', 'electron');
const binary = findElectronBinary(electronDir);
const mainJs = path.join(root, 'out', 'main', 'index.js');
const versionOf = (dir: string) =>
  (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version;
const driverFile = path.join(
  driverCacheDir(root, {
    sqliteVersion: versionOf(path.join(root, 'node_modules', 'better-sqlite3')),
    electronVersion: versionOf(electronDir),
    platform: process.platform,
    arch: process.arch,
  }),
  DRIVER_FILE,
);

/** Why this machine cannot run the desktop app, or null when it can. */
function whyNot(): string | null {
  if (!binary.found) {
    const where = binary.path ?? `${electronDir}/dist (no path.txt: the binary was never downloaded)`;
    return `no Electron binary at ${where}; install it with ELECTRON_MIRROR=<mirror> node node_modules/electron/install.js`;
  }
  if (!hasDisplay()) return 'no display (DISPLAY / WAYLAND_DISPLAY unset); run under xvfb-run';
  if (!fs.existsSync(mainJs)) return `the app is not built (${mainJs} missing); run npm run build`;
  // better-sqlite3 in node_modules is built for Node (the unit tests); Electron loads its
  // own build from the project cache, as npm start makes it (scripts/electron-driver.ts).
  if (!fs.existsSync(driverFile))
    return `no SQLite driver built for Electron at ${driverFile}; run npm start once with the internet`;
  const probe = spawnSync(
    binary.path,
    ['-e', `new (require('better-sqlite3'))(':memory:', { nativeBinding: ${JSON.stringify(driverFile)} })`],
    { cwd: root, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, encoding: 'utf8', timeout: 30_000 },
  );
  if (probe.status !== 0)
    return `Electron cannot load its SQLite driver (${driverFile}): ${(probe.stderr ?? '').slice(0, 300)}`;
  return null;
}

/** The page's globals, typed here because e2e is compiled without the DOM library. */
interface PageGlobals {
  dutyRoom: { call(method: string, input: unknown): Promise<unknown> };
  open(url: string): unknown;
  location: { href: string };
  require?: unknown;
  process?: unknown;
}

const reason = whyNot();
// The list reporter does not print skip reasons: say it once, plainly, in the run's output.
if (reason !== null) process.stdout.write(`Electron e2e skipped: ${reason}\n`);
test.skip(reason !== null, reason ?? '');
test.describe.configure({ mode: 'serial' });

let app: ElectronApplication;
let page: Page;
const cspViolations: string[] = [];
let dataDir = '';

test.beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'duty-room-electron-e2e-'));
  app = await electron.launch({
    executablePath: binary.found ? binary.path : undefined,
    args: [root],
    cwd: root,
    // A fresh data directory: the smoke test never touches the developer's own data.
    env: {
      ...process.env,
      DUTY_ROOM_DATA: dataDir,
      [SQLITE_BINDING_ENV]: driverFile,
      DUTY_ROOM_CHECK_OUTPUTS: '1',
      ELECTRON_ENABLE_LOGGING: '1',
    },
    timeout: 60_000,
  });
  page = await app.firstWindow();
  page.on('console', (msg) => {
    if (/Content[- ]Security[- ]Policy/i.test(msg.text())) cspViolations.push(msg.text());
  });
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

test('opens one window on app://, titled in Chinese', async () => {
  expect(page.url()).toMatch(/^app:\/\/duty-room\//);
  await expect(page).toHaveTitle('应急值班指挥台');
  expect(app.windows()).toHaveLength(1);
});

test('the page sees exactly the contract: window.dutyRoom = { call, subscribe }, no Node', async () => {
  const shape = await page.evaluate(() => {
    const g = globalThis as unknown as PageGlobals;
    return { keys: Object.keys(g.dutyRoom).sort(), require: typeof g.require, process: typeof g.process };
  });
  expect(shape).toEqual({ keys: ['call', 'subscribe'], require: 'undefined', process: 'undefined' });
  const info = await page.evaluate(() =>
    (globalThis as unknown as PageGlobals).dutyRoom.call('system.info', {}),
  );
  expect(info).toMatchObject({ ok: true, value: { appVersion: expect.any(String) } });
});

test('window.open and navigation away are refused', async () => {
  const opened = await page.evaluate(
    () => (globalThis as unknown as PageGlobals).open('https://example.com/') === null,
  );
  expect(opened).toBe(true);
  expect(app.windows()).toHaveLength(1);
  await page.evaluate(() => {
    (globalThis as unknown as PageGlobals).location.href = 'https://example.com/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toMatch(/^app:\/\/duty-room\//);
});

test('first run works over IPC: loading the demo county leads to the sign-in screen', async () => {
  await page.getByRole('button', { name: '载入演示数据' }).click();
  await expect(page.getByRole('heading', { name: '值班人员登录', exact: true })).toBeVisible();
  expect(fs.existsSync(path.join(dataDir, 'duty-room.db'))).toBe(true);
});

test('signs in by keyboard, logs an incident through IPC and the core’s utility process into the SQLite file, and prints it to PDF', async () => {
  const filter = page.getByPlaceholder(/输入姓名筛选/);
  await expect(filter).toBeFocused();
  await page.keyboard.type('陈立新');
  await page.keyboard.press('Enter');
  await page.keyboard.type('2001');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('current-operator')).toContainText('陈立新');

  // An incident logged through the page's contract bridge (IPC → main → core), then shown.
  const example = methods['incidents.create'].example as { intake: Record<string, unknown> };
  const input = {
    ...example,
    clientKey: `k_smoke_${Date.now()}`,
    intake: { ...example.intake, title: '桌面版冒烟测试：青石镇道路塌方' },
  };
  const created = (await page.evaluate(
    (i) => (globalThis as unknown as PageGlobals).dutyRoom.call('incidents.create', i),
    input,
  )) as { ok: boolean; value?: { incident: { id: string } } };
  expect(created.ok).toBe(true);
  await page.evaluate((id) => {
    (globalThis as unknown as PageGlobals).location.href = `app://duty-room/#/logs/incident/${id}`;
  }, created.value!.incident.id);
  await expect(page.getByTestId('incident-detail')).toContainText('桌面版冒烟测试');
  // Read back from the data file the core wrote through the Electron build of the driver.
  const read = await page.evaluate(
    (id) => (globalThis as unknown as PageGlobals).dutyRoom.call('incidents.get', { id }),
    created.value!.incident.id,
  );
  expect(JSON.stringify(read)).toContain('桌面版冒烟测试');
  // The core that wrote it runs in its own utility process, not in main or the window.
  const utility = await app.evaluate(({ app: a }) =>
    a.getAppMetrics().filter((m) => m.type === 'Utility').map((m) => m.serviceName ?? m.name ?? ''),
  );
  expect(utility).toContain('Duty Room core');

  const pdf = await app.evaluate(async ({ BrowserWindow }) => {
    const win = BrowserWindow.getAllWindows()[0]!;
    const data = await win.webContents.printToPDF({ pageSize: 'A4' });
    return data.length;
  });
  expect(pdf).toBeGreaterThan(10_000);
});

test('no CSP violations, and the data lives in userData or $DUTY_ROOM_DATA', async () => {
  expect(cspViolations).toEqual([]);
  const userData = await app.evaluate(({ app: a }) => a.getPath('userData'));
  expect(path.basename(userData)).toBe('duty-room');
});
