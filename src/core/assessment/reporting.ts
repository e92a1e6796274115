import type { FoldState } from '../incidents/projection';
import {
  computeDeadlines,
  nextFollowUpSlot,
  rulesAt,
  type RuleVersion,
} from '../../common/deadlines';
import type { ReportElement } from '../../common/domain/assessment';
import type { IntakeData } from '../../common/contract/incidents';
import { stmt } from '../db/sql';
import type { ReadDb } from '../db/handles';
import { deduct, inPeriod, localText, minutesBetween, ROOM, type Frame } from './problems';

interface IncidentFacts {
  id: string;
  number: string;
  title: string;
  category: string;
  status: string;
  received_at: string;
  closed_at: string | null;
  state_json: string;
}

/** Real incidents that owed something in the period: received before its end, not closed before its start. */
function incidentsOwing(db: ReadDb, f: Frame): IncidentFacts[] {
  return stmt<[string, string], IncidentFacts>(
    db,
    `SELECT id, number, title, category, status, received_at, closed_at, state_json FROM incidents
       WHERE drill_id IS NULL AND status <> 'withdrawn' AND received_at < ? AND (closed_at IS NULL OR closed_at >= ?)`,
  ).all(f.to, f.from);
}

export function exerciseIncidents(db: ReadDb, f: Frame): number {
  return stmt<[string, string], { n: number }>(
    db,
    'SELECT count(*) AS n FROM incidents WHERE drill_id IS NOT NULL AND received_at >= ? AND received_at < ?',
  ).get(f.from, f.to)!.n;
}

const blank = (s: string | undefined | null) => !s || s.trim() === '';

function elementMissing(intake: IntakeData, el: ReportElement): boolean {
  switch (el) {
    case 'occurredAt':
      return intake.occurredAt === null;
    case 'place':
      return blank(intake.place.address) && intake.place.point === null && intake.place.townCode === null;
    default:
      return blank(intake[el]);
  }
}

/**
 * 信息报告 from the timeline and the deadline rules (common/deadlines, the same rules the
 * desk counts down by): each phone or written report due in the period and made late,
 * or still not made (迟报; an accident's by the hour over); each daily follow-up slot in
 * the period with no report in the window before it (未按时续报); each required element
 * missing from the intake of an incident received in the period. All charged to the
 * duty room, which reports upward. Returns how many incidents were received.
 */
export function collectReporting(db: ReadDb, f: Frame, versions: RuleVersion[]) {
  let received = 0;
  let reportsLate = 0;
  let followupsMissing = 0;
  for (const inc of incidentsOwing(db, f)) {
    const s = JSON.parse(inc.state_json) as FoldState;
    const ref = { kind: 'incident' as const, id: inc.id };
    const base = { number: inc.number, title: inc.title };
    const state = computeDeadlines(
      {
        receivedAt: s.intake.receivedAt,
        category: s.intake.category,
        grades: s.grades,
        reports: s.reports,
        status: s.status,
      },
      versions,
      f.tz,
      f.evalAt,
    );
    for (const item of state.items) {
      if (item.kind === 'followup' || !item.late || !inPeriod(f, item.dueAt)) continue;
      const minutes = minutesBetween(item.dueAt, item.doneAt ?? f.evalAt);
      if (minutes <= 0) continue;
      reportsLate++;
      const params = { ...base, report: item.kind, minutes, due: localText(item.dueAt, f.tz) };
      if (s.intake.category === 'accident')
        deduct(f, {
          subjectKey: ROOM,
          rule: 'accident_late_hour',
          at: item.dueAt,
          times: Math.ceil(minutes / 60),
          ref,
          sentence: 'assessmentProblem.accident_late_hour',
          params: { ...params, hours: Math.ceil(minutes / 60) },
        });
      else
        deduct(f, {
          subjectKey: ROOM,
          rule: 'late',
          at: item.dueAt,
          ref,
          sentence: item.doneAt ? 'assessmentProblem.late' : 'assessmentProblem.late_never',
          params,
        });
    }
    for (const slot of missedFollowUps(s, inc, f, versions)) {
      followupsMissing++;
      deduct(f, {
        subjectKey: ROOM,
        rule: 'followup_missing',
        at: slot,
        ref,
        sentence: 'assessmentProblem.followup_missing',
        params: { ...base, time: localText(slot, f.tz) },
      });
    }
    if (!inPeriod(f, inc.received_at)) continue;
    received++;
    for (const el of f.scheme.requiredElements)
      if (elementMissing(s.intake, el))
        deduct(f, {
          subjectKey: ROOM,
          rule: 'element_missing',
          at: inc.received_at,
          ref,
          sentence: 'assessmentProblem.element_missing',
          params: { ...base, element: el },
        });
  }
  return { received, reportsLate, followupsMissing };
}

/**
 * Follow-up slots in the period an incident missed: from the first slot after its first
 * report (and the window), while it was open and had no final report, each slot without
 * a report in the window before it. The same reading of the rules as computeDeadlines.
 */
function missedFollowUps(s: FoldState, inc: IncidentFacts, f: Frame, versions: RuleVersion[]): string[] {
  const reports = s.reports.map((r) => ({ ...r, ms: Date.parse(r.at) })).sort((a, b) => a.ms - b.ms);
  const first = reports[0];
  if (!first) return [];
  const rules = rulesAt(versions, first.at);
  const windowMs = rules.followUpWindowMinutes * 60_000;
  const final = reports.find((r) => r.stage === 'final');
  const ends = [f.evalAt.getTime(), Date.parse(f.to)];
  if (final) ends.push(final.ms);
  if (inc.closed_at) ends.push(Date.parse(inc.closed_at));
  const end = Math.min(...ends);
  const out: string[] = [];
  let slot = nextFollowUpSlot(
    new Date(Math.max(first.ms + windowMs, Date.parse(f.from) - 1)),
    rules.followUpTimes,
    f.tz,
  );
  for (let n = 0; slot && slot.getTime() < end && n < 2000; n++) {
    const at = slot.getTime();
    if (!reports.some((r) => r.ms >= at - windowMs && r.ms <= at)) out.push(slot.toISOString());
    slot = nextFollowUpSlot(slot, rules.followUpTimes, f.tz);
  }
  return out;
}
