import {
  computeDeadlines,
  nextFollowUpSlot,
  rulesAt,
  type DeadlineFacts,
  type RuleVersion,
} from '../../common/deadlines';
import type { Category, Grade } from '../../common/domain/incidents';
import { stmt } from '../db/sql';
import type { ReadDb } from '../db/handles';
import { ruleVersions } from '../deadlines/repo';
import { foldStateOfRow } from '../incidents/repo';
import { readSettings } from '../settings/repo';

/**
 * Report timeliness (报告及时性), judged from an incident's timeline under the deadline
 * rules (src/common/deadlines.ts, never re-derived here). Statistics and the assessment
 * (考核: 迟报, missing 续报) both read these, so they always agree.
 *
 * - 初报 (phone) and 初报 (written): the items computeDeadlines gives, one pair per clock
 *   (an upgrade starts a new pair under the stricter rule).
 * - 续报: each daily follow-up time after the first report is owed, from the first one
 *   past the first report's window until the final report (终报) or closure; a report in
 *   the window before a time keeps it. An unkept time is `late` when a report came after
 *   it and before the next time, `missing` otherwise.
 */
export type TimelinessKind = 'phone' | 'written' | 'followup';
export type TimelinessStatus = 'on_time' | 'late' | 'missing' | 'pending';

export interface TimelinessItem {
  kind: TimelinessKind;
  grade: Grade;
  dueAt: string;
  doneAt: string | null;
  /** on_time: done by the due time; late: done after it; missing: past due and not done; pending: not yet due. */
  status: TimelinessStatus;
  /** Whole minutes after the due time, a started minute counted (30 s late is 1); null unless late. */
  minutesLate: number | null;
}

export interface TimelinessFacts extends DeadlineFacts {
  /** When it was closed or withdrawn (null while open): follow-ups end there. */
  closedAt: string | null;
}

const MIN = 60_000;
const addMin = (iso: string, min: number) => new Date(new Date(iso).getTime() + min * MIN).toISOString();

/** Whole minutes from `dueAt` to `doneAt`, a started minute counted; 0 when on time. */
export function minutesLate(dueAt: string, doneAt: string): number {
  const ms = new Date(doneAt).getTime() - new Date(dueAt).getTime();
  return ms > 0 ? Math.ceil(ms / MIN) : 0;
}

function item(
  kind: TimelinessKind,
  grade: Grade,
  dueAt: string,
  doneAt: string | null,
  nowIso: string,
): TimelinessItem {
  if (doneAt) {
    const late = doneAt > dueAt;
    return {
      kind,
      grade,
      dueAt,
      doneAt,
      status: late ? 'late' : 'on_time',
      minutesLate: late ? minutesLate(dueAt, doneAt) : null,
    };
  }
  return { kind, grade, dueAt, doneAt, status: nowIso > dueAt ? 'missing' : 'pending', minutesLate: null };
}

/** The 初报 items (phone and written, per clock) of one incident. */
export function initialReportTimeliness(
  facts: DeadlineFacts,
  versions: RuleVersion[],
  tz: string,
  now: Date,
): TimelinessItem[] {
  const nowIso = now.toISOString();
  return computeDeadlines(facts, versions, tz, now)
    .items.filter((i) => i.kind !== 'followup')
    .map((i) => item(i.kind, i.grade, i.dueAt, i.doneAt, nowIso));
}

/** At most this many follow-up times per incident (a year and a half at two a day). */
const MAX_SLOTS = 1100;

/** The 续报 items (one per daily follow-up time owed) of one incident. */
export function followUpTimeliness(
  facts: TimelinessFacts,
  versions: RuleVersion[],
  tz: string,
  now: Date,
): TimelinessItem[] {
  const reports = [...facts.reports].sort((a, b) => a.at.localeCompare(b.at));
  const first = reports[0];
  if (!first) return [];
  const nowIso = now.toISOString();
  const final = reports.find((r) => r.stage === 'final')?.at ?? null;
  const closed = facts.status === 'closed' || facts.status === 'withdrawn' ? facts.closedAt : null;
  const ends = [final, closed].filter((x): x is string => x !== null).sort();
  const end = ends[0] ?? null;
  const gradeAt = (at: string) => {
    let g: Grade = facts.grades[0]?.grade ?? 'unrated';
    for (const x of facts.grades) if (x.at <= at) g = x.grade;
    return g;
  };

  const out: TimelinessItem[] = [];
  const window0 = rulesAt(versions, first.at).followUpWindowMinutes;
  let cursor = new Date(addMin(first.at, window0));
  for (let n = 0; n < MAX_SLOTS; n++) {
    const lastBefore = [...reports].reverse().find((r) => r.at <= cursor.toISOString()) ?? first;
    const rules = rulesAt(versions, lastBefore.at);
    const slot = nextFollowUpSlot(cursor, rules.followUpTimes, tz);
    if (!slot) break;
    const dueAt = slot.toISOString();
    if (end !== null && dueAt >= end) {
      // The final report itself keeps the last time it falls before (in its window).
      break;
    }
    const from = addMin(dueAt, -rules.followUpWindowMinutes);
    const kept = reports.find((r) => r.at >= from && r.at <= dueAt);
    if (kept) out.push(item('followup', gradeAt(dueAt), dueAt, kept.at, nowIso));
    else {
      // Late, not missing, when a report came before the next time's window opened (a
      // report in that window keeps the next time, and one report is not counted twice).
      const nextSlot = nextFollowUpSlot(slot, rules.followUpTimes, tz)?.toISOString() ?? null;
      const nextWindow = nextSlot === null ? null : addMin(nextSlot, -rules.followUpWindowMinutes);
      const after = reports.find((r) => r.at > dueAt && (nextWindow === null || r.at < nextWindow));
      out.push(item('followup', gradeAt(dueAt), dueAt, after?.at ?? null, nowIso));
    }
    if (dueAt > nowIso) break; // the next time still to come is pending; nothing beyond it is owed yet
    cursor = slot;
  }
  return out;
}

/** 初报 and 续报 items of one incident, in due order. */
export function reportTimeliness(
  facts: TimelinessFacts,
  versions: RuleVersion[],
  tz: string,
  now: Date,
): TimelinessItem[] {
  return [
    ...initialReportTimeliness(facts, versions, tz, now),
    ...followUpTimeliness(facts, versions, tz, now),
  ].sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}

export interface TimelinessSummary {
  /** Due by now: on time + late + missing (pending ones are not yet judged). */
  due: number;
  onTime: number;
  late: number;
  missing: number;
  pending: number;
  /** onTime / due; null when nothing was due. */
  onTimeRate: number | null;
}

export function summarise(items: readonly TimelinessItem[]): TimelinessSummary {
  const n = { on_time: 0, late: 0, missing: 0, pending: 0 };
  for (const i of items) n[i.status]++;
  const due = n.on_time + n.late + n.missing;
  return {
    due,
    onTime: n.on_time,
    late: n.late,
    missing: n.missing,
    pending: n.pending,
    onTimeRate: due > 0 ? n.on_time / due : null,
  };
}

/** Upper bounds (minutes, inclusive) of the minutes-late buckets; the last is open-ended. */
export const LATE_BUCKETS = [15, 30, 60, 120, 240] as const;
export type LateBucket = (typeof LATE_BUCKETS)[number] | 'more';

export function lateBucket(minutes: number): LateBucket {
  return LATE_BUCKETS.find((b) => minutes <= b) ?? 'more';
}

/** One incident with its timeliness items: what the figures and the drill-down lists read. */
export interface IncidentTimeliness {
  id: string;
  number: string;
  title: string;
  category: Category;
  subtype: string;
  grade: Grade;
  status: 'pending' | 'active' | 'closed' | 'withdrawn';
  townCode: string | null;
  townName: string | null;
  receivedAt: string;
  closedAt: string | null;
  items: TimelinessItem[];
}

export interface TimelinessFilter {
  /** Incidents received in [from, to) (ISO, UTC). */
  from: string;
  to: string;
  townCode?: string | null;
}

/**
 * The timeliness of every real incident (演练 never counts) received in the period, read
 * from the stored fold of each incident (no timeline re-read), judged as of `now`.
 */
export function incidentTimeliness(db: ReadDb, f: TimelinessFilter, now: Date): IncidentTimeliness[] {
  const versions = ruleVersions(db);
  const tz = readSettings(db).timeZone;
  const rows = stmt<
    { from: string; to: string; town: string | null },
    {
      id: string;
      number: string;
      title: string;
      category: Category;
      subtype: string;
      grade: Grade;
      status: IncidentTimeliness['status'];
      town_code: string | null;
      town_name: string | null;
      received_at: string;
      closed_at: string | null;
      state_json: string;
    }
  >(
    db,
    `SELECT i.id, i.number, i.title, i.category, i.subtype, i.grade, i.status, i.town_code, t.name AS town_name,
            i.received_at, i.closed_at, i.state_json
       FROM incidents i LEFT JOIN towns t ON t.code = i.town_code
      WHERE i.received_at >= :from AND i.received_at < :to AND i.drill_id IS NULL
        AND (:town IS NULL OR i.town_code = :town)
      ORDER BY i.received_at, i.id`,
  ).all({ from: f.from, to: f.to, town: f.townCode ?? null });
  const out: IncidentTimeliness[] = [];
  for (const r of rows) {
    const s = foldStateOfRow(r);
    if (!s) continue;
    const facts: TimelinessFacts = {
      receivedAt: s.intake.receivedAt,
      category: s.intake.category,
      grades: s.grades,
      reports: s.reports,
      status: s.status,
      closedAt: s.closedAt,
    };
    out.push({
      id: r.id,
      number: r.number,
      title: r.title,
      category: r.category,
      subtype: r.subtype,
      grade: r.grade,
      status: r.status,
      townCode: r.town_code,
      townName: r.town_name,
      receivedAt: r.received_at,
      closedAt: r.closed_at,
      items: reportTimeliness(facts, versions, tz, now),
    });
  }
  return out;
}
