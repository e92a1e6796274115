import type { AppEvent } from '../common/events';
import type { ErrorKey } from '../common/i18n/messages';
import type { Actor, CallMeta } from '../core';

/**
 * The messages between the main process and the core's process (core-process.ts on the
 * main side, core-server.ts on the core's). Plain data only: they cross by structured
 * clone, over Electron's utility-process port or a Node MessagePort in tests.
 */
export type ToCore =
  | { t: 'call'; id: number; method: string; input: unknown; actor?: Actor; meta?: CallMeta }
  | { t: 'auth'; id: number; token: string }
  | { t: 'close'; id: number };

export type FromCore =
  | { t: 'ready' }
  | { t: 'failed'; failure: OpenFailure }
  | { t: 'reply'; id: number; value: unknown }
  | { t: 'event'; ev: AppEvent };

/** Why the data could not be opened, as the user is told it (app.ts, openFailureText). */
export interface OpenFailure {
  message: string;
  /** A data file from a newer app: said in words, not as the English error text. */
  tooNew?: { key: ErrorKey; params: Record<string, string | number> };
}

/** Where the core's process reads its start-up settings (environment, set by main). */
export const CORE_DATA_ENV = 'DUTY_ROOM_CORE_DATA';
export const CORE_LOG_ENV = 'DUTY_ROOM_CORE_LOG';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** A message from the core's process, or null if it is not one (never trusted blindly). */
export function asFromCore(v: unknown): FromCore | null {
  if (!isObject(v) || typeof v.t !== 'string') return null;
  switch (v.t) {
    case 'ready':
      return { t: 'ready' };
    case 'failed':
      return isObject(v.failure) && typeof v.failure.message === 'string' ? (v as FromCore) : null;
    case 'reply':
      return typeof v.id === 'number' ? (v as FromCore) : null;
    case 'event':
      return isObject(v.ev) && typeof v.ev.type === 'string' ? (v as FromCore) : null;
    default:
      return null;
  }
}

/** A message from main, or null. */
export function asToCore(v: unknown): ToCore | null {
  if (!isObject(v) || typeof v.id !== 'number') return null;
  if (v.t === 'call' && typeof v.method === 'string') return v as ToCore;
  if (v.t === 'auth' && typeof v.token === 'string') return v as ToCore;
  if (v.t === 'close') return v as ToCore;
  return null;
}
