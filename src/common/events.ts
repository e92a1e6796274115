/**
 * Change notifications, emitted by core after a commit. Clients invalidate the
 * queries of the area named by `type` (`logs.changed` -> everything under `logs.*`).
 */
export interface AppEvent {
  type: string;
  ids?: string[];
  /** ISO time the event was emitted (UTC). */
  at: string;
}

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

export function forSignInScreen(ev: AppEvent): AppEvent | null {
  return SIGN_IN_SCREEN_EVENTS.has(ev.type) ? { type: ev.type, at: ev.at } : null;
}
