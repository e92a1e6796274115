import type { LogFilter, LogItem } from '../../common/contract/logs';
import { shiftAtInstant } from '../shifts/repo';
import { byTarget, summaryOf, toEntryView } from '../incidents/views';
import { trafficSql } from '../incidents/repo';
import { correctionsOf } from './entries';
import type { ReadDb } from '../db/handles';
import type { EntryRow } from './rows';

export type LogRow = EntryRow & {
  inc_number: string | null;
  inc_title: string | null;
  inc_grade: LogItem['incidentGrade'];
  inc_status: LogItem['incidentStatus'];
  drill_number: string | null;
};

export const SELECT_LOG = `SELECT e.*, i.number AS inc_number, i.title AS inc_title, i.grade AS inc_grade, i.status AS inc_status,
    d.number AS drill_number
  FROM entries e LEFT JOIN incidents i ON i.id = e.incident_id LEFT JOIN drills d ON d.id = i.drill_id`;

/** WHERE clause of a duty-log filter; incident attributes restrict to incident entries. */
export function whereLog(db: ReadDb, f: LogFilter): { sql: string; params: unknown[] } {
  // Entries outside any incident are real work; an incident's follow its drill marker.
  const w: string[] = [trafficSql(f.traffic)];
  const p: unknown[] = [];
  let from = f.from;
  let to = f.to;
  if (f.shiftAt) {
    // The shift as worked: under the pattern of its duty date (day/night, pattern changes).
    const shift = shiftAtInstant(db, new Date(f.shiftAt));
    from = from && from > shift.start ? from : shift.start;
    to = to && to < shift.end ? to : shift.end;
  }
  if (from) {
    w.push('e.occurred_at >= ?');
    p.push(from);
  }
  if (to) {
    w.push('e.occurred_at < ?');
    p.push(to);
  }
  const inList = (col: string, xs: readonly unknown[]) => {
    w.push(`${col} IN (${xs.map(() => '?').join(',')})`);
    p.push(...xs);
  };
  if (f.kinds?.length) inList('e.kind', f.kinds);
  if (f.grade?.length) inList('i.grade', f.grade);
  if (f.status?.length) inList('i.status', f.status);
  if (f.category) {
    w.push('i.category = ?');
    p.push(f.category);
  }
  if (f.townCode) {
    w.push('i.town_code = ?');
    p.push(f.townCode);
  }
  if (f.authorId) {
    w.push('e.author_id = ?');
    p.push(f.authorId);
  }
  if (f.incidentId) {
    w.push('e.incident_id = ?');
    p.push(f.incidentId);
  }
  return { sql: w.join(' AND '), params: p };
}

/** Log rows as people read them: corrections applied, incident named, one-line summary. */
export function toLogItems(db: ReadDb, rows: LogRow[]): LogItem[] {
  const corr = byTarget(
    correctionsOf(
      db,
      rows.map((r) => r.id),
    ),
  );
  return rows.map((r) => {
    const view = toEntryView(r, corr.get(r.id) ?? []);
    return {
      ...view,
      incidentNumber: r.inc_number,
      incidentTitle: r.inc_title,
      incidentGrade: r.inc_grade,
      incidentStatus: r.inc_status,
      drillNumber: r.drill_number,
      summary: summaryOf(r.kind, view.data),
    };
  });
}

export function listLog(
  db: ReadDb,
  f: LogFilter,
  limit: number,
  cursor?: string,
): { items: LogItem[]; nextCursor: string | null } {
  const { sql, params } = whereLog(db, f);
  let where = sql;
  if (cursor) {
    const [at, seq] = cursor.split('|');
    where += ' AND (e.occurred_at < ? OR (e.occurred_at = ? AND e.seq < ?))';
    params.push(at, at, Number(seq));
  }
  const rows = db
    .prepare(`${SELECT_LOG} WHERE ${where} ORDER BY e.occurred_at DESC, e.seq DESC LIMIT ?`)
    .all(...params, limit + 1) as LogRow[];
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    items: toLogItems(db, page),
    nextCursor: rows.length > limit && last ? `${last.occurred_at}|${last.seq}` : null,
  };
}
