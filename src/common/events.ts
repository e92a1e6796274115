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
