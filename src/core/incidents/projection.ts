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

export interface Projection {
  intake: IntakeData;
  title: string;
  grade: Grade;
  status: IncidentStatus;
  casualties: Casualties;
  losses: string;
  closedAt: string | null;
  lastEntryAt: string;
  instructions: InstructionState[];
  facts: DeadlineFacts;
  deadlines: DeadlineState;
}

/**
 * Folds an incident's timeline (entries with corrections applied, in entry order)
 * into its current state. Pure: the same timeline always yields the same incident.
 */
export function project(entries: EntryView[], versions: RuleVersion[], tz: string, now: Date): Projection {
  const first = entries.find((e) => e.kind === 'intake');
  if (!first) throw new Error('incident without intake');
  const intake = first.data as unknown as IntakeData;
  let grade: Grade = intake.grade;
  let casualties: Casualties = intake.casualties;
  let losses = intake.losses;
  let status: IncidentStatus = 'pending';
  let closedAt: string | null = null;
  const grades: DeadlineFacts['grades'] = [{ grade, at: intake.receivedAt }];
  const reports: DeadlineFacts['reports'] = [];
  const instructions = new Map<string, InstructionState>();
  let lastEntryAt = first.occurredAt;

  const timeline = entries.filter((e) => e.kind !== 'correction').sort((a, b) => a.seq - b.seq);
  for (const e of timeline) {
    const d = e.data;
    if (e.occurredAt > lastEntryAt) lastEntryAt = e.occurredAt;
    switch (e.kind) {
      case 'verify':
        if (status === 'pending') status = 'active';
        break;
      case 'followup':
        if (d.casualties) casualties = d.casualties as Casualties;
        if (typeof d.losses === 'string') losses = d.losses;
        if (typeof d.grade === 'string' && d.grade !== grade) {
          grade = d.grade as Grade;
          grades.push({ grade, at: e.occurredAt });
        }
        break;
      case 'report':
        reports.push({ stage: d.stage as ReportStage, means: d.means as ReportMeans, at: e.occurredAt });
        break;
      case 'instruction':
        instructions.set(e.id, {
          entryId: e.id,
          leader: String(d.leader),
          content: String(d.content),
          at: e.occurredAt,
          status: 'open',
          result: null,
        });
        break;
      case 'instruction_done': {
        const ins = instructions.get(String(d.instructionId));
        if (ins) {
          ins.status = d.status === 'done' ? 'done' : 'in_progress';
          ins.result = String(d.result);
        }
        break;
      }
      case 'close':
        status = 'closed';
        closedAt = e.occurredAt;
        break;
      case 'withdraw':
        status = 'withdrawn';
        closedAt = e.occurredAt;
        break;
      case 'reopen':
        status = 'active';
        closedAt = null;
        break;
    }
  }
  const facts: DeadlineFacts = {
    receivedAt: intake.receivedAt,
    category: intake.category,
    grades,
    reports,
    status,
  };
  return {
    intake,
    title: intake.title,
    grade,
    status,
    casualties,
    losses,
    closedAt,
    lastEntryAt,
    instructions: [...instructions.values()],
    facts,
    deadlines: computeDeadlines(facts, versions, tz, now),
  };
}
