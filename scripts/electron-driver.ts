/*
 * The SQLite driver for Electron, beside node_modules' build for Node.
 *
 * better-sqlite3 in node_modules is compiled for Node's ABI: the tests and the browser
 * host load it. Electron's main process has its own ABI and cannot load that build. So
 * `npm start`, once it has found a working Electron binary, makes sure an Electron build
 * of the same better-sqlite3 version exists in the project's cache folder
 * (.cache/electron-sqlite/<driver>-electron-<version>-<platform>-<arch>/), fetching it
 * once per Electron version and architecture with better-sqlite3's own prebuild-install,
 * and starts Electron with DUTY_ROOM_SQLITE_BINDING naming it (src/core/db/driver.ts).
 * Where it cannot be had, it says so in plain words and the browser host starts instead.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface DriverTarget {
  /** better-sqlite3's version in node_modules: the Electron build must be the same one. */
  sqliteVersion: string;
  electronVersion: string;
  platform: NodeJS.Platform;
  arch: string;
}

export const DRIVER_FILE = 'better_sqlite3.node';

/** The cache folder of one driver build: one per driver, Electron version, platform and arch. */
export function driverCacheDir(root: string, t: DriverTarget): string {
  return path.join(
    root,
    '.cache',
    'electron-sqlite',
    `better-sqlite3-${t.sqliteVersion}-electron-${t.electronVersion}-${t.platform}-${t.arch}`,
  );
}

/** prebuild-install's arguments for the Electron build of the target. */
export function prebuildArgs(t: DriverTarget): string[] {
  return ['--runtime', 'electron', '--target', t.electronVersion, '--platform', t.platform, '--arch', t.arch];
}

export interface DriverIo {
  exists(file: string): boolean;
  /**
   * Fetches the build into `dir` (as `better_sqlite3.node`); resolves with why it could
   * not, in a line of its own words (the tool's last message), or null when it could.
   */
  fetch(t: DriverTarget, dir: string): Promise<string | null>;
  say(text: string): void;
}

export type DriverResult = { ok: true; file: string; fetched: boolean } | { ok: false; message: string };

export async function ensureElectronDriver(
  root: string,
  t: DriverTarget,
  io: DriverIo,
): Promise<DriverResult> {
  const dir = driverCacheDir(root, t);
  const file = path.join(dir, DRIVER_FILE);
  if (io.exists(file)) return { ok: true, file, fetched: false };
  io.say(fetchingMessage(t));
  const why = await io.fetch(t, dir);
  if (why === null && io.exists(file)) {
    io.say(`  已就绪 / ready: ${file}`);
    return { ok: true, file, fetched: true };
  }
  return { ok: false, message: unavailableMessage(t, dir, why ?? `${DRIVER_FILE} was not produced`) };
}

export function fetchingMessage(t: DriverTarget): string {
  return [
    `正在获取适用于 Electron ${t.electronVersion} 的 SQLite 驱动（better-sqlite3 ${t.sqliteVersion}，${t.platform}-${t.arch}），每个版本只需一次…`,
    `Getting the SQLite driver built for Electron ${t.electronVersion} (better-sqlite3 ${t.sqliteVersion}, ${t.platform}-${t.arch}); once per version…`,
  ].join('\n');
}

export function unavailableMessage(t: DriverTarget, dir: string, why: string): string {
  const tarball = `better-sqlite3-v${t.sqliteVersion}-electron-v<ABI>-${t.platform}-${t.arch}.tar.gz`;
  return [
    '无法获取适用于 Electron 的 SQLite 驱动，桌面版不能打开数据文件。',
    `The SQLite driver built for Electron could not be had, so the desktop app cannot open its data file (${why}).`,
    '',
    '获取方法 / How to get it:',
    '  联网后再次运行 npm start（从 better-sqlite3 的发布页下载预编译文件）。',
    '  Run npm start again with the internet (it downloads the prebuilt file from better-sqlite3’s releases).',
    `  离线：把 ${tarball} 中的 build/Release/${DRIVER_FILE} 放到 ${dir}${path.sep}`,
    `  Offline: put build/Release/${DRIVER_FILE} from ${tarball} into ${dir}${path.sep}`,
    '',
  ].join('\n');
}

/**
 * The real fetch: better-sqlite3's own prebuild-install, run in a scratch folder holding
 * a copy of its package.json (so node_modules' Node build is never touched), then the
 * file it unpacked is copied into the cache folder. Its progress is shown as it goes.
 */
export function realDriverIo(sqliteDir: string, prebuildBin: string, say: (text: string) => void): DriverIo {
  return {
    exists: (file) => fs.existsSync(file),
    say,
    fetch: (t, dir) =>
      new Promise((resolve) => {
        const work = fs.mkdtempSync(path.join(os.tmpdir(), 'duty-room-electron-sqlite-'));
        fs.copyFileSync(path.join(sqliteDir, 'package.json'), path.join(work, 'package.json'));
        const child = spawn(process.execPath, [prebuildBin, ...prebuildArgs(t), '--verbose'], {
          cwd: work,
          stdio: ['ignore', 'inherit', 'pipe'],
        });
        let last = '';
        child.stderr.on('data', (chunk: Buffer) => {
          process.stderr.write(chunk);
          const lines = chunk.toString('utf8').trim().split('\n');
          last = lines[lines.length - 1] ?? last;
        });
        const done = (why: string | null) => {
          fs.rmSync(work, { recursive: true, force: true });
          resolve(why);
        };
        child.on('error', (err) => done(err.message));
        child.on('exit', (code) => {
          const built = path.join(work, 'build', 'Release', DRIVER_FILE);
          if (code !== 0 || !fs.existsSync(built))
            return done(last.trim() || `prebuild-install exited ${code}`);
          fs.mkdirSync(dir, { recursive: true });
          fs.copyFileSync(built, path.join(dir, DRIVER_FILE));
          done(null);
        });
      }),
  };
}
