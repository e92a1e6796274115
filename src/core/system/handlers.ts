import type { AreaHandlers } from '../handler';
import { DomainError } from '../errors';
import { readKey, readSettings, writeKey } from '../settings/repo';
import { createOperator } from '../operators/handlers';
import { toOperator } from '../operators/repo';
import { loadDemo } from '../demo/load';

export const systemHandlers: AreaHandlers<'system'> = {
  'system.info': {
    kind: 'read',
    run(_input, ctx) {
      const s = readSettings(ctx.db);
      return {
        initialized: readKey<boolean>(ctx.db, 'initialized') === true,
        dataMode: readKey<'demo' | 'blank'>(ctx.db, 'dataMode') ?? null,
        countyName: s.countyName,
        bureauName: s.bureauName,
        locale: s.locale,
        timeZone: s.timeZone,
        appVersion: ctx.services.appVersion,
        schemaVersion: ctx.db.pragma('user_version', { simple: true }) as number,
        lan: ctx.services.lan,
      };
    },
  },
  'system.setup': {
    // Steps: the demo load takes seconds on a duty PC, and the first-run screen counts it off.
    kind: 'steps',
    async run(input, ctx) {
      if (readKey<boolean>(ctx.db, 'initialized') === true) {
        throw new DomainError('conflict', 'errors.already_initialized');
      }
      if (input.mode === 'demo') {
        await loadDemo(ctx);
      } else {
        writeKey(ctx.db, 'countyName', input.countyName.trim());
        writeKey(ctx.db, 'bureauName', input.bureauName.trim());
        const admin = createOperator(ctx, { name: input.admin.name, role: 'admin', pin: input.admin.pin });
        ctx.changed('operator', admin.id, undefined, toOperator(admin));
      }
      writeKey(ctx.db, 'dataMode', input.mode);
      writeKey(ctx.db, 'initialized', true);
      ctx.changed('system', 'setup', undefined, { mode: input.mode });
      ctx.emit('system.changed');
      ctx.emit('operators.changed');
      ctx.emit('settings.changed');
      return { ok: true as const };
    },
  },
  'system.ping': { kind: 'read', run: () => ({ ok: true as const }) },
  'system.reportError': {
    kind: 'read',
    run(input, ctx) {
      const verdict = rendererReports.take(ctx.now().getTime());
      if (verdict === 'log')
        ctx.logger.warn('renderer error', { ...input, actor: ctx.actor.kind, via: ctx.via });
      else if (verdict === 'note-dropped')
        ctx.logger.warn('renderer errors: more than the limit this minute, the rest not logged', {
          limit: REPORTS_PER_MINUTE,
        });
      return { ok: true as const };
    },
  },
};

/** A wall left with a broken panel for weeks reports on each retry: the log stays readable. */
const REPORTS_PER_MINUTE = 30;

export function reportLimiter(perMinute: number) {
  let windowStart = -Infinity;
  let count = 0;
  return {
    take(nowMs: number): 'log' | 'note-dropped' | 'drop' {
      if (nowMs - windowStart >= 60_000) {
        windowStart = nowMs;
        count = 0;
      }
      count++;
      if (count <= perMinute) return 'log';
      return count === perMinute + 1 ? 'note-dropped' : 'drop';
    },
  };
}

const rendererReports = reportLimiter(REPORTS_PER_MINUTE);
