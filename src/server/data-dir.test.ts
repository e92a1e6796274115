import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataDir, defaultDataDir, resolveDataDir } from './data-dir';
import { bilingual } from './cli-messages';
import { tempDir } from './testkit';

describe('data directory', () => {
  it('defaults to the OS user-data directory, never the working directory', () => {
    expect(defaultDataDir({}, 'linux', '/home/duty')).toBe('/home/duty/.local/share/duty-room');
    expect(defaultDataDir({ XDG_DATA_HOME: '/data/xdg' }, 'linux', '/home/duty')).toBe('/data/xdg/duty-room');
    // A relative XDG_DATA_HOME is invalid per the spec: ignored.
    expect(defaultDataDir({ XDG_DATA_HOME: 'rel' }, 'linux', '/home/duty')).toBe(
      '/home/duty/.local/share/duty-room',
    );
    expect(defaultDataDir({}, 'darwin', '/Users/duty')).toBe(
      '/Users/duty/Library/Application Support/duty-room',
    );
    expect(
      defaultDataDir({ APPDATA: 'C:\\Users\\duty\\AppData\\Roaming' }, 'win32', 'C:\\Users\\duty'),
    ).toContain('duty-room');
  });

  it('takes --data, then DUTY_ROOM_DATA, then the default', () => {
    expect(resolveDataDir('/a', { DUTY_ROOM_DATA: '/b' })).toBe('/a');
    expect(resolveDataDir(null, { DUTY_ROOM_DATA: '/b' })).toBe('/b');
    expect(resolveDataDir(null, { XDG_DATA_HOME: '/x' })).toBe('/x/duty-room');
    expect(path.isAbsolute(resolveDataDir('rel/dir', {}))).toBe(true);
  });

  it('creates a missing directory and explains one it cannot use, in both languages', () => {
    const root = tempDir();
    const fresh = path.join(root, 'a', 'b');
    expect(checkDataDir(fresh)).toBeNull();
    expect(fs.statSync(fresh).isDirectory()).toBe(true);

    const file = path.join(root, 'file.txt');
    fs.writeFileSync(file, 'x');
    const said = (p: ReturnType<typeof checkDataDir>) => (p ? bilingual(p.key, p.params) : null);
    const notDir = said(checkDataDir(file));
    expect(notDir).toContain('数据路径不是目录');
    expect(notDir).toContain('not a directory');
    const under = said(checkDataDir(path.join(file, 'sub')));
    expect(under).toContain('无法创建数据目录');
    expect(under).toContain('cannot create');
  });
});
