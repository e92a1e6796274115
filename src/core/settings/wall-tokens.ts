import type { WallToken } from '../../common/contract/settings';
import type { AreaHandlers } from '../handler';
import { notFound } from '../errors';
import { newId, newToken, tokenHash } from '../auth/secrets';
import { stmt } from '../db/sql';
import type { ReadDb } from '../db/handles';
import type { WallTokenRow } from './rows';

const toWallToken = (r: WallTokenRow): WallToken => ({
  id: r.id,
  label: r.label,
  createdAt: r.created_at,
  createdBy: r.created_by,
  revokedAt: r.revoked_at,
  lastUsedAt: r.last_used_at,
});

export function findActiveWallToken(db: ReadDb, hash: string): WallTokenRow | undefined {
  return stmt(db, 'SELECT * FROM wall_tokens WHERE token_hash = ? AND revoked_at IS NULL').get(hash) as
    WallTokenRow | undefined;
}

export const wallTokenHandlers: AreaHandlers<'wallTokens'> = {
  'wallTokens.list': {
    kind: 'read',
    run: (_input, ctx) =>
      (stmt(ctx.db, 'SELECT * FROM wall_tokens ORDER BY created_at DESC').all() as WallTokenRow[]).map(
        toWallToken,
      ),
  },
  'wallTokens.create': {
    kind: 'write',
    run(input, ctx) {
      const token = newToken('wall');
      const row: WallTokenRow = {
        id: newId('wt'),
        label: input.label.trim(),
        token_hash: tokenHash(token),
        created_at: ctx.nowIso(),
        created_by: ctx.actor.kind === 'operator' ? ctx.actor.operatorId : null,
        revoked_at: null,
        last_used_at: null,
      };
      stmt(
        ctx.db,
        `INSERT INTO wall_tokens (id, label, token_hash, created_at, created_by, revoked_at, last_used_at)
           VALUES (@id, @label, @token_hash, @created_at, @created_by, @revoked_at, @last_used_at)`,
      ).run(row);
      ctx.changed('wallToken', row.id, undefined, toWallToken(row));
      ctx.emit('wallTokens.changed', [row.id]);
      return { token, wallToken: toWallToken(row) };
    },
  },
  'wallTokens.revoke': {
    kind: 'write',
    run(input, ctx) {
      const row = stmt(ctx.db, 'SELECT * FROM wall_tokens WHERE id = ?').get(input.id) as
        WallTokenRow | undefined;
      if (!row) throw notFound();
      if (!row.revoked_at) {
        stmt(ctx.db, 'UPDATE wall_tokens SET revoked_at = ? WHERE id = ?').run(ctx.nowIso(), row.id);
        ctx.changed('wallToken', row.id, { revokedAt: null }, { revokedAt: ctx.nowIso() });
        // Connected walls are cut off: hosts close streams whose token is gone.
        ctx.emit('wallTokens.changed', [row.id]);
      }
      return { ok: true as const };
    },
  },
};
