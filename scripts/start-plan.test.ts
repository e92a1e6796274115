import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  appDataDir,
  browserFallbackMessage,
  BUILD_OUTPUTS,
  buildFreshness,
  desktopDataDir,
  fallBackAfterExit,
  findElectronBinary,
  hasDisplay,
  missingElectronMessage,
  planStart,
  platformExecutable,
} from './start-plan';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'duty-room-start-'));

function fakeElectronPackage(opts: { pathTxt?: string; binary?: boolean } = {}) {
  const dir = tmp();
  fs.writeFileSync(path.join(dir, 'package.json'), '{"name":"electron","version":"45.5.0"}');
  // index.js is what would download: the plan must never load it.
  fs.writeFileSync(path.join(dir, 'index.js'), 'throw new Error("must not be required")');
  if (opts.pathTxt !== undefined) fs.writeFileSync(path.join(dir, 'path.txt'), opts.pathTxt);
  if (opts.binary) {
    fs.mkdirSync(path.join(dir, 'dist'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'dist', opts.pathTxt ?? 'electron'), '');
  }
  return dir;
}

describe('findElectronBinary', () => {
  it('finds the binary named by path.txt in dist/', () => {
    const dir = fakeElectronPackage({ pathTxt: 'electron', binary: true });
    expect(findElectronBinary(dir, { env: {} })).toEqual({
      found: true,
      path: path.join(dir, 'dist', 'electron'),
    });
  });

  it('reports "never downloaded" when path.txt is absent (the offline install here)', () => {
    const dir = fakeElectronPackage();
    expect(findElectronBinary(dir, { env: {} })).toEqual({
      found: false,
      path: null,
      reason: 'not-downloaded',
    });
  });

  it('reports a missing file when path.txt names a binary that is not there', () => {
    const dir = fakeElectronPackage({ pathTxt: 'electron' });
    expect(findElectronBinary(dir, { env: {} })).toMatchObject({
      found: false,
      reason: 'missing-file',
      path: path.join(dir, 'dist', 'electron'),
    });
  });

  it('reports no package at all, and honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    expect(findElectronBinary(path.join(tmp(), 'nope'), { env: {} })).toMatchObject({
      found: false,
      reason: 'no-package',
    });
    const dir = fakeElectronPackage();
    const dist = tmp();
    fs.writeFileSync(path.join(dist, 'electron'), '');
    expect(findElectronBinary(dir, { env: { ELECTRON_OVERRIDE_DIST_PATH: dist } })).toEqual({
      found: true,
      path: path.join(dist, 'electron'),
    });
  });

  it("knows each platform's executable", () => {
    expect(platformExecutable('linux')).toBe('electron');
    expect(platformExecutable('win32')).toBe('electron.exe');
    expect(platformExecutable('darwin')).toBe('Electron.app/Contents/MacOS/Electron');
  });
});

describe('planStart', () => {
  const found = { found: true as const, path: '/e' };
  const missing = { found: false as const, path: null, reason: 'not-downloaded' as const };

  it('launches Electron when the binary and a display exist', () => {
    expect(planStart({ binary: found, display: true, fresh: true })).toEqual({
      build: false,
      launch: 'electron',
      reason: 'ok',
    });
  });
  it('falls back to the browser host without a binary, and builds a stale out/ either way', () => {
    expect(planStart({ binary: missing, display: true, fresh: false })).toEqual({
      build: true,
      launch: 'browser',
      reason: 'no-binary',
    });
  });
  it('falls back without a display unless told --electron', () => {
    expect(planStart({ binary: found, display: false, fresh: true })).toMatchObject({
      launch: 'browser',
      reason: 'no-display',
    });
    expect(planStart({ binary: found, display: false, fresh: true, force: 'electron' })).toMatchObject({
      launch: 'electron',
    });
  });
  it('--browser wins over everything; --electron cannot conjure a missing binary', () => {
    expect(planStart({ binary: found, display: true, fresh: true, force: 'browser' })).toMatchObject({
      launch: 'browser',
      reason: 'forced',
    });
    expect(planStart({ binary: missing, display: true, fresh: true, force: 'electron' })).toMatchObject({
      launch: 'browser',
      reason: 'no-binary',
    });
  });
  it('falls back after Electron dies at once, not after a clean exit, Ctrl-C, or a long run', () => {
    expect(fallBackAfterExit(1, null, 800)).toBe(true);
    expect(fallBackAfterExit(0, null, 800)).toBe(false);
    expect(fallBackAfterExit(null, 'SIGINT', 800)).toBe(false);
    expect(fallBackAfterExit(1, null, 60_000)).toBe(false);
  });
  it('sees a display from DISPLAY or WAYLAND_DISPLAY on Linux; always on Windows and macOS', () => {
    expect(hasDisplay('linux', {})).toBe(false);
    expect(hasDisplay('linux', { DISPLAY: ':99' })).toBe(true);
    expect(hasDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBe(true);
    expect(hasDisplay('win32', {})).toBe(true);
  });
});

describe('build freshness', () => {
  it('is stale when an output is missing or a source is newer, fresh otherwise', () => {
    const root = tmp();
    fs.mkdirSync(path.join(root, 'src'), { recursive: true });
    fs.writeFileSync(path.join(root, 'src', 'a.ts'), 'x');
    expect(buildFreshness(root)).toMatchObject({ fresh: false });
    const past = new Date(Date.now() - 60_000);
    fs.utimesSync(path.join(root, 'src', 'a.ts'), past, past);
    fs.utimesSync(path.join(root, 'src'), past, past);
    for (const rel of BUILD_OUTPUTS) {
      fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
      fs.writeFileSync(path.join(root, rel), 'built');
    }
    expect(buildFreshness(root)).toEqual({ fresh: true, why: 'out/ is up to date' });
    // Editing a test does not call for a rebuild; editing code does.
    fs.writeFileSync(path.join(root, 'src', 'a.test.ts'), 'x');
    fs.utimesSync(path.join(root, 'src'), past, past);
    expect(buildFreshness(root).fresh).toBe(true);
    fs.writeFileSync(path.join(root, 'src', 'b.ts'), 'y');
    expect(buildFreshness(root)).toMatchObject({ fresh: false, why: 'sources changed since the last build' });
  });
});

describe('data directory and messages', () => {
  it("uses the desktop app's data directory, so both versions open the same data", () => {
    expect(desktopDataDir('linux', {}, '/home/zhang')).toBe('/home/zhang/.config/duty-room/data');
    expect(desktopDataDir('linux', { XDG_CONFIG_HOME: '/x' }, '/home/zhang')).toBe('/x/duty-room/data');
    expect(desktopDataDir('linux', { DUTY_ROOM_DATA: '/srv/duty' }, '/home/zhang')).toBe('/srv/duty');
    expect(appDataDir('darwin', {}, '/Users/z')).toBe('/Users/z/Library/Application Support');
    expect(appDataDir('win32', { APPDATA: 'C:\\Users\\z\\AppData\\Roaming' }, 'C:\\Users\\z')).toBe(
      'C:\\Users\\z\\AppData\\Roaming',
    );
  });

  it('says plainly, in Chinese and English, that the binary is missing and how to get it', () => {
    const text = missingElectronMessage({
      expected: null,
      version: '45.5.0',
      platform: 'linux',
      arch: 'x64',
    });
    expect(text).toContain('未安装 Electron');
    expect(text).toContain('The Electron binary is not installed');
    expect(text).toContain('ELECTRON_MIRROR=');
    expect(text).toContain('node node_modules/electron/install.js');
    expect(text).toContain('electron-v45.5.0-linux-x64.zip');
    const win = missingElectronMessage({ expected: null, version: '45.5.0', platform: 'win32', arch: 'x64' });
    expect(win).toContain('$env:ELECTRON_MIRROR=');
    expect(browserFallbackMessage('http://127.0.0.1:5780/', '/d')).toContain('http://127.0.0.1:5780/');
  });
});
