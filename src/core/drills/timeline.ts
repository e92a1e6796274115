import type { DrillResponse, DrillTimelineItem } from '../../common/contract/drills';
import type { Actor } from '../actor';
import type { ReadDb } from '../db/handles';
import { stmt } from '../db/sql';
import { eventRows } from './repo';
import type { DrillRow } from './rows';
import { drillView } from './views';

const minutes = (from: string | null, to: string | null): number | null =>
  from && to ? Math.round(((Date.parse(to) - Date.parse(from)) / 60_000) * 10) / 10 : null;

interface RoomEntry {
  incident_id: string;
  number: string;
  title: string;
  received_at: string;
  kind: string;
  occurred_at: string;
  author_name: string;
}

/**
 * The drill's timeline: its state changes and injects, and what the room logged under
 * it, in time order; with the room's response times per incident — 接报 → 核实 → 上报,
 * and from the inject it answers (the last one sent before the intake) to the intake.
 * Nothing of a sealed drill is listed to whoever may not see it.
 */
export function drillTimeline(db: ReadDb, actor: Actor, row: DrillRow) {
  const drill = drillView(db, actor, row);
  if (drill.sealed) return { drill, items: [], responses: [] };
  const injects: { at: string; id: string }[] = [];
  const items: DrillTimelineItem[] = eventRows(db, row.id).map((e) => {
    const data = JSON.parse(e.data_json) as { to?: string; injectId?: string; text?: string };
    if (e.kind === 'inject') injects.push({ at: e.at, id: data.injectId ?? '' });
    return {
      at: e.at,
      kind: e.kind,
      text: e.kind === 'state' ? (data.to ?? '') : (data.text ?? ''),
      authorName: e.author_name,
      incidentId: null,
      incidentNumber: null,
    };
  });
  const entries = stmt<[string], RoomEntry>(
    db,
    `SELECT i.id AS incident_id, i.number, i.title, i.received_at, e.kind, e.occurred_at, e.author_name
       FROM incidents i JOIN entries e ON e.incident_id = i.id
      WHERE i.drill_id = ? AND e.corrects_id IS NULL ORDER BY e.occurred_at, e.seq`,
  ).all(row.id);
  const byIncident = new Map<string, RoomEntry[]>();
  for (const e of entries) {
    const kind = e.kind === 'intake' || e.kind === 'verify' || e.kind === 'report' ? e.kind : 'other';
    items.push({
      at: e.occurred_at,
      kind,
      text: e.title,
      authorName: e.author_name,
      incidentId: e.incident_id,
      incidentNumber: e.number,
    });
    byIncident.set(e.incident_id, [...(byIncident.get(e.incident_id) ?? []), e]);
  }
  items.sort((a, b) => a.at.localeCompare(b.at));
  const responses: DrillResponse[] = [...byIncident.values()].map((list) => {
    const first = list[0]!;
    const firstOf = (k: string) => list.find((e) => e.kind === k)?.occurred_at ?? null;
    const verifiedAt = firstOf('verify');
    const reportedAt = firstOf('report');
    const inject = injects.filter((i) => i.at <= first.received_at).at(-1) ?? null;
    return {
      incidentId: first.incident_id,
      number: first.number,
      title: first.title,
      receivedAt: first.received_at,
      verifiedAt,
      reportedAt,
      injectId: inject?.id ?? null,
      injectToIntakeMinutes: minutes(inject?.at ?? null, first.received_at),
      intakeToVerifyMinutes: minutes(first.received_at, verifiedAt),
      intakeToReportMinutes: minutes(first.received_at, reportedAt),
    };
  });
  return { drill, items, responses };
}
