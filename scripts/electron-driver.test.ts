import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DRIVER_FILE,
  driverCacheDir,
  ensureElectronDriver,
  prebuildArgs,
  type DriverIo,
  type DriverTarget,
} from './electron-driver';

const target: DriverTarget = {
  sqliteVersion: '12.11.1',
  electronVersion: '45.5.0',
  platform: 'linux',
  arch: 'x64',
};
const root = path.join(path.sep, 'proj');
const file = path.join(driverCacheDir(root, target), DRIVER_FILE);

function fakeIo(o: { present?: boolean; fetch?: 'ok' | 'fails' | 'silent' }) {
  const files = new Set<string>(o.present ? [file] : []);
  const said: string[] = [];
  const fetched: string[] = [];
  const io: DriverIo = {
    exists: (f) => files.has(f),
    say: (t) => said.push(t),
    fetch: (_t, dir) => {
      fetched.push(dir);
      if (o.fetch === 'ok') files.add(path.join(dir, DRIVER_FILE));
      return Promise.resolve(o.fetch === 'fails' ? 'connect ETIMEDOUT 140.82.112.3:443' : null);
    },
  };
  return { io, said, fetched };
}

describe('the Electron build of the SQLite driver', () => {
  it('is kept in the project cache per driver, Electron version, platform and arch, never in node_modules', () => {
    expect(driverCacheDir(root, target)).toBe(
      path.join(root, '.cache', 'electron-sqlite', 'better-sqlite3-12.11.1-electron-45.5.0-linux-x64'),
    );
    expect(driverCacheDir(root, { ...target, arch: 'arm64' })).not.toBe(driverCacheDir(root, target));
    expect(driverCacheDir(root, target)).not.toContain('node_modules');
    expect(prebuildArgs(target)).toEqual([
      '--runtime',
      'electron',
      '--target',
      '45.5.0',
      '--platform',
      'linux',
      '--arch',
      'x64',
    ]);
  });

  it('present: used as it is, nothing fetched', async () => {
    const { io, fetched } = fakeIo({ present: true });
    expect(await ensureElectronDriver(root, target, io)).toEqual({ ok: true, file, fetched: false });
    expect(fetched).toEqual([]);
  });

  it('missing and obtainable: fetched once into the cache with plain progress, then used', async () => {
    const { io, said, fetched } = fakeIo({ fetch: 'ok' });
    expect(await ensureElectronDriver(root, target, io)).toEqual({ ok: true, file, fetched: true });
    expect(fetched).toEqual([driverCacheDir(root, target)]);
    expect(said[0]).toContain('正在获取适用于 Electron 45.5.0 的 SQLite 驱动');
    expect(said[1]).toContain('已就绪');
    // A second start finds it.
    expect(await ensureElectronDriver(root, target, io)).toMatchObject({ fetched: false });
    expect(fetched).toHaveLength(1);
  });

  it('not obtainable (offline): says why and where the file goes, in both languages', async () => {
    const { io } = fakeIo({ fetch: 'fails' });
    const r = await ensureElectronDriver(root, target, io);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toContain('无法获取适用于 Electron 的 SQLite 驱动');
    expect(r.message).toContain('connect ETIMEDOUT');
    expect(r.message).toContain(driverCacheDir(root, target));
    expect(r.message).toContain('better-sqlite3-v12.11.1-electron-v<ABI>-linux-x64.tar.gz');
  });

  it('a fetch that reports success but leaves no file is not taken for one', async () => {
    const { io } = fakeIo({ fetch: 'silent' });
    const r = await ensureElectronDriver(root, target, io);
    expect(r).toMatchObject({ ok: false });
  });
});
