import type { AreaHandlers } from '../handler';
import { conflict } from '../errors';

/**
 * Displays and windows belong to Electron, which core never sees. Core still runs
 * these methods through its access checks; then it says "仅桌面版可用". The desktop
 * app's IPC layer takes exactly that answer as its cue to act (src/main/ipc.ts); the
 * browser host passes it on to the caller.
 */
const desktopOnly = (): never => {
  throw conflict('errors.desktop_only');
};

export const desktopHandlers: AreaHandlers<'desktop'> = {
  'desktop.displays': { kind: 'read', run: desktopOnly },
  'desktop.openWall': { kind: 'read', run: desktopOnly },
  'desktop.closeWall': { kind: 'read', run: desktopOnly },
  'desktop.openFolder': { kind: 'read', run: desktopOnly },
};
