import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const APP_DIR = 'duty-room';

/**
 * Where the data lives when neither --data nor DUTY_ROOM_DATA says: the user's data
 * directory, never the working directory (a `./.data` next to wherever the command
 * happened to run is how a duty room loses a month of records).
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') return path.join(env.APPDATA || path.join(home, 'AppData', 'Roaming'), APP_DIR);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_DIR);
  const xdg = env.XDG_DATA_HOME;
  return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(home, '.local', 'share'), APP_DIR);
}

export function resolveDataDir(flag: string | null, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(flag ?? (env.DUTY_ROOM_DATA || defaultDataDir(env)));
}

/** Creates the directory if needed and proves we can write there; the reason in zh-CN / en otherwise. */
export function checkDataDir(dir: string): string | null {
  if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) {
    return `数据路径不是目录：${dir} / the data path is not a directory: ${dir}`;
  }
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    return `无法创建数据目录 ${dir}（${code}） / cannot create the data directory ${dir} (${code})`;
  }
  try {
    fs.accessSync(dir, fs.constants.R_OK | fs.constants.W_OK);
    return null;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    return `没有数据目录 ${dir} 的读写权限（${code}） / no read/write permission on the data directory ${dir} (${code})`;
  }
}
