import { z } from '../zod-setup';
import { defineMethod } from './define';
import { okOut } from './shared';

/**
 * The desktop app's own methods: displays and the wall window. Core cannot see
 * Electron's screens, so its handlers answer conflict `errors.desktop_only`
 * ("仅桌面版可用"); in the desktop app the main process answers them itself, after core has
 * checked the caller's access (src/main/ipc.ts). Over HTTP they always say no.
 */

/** Electron display ids are integers (large ones on Windows). */
export const displayId = z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);

export const DisplayView = z.strictObject({
  id: z.number(),
  /** The platform's name for it ('' where it gives none). */
  label: z.string(),
  x: z.number(),
  y: z.number(),
  width: z.number(),
  height: z.number(),
  scaleFactor: z.number(),
  primary: z.boolean(),
});
export type DisplayView = z.infer<typeof DisplayView>;

export const WallWindowState = z.strictObject({
  open: z.boolean(),
  /** The remembered display (even while closed); null until one was chosen. */
  displayId: z.number().nullable(),
  /** The remembered display is not attached now: the wall waits for it rather than cover the desk. */
  displayMissing: z.boolean(),
});
export type WallWindowState = z.infer<typeof WallWindowState>;

export const desktopMethods = {
  'desktop.displays': defineMethod({
    name: 'desktop.displays',
    input: z.strictObject({}),
    output: z.strictObject({ displays: z.array(DisplayView), wall: WallWindowState }),
    access: 'read',
  }),
  'desktop.openWall': defineMethod({
    name: 'desktop.openWall',
    // Opens (or moves) the wall window, full screen, on that display; remembered for the next start.
    input: z.strictObject({ displayId }),
    output: WallWindowState,
    access: 'admin',
    emits: ['desktop.changed'],
    example: { displayId: 2528732444 },
  }),
  'desktop.openFolder': defineMethod({
    name: 'desktop.openFolder',
    // Shows the data or the backups folder in the system's file manager (to copy a
    // backup onto a USB stick, say). Administrators: the folder holds the whole record.
    input: z.strictObject({ folder: z.enum(['data', 'backups']) }),
    output: z.strictObject({ path: z.string() }),
    access: 'admin',
    example: { folder: 'backups' },
  }),
  'desktop.closeWall': defineMethod({
    name: 'desktop.closeWall',
    input: z.strictObject({}),
    output: okOut,
    access: 'admin',
    emits: ['desktop.changed'],
  }),
} as const;
