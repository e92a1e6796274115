import { DEFAULT_SCHEME, type AssessmentScheme } from '../../common/domain/assessment';
import { stmt } from '../db/sql';
import type { ReadDb, WriteDb } from '../db/handles';
import type { AssessmentSchemeRow } from './rows';

export function schemeRows(db: ReadDb): AssessmentSchemeRow[] {
  return stmt<[], AssessmentSchemeRow>(db, 'SELECT * FROM assessment_schemes ORDER BY version').all();
}

/**
 * The scheme that governs a period starting at `at`: the last version in force then,
 * or the default when none was saved before it (like the deadline rules).
 */
export function schemeAt(db: ReadDb, at: string): { scheme: AssessmentScheme; version: number | null } {
  const row = stmt<[string], AssessmentSchemeRow>(
    db,
    'SELECT * FROM assessment_schemes WHERE effective_from <= ? ORDER BY effective_from DESC, version DESC LIMIT 1',
  ).get(at);
  return row
    ? { scheme: JSON.parse(row.scheme_json) as AssessmentScheme, version: row.version }
    : { scheme: DEFAULT_SCHEME, version: null };
}

export function addSchemeVersion(
  db: WriteDb,
  scheme: AssessmentScheme,
  at: string,
  author: { id: string | null; name: string | null },
): number {
  const info = stmt(
    db,
    'INSERT INTO assessment_schemes (effective_from, scheme_json, author_id, author_name) VALUES (?, ?, ?, ?)',
  ).run(at, JSON.stringify(scheme), author.id, author.name);
  return Number(info.lastInsertRowid);
}
