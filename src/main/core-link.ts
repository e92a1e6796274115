import type { MethodTable } from '../common/contract';
import type { AppEvent, Unsubscribe } from '../common/events';
import type { Result } from '../common/result';
import type { Actor, CallMeta, Core } from '../core';

/**
 * What the main process needs of the core, wherever the core runs: in this process
 * (`inProcessLink`, tests) or in its own process (`core-process.ts`), so that synchronous
 * SQLite, scrypt PIN checks and XLSX exports never hold up the windows and menus.
 * Everything is asynchronous because across a process it has to be.
 */
export interface CoreLink {
  /** The contract's method table: the IPC edge checks names and inputs against it. */
  readonly methods: MethodTable;
  readonly dataDir: string;
  call(method: string, input: unknown, actor?: Actor, meta?: CallMeta): Promise<Result<unknown>>;
  /**
   * A held token's caller, or null once it is revoked (signed out elsewhere, operator
   * deactivated). Throws `CoreUnavailable` when the core cannot say.
   */
  authenticate(token: string): Promise<Actor | null>;
  subscribe(listener: (ev: AppEvent) => void): Unsubscribe;
  /** Closes the database cleanly (the last write on disk) and ends the core. */
  close(): Promise<void>;
}

/**
 * Thrown by `authenticate` when the core cannot answer (restarting, or died mid-question):
 * unlike null, it says nothing about the token, so the window keeps its session.
 */
export class CoreUnavailable extends Error {
  constructor(readonly key: 'errors.core_unavailable' | 'errors.core_lost') {
    super(key);
    this.name = 'CoreUnavailable';
  }
}

/** The core in this very process, behind the same link. */
export function inProcessLink(core: Core): CoreLink {
  return {
    methods: core.methods,
    dataDir: core.dataDir,
    call: (method, input, actor, meta) => core.call(method, input, actor, meta),
    authenticate: (token) => Promise.resolve(core.authenticate(token)),
    subscribe: (listener) => core.subscribe(listener),
    close: () => core.close(),
  };
}
