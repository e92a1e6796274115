import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../core';
import { demoCoreWithAdmin, tempDir } from '../testing';
import { KEEP_BACKUPS, verifyBackupFile } from './manager';

describe('backups', () => {
  it('backs up on start, verified by reopening', async () => {
    const dir = tempDir();
    const core = createCore({ dataDir: dir });
    await core.ready();
    const [b] = await core.invoke('backups.list', {}, { kind: 'system', name: 't' });
    expect(b).toMatchObject({ reason: 'start', verified: true });
    expect(verifyBackupFile(path.join(dir, 'backups', b!.name)).ok).toBe(true);
    await core.close();
    // One file per backup plus its marker: no -wal/-shm left over from the check.
    expect(fs.readdirSync(path.join(dir, 'backups')).sort()).toEqual([b!.name, `${b!.name}.verified`]);
  });

  it('runs on a schedule and keeps only the newest ten', async () => {
    const dir = tempDir();
    const core = createCore({ dataDir: dir, backups: { onStart: false, everyMs: 20 } });
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      if (!fs.existsSync(path.join(dir, 'backups'))) {
        await new Promise((r) => setTimeout(r, 50));
        continue;
      }
      const files = fs.readdirSync(path.join(dir, 'backups')).filter((f) => f.endsWith('-scheduled.db'));
      if (files.length >= KEEP_BACKUPS) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await new Promise((r) => setTimeout(r, 300));
    await core.close();
    const list = fs.readdirSync(path.join(dir, 'backups')).filter((f) => f.endsWith('.db'));
    expect(list.length).toBe(KEEP_BACKUPS);
    expect(fs.readdirSync(path.join(dir, 'backups')).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('restores a backup, after first backing up what is there now', async () => {
    const { core, admin } = await demoCoreWithAdmin();
    await core.invoke('settings.update', { countyName: '恢复前县' }, admin);
    const saved = await core.invoke('backups.create', {}, admin);
    await core.invoke('settings.update', { countyName: '改动后县' }, admin);
    const res = await core.invoke('backups.restore', { name: saved.name }, admin);
    expect(res.restored).toBe(saved.name);
    expect((await core.invoke('settings.get', {})).countyName).toBe('恢复前县');
    // The safety backup holds the state from just before the restore.
    const safety = await core.invoke('backups.list', {}, { kind: 'system', name: 't' });
    expect(safety.find((b) => b.name === res.safetyBackup)).toMatchObject({
      reason: 'prerestore',
      verified: true,
    });
    // The restored database records the restore in its audit trail, and its chain holds.
    const [last] = await core.invoke('audit.list', { limit: 1 }, { kind: 'system', name: 't' });
    expect(last).toMatchObject({ method: 'backups.restore' });
    expect((await core.invoke('audit.verify', {}, { kind: 'system', name: 't' })).ok).toBe(true);
    await core.close();
  });

  it('refuses a damaged backup and changes nothing', async () => {
    const { core, admin } = await demoCoreWithAdmin();
    const b = await core.invoke('backups.create', {}, admin);
    const file = path.join(core.dataDir, 'backups', b.name);
    const buf = fs.readFileSync(file);
    buf.fill(0x55, 4096, 8192);
    fs.writeFileSync(file, buf);
    const res = await core.call('backups.restore', { name: b.name }, admin);
    expect(!res.ok && res.error.message).toBe(`备份文件已损坏，不能恢复：${b.name}`);
    const missing = await core.call(
      'backups.restore',
      { name: 'duty-room-20200101T000000000Z-manual.db' },
      admin,
    );
    expect(!missing.ok && missing.error.code).toBe('not_found');
    expect((await core.invoke('system.info', {})).initialized).toBe(true);
    await core.close();
  });
});
