import type Database from 'better-sqlite3';
import { m001Foundation } from './001-foundation';
import { m002Geography } from './002-geography';
import { m003DutyLog } from './003-duty-log';
import { m004Equipment } from './004-equipment';
import { m005Facilities } from './005-facilities';
import { m006RosterHandover } from './006-roster-handover';
import { m007SearchProgress } from './007-search-progress';

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

/** Append-only: never edit a shipped migration, add the next one. Each has its own test. */
export const migrations: Migration[] = [
  m001Foundation,
  m002Geography,
  m003DutyLog,
  m004Equipment,
  m005Facilities,
  m006RosterHandover,
  m007SearchProgress,
];

migrations.forEach((m, i) => {
  if (m.version !== i + 1) throw new Error(`migration ${m.name} out of order`);
});
