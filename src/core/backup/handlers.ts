import fs from 'node:fs';
import type { AreaHandlers, TaskCtx } from '../handler';
import { appendAudit } from '../audit/repo';

export const backupHandlers: AreaHandlers<'backups'> = {
  'backups.list': { kind: 'read', run: (_input, ctx) => ctx.services.backups.list() },
  'backups.create': {
    kind: 'task',
    async run(_input, ctx) {
      const b = await ctx.exclusive(() =>
        ctx.services.backups.create(ctx.services.database.current().write, 'manual'),
      );
      ctx.changed('backup', b.name, undefined, b);
      ctx.emit('backups.changed');
      return b;
    },
  },
  'backups.restore': {
    kind: 'task',
    run: (input, ctx) => ctx.exclusive(() => restore(input, ctx)),
  },
};

/** Replaces the data set with a backup, keeping a safety copy of what was there. */
async function restore(input: { name: string }, ctx: TaskCtx) {
  const { backups, database } = ctx.services;
  const source = backups.checkedPath(input.name);
  // Keep what is there now, so the restore itself can be undone.
  const safety = await backups.create(database.current().write, 'prerestore');
  const staged = source + '.restoring';
  fs.copyFileSync(source, staged);
  database.replaceFrom(staged);
  fs.rmSync(staged, { force: true });
  // The restored file records that it was restored, by whom and from what.
  const a = ctx.actor;
  appendAudit(database.current().write, {
    at: ctx.nowIso(),
    actorId: a.kind === 'operator' ? a.operatorId : null,
    actorName: a.kind === 'operator' ? a.name : a.kind,
    method: 'backups.restore',
    input,
    changes: { restoredFrom: input.name, safetyBackup: safety.name },
  });
  ctx.emit('system.restored');
  return { restored: input.name, safetyBackup: safety.name };
}
