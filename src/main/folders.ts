import fs from 'node:fs';
import path from 'node:path';
import { DesktopRefusal } from './ipc';

/** The slice of Electron's `shell` used here: '' when opened, else the platform's reason. */
export interface ShellLike {
  openPath(path: string): Promise<string>;
}

/**
 * 设置 → 数据与备份 → 打开数据文件夹 / 打开备份文件夹: the folder in the system's file
 * manager. The backups folder is made if no backup was written yet, so the button never
 * opens nothing.
 */
export async function openFolder(
  shell: ShellLike,
  dataDir: string,
  folder: 'data' | 'backups',
): Promise<{ path: string }> {
  const dir = folder === 'data' ? dataDir : path.join(dataDir, 'backups');
  fs.mkdirSync(dir, { recursive: true });
  const why = await shell.openPath(dir);
  if (why) throw new DesktopRefusal('conflict', 'errors.folder_open_failed');
  return { path: dir };
}
