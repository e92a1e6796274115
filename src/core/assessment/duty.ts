import type { Subject } from '../../common/contract/assessment';
import type { FindingKind } from '../../common/domain/assessment';
import { dutyWindow, firstAtOrAfter, periodsEnding } from '../../common/equipment/due';
import { stmt } from '../db/sql';
import type { ReadDb } from '../db/handles';
import { intervalOf, owedUntil, owingEquipmentRows, zoneRules } from '../equipment/repo';
import { deduct, deptKey, localText, ROOM, townKey, type Frame } from './problems';

/** What a finding entry holds (entries.kind = 'finding'). */
export interface FindingData {
  kind: FindingKind;
  subject: Subject;
  evidence: string;
  /** A duty-log entry the finding rests on, when it rests on one. */
  entryRef: string | null;
}

export const subjectKeyOf = (s: Subject) =>
  s.kind === 'room' ? ROOM : s.kind === 'town' ? townKey(s.townCode) : deptKey(s.unit);

/** 查岗 answered later than the limit (or not at all): the room's, −5 each by default. */
export function collectSpotChecks(db: ReadDb, f: Frame) {
  const rows = stmt<[string, string], { id: string; occurred_at: string; data_json: string }>(
    db,
    `SELECT id, occurred_at, data_json FROM entries
       WHERE kind = 'spot_check' AND corrects_id IS NULL AND occurred_at >= ? AND occurred_at < ?`,
  ).all(f.from, f.to);
  let unanswered = 0;
  const limit = f.scheme.limits.spotCheckSeconds;
  for (const r of rows) {
    const d = JSON.parse(r.data_json) as { callerUnit: string; answerSeconds: number };
    if (d.answerSeconds <= limit) continue;
    unanswered++;
    deduct(f, {
      subjectKey: ROOM,
      rule: 'spot_unanswered',
      at: r.occurred_at,
      ref: { kind: 'entry', id: r.id },
      sentence: 'assessmentProblem.spot_unanswered',
      params: { unit: d.callerUnit, seconds: d.answerSeconds, limit },
    });
  }
  return { spotChecks: rows.length, spotUnanswered: unanswered };
}

export interface FindingRow {
  id: string;
  incident_id: string | null;
  occurred_at: string;
  entered_at: string;
  author_name: string;
  data_json: string;
  incident_number: string | null;
}

/** Findings of the period on real work: a finding on a drill's incident is 演练 and left out. */
export function findingsOf(db: ReadDb, from: string, to: string): FindingRow[] {
  return stmt<[string, string], FindingRow>(
    db,
    `SELECT e.id, e.incident_id, e.occurred_at, e.entered_at, e.author_name, e.data_json, i.number AS incident_number
       FROM entries e LEFT JOIN incidents i ON i.id = e.incident_id
      WHERE e.kind = 'finding' AND e.occurred_at >= ? AND e.occurred_at < ? AND i.drill_id IS NULL
      ORDER BY e.occurred_at, e.seq`,
  ).all(from, to);
}

/** Findings a leader recorded (漏报/谎报/瞒报/脱岗): deducted as recorded, never inferred. */
export function collectFindings(db: ReadDb, f: Frame, subjects: Set<string>) {
  const rows = findingsOf(db, f.from, f.to);
  for (const r of rows) {
    const d = JSON.parse(r.data_json) as FindingData;
    const key = subjectKeyOf(d.subject);
    subjects.add(key);
    deduct(f, {
      subjectKey: key,
      rule: d.kind,
      at: r.occurred_at,
      ref: r.incident_id ? { kind: 'incident', id: r.incident_id } : { kind: 'entry', id: r.id },
      sentence: 'assessmentProblem.finding',
      params: { kind: d.kind, evidence: d.evidence, number: r.incident_number ?? '' },
    });
  }
  return rows.length;
}

/**
 * Equipment checks owed in the period (each interval of each item in use that ended
 * in it) with no real check inside: the room's, −1 each by default. The periods are the
 * equipment page's own (common/equipment/due).
 */
export function collectChecks(db: ReadDb, f: Frame) {
  const z = zoneRules(db);
  // Periods end at shift changes: the month's are those ending from the 1st's change on.
  const w = dutyWindow(f.from, f.to, z);
  const from = w.from;
  const until = new Date(Math.min(w.to.getTime(), f.now.getTime()));
  const checks = new Map<string, number[]>();
  for (const c of stmt<[string, string], { equipment_id: string; checked_at: string }>(
    db,
    `SELECT equipment_id, checked_at FROM checks WHERE drill_id IS NULL AND checked_at >= ? AND checked_at < ?`,
  ).all(new Date(from.getTime() - 400 * 86_400_000).toISOString(), w.to.toISOString())) {
    const arr = checks.get(c.equipment_id) ?? [];
    arr.push(Date.parse(c.checked_at));
    checks.set(c.equipment_id, arr);
  }
  let owed = 0;
  let missed = 0;
  for (const r of owingEquipmentRows(db)) {
    // Sorted, so each period asks once where its start falls: a year of a daily-checked item
    // is 365 periods against 365 checks, which a scan per period made 130,000 comparisons.
    const done = (checks.get(r.id) ?? []).sort((a, b) => a - b);
    for (const p of periodsEnding(intervalOf(r), r.created_at, from, owedUntil(r, until), z)) {
      owed++;
      const s = Date.parse(p.start);
      const e = Date.parse(p.end);
      const first = firstAtOrAfter(done, s);
      if (first < done.length && done[first]! < e) continue;
      missed++;
      deduct(f, {
        subjectKey: ROOM,
        rule: 'check_missed',
        at: p.end,
        ref: { kind: 'equipment', id: r.id },
        sentence: 'assessmentProblem.check_missed',
        params: { name: r.name, from: localText(p.start, f.tz), to: localText(p.end, f.tz) },
      });
    }
  }
  return { checksOwed: owed, checksMissed: missed };
}
