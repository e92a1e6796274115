import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFolder } from './folders';
import { DesktopRefusal } from './ipc';

const dataDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'duty-room-folders-'));

describe('opening the data and backups folders (设置)', () => {
  it('opens the data folder, and the backups folder, made when no backup exists yet', async () => {
    const dir = dataDir();
    const opened: string[] = [];
    const shell = { openPath: (p: string) => (opened.push(p), Promise.resolve('')) };
    expect(await openFolder(shell, dir, 'data')).toEqual({ path: dir });
    expect(await openFolder(shell, dir, 'backups')).toEqual({ path: path.join(dir, 'backups') });
    expect(opened).toEqual([dir, path.join(dir, 'backups')]);
    expect(fs.statSync(path.join(dir, 'backups')).isDirectory()).toBe(true);
  });

  it('says so in the user’s words when the system cannot open it', async () => {
    const shell = { openPath: () => Promise.resolve('Failed to open path') };
    const e = await openFolder(shell, dataDir(), 'data').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(DesktopRefusal);
    expect((e as DesktopRefusal).key).toBe('errors.folder_open_failed');
  });
});
