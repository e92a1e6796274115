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
    kind: 'write',
    run(input, ctx) {
      if (readKey<boolean>(ctx.db, 'initialized') === true) {
        throw new DomainError('conflict', 'errors.already_initialized');
      }
      if (input.mode === 'demo') {
        loadDemo(ctx);
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
};
