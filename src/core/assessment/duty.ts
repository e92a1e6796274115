import type { Subject } from '../../common/contract/assessment';
import type { FindingKind } from '../../common/domain/assessment';
import { stmt } from '../db/sql';
import type { ReadDb } from '../db/handles';
import { owedChecks } from '../equipment/owed';
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
  const owed = owedChecks(db, f.from, f.to, f.now);
  const missed = owed.filter((c) => c.checkedAt === null);
  for (const c of missed)
    deduct(f, {
      subjectKey: ROOM,
      rule: 'check_missed',
      at: c.end,
      ref: { kind: 'equipment', id: c.equipmentId },
      sentence: 'assessmentProblem.check_missed',
      params: { name: c.name, from: localText(c.start, f.tz), to: localText(c.end, f.tz) },
    });
  return { checksOwed: owed.length, checksMissed: missed.length };
}
