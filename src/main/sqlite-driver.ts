import path from 'node:path';
import { SQLITE_BINDING_ENV } from '../core/db/driver';

/** Where packaging puts the SQLite driver built for Electron: beside the asar, never inside it. */
export const PACKAGED_DRIVER = path.join('sqlite', 'better_sqlite3.node');

/**
 * The driver build the core opens the data file with. `npm start` names its cached
 * Electron build in the environment (scripts/electron-driver.ts); a packaged app carries
 * its own in resources/sqlite (build/electron-builder.config.cjs). Returns the
 * environment for the core, unchanged when the start already named one.
 */
export function withElectronDriver(
  env: NodeJS.ProcessEnv,
  app: { isPackaged: boolean; resourcesPath: string },
): NodeJS.ProcessEnv {
  if (env[SQLITE_BINDING_ENV] || !app.isPackaged) return env;
  return { ...env, [SQLITE_BINDING_ENV]: path.join(app.resourcesPath, PACKAGED_DRIVER) };
}
