import { stmt } from '../db/sql';
import type { WriteCtx } from '../handler';

/**
 * The loader's context acting as the demo's shift chief: every demo entry is entered by
 * a person of the room (a test holds them to it), and the loader runs before anyone has
 * signed in.
 */
export function asDemoChief(ctx: WriteCtx): WriteCtx {
  const chief = stmt<[], { id: string; name: string }>(
    ctx.db,
    `SELECT id, name FROM operators WHERE role = 'shift_chief' AND active = 1 ORDER BY created_at, name LIMIT 1`,
  ).get();
  return chief
    ? {
        ...ctx,
        actor: {
          kind: 'operator',
          operatorId: chief.id,
          name: chief.name,
          role: 'shift_chief',
          tokenHash: '',
        },
      }
    : ctx;
}
