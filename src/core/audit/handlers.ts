import type { AreaHandlers } from '../handler';
import { listAudit, verifyAudit } from './repo';

export const auditHandlers: AreaHandlers<'audit'> = {
  'audit.list': {
    kind: 'read',
    run: (input, ctx) =>
      listAudit(ctx.db, input).map((r) => ({
        seq: r.seq,
        at: r.at,
        actorId: r.actor_id,
        actorName: r.actor_name,
        method: r.method,
        input: JSON.parse(r.input_json) as unknown,
        changes: JSON.parse(r.changes_json) as unknown,
        hash: r.hash,
      })),
  },
  'audit.verify': {
    kind: 'read',
    run(_input, ctx) {
      const v = verifyAudit(ctx.db);
      return {
        ok: v.ok,
        checked: v.checked,
        firstBrokenSeq: v.firstBroken === null ? null : Number(v.firstBroken),
      };
    },
  },
};
