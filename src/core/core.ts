import fs from 'node:fs';
import path from 'node:path';
import '../common/zod-setup';
import type { InputOf, MethodName, MethodTable, OutputOf } from '../common/contract';
import { foldMethods } from '../common/areas/define';
import type { Locale } from '../common/domain/roles';
import { PROGRESS_EVENT, type AppEvent, type Unsubscribe } from '../common/events';
import type { EventName } from '../common/areas';
import { describeIssues, issueLines } from '../common/i18n/issues';
import { formatMessage, type ErrorKey } from '../common/i18n/messages';
import { fail, ok, ApiError, type ErrorBody, type Result } from '../common/result';
import { anonymous, hasSession, type Actor, type Via } from './actor';
import { appendAudit } from './audit/repo';
import { PinGuard } from './auth/pin-guard';
import { tokenHash } from './auth/secrets';
import { BACKUP_EVERY_MS, BackupManager } from './backup/manager';
import { systemClock, type Clock } from './clock';
import type { DbPair } from './db/handles';
import { DB_FILE, openDatabases } from './db/open';
import { DomainError } from './errors';
import type { ReadCtx, StepsCtx, TaskCtx, WriteCtx } from './handler';
import { coreAreas, type CoreAreas } from './areas';
import { foldHandlers } from './areas/define';
import { assembleMigrations } from './db/migrations';
import { importTargetTable } from './imports/registry';
import { silentLogger, type Logger } from './logger';
import { getOperatorRow } from './operators/repo';
import type { Services } from './services';
import { readKey, readSettings } from './settings/repo';
import { invalidateCaches } from './db/cache';
import { findActiveWallToken } from './settings/wall-tokens';
import { immediate, stmt } from './db/sql';
import { SearchIndexer } from './logs/search-index';
import { WriterLock } from './db/writer-lock';

export const APP_VERSION = '0.1.0';

/** How often the areas' ticks run: a drill's scripted inject goes out within this of its minute. */
const TICK_EVERY_MS = 10_000;

/** Past this many ids an event says "everything in the area changed". */
const MAX_EVENT_IDS = 100;
/** How often a long job's progress goes to the screens: often enough to move, no flood. */
const PROGRESS_EVERY_MS = 150;
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface CoreOptions {
  dataDir: string;
  clock?: Clock;
  logger?: Logger;
  /** The host requires a token on every request (LAN mode). */
  lan?: boolean;
  /**
   * Check every output against its schema (on by default, so every test does; the
   * contract is the truth). The hosts turn it off unless DUTY_ROOM_CHECK_OUTPUTS=1 (the
   * e2e runs set it): in the field a failed check after a committed write would report
   * a failure for a write that happened, and every call would pay for the check.
   */
  validateOutputs?: boolean;
  /** Backup on open and every `backupEveryMs` (default 6 h). Off for throwaway cores in tests. */
  backups?: { onStart?: boolean; everyMs?: number } | false;
  /**
   * The areas this core serves (default: the app's, src/core/areas). Tests pass the app's
   * plus a fixture area to show a new area needs no edit of a shared file.
   */
  areas?: CoreAreas;
  /** How often the areas' ticks run (default 10 s); false: only when `tick()` is called (tests). */
  tickEveryMs?: number | false;
}

export interface CallMeta {
  via?: Via;
}

export interface Core {
  /** Run one method. Never throws: every failure is an `{ ok: false }` envelope. */
  call(method: string, input: unknown, actor?: Actor, meta?: CallMeta): Promise<Result<unknown>>;
  /** Typed convenience for code inside the process (tests, demo, benches): throws ApiError. */
  invoke<N extends MethodName>(method: N, input: InputOf<N>, actor?: Actor): Promise<OutputOf<N>>;
  /** The method table of this core's areas: what the transports check names and inputs against. */
  readonly methods: MethodTable;
  /** Resolve a bearer token: an operator session, a wall token, or null if unknown/revoked. */
  authenticate(token: string): Actor | null;
  subscribe(listener: (ev: AppEvent) => void): Unsubscribe;
  readonly dataDir: string;
  readonly dbFile: string;
  /** The current connections (tests and benches only; handlers get theirs through ctx). */
  db(): DbPair;
  /** Waits for the start-up backup (tests). */
  ready(): Promise<void>;
  /** Indexes for search, now, whatever entries the index has not taken up yet (tests, benches). */
  indexNow(): void;
  /** Runs every area's ticks now (the timer does it every few seconds); what they changed is announced. */
  tick(): void;
  close(): Promise<void>;
}

/** What the hosts pass as `validateOutputs`. */
export const outputChecksFromEnv = (): boolean => process.env.DUTY_ROOM_CHECK_OUTPUTS === '1';

export function createCore(opts: CoreOptions): Core {
  const clock = opts.clock ?? systemClock;
  const logger = opts.logger ?? silentLogger;
  const validateOutputs = opts.validateOutputs ?? true;
  const areas = opts.areas ?? coreAreas;
  const methods: MethodTable = foldMethods(areas.map((a) => a.area));
  const handlers = foldHandlers(areas) as Record<string, unknown>;
  const migrations = assembleMigrations(areas);
  const isMethodName = (name: string): name is MethodName =>
    Object.prototype.hasOwnProperty.call(methods, name);
  // Only ever asked for a name isMethodName accepted.
  const defOf = (name: MethodName) => methods[name]!;
  fs.mkdirSync(opts.dataDir, { recursive: true });
  const dbFile = path.join(opts.dataDir, DB_FILE);
  let dbs = openDatabases(dbFile, migrations);
  let closed = false;
  const listeners = new Set<(ev: AppEvent) => void>();
  const backups = new BackupManager(opts.dataDir, logger, () => clock.now());
  const writer = new WriterLock();
  const indexer = new SearchIndexer(
    () => dbs.write,
    logger,
    undefined,
    () => writer.busy,
  );
  // Entries committed before a crash and not yet indexed are taken up now.
  indexer.flush();

  const services: Services = {
    pinGuard: new PinGuard(),
    backups,
    lan: opts.lan ?? false,
    appVersion: APP_VERSION,
    importTargets: importTargetTable(areas),
    reminders: areas.flatMap((a) => a.reminders),
    database: {
      current: () => dbs,
      replaceFrom(file) {
        dbs.close();
        for (const ext of ['-wal', '-shm']) fs.rmSync(dbFile + ext, { force: true });
        fs.copyFileSync(file, dbFile);
        dbs = openDatabases(dbFile, migrations);
        invalidateCaches();
        indexer.flush();
      },
    },
  };

  const locale = (): Locale => {
    try {
      return readSettings(dbs.read).locale;
    } catch {
      return 'zh-CN';
    }
  };

  /**
   * One event per type per write: a write that appends many entries (the demo load, an
   * import) announces each area once, with the ids merged (or none, meaning "all", when
   * there are too many to be useful).
   */
  function coalesce(events: AppEvent[]): AppEvent[] {
    const byType = new Map<string, AppEvent>();
    for (const ev of events) {
      const seen = byType.get(ev.type);
      if (!seen) {
        byType.set(ev.type, { ...ev, ids: ev.ids ? [...ev.ids] : undefined });
      } else if (!seen.ids || !ev.ids) {
        seen.ids = undefined;
      } else {
        for (const id of ev.ids) if (!seen.ids.includes(id)) seen.ids.push(id);
        if (seen.ids.length > MAX_EVENT_IDS) seen.ids = undefined;
      }
    }
    return [...byType.values()];
  }

  function emitAll(events: AppEvent[]) {
    for (const ev of coalesce(events)) {
      for (const l of listeners) {
        try {
          l(ev);
        } catch (e) {
          logger.error('event listener failed', { type: ev.type, error: String(e) });
        }
      }
    }
  }

  function toErrorBody(e: unknown, method: string): ErrorBody {
    const loc = locale();
    if (e instanceof DomainError) {
      return {
        code: e.code,
        key: e.key,
        params: e.params,
        message: formatMessage(loc, e.key, e.params),
        details: e.details,
      };
    }
    const sqliteCode = (e as { code?: string } | null)?.code;
    if (typeof sqliteCode === 'string' && sqliteCode.startsWith('SQLITE_CONSTRAINT')) {
      return { code: 'conflict', key: 'errors.conflict', message: formatMessage(loc, 'errors.conflict') };
    }
    logger.error('internal error', { method, error: e instanceof Error ? e.stack : String(e) });
    return { code: 'internal', key: 'errors.internal', message: formatMessage(loc, 'errors.internal') };
  }

  function denied(method: MethodName, actor: Actor, via: Via): ErrorBody | null {
    const def = defOf(method);
    const loc = locale();
    const err = (code: ErrorBody['code'], key: ErrorKey): ErrorBody => ({
      code,
      key,
      message: formatMessage(loc, key),
    });
    if (def.access === 'public') return null;
    if (def.firstRun && readKey<boolean>(dbs.read, 'initialized') !== true && actor.kind !== 'wall')
      return null;
    if (actor.kind === 'system') return null;
    if (def.access === 'read') {
      if (!hasSession(actor, via)) return err('unauthenticated', 'errors.unauthenticated');
      return null;
    }
    if (actor.kind === 'wall') return err('forbidden', 'errors.forbidden_wall');
    if (actor.kind !== 'operator') return err('unauthenticated', 'errors.unauthenticated');
    if (def.access === 'admin' && actor.role !== 'admin') return err('forbidden', 'errors.forbidden_admin');
    return null;
  }

  async function call(
    method: string,
    input: unknown,
    actor: Actor = anonymous,
    meta: CallMeta = {},
  ): Promise<Result<unknown>> {
    const via = meta.via ?? 'direct';
    if (closed)
      return fail({
        code: 'internal',
        key: 'errors.internal',
        message: formatMessage(locale(), 'errors.internal'),
      });
    if (!isMethodName(method)) {
      return fail({
        code: 'not_found',
        key: 'errors.unknown_method',
        params: { method: method.slice(0, 80) },
        message: formatMessage(locale(), 'errors.unknown_method', { method: method.slice(0, 80) }),
      });
    }
    const def = defOf(method);
    const parsed = def.input.safeParse(input);
    if (!parsed.success) {
      const loc = locale();
      const issues = describeIssues(parsed.error.issues, loc);
      const fields = issueLines(issues, loc);
      return fail({
        code: 'invalid_input',
        key: 'errors.invalid_input',
        params: { fields },
        message: formatMessage(loc, 'errors.invalid_input', { fields }),
        details: { issues },
      });
    }
    const refusal = denied(method, actor, via);
    if (refusal) return fail(refusal);

    const handler = handlers[method] as
      | { kind: 'read'; run(i: unknown, c: ReadCtx): unknown }
      | {
          kind: 'write';
          recordedBy?: 'entries';
          auditInput?(i: unknown): unknown;
          run(i: unknown, c: WriteCtx): unknown;
        }
      | { kind: 'task'; run(i: unknown, c: TaskCtx): Promise<unknown> }
      | { kind: 'steps'; run(i: unknown, c: StepsCtx): Promise<unknown> };
    const pending: AppEvent[] = [];
    const changes: unknown[] = [];
    const base = {
      actor,
      via,
      now: () => clock.now(),
      nowIso: () => clock.now().toISOString(),
      locale,
      logger,
      services,
    };
    const emit = (type: EventName, ids?: string[]) =>
      pending.push({ type, ids, at: clock.now().toISOString() });
    const changed = (entity: string, id: string, before?: unknown, after?: unknown) =>
      changes.push({ entity, id, before, after });
    // Wall-clock time, not the core's clock: a pinned clock must not stop the throttle.
    let progressSentAt = -Infinity;
    const progress = (done: number, total: number) => {
      const now = performance.now();
      if (done < total && now - progressSentAt < PROGRESS_EVERY_MS) return;
      progressSentAt = now;
      emitAll([
        { type: PROGRESS_EVENT, at: clock.now().toISOString(), progress: { job: method, done, total } },
      ]);
    };
    const audit = (db: DbPair['write']) =>
      appendAudit(db, {
        at: clock.now().toISOString(),
        actorId: actor.kind === 'operator' ? actor.operatorId : null,
        actorName: actor.kind === 'operator' ? actor.name : actor.kind === 'system' ? actor.name : actor.kind,
        method,
        input: handler.kind === 'write' && handler.auditInput ? handler.auditInput(parsed.data) : parsed.data,
        changes,
      });

    try {
      let value: unknown;
      if (handler.kind === 'read') {
        value = handler.run(parsed.data, { ...base, db: dbs.read });
      } else if (handler.kind === 'write') {
        value = await writer.run(() => {
          const db = dbs.write;
          return immediate(db, () => {
            const v = handler.run(parsed.data, { ...base, db, emit, changed });
            if (handler.recordedBy !== 'entries') audit(db);
            return v;
          });
        });
      } else if (handler.kind === 'steps') {
        value = await writer.run(async () => {
          const db = dbs.write;
          db.exec('BEGIN IMMEDIATE');
          try {
            const v = await handler.run(parsed.data, { ...base, db, emit, changed, progress, breathe });
            audit(db);
            db.exec('COMMIT');
            return v;
          } catch (e) {
            if (db.inTransaction) db.exec('ROLLBACK');
            throw e;
          }
        });
      } else {
        // A task takes the writer itself, for its writing part only (ctx.exclusive): the
        // geography import checks a county's outlines for seconds before it writes.
        const exclusive = <T>(f: () => T | Promise<T>) => writer.run(f);
        value = await handler.run(parsed.data, { ...base, emit, changed, progress, breathe, exclusive });
        // Restore audits itself into the restored file; read-only tasks (exports) change nothing.
        if (method !== 'backups.restore' && def.access !== 'read' && def.access !== 'public')
          await writer.run(() => audit(dbs.write));
      }
      if (validateOutputs) {
        const out = def.output.safeParse(value);
        if (!out.success) {
          logger.error('output failed its schema', { method, issues: out.error.issues.slice(0, 5) });
          throw new Error(`output of ${method} failed its schema`);
        }
      }
      emitAll(pending);
      // Entries were appended (or a task such as a restore may have): have them indexed.
      if (handler.kind === 'task' || pending.some((e) => e.type === 'logs.changed')) {
        const entries = changes.filter((c) => (c as { entity?: string }).entity === 'entry').length;
        indexer.afterWrite(handler.kind === 'write' && entries > 0 ? entries : undefined);
      }
      return ok(value);
    } catch (e) {
      // A failed write may have cached rows it then rolled back.
      if (handler.kind !== 'read') invalidateCaches();
      return fail(toErrorBody(e, method));
    }
  }

  function authenticate(token: string): Actor | null {
    const hash = tokenHash(token);
    if (token.startsWith('op_')) {
      const s = stmt(
        dbs.read,
        'SELECT operator_id FROM sessions WHERE token_hash = ? AND revoked_at IS NULL',
      ).get(hash) as { operator_id: string } | undefined;
      if (!s) return null;
      const op = getOperatorRow(dbs.read, s.operator_id);
      if (!op || op.active !== 1) return null;
      return { kind: 'operator', operatorId: op.id, name: op.name, role: op.role, tokenHash: hash };
    }
    if (token.startsWith('wall_')) {
      const w = findActiveWallToken(dbs.read, hash);
      return w ? { kind: 'wall', tokenId: w.id } : null;
    }
    return null;
  }

  const backupCfg =
    opts.backups === false ? null : { onStart: true, everyMs: BACKUP_EVERY_MS, ...opts.backups };
  let startBackup: Promise<void> = Promise.resolve();
  if (backupCfg?.onStart) {
    startBackup = backups
      .create(dbs.write, 'start')
      .then(() => undefined)
      .catch((e: unknown) => logger.error('start-up backup failed', { error: String(e) }));
  }
  const timer = backupCfg
    ? setInterval(() => {
        // Not inside a long write's open transaction: the writer is taken like any write's.
        writer
          .run(() => backups.create(dbs.write, 'scheduled'))
          .catch((e: unknown) => logger.error('scheduled backup failed', { error: String(e) }));
      }, backupCfg.everyMs)
    : null;
  timer?.unref();

  const ticks = areas.flatMap((a) => a.ticks);
  function tick(): void {
    if (closed || ticks.length === 0) return;
    // A long write holds the writer (its transaction open): this round is skipped rather
    // than run inside it; the next comes within TICK_EVERY_MS.
    if (writer.busy || dbs.write.inTransaction) return;
    const at = clock.now();
    for (const t of ticks) {
      try {
        const changed = immediate(dbs.write, () => t.run(dbs.write, at));
        emitAll(changed.map((c) => ({ ...c, at: at.toISOString() })));
      } catch (e) {
        invalidateCaches();
        logger.error('tick failed', { tick: t.name, error: e instanceof Error ? e.stack : String(e) });
      }
    }
  }
  const tickEvery = opts.tickEveryMs ?? TICK_EVERY_MS;
  const ticker = tickEvery === false || ticks.length === 0 ? null : setInterval(tick, tickEvery);
  ticker?.unref();

  return {
    call,
    tick,
    async invoke(method, input, actor) {
      const res = await call(method, input, actor);
      if (!res.ok) throw new ApiError(res.error);
      return res.value as never;
    },
    authenticate,
    methods,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dataDir: opts.dataDir,
    dbFile,
    db: () => dbs,
    ready: () => startBackup,
    indexNow: () => indexer.flush(),
    async close() {
      if (closed) return;
      closed = true;
      if (timer) clearInterval(timer);
      if (ticker) clearInterval(ticker);
      await startBackup;
      listeners.clear();
      indexer.flush();
      indexer.close();
      dbs.close();
    },
  };
}
