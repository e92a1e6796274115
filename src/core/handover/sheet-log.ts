import type { HandoverSheet } from '../../common/contract/handover';
import type { LogItem } from '../../common/contract/logs';
import { REPORT_STAGES } from '../../common/domain/incidents';
import { stmt } from '../db/sql';
import { SELECT_LOG, toLogItems, type LogRow } from '../logs/query';
import type { ReadDb } from '../db/handles';

type Sheet = HandoverSheet;

// Bounded lists: a shift of a busy day has a few hundred entries; the sheet must stay
// fast to assemble however long the log grows (the time-range index does the rest).
export const MAX_ENTRIES = 500;
const MAX_SPOT_CHECKS = 200;

export interface ShiftLog {
  /** The listed entries as the log reads them (at most MAX_ENTRIES). */
  items: LogItem[];
  /** Every entry of the period, listed or not. */
  total: number;
  entries: Sheet['entries']['items'];
  /** Whether `items` holds every entry of the period. */
  complete: boolean;
}

/** The duty log of [start, upTo), in time order. */
export function shiftLog(db: ReadDb, start: string, upTo: string): ShiftLog {
  const total = stmt<[string, string], { n: number }>(
    db,
    // Drill traffic (演练) is not the shift's real work: neither listed nor counted.
    `SELECT count(*) AS n FROM entries e LEFT JOIN incidents i ON i.id = e.incident_id
      WHERE e.occurred_at >= ? AND e.occurred_at < ? AND i.drill_id IS NULL`,
  ).get(start, upTo)!.n;
  const logRows = stmt<[string, string, number], LogRow>(
    db,
    `${SELECT_LOG} WHERE e.occurred_at >= ? AND e.occurred_at < ? AND i.drill_id IS NULL ORDER BY e.occurred_at, e.seq LIMIT ?`,
  ).all(start, upTo, MAX_ENTRIES);
  const items = toLogItems(db, logRows);
  const entries = sheetEntries(db, items);

  return { items, total, entries, complete: items.length === total };
}

/**
 * Log items as the sheet lists them. A correction keeps its fields as keys with the kind
 * of the entry it corrects, and its reason: the sheet's reader labels them in their
 * language, as the incident page does (the summary alone is the keys).
 */
export function sheetEntries(db: ReadDb, items: LogItem[]): Sheet['entries']['items'] {
  const targets = kindsOf(
    db,
    items.filter((e) => e.kind === 'correction' && e.correctsId).map((e) => e.correctsId!),
  );
  return items.map((e) => ({
    id: e.id,
    at: e.occurredAt,
    kind: e.kind,
    stage: e.kind === 'report' ? (REPORT_STAGES.find((x) => x === e.data.stage) ?? null) : null,
    summary: e.summary,
    authorName: e.authorName,
    incidentId: e.incidentId,
    incidentNumber: e.incidentNumber,
    corrected: e.corrections.length > 0,
    ...(e.kind === 'correction'
      ? {
          fields: Object.keys(e.data),
          reason: e.reason,
          correctsKind: e.correctsId ? (targets.get(e.correctsId) ?? null) : null,
        }
      : {}),
  }));
}

function kindsOf(db: ReadDb, ids: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    for (const r of db
      .prepare(`SELECT id, kind FROM entries WHERE id IN (${chunk.map(() => '?').join(',')})`)
      .all(...chunk) as { id: string; kind: string }[])
      out.set(r.id, r.kind);
  }
  return out;
}

/** Spot checks (查岗) of [start, upTo): from the listed entries when they are all of them. */
export function spotChecksOf(db: ReadDb, log: ShiftLog, start: string, upTo: string): Sheet['spotChecks'] {
  const { items, complete } = log;
  const spotItems = complete
    ? items.filter((e) => e.kind === 'spot_check').slice(0, MAX_SPOT_CHECKS)
    : toLogItems(
        db,
        stmt<[string, string, number], LogRow>(
          db,
          // The subquery reads the time index alone; only the spot checks' rows are fetched.
          `${SELECT_LOG} WHERE e.seq IN (SELECT seq FROM entries WHERE occurred_at >= ? AND occurred_at < ? AND kind = 'spot_check')
            ORDER BY e.occurred_at LIMIT ?`,
        ).all(start, upTo, MAX_SPOT_CHECKS),
      );
  return spotItems.map((e) => ({
    id: e.id,
    at: e.occurredAt,
    callerUnit: String(e.data.callerUnit ?? ''),
    callerName: String(e.data.callerName ?? ''),
    answeredBy: String(e.data.answeredBy ?? ''),
    answerSeconds: Number(e.data.answerSeconds ?? 0),
    result: String(e.data.result ?? ''),
  }));
}

/** Entries per incident among `ids`. */
export function countBy(ids: (string | null)[]): { incident_id: string; n: number }[] {
  const m = new Map<string, number>();
  for (const id of ids) if (id) m.set(id, (m.get(id) ?? 0) + 1);
  return [...m].map(([incident_id, n]) => ({ incident_id, n }));
}
