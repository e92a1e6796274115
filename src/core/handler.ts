import type { z } from 'zod';
import type { Locale } from '../common/domain/roles';
import type { EventName } from '../common/areas';
import type { MethodDef, MethodName, Methods } from '../common/contract';
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
  emit(type: EventName, ids?: string[]): void;
  /** Record what this write changed, for the audit trail. */
  changed(entity: string, id: string, before?: unknown, after?: unknown): void;
}

/** What a long job tells the screens while it runs. */
interface Progressing {
  /**
   * How far it is: `done` of `total` (rows, or the parts of the demo). Sent at once to
   * the screens, not after a commit, at most every few tenths of a second; the last
   * (done === total) always goes.
   */
  progress(done: number, total: number): void;
  /** Lets the host breathe: progress goes out, reads are answered, then the job goes on. */
  breathe(): Promise<void>;
}

export interface TaskCtx extends BaseCtx, Progressing {
  emit(type: EventName, ids?: string[]): void;
  changed(entity: string, id: string, before?: unknown, after?: unknown): void;
  /**
   * Runs `f` holding the writer (src/core/db/writer-lock.ts): whatever a task writes, or
   * reads from the writer's connection (a backup), goes in here, so it never lands inside
   * a long write's open transaction.
   */
  exclusive<T>(f: () => T | Promise<T>): Promise<T>;
}

/**
 * A write too long to keep the host silent: one transaction, as a write, but held open
 * across `breathe()` so progress reaches the screens. Other writes wait for it (the
 * writer lock); reads go on and see the data as it was until it commits.
 */
export interface StepsCtx extends WriteCtx, Progressing {}

/**
 * How core runs a method: `read` on the read-only connection; `write` inside one
 * immediate transaction on the writer, audited, events after commit; `steps` the same,
 * for a write long enough to report progress (StepsCtx); `task` for the few async jobs
 * (backup, restore, imports) that manage the database themselves.
 * Typed by the method's definition, so an area's manifest (its own or a test's
 * fixture) types its handlers the same way the app's table does.
 */
export type HandlerFor<D extends MethodDef> =
  | { kind: 'read'; run(input: z.output<D['input']>, ctx: ReadCtx): z.output<D['output']> }
  | {
      kind: 'write';
      /**
       * 'entries': what this write does is append timeline/log entries (and refresh the
       * incident row they project onto). Each entry is its own record of who did what
       * and when, append-only and hash-chained (logs.verifyChain), so it is not copied
       * into the audit table a second time.
       */
      recordedBy?: 'entries';
      /**
       * What of the input the audit trail keeps, where it must not keep all of it: a
       * sealed drill's scenario is for its controllers only, and admins read the audit.
       */
      auditInput?(input: z.output<D['input']>): unknown;
      run(input: z.output<D['input']>, ctx: WriteCtx): z.output<D['output']>;
    }
  | { kind: 'task'; run(input: z.output<D['input']>, ctx: TaskCtx): Promise<z.output<D['output']>> }
  | { kind: 'steps'; run(input: z.output<D['input']>, ctx: StepsCtx): Promise<z.output<D['output']>> };

export type Handler<N extends MethodName> = HandlerFor<Methods[N]>;

/** One handler per method of a method record: a missing one is a compile error. */
export type HandlersOf<M extends Readonly<Record<string, MethodDef>>> = { [N in keyof M]: HandlerFor<M[N]> };

export type HandlerTable = { [N in MethodName]: Handler<N> };

/** The handlers of one area: `AreaHandlers<'operators' | 'auth'>`. */
export type AreaHandlers<Area extends string> = {
  [N in Extract<MethodName, `${Area}.${string}`>]: Handler<N>;
};
