/*
 * The decisions behind `npm start` (scripts/start.mjs, which loads this through tsx),
 * kept free of side effects except reading the file system, so
 * scripts/start-plan.test.ts can check them.
 *
 * Never `require('electron')` here: the package's index.js downloads the binary when
 * it is missing. We read its path.txt and look at dist/ ourselves.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const BROWSER_PORT = 5780;
export const BROWSER_PORT_TRIES = 20;
/** An Electron that dies this soon after launch (no display, missing libraries) did not start. */
export const FAST_FAILURE_MS = 5000;
/** The directory name under the OS's app-data directory (same as src/main/index.ts). */
export const APP_DIR = 'duty-room';

/** The executable inside node_modules/electron/dist for a platform (mirrors electron/install.js). */
export function platformExecutable(platform: NodeJS.Platform | 'mas'): string {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

export type ElectronBinary =
  | { found: true; path: string }
  | { found: false; path: string | null; reason: 'no-package' | 'not-downloaded' | 'missing-file' };

export interface BinaryIo {
  env?: NodeJS.ProcessEnv;
  exists?: (p: string) => boolean;
  read?: (p: string) => string | null;
}

/** Where the Electron binary is (`electronDir` is node_modules/electron), or why there is none. */
export function findElectronBinary(electronDir: string, io: BinaryIo = {}): ElectronBinary {
  const env = io.env ?? process.env;
  const exists = io.exists ?? ((p: string) => fs.existsSync(p));
  const read =
    io.read ??
    ((p: string) => {
      try {
        return fs.readFileSync(p, 'utf8');
      } catch {
        return null;
      }
    });
  if (!exists(path.join(electronDir, 'package.json')))
    return { found: false, path: null, reason: 'no-package' };
  const rel = read(path.join(electronDir, 'path.txt'))?.trim() || null;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const p = path.join(env.ELECTRON_OVERRIDE_DIST_PATH, rel ?? 'electron');
    return exists(p) ? { found: true, path: p } : { found: false, path: p, reason: 'missing-file' };
  }
  if (!rel) return { found: false, path: null, reason: 'not-downloaded' };
  const p = path.join(electronDir, 'dist', rel);
  return exists(p) ? { found: true, path: p } : { found: false, path: p, reason: 'missing-file' };
}

/** Linux needs a display server for a window; without one Electron exits at once. */
export function hasDisplay(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  if (platform !== 'linux' && platform !== 'freebsd' && platform !== 'openbsd') return true;
  return Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
}

/** Electron's app-data directory: the same place `app.getPath('appData')` returns. */
export function appDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home = os.homedir(),
): string {
  if (platform === 'win32') return env.APPDATA || path.join(home, 'AppData', 'Roaming');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support');
  const xdg = env.XDG_CONFIG_HOME;
  return xdg && path.isAbsolute(xdg) ? xdg : path.join(home, '.config');
}

/**
 * The data directory the desktop app uses, so the browser fallback opens the same data:
 * $DUTY_ROOM_DATA, else <appData>/duty-room/data (src/main/paths.ts computes the same).
 */
export function desktopDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home = os.homedir(),
): string {
  if (env.DUTY_ROOM_DATA) return path.resolve(env.DUTY_ROOM_DATA);
  return path.join(appDataDir(platform, env, home), APP_DIR, 'data');
}

/** Build outputs `npm start` needs. */
export const BUILD_OUTPUTS = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'];
/** What the build reads (tests excluded: they do not change the output). */
export const BUILD_INPUTS = [
  'src',
  'electron.vite.config.ts',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.web.json',
  'tsconfig.node.json',
];

function newestMtime(p: string): number {
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return /\.test\.tsx?$/.test(p) ? 0 : st.mtimeMs;
  let newest = st.mtimeMs;
  for (const name of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, name)));
  return newest;
}

/** Is out/ up to date with the sources? All outputs must exist and be newer than every input. */
export function buildFreshness(root: string): { fresh: boolean; why: string } {
  let oldestOut = Infinity;
  for (const rel of BUILD_OUTPUTS) {
    try {
      oldestOut = Math.min(oldestOut, fs.statSync(path.join(root, rel)).mtimeMs);
    } catch {
      return { fresh: false, why: `${rel} is missing` };
    }
  }
  const newestIn = Math.max(...BUILD_INPUTS.map((rel) => newestMtime(path.join(root, rel))));
  return newestIn > oldestOut
    ? { fresh: false, why: 'sources changed since the last build' }
    : { fresh: true, why: 'out/ is up to date' };
}

export interface StartPlan {
  build: boolean;
  launch: 'electron' | 'browser';
  reason: 'ok' | 'no-binary' | 'no-display' | 'forced';
}

/** What `npm start` will do. */
export function planStart(s: {
  binary: ElectronBinary;
  display: boolean;
  fresh: boolean;
  force?: 'electron' | 'browser' | null;
}): StartPlan {
  const build = !s.fresh;
  if (s.force === 'browser') return { build, launch: 'browser', reason: 'forced' };
  if (!s.binary.found) return { build, launch: 'browser', reason: 'no-binary' };
  if (!s.display && s.force !== 'electron') return { build, launch: 'browser', reason: 'no-display' };
  return { build, launch: 'electron', reason: 'ok' };
}

/**
 * After Electron exits: a quick failure means it could not start here; fall back.
 * A clean exit, a kill by signal (Ctrl-C) or a failure after running a while end `npm start`.
 */
export function fallBackAfterExit(
  code: number | null,
  signal: NodeJS.Signals | null,
  ranMs: number,
): boolean {
  return signal === null && code !== 0 && code !== null && ranMs < FAST_FAILURE_MS;
}

/**
 * The text shown when there is no Electron binary: what is wrong, how to get it, in
 * Chinese and English, with commands for the platform's shell.
 */
export function missingElectronMessage(o: {
  expected: string | null;
  version: string;
  platform: NodeJS.Platform;
  arch: string;
}): string {
  const where = o.expected ?? 'node_modules/electron/dist';
  const mirror = 'https://npmmirror.com/mirrors/electron/';
  const zip = `electron-v${o.version}-${o.platform}-${o.arch}.zip`;
  const cmd =
    o.platform === 'win32'
      ? [
          `  PowerShell:  $env:ELECTRON_MIRROR="${mirror}"; node node_modules/electron/install.js`,
          `  cmd:         set ELECTRON_MIRROR=${mirror}&& node node_modules\\electron\\install.js`,
        ]
      : [
          `  ELECTRON_MIRROR=${mirror} node node_modules/electron/install.js`,
          `  或 / or:  ELECTRON_MIRROR=<镜像地址 / mirror URL> npx install-electron`,
        ];
  return [
    '未安装 Electron 程序文件，无法启动桌面版。',
    `The Electron binary is not installed, so the desktop app cannot start (looked for: ${where}).`,
    '',
    '获取方法（需要能访问网络或内网镜像）/ How to get it (needs the internet or a mirror):',
    ...cmd,
    `  离线：把 ${zip} 放进 Electron 缓存目录（环境变量 electron_config_cache 指定）后运行上面的命令。`,
    `  Offline: put ${zip} into the Electron cache directory (set electron_config_cache) and run the command above.`,
    '',
  ].join('\n');
}

export function noDisplayMessage(): string {
  return [
    '没有图形界面（未设置 DISPLAY 或 WAYLAND_DISPLAY），无法打开桌面窗口。',
    'No display (neither DISPLAY nor WAYLAND_DISPLAY is set): the desktop window cannot open.',
    '  在图形桌面中运行 npm start，或使用 xvfb-run npm start。 / Run npm start on a desktop, or use xvfb-run npm start.',
    '',
  ].join('\n');
}

export function browserFallbackMessage(url: string, dataDir: string): string {
  return [
    '改为启动浏览器版：同一个界面，同一份数据。 / Starting the browser version instead: same app, same data.',
    `  地址 / address:        ${url}`,
    `  数据目录 / data dir:   ${dataDir}`,
    '  用浏览器打开上面的地址；按 Ctrl+C 停止。 / Open the address in a browser; Ctrl+C stops it.',
    '',
  ].join('\n');
}
