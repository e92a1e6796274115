import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen,
  session,
  shell,
  Tray,
  utilityProcess,
} from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stderrLogger } from '../core';
import { runApp } from './app';
import { createFileLogger } from './file-logger';
import { userDataDir } from './paths';
import { registerAppScheme } from './protocol';
import { withElectronDriver } from './sqlite-driver';

// Privileged schemes can only be registered before the app is ready.
registerAppScheme(protocol);
// Before ready, so Chromium's profile lands there too (see paths.ts for why not the display name).
app.setPath('userData', userDataDir(app.getPath('appData')));

// Before the core opens the data file: the SQLite driver built for this Electron.
Object.assign(
  process.env,
  withElectronDriver(process.env, { isPackaged: app.isPackaged, resourcesPath: process.resourcesPath }),
);

const here = path.dirname(fileURLToPath(import.meta.url)); // out/main
const logger = createFileLogger(path.join(app.getPath('userData'), 'logs', 'main.log'), stderrLogger);

runApp(
  {
    app,
    BrowserWindow,
    ipcMain,
    protocol,
    session,
    screen,
    Menu,
    dialog,
    shell,
    Tray,
    // The core in its own process (out/main/core.js): the SQLite driver's variable is inherited.
    forkCore: (env) =>
      utilityProcess.fork(path.join(here, 'core.js'), [], {
        serviceName: 'Duty Room core',
        env: { ...process.env, ...env },
        stdio: 'inherit',
      }),
  },
  {
    preload: path.join(here, '../preload/index.cjs'),
    renderer: path.join(here, '../renderer'),
    // The app's icon (window, tray): beside the asar when packaged, in resources/ otherwise.
    icon: app.isPackaged
      ? path.join(process.resourcesPath, 'resources', 'icons', '256x256.png')
      : path.join(here, '../../resources/icons/256x256.png'),
  },
  logger,
).ready.catch((err: unknown) => {
  logger.error('start-up failed', { error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  app.exit(1);
});
