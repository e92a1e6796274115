import { useEffect, useMemo, useState } from 'react';
import type { IncidentSummary } from '../../../../common/contract/incidents';
import { useApiQuery } from '../../api/hooks';

/** Town code -> name, from the county's register. */
export function useTownNames(): Map<string, string> {
  const towns = useApiQuery('geo.towns', {}, { staleTime: 10 * 60_000 });
  return useMemo(() => new Map((towns.data ?? []).map((t) => [t.code, t.name])), [towns.data]);
}

/**
 * The open incidents, most urgent first: one query shared by the log list, the board
 * and the desk, refreshed by `incidents.changed`.
 */
export function useOpenIncidents() {
  return useApiQuery('incidents.list', { open: true, sort: 'urgency', limit: 500 });
}

export function useOpenIncidentMap(): Map<string, IncidentSummary> {
  const open = useOpenIncidents();
  return useMemo(() => new Map((open.data?.items ?? []).map((i) => [i.id, i])), [open.data]);
}

/** The value, once it has stopped changing for `ms` (compared as JSON, so fresh objects with the same content do not restart the wait). */
export function useDebounced<T>(value: T, ms: number): T {
  const key = JSON.stringify(value);
  const [settled, setSettled] = useState(key);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(key), ms);
    return () => clearTimeout(timer);
  }, [key, ms]);
  return useMemo(() => (settled === undefined ? value : (JSON.parse(settled) as T)), [settled]);
}

/** Is this incident's next deadline past? */
export function isOverdue(inc: Pick<IncidentSummary, 'nextDue' | 'status'>, now: number): boolean {
  return (
    (inc.status === 'pending' || inc.status === 'active') &&
    inc.nextDue !== null &&
    new Date(inc.nextDue.dueAt).getTime() < now
  );
}

/**
 * Ids of incidents whose next deadline has passed. Re-renders only when one more
 * deadline passes (a timer to the next one), not every second like a countdown.
 */
export function useOverdueIds(incidents: Iterable<IncidentSummary>): Set<string> {
  const [, setTick] = useState(0);
  const now = Date.now();
  const overdue = new Set<string>();
  let next = Infinity;
  for (const inc of incidents) {
    if (!inc.nextDue || (inc.status !== 'pending' && inc.status !== 'active')) continue;
    const due = new Date(inc.nextDue.dueAt).getTime();
    if (due < now) overdue.add(inc.id);
    else next = Math.min(next, due);
  }
  useEffect(() => {
    if (next === Infinity) return;
    const timer = setTimeout(() => setTick((x) => x + 1), Math.min(next - Date.now() + 20, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [next]);
  return overdue;
}
