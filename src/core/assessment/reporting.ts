import type { FoldState } from '../incidents/projection';
import type { RuleVersion } from '../../common/deadlines';
import type { ReportElement } from '../../common/domain/assessment';
import type { IntakeData } from '../../common/contract/incidents';
import { minutesLate, reportTimeliness } from '../stats/timeliness';
import { stmt } from '../db/sql';
import type { ReadDb } from '../db/handles';
import { deduct, inPeriod, localText, ROOM, type Frame } from './problems';

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
 * 信息报告 from the timeline and the deadline rules, read through the shared timeliness
 * functions (stats/timeliness.ts, so 统计 and 考核 agree): each phone or written report
 * due in the period and made late, or still not made (迟报; an accident's by the hour
 * over); each daily follow-up time in the period not kept (未按时续报); each required element
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
    // The shared reading of the rules (stats/timeliness.ts): statistics count the same items.
    const items = reportTimeliness(
      {
        receivedAt: s.intake.receivedAt,
        category: s.intake.category,
        grades: s.grades,
        reports: s.reports,
        status: s.status,
        closedAt: s.closedAt,
      },
      versions,
      f.tz,
      f.evalAt,
    );
    for (const item of items) {
      if ((item.status !== 'late' && item.status !== 'missing') || !inPeriod(f, item.dueAt)) continue;
      if (item.kind === 'followup') {
        followupsMissing++;
        deduct(f, {
          subjectKey: ROOM,
          rule: 'followup_missing',
          at: item.dueAt,
          ref,
          sentence: 'assessmentProblem.followup_missing',
          params: { ...base, time: localText(item.dueAt, f.tz) },
        });
        continue;
      }
      const minutes = item.minutesLate ?? minutesLate(item.dueAt, f.evalAt.toISOString());
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
