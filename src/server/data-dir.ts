import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CliProblem } from './cli-messages';

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

/** Creates the directory if needed and proves we can write there; the reason otherwise. */
export function checkDataDir(dir: string): CliProblem | null {
  if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) {
    return { key: 'cli.data_not_dir', params: { dir } };
  }
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    return { key: 'cli.data_mkdir', params: { dir, code } };
  }
  try {
    fs.accessSync(dir, fs.constants.R_OK | fs.constants.W_OK);
    return null;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    return { key: 'cli.data_access', params: { dir, code } };
  }
}
