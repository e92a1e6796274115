import { useEffect, useState, useSyncExternalStore } from 'react';
import type { AppEvent } from '../../../common/events';

/** How far a long job is, as core last said (src/core/handler.ts, `progress`). */
export interface JobProgress {
  done: number;
  total: number;
}

const latest = new Map<string, { at: number } & JobProgress>();
const listeners = new Set<() => void>();

/** Takes a progress event from the host's stream (api/events.ts). */
export function noteProgress(ev: AppEvent): void {
  if (!ev.progress) return;
  const { job, done, total } = ev.progress;
  latest.set(job, { done, total, at: Date.now() });
  for (const l of listeners) l();
}

function subscribe(l: () => void): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/**
 * The progress of `job` while `active` (this screen's own call is running); null before
 * the first word of it. What an earlier run (or another desk's) said before this one
 * started is not shown.
 */
export function useProgress(job: string, active: boolean): JobProgress | null {
  const [since, setSince] = useState(0);
  useEffect(() => {
    if (active) setSince(Date.now());
  }, [active]);
  const p = useSyncExternalStore(subscribe, () => latest.get(job));
  if (!active || !p || p.at < since) return null;
  return { done: p.done, total: p.total };
}
