import path from 'node:path';

/**
 * The app's directory under the OS app-data directory. ASCII and independent of the
 * display name (应急值班指挥台), so development runs, packaged builds and the browser
 * fallback of `npm start` (scripts/start-plan.mjs) all open the same data.
 */
export const APP_DIR = 'duty-room';

export function userDataDir(appData: string): string {
  return path.join(appData, APP_DIR);
}

/** $DUTY_ROOM_DATA (tests, portable installs), else <userData>/data. */
export function dataDirFor(userData: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.DUTY_ROOM_DATA ? path.resolve(env.DUTY_ROOM_DATA) : path.join(userData, 'data');
}
