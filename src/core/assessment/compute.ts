import type { AssessmentResult, SubjectScore } from '../../common/contract/assessment';
import {
  periodMonths,
  SUBJECT_INDICATORS,
  type SubjectKind,
} from '../../common/domain/assessment';
import { zonedToInstant } from '../../common/time/zone';
import type { ReadDb } from '../db/handles';
import { ruleVersions } from '../deadlines/repo';
import { listTowns } from '../geo/repo';
import { readSettings } from '../settings/repo';
import { bandFraction, drillShares, type DrillShare } from './drills';
import { collectChecks, collectFindings, collectSpotChecks } from './duty';
import { ROOM, type Frame } from './problems';
import { collectReporting, exerciseIncidents } from './reporting';
import { schemeAt } from './schemes';
import { collectWarnings } from './warnings';

const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

/** The period's [from, to) in the room's zone, from local midnight on the first day. */
export function periodRange(period: string, tz: string): { from: string; to: string; yearStart: string } {
  const { year, from, to } = periodMonths(period);
  return {
    from: zonedToInstant(tz, year, from, 1).toISOString(),
    to: zonedToInstant(tz, year, to, 1).toISOString(),
    yearStart: zonedToInstant(tz, year, 1, 1).toISOString(),
  };
}

function kindOf(key: string): SubjectKind {
  return key === ROOM ? 'room' : key.startsWith('town:') ? 'town' : 'department';
}

/**
 * Scores of a period under the scheme in force at its start: every deduction is a named
 * problem computed from the record (the timeline and the deadline rules, 查岗 entries,
 * warning recipients, equipment checks) or recorded as a finding by a leader; exercise
 * (演练) traffic never counts. Subjects: the room, every town, every department that owes
 * something (a 专项 plan, a warning's receipt, a finding against it).
 */
export function computeAssessment(db: ReadDb, period: string, now: Date): AssessmentResult {
  const tz = readSettings(db).timeZone;
  const range = periodRange(period, tz);
  const { scheme, version } = schemeAt(db, range.from);
  const f: Frame = {
    from: range.from,
    to: range.to,
    evalAt: new Date(Math.min(Date.parse(range.to), now.getTime())),
    now,
    tz,
    scheme,
    problems: [],
  };
  const towns = listTowns(db);
  const subjects = new Set<string>([ROOM, ...towns.map((t) => `town:${t.code}`)]);
  const reporting = collectReporting(db, f, ruleVersions(db));
  const spots = collectSpotChecks(db, f);
  const findings = collectFindings(db, f, subjects);
  const warnings = collectWarnings(db, f, subjects);
  const checks = collectChecks(db, f);
  const shares = drillShares(db, f, range.yearStart);
  for (const key of shares.keys()) subjects.add(key);

  const townName = new Map(towns.map((t) => [`town:${t.code}`, t.name]));
  const scores = [...subjects].map((key) => scoreOf(key, f, shares.get(key), townName));
  const order: Record<SubjectKind, number> = { room: 0, town: 1, department: 2 };
  scores.sort((a, b) => order[a.kind] - order[b.kind] || a.key.localeCompare(b.key, 'zh-CN'));
  f.problems.sort((a, b) => a.at.localeCompare(b.at) || a.subjectKey.localeCompare(b.subjectKey));
  return {
    period,
    from: f.from,
    to: f.to,
    schemeVersion: version,
    scheme,
    subjects: scores,
    problems: f.problems,
    overview: {
      incidents: reporting.received,
      exerciseIncidents: exerciseIncidents(db, f),
      reportsLate: reporting.reportsLate,
      followupsMissing: reporting.followupsMissing,
      ...spots,
      findings,
      ...warnings,
      ...checks,
    },
  };
}

function scoreOf(
  key: string,
  f: Frame,
  share: DrillShare | undefined,
  townName: Map<string, string>,
): SubjectScore {
  const kind = kindOf(key);
  const mine = f.problems.filter((p) => p.subjectKey === key);
  const indicators: SubjectScore['indicators'] = [];
  for (const indicator of SUBJECT_INDICATORS[kind]) {
    const weight = f.scheme.weights[indicator];
    if (weight <= 0) continue;
    if (indicator === 'drills') {
      // A department without a 专项 plan owes no drill.
      if (!share) continue;
      const score = round(weight * bandFraction(share, f.scheme.drillBands));
      indicators.push({ indicator, weight, deducted: round(weight - score), score, problems: 0, share });
      continue;
    }
    const its = mine.filter((p) => p.indicator === indicator);
    const deducted = round(its.reduce((s, p) => s + p.points, 0));
    indicators.push({ indicator, weight, deducted, score: round(Math.max(0, weight - deducted)), problems: its.length });
  }
  const weight = indicators.reduce((s, i) => s + i.weight, 0);
  const score = indicators.reduce((s, i) => s + i.score, 0);
  return {
    key,
    kind,
    // The room is named by the reader's catalog; a town by its register; a department by its unit.
    name: kind === 'room' ? '' : kind === 'town' ? (townName.get(key) ?? key.slice(5)) : key.slice('department:'.length),
    indicators,
    total: weight > 0 ? round((score / weight) * 100, 1) : 100,
    deducted: round(mine.reduce((s, p) => s + p.points, 0)),
  };
}
