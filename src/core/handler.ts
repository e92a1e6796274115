import type { Locale } from '../common/domain/roles';
import type { MethodName, OutputOf, ParsedInputOf } from '../common/contract';
import type { Actor, Via } from './actor';
import type { ReadDb, WriteDb } from './db/handles';
import type { Logger } from './logger';
import type { Services } from './services';

interface BaseCtx {
  actor: Actor;
  via: Via;
  now(): Date;
  nowIso(): string;
  locale(): Locale;
  logger: Logger;
  services: Services;
}

export interface ReadCtx extends BaseCtx {
  db: ReadDb;
}

export interface WriteCtx extends BaseCtx {
  db: WriteDb;
  /** Queue an event; it is emitted only if the transaction commits. */
  emit(type: string, ids?: string[]): void;
  /** Record what this write changed, for the audit trail. */
  changed(entity: string, id: string, before?: unknown, after?: unknown): void;
}

export interface TaskCtx extends BaseCtx {
  emit(type: string, ids?: string[]): void;
  changed(entity: string, id: string, before?: unknown, after?: unknown): void;
}

/**
 * How core runs a method: `read` on the read-only connection; `write` inside one
 * immediate transaction on the writer, audited, events after commit; `task` for the
 * few async admin jobs (backup, restore) that manage the database themselves.
 */
export type Handler<N extends MethodName> =
  | { kind: 'read'; run(input: ParsedInputOf<N>, ctx: ReadCtx): OutputOf<N> }
  | {
      kind: 'write';
      /**
       * 'entries': what this write does is append timeline/log entries (and refresh the
       * incident row they project onto). Each entry is its own record of who did what
       * and when, append-only and hash-chained (logs.verifyChain), so it is not copied
       * into the audit table a second time.
       */
      recordedBy?: 'entries';
      run(input: ParsedInputOf<N>, ctx: WriteCtx): OutputOf<N>;
    }
  | { kind: 'task'; run(input: ParsedInputOf<N>, ctx: TaskCtx): Promise<OutputOf<N>> };

export type HandlerTable = { [N in MethodName]: Handler<N> };

/** The handlers of one area: `AreaHandlers<'operators' | 'auth'>`. */
export type AreaHandlers<Area extends string> = {
  [N in Extract<MethodName, `${Area}.${string}`>]: Handler<N>;
};
