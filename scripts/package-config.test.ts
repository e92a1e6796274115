import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  electronZipDir,
  electronZipName,
  electronZipUrl,
  isStackFrame,
  packageTargets,
  zipMissingMessage,
} from './package-plan';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
type Target = { target: string; arch: string[] };
const config = require('../build/electron-builder.config.cjs') as {
  asar: boolean;
  npmRebuild: boolean;
  afterPack: string;
  files: string[];
  extraResources: { from: string; to: string; filter: string[] }[];
  win: { target: Target[]; icon: string };
  linux: { target: Target[]; icon: string };
};
const version = (name: string) =>
  (
    JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')) as {
      version: string;
    }
  ).version;

describe('the packaging config (build/electron-builder.config.cjs)', () => {
  it('packs the app in an asar, fuses it after packing, rebuilds nothing', () => {
    expect(config.asar).toBe(true);
    expect(config.npmRebuild).toBe(false);
    expect(config.afterPack).toBe('build/after-pack.cjs');
    expect(fs.existsSync(path.join(root, config.afterPack))).toBe(true);
  });

  it('ships the SQLite driver built for Electron beside the asar, and leaves the Node build out', () => {
    const driver = config.extraResources.find((r) => r.to === 'sqlite')!;
    expect(driver.from).toBe(
      `.cache/electron-sqlite/better-sqlite3-${version('better-sqlite3')}-electron-${version('electron')}-\${platform}-\${arch}`,
    );
    expect(driver.filter).toEqual(['better_sqlite3.node']);
    expect(config.files).toContain('!node_modules/better-sqlite3/build/**');
  });

  it('targets Windows NSIS x64, and Linux AppImage and deb for x64 and arm64, with the icon set', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.linux.target).toEqual([
      { target: 'AppImage', arch: ['x64', 'arm64'] },
      { target: 'deb', arch: ['x64', 'arm64'] },
    ]);
    for (const icon of [config.win.icon, path.join(config.linux.icon, '256x256.png')])
      expect(fs.existsSync(path.join(root, icon)), icon).toBe(true);
  });

  it('never serves the app from file://', () => {
    expect(fs.readFileSync(path.join(root, 'build', 'electron-builder.config.cjs'), 'utf8')).not.toContain(
      'file://',
    );
  });

  it('pins electron-builder 26 and @electron/fuses 1 (2.x needs Node 22)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    expect(pkg.devDependencies['electron-builder']).toMatch(/^26\.\d+\.\d+$/);
    expect(pkg.devDependencies['@electron/fuses']).toMatch(/^1\.\d+\.\d+$/);
  });
});

describe('npm run package: targets and the Electron zips', () => {
  it('reads the targets from the flags', () => {
    expect(packageTargets(['--linux', '--dir'], 'linux', 'x64')).toEqual([
      { platform: 'linux', arch: 'x64' },
      { platform: 'linux', arch: 'arm64' },
    ]);
    expect(packageTargets(['--linux', '--arm64'], 'linux', 'x64')).toEqual([
      { platform: 'linux', arch: 'arm64' },
    ]);
    expect(packageTargets(['--win'], 'linux', 'x64')).toEqual([{ platform: 'win32', arch: 'x64' }]);
    expect(packageTargets([], 'win32', 'x64')).toEqual([{ platform: 'win32', arch: 'x64' }]);
  });

  it('names the zips and where they come from', () => {
    const t = { platform: 'linux', arch: 'arm64' } as const;
    expect(electronZipName('45.5.0', t)).toBe('electron-v45.5.0-linux-arm64.zip');
    expect(electronZipUrl('45.5.0', t)).toBe(
      'https://github.com/electron/electron/releases/download/v45.5.0/electron-v45.5.0-linux-arm64.zip',
    );
    expect(electronZipUrl('45.5.0', t, 'https://npmmirror.com/mirrors/electron')).toBe(
      'https://npmmirror.com/mirrors/electron/v45.5.0/electron-v45.5.0-linux-arm64.zip',
    );
  });

  it('says which zips are missing and where to put them, in both languages', () => {
    const m = zipMissingMessage(
      '45.5.0',
      [{ platform: 'win32', arch: 'x64' }],
      electronZipDir('/p'),
      'ENOTFOUND',
    );
    expect(m).toContain('无法获取打包所需的 Electron 程序包');
    expect(m).toContain('electron-v45.5.0-win32-x64.zip');
    expect(m).toContain(path.join('/p', '.cache', 'electron-zips'));
    expect(m).toContain('ENOTFOUND');
  });

  it('passes electron-builder’s messages on without their stack frames', () => {
    expect(isStackFrame('    at Object.<anonymous> (/x/y.js:1:2)')).toBe(true);
    expect(isStackFrame('  • packaging       platform=linux arch=x64')).toBe(false);
    expect(isStackFrame('Error: cannot download')).toBe(false);
  });
});
