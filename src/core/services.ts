import type { PinGuard } from './auth/pin-guard';
import type { BackupManager } from './backup/manager';
import type { DbPair } from './db/handles';
import type { ImportTarget } from './imports/registry';
import type { ReminderProvider } from './reminders/provider';

/** Long-lived parts of a core that handlers may need beyond the database. */
export interface Services {
  pinGuard: PinGuard;
  backups: BackupManager;
  /** The data directory's current database, and a way to swap it (restore). */
  database: {
    current(): DbPair;
    replaceFrom(file: string): void;
  };
  /** True when the host requires tokens on every request. */
  lan: boolean;
  appVersion: string;
  /** The spreadsheet import targets of this core's areas, by name. */
  importTargets: ReadonlyMap<string, ImportTarget<unknown>>;
  /** What falls due in the records of this core's areas (到期提醒). */
  reminders: readonly ReminderProvider[];
}
