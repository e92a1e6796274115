import type { ResponseData, ResponseState } from '../../common/contract/response-data';
import { foldResponse } from '../../common/response';
import type { EntryView, IntakeData } from '../../common/contract/incidents';
import {
  computeDeadlines,
  type DeadlineFacts,
  type DeadlineState,
  type RuleVersion,
} from '../../common/deadlines';
import type {
  Casualties,
  Grade,
  IncidentStatus,
  ReportMeans,
  ReportStage,
} from '../../common/domain/incidents';

export interface InstructionState {
  entryId: string;
  leader: string;
  content: string;
  at: string;
  status: 'open' | 'in_progress' | 'done';
  result: string | null;
}

/**
 * The fold of an incident's timeline so far: plain JSON, stored on the incident row
 * so that appending one entry folds one entry instead of re-reading the timeline.
 * A correction re-folds the whole timeline from the entries (the record).
 */
export interface FoldState {
  intake: IntakeData;
  grade: Grade;
  casualties: Casualties;
  losses: string;
  status: IncidentStatus;
  closedAt: string | null;
  lastEntryAt: string;
  lastSeq: number;
  grades: DeadlineFacts['grades'];
  reports: DeadlineFacts['reports'];
  instructions: InstructionState[];
  /** The response running now; absent in states folded before responses existed. */
  response?: ResponseState | null;
}

export interface Projection extends Omit<FoldState, 'grades' | 'reports'> {
  title: string;
  facts: DeadlineFacts;
  deadlines: DeadlineState;
}

export function startFold(intakeEntry: EntryView): FoldState {
  const intake = intakeEntry.data as unknown as IntakeData;
  return {
    intake,
    grade: intake.grade,
    casualties: intake.casualties,
    losses: intake.losses,
    status: 'pending',
    closedAt: null,
    lastEntryAt: intakeEntry.occurredAt,
    lastSeq: intakeEntry.seq,
    grades: [{ grade: intake.grade, at: intake.receivedAt }],
    reports: [],
    instructions: [],
    response: null,
  };
}

/** Applies one entry (corrections already applied to it). Returns a new state. */
export function foldEntry(prev: FoldState, e: EntryView): FoldState {
  const s: FoldState = {
    ...prev,
    grades: [...prev.grades],
    reports: [...prev.reports],
    instructions: prev.instructions.map((i) => ({ ...i })),
    lastSeq: Math.max(prev.lastSeq, e.seq),
    lastEntryAt: e.occurredAt > prev.lastEntryAt ? e.occurredAt : prev.lastEntryAt,
  };
  const d = e.data;
  switch (e.kind) {
    case 'verify':
      if (s.status === 'pending') s.status = 'active';
      break;
    case 'followup':
      if (d.casualties) s.casualties = d.casualties as Casualties;
      if (typeof d.losses === 'string') s.losses = d.losses;
      if (typeof d.grade === 'string' && d.grade !== s.grade) {
        s.grade = d.grade as Grade;
        s.grades.push({ grade: s.grade, at: e.occurredAt });
      }
      break;
    case 'report':
      s.reports.push({ stage: d.stage as ReportStage, means: d.means as ReportMeans, at: e.occurredAt });
      break;
    case 'instruction':
      s.instructions.push({
        entryId: e.id,
        leader: String(d.leader),
        content: String(d.content),
        at: e.occurredAt,
        status: 'open',
        result: null,
      });
      break;
    case 'instruction_done': {
      const ins = s.instructions.find((i) => i.entryId === String(d.instructionId));
      if (ins) {
        ins.status = d.status === 'done' ? 'done' : 'in_progress';
        ins.result = String(d.result);
      }
      break;
    }
    case 'close':
      s.status = 'closed';
      s.closedAt = e.occurredAt;
      break;
    case 'withdraw':
      s.status = 'withdrawn';
      s.closedAt = e.occurredAt;
      break;
    case 'reopen':
      s.status = 'active';
      s.closedAt = null;
      break;
    case 'response':
      s.response = foldResponse(s.response ?? null, d as unknown as ResponseData, e.occurredAt);
      break;
  }
  return s;
}

/** The full fold of a timeline (entries with corrections applied). Pure. */
export function foldTimeline(entries: EntryView[]): FoldState {
  const timeline = entries.filter((e) => e.kind !== 'correction').sort((a, b) => a.seq - b.seq);
  const first = timeline.find((e) => e.kind === 'intake');
  if (!first) throw new Error('incident without intake');
  let s = startFold(first);
  for (const e of timeline) if (e !== first) s = foldEntry(s, e);
  return s;
}

/** The incident as of now: the fold plus its deadlines under the rule versions. */
export function finish(s: FoldState, versions: RuleVersion[], tz: string, now: Date): Projection {
  const facts: DeadlineFacts = {
    receivedAt: s.intake.receivedAt,
    category: s.intake.category,
    grades: s.grades,
    reports: s.reports,
    status: s.status,
  };
  const { grades: _g, reports: _r, ...rest } = s;
  return { ...rest, title: s.intake.title, facts, deadlines: computeDeadlines(facts, versions, tz, now) };
}

export function project(entries: EntryView[], versions: RuleVersion[], tz: string, now: Date): Projection {
  return finish(foldTimeline(entries), versions, tz, now);
}
