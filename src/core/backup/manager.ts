import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { openSqlite } from '../db/driver';
import type { Backup } from '../../common/contract/settings';
import type { Logger } from '../logger';
import { DomainError } from '../errors';

export const KEEP_BACKUPS = 10;
export const BACKUP_EVERY_MS = 6 * 60 * 60 * 1000;
const NAME_RE = /^duty-room-([0-9]{8}T[0-9]{9}Z)-([a-z]+)\.db$/;

export type BackupReason = 'start' | 'scheduled' | 'manual' | 'prerestore';

function stamp(d: Date): string {
  // 2026-11-29T15:40:11.123Z -> 20261129T154011123Z: sortable, safe in file names.
  return d.toISOString().replace(/[-:.]/g, '');
}

function parseStamp(s: string): string {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(s);
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7]}Z` : s;
}

/** Reopens a backup read-only: it must pass integrity_check and carry a schema version. */
export function verifyBackupFile(file: string): { ok: boolean; userVersion: number } {
  let db: Database.Database | undefined;
  try {
    db = openSqlite(file, { readonly: true, fileMustExist: true });
    const check = db.pragma('integrity_check', { simple: true });
    const userVersion = db.pragma('user_version', { simple: true }) as number;
    return { ok: check === 'ok' && userVersion > 0, userVersion };
  } catch {
    return { ok: false, userVersion: 0 };
  } finally {
    db?.close();
  }
}

/**
 * Online backups (SQLite backup API, no writer pause), each verified by reopening,
 * the newest KEEP_BACKUPS kept. A `.verified` marker records that the check passed.
 */
export class BackupManager {
  readonly dir: string;
  private running: Promise<Backup> | null = null;

  constructor(
    dataDir: string,
    private readonly logger: Logger,
    private readonly now: () => Date,
  ) {
    this.dir = path.join(dataDir, 'backups');
  }

  list(): Backup[] {
    if (!fs.existsSync(this.dir)) return [];
    return fs
      .readdirSync(this.dir)
      .filter((f) => NAME_RE.test(f))
      .sort()
      .reverse()
      .map((name) => {
        const m = NAME_RE.exec(name)!;
        return {
          name,
          createdAt: parseStamp(m[1]!),
          sizeBytes: fs.statSync(path.join(this.dir, name)).size,
          reason: m[2]!,
          verified: fs.existsSync(path.join(this.dir, name + '.verified')),
        };
      });
  }

  /** Serialised: a scheduled backup and a manual one never write at once. */
  create(db: Database.Database, reason: BackupReason): Promise<Backup> {
    const next = (this.running ?? Promise.resolve())
      .catch(() => undefined)
      .then(() => this.doCreate(db, reason));
    this.running = next;
    return next;
  }

  private async doCreate(db: Database.Database, reason: BackupReason): Promise<Backup> {
    fs.mkdirSync(this.dir, { recursive: true });
    let name = `duty-room-${stamp(this.now())}-${reason}.db`;
    for (let i = 1; fs.existsSync(path.join(this.dir, name)); i++) {
      name = `duty-room-${stamp(new Date(this.now().getTime() + i))}-${reason}.db`;
    }
    const file = path.join(this.dir, name);
    const tmp = file + '.partial';
    await db.backup(tmp);
    // The copy inherits WAL mode; opening it (even read-only, to verify) would then leave
    // -wal/-shm files behind that no prune ever removes. A backup is one self-contained file.
    const copy = openSqlite(tmp);
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    const verdict = verifyBackupFile(tmp);
    if (!verdict.ok) {
      fs.rmSync(tmp, { force: true });
      this.logger.error('backup failed verification', { name });
      throw new DomainError('conflict', 'errors.backup_corrupt', { name });
    }
    fs.renameSync(tmp, file);
    fs.writeFileSync(file + '.verified', new Date().toISOString());
    this.prune();
    this.logger.info('backup written', { name });
    return this.list().find((b) => b.name === name)!;
  }

  private prune(): void {
    for (const old of this.list().slice(KEEP_BACKUPS)) {
      fs.rmSync(path.join(this.dir, old.name), { force: true });
      fs.rmSync(path.join(this.dir, old.name + '.verified'), { force: true });
    }
  }

  /** The path of a backup that may be restored: present and passing integrity_check. */
  checkedPath(name: string): string {
    if (!NAME_RE.test(name)) throw new DomainError('invalid_input', 'errors.field.backup_name');
    const file = path.join(this.dir, name);
    if (!fs.existsSync(file)) throw new DomainError('not_found', 'errors.backup_missing', { name });
    if (!verifyBackupFile(file).ok) throw new DomainError('conflict', 'errors.backup_corrupt', { name });
    return file;
  }
}
