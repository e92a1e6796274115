import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  up(db: Database.Database): void;
}

/**
 * The one schema history: every area lists its own migrations (src/core/areas), and
 * this puts them in order and refuses gaps and duplicates. Versions are numbered across
 * the app (user_version), not per area: a new migration takes the next free number.
 * Append-only: never edit a shipped migration, add the next one. Each has its own test.
 */
export function assembleMigrations(areas: readonly { migrations: readonly Migration[] }[]): Migration[] {
  const list = areas.flatMap((a) => [...a.migrations]).sort((a, b) => a.version - b.version);
  list.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(
        `migration ${m.name} has version ${m.version} where ${i + 1} belongs: versions must run 1, 2, 3 … without gaps or repeats`,
      );
  });
  return list;
}
