/**
 * Change notifications, emitted by core after a commit. Clients invalidate the
 * queries of the area named by `type` (`logs.changed` -> everything under `logs.*`).
 */
export interface AppEvent {
  type: string;
  ids?: string[];
  /** ISO time the event was emitted (UTC). */
  at: string;
  /**
   * On a `progress` event: how far a long job is (the method running it, `done` of
   * `total`). Sent while it runs, not after a commit; it changes nothing on screen but
   * the job's own progress bar.
   */
  progress?: { job: string; done: number; total: number };
}

/** The type of the events that carry a long job's progress. */
export const PROGRESS_EVENT = 'progress';

/** The query-key area an event invalidates: `operators.changed` -> `operators`. */
export function eventArea(ev: AppEvent): string {
  const dot = ev.type.indexOf('.');
  return dot < 0 ? ev.type : ev.type.slice(0, dot);
}

export type Unsubscribe = () => void;

/**
 * What a stream without a session (the sign-in and first-run screens) is told: that the
 * operators, the settings or the data set changed, so the screen refreshes who can sign
 * in and the county's name. Nothing of the log, and no ids; null for everything else.
 */
const SIGN_IN_SCREEN_EVENTS = new Set([
  'operators.changed',
  'settings.changed',
  'system.changed',
  'system.restored',
]);

/** The first-run screen loads the demo: it hears how far that load is, and nothing else's. */
const SIGN_IN_SCREEN_JOBS = new Set(['system.setup']);

export function forSignInScreen(ev: AppEvent): AppEvent | null {
  if (ev.type === PROGRESS_EVENT && ev.progress && SIGN_IN_SCREEN_JOBS.has(ev.progress.job))
    return { type: ev.type, at: ev.at, progress: ev.progress };
  return SIGN_IN_SCREEN_EVENTS.has(ev.type) ? { type: ev.type, at: ev.at } : null;
}
