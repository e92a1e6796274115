import type { AreaHandlers, WriteCtx } from '../handler';
import { DomainError, forbidden, notFound } from '../errors';
import { checkPin, hashPin, newId, newToken, tokenHash } from '../auth/secrets';
import { countActiveAdmins, getOperatorRow, insertOperator, listOperators, toOperator } from './repo';
import { stmt } from '../db/sql';
import { hasSession } from '../actor';
import type { OperatorRow } from './rows';

export function createOperator(
  ctx: Pick<WriteCtx, 'db' | 'nowIso'>,
  input: { name: string; role: OperatorRow['role']; phone?: string; pin?: string; pinHash?: string },
): OperatorRow {
  const row: OperatorRow = {
    id: newId('op'),
    name: input.name.trim(),
    role: input.role,
    phone: input.phone?.trim() ?? '',
    pin_hash: input.pinHash ?? (input.pin ? hashPin(input.pin) : null),
    active: 1,
    created_at: ctx.nowIso(),
  };
  insertOperator(ctx.db, row);
  return row;
}

export const operatorHandlers: AreaHandlers<'operators'> = {
  'operators.list': {
    kind: 'read',
    run(input, ctx) {
      if (hasSession(ctx.actor, ctx.via)) return listOperators(ctx.db, input.includeInactive ?? false);
      // The sign-in screen, open to anyone who reaches the host: who can sign in, by name
      // and role, and whether a PIN is asked. Never phones, never former operators.
      return listOperators(ctx.db, false).map((o) => ({ ...o, phone: '' }));
    },
  },
  'operators.create': {
    kind: 'write',
    run(input, ctx) {
      const row = createOperator(ctx, input);
      const op = toOperator(row);
      ctx.changed('operator', row.id, undefined, op);
      ctx.emit('operators.changed', [row.id]);
      return op;
    },
  },
  'operators.update': {
    kind: 'write',
    run(input, ctx) {
      const before = getOperatorRow(ctx.db, input.id);
      if (!before) throw notFound();
      const next: OperatorRow = {
        ...before,
        name: input.name?.trim() ?? before.name,
        role: input.role ?? before.role,
        phone: input.phone?.trim() ?? before.phone,
        active: input.active === undefined ? before.active : input.active ? 1 : 0,
      };
      stmt(
        ctx.db,
        'UPDATE operators SET name=@name, role=@role, phone=@phone, active=@active WHERE id=@id',
      ).run(next);
      if (countActiveAdmins(ctx.db) === 0) throw new DomainError('conflict', 'errors.last_admin');
      if (next.active === 0) {
        stmt(ctx.db, 'UPDATE sessions SET revoked_at = ? WHERE operator_id = ? AND revoked_at IS NULL').run(
          ctx.nowIso(),
          next.id,
        );
      }
      ctx.changed('operator', next.id, toOperator(before), toOperator(next));
      ctx.emit('operators.changed', [next.id]);
      return toOperator(next);
    },
  },
  'operators.setPin': {
    kind: 'write',
    run(input, ctx) {
      const actor = ctx.actor;
      if (actor.kind !== 'operator') throw forbidden();
      const row = getOperatorRow(ctx.db, input.id);
      if (!row) throw notFound();
      const self = actor.operatorId === row.id;
      if (!self && actor.role !== 'admin') throw forbidden('errors.forbidden_admin');
      if (self && actor.role !== 'admin' && row.pin_hash) {
        if (!input.currentPin || !checkPin(input.currentPin, row.pin_hash)) {
          throw new DomainError('forbidden', 'errors.pin_current_wrong');
        }
      }
      stmt(ctx.db, 'UPDATE operators SET pin_hash = ? WHERE id = ?').run(
        input.pin === null ? null : hashPin(input.pin),
        row.id,
      );
      ctx.changed('operator', row.id, { hasPin: row.pin_hash !== null }, { hasPin: input.pin !== null });
      ctx.emit('operators.changed', [row.id]);
      return { ok: true as const };
    },
  },
};

export const authHandlers: AreaHandlers<'auth'> = {
  'auth.signIn': {
    kind: 'write',
    run(input, ctx) {
      const row = getOperatorRow(ctx.db, input.operatorId);
      if (!row) throw notFound();
      if (row.active !== 1) throw new DomainError('forbidden', 'errors.operator_inactive');
      const guard = ctx.services.pinGuard;
      const now = ctx.now().getTime();
      const locked = guard.lockedMinutes(row.id, now);
      if (locked > 0) throw new DomainError('forbidden', 'errors.pin_locked', { minutes: locked });
      if (row.pin_hash) {
        if (!input.pin) throw new DomainError('unauthenticated', 'errors.pin_required');
        if (!checkPin(input.pin, row.pin_hash)) {
          guard.fail(row.id, now);
          throw new DomainError('unauthenticated', 'errors.pin_wrong');
        }
      } else if (ctx.via === 'lan') {
        // Anyone on the network could otherwise take over a PIN-less operator.
        throw new DomainError('forbidden', 'errors.pin_required_lan');
      }
      guard.succeed(row.id);
      const token = newToken('op');
      stmt(ctx.db, 'INSERT INTO sessions (token_hash, operator_id, created_at) VALUES (?, ?, ?)').run(
        tokenHash(token),
        row.id,
        ctx.nowIso(),
      );
      ctx.changed('session', row.id, undefined, { operatorId: row.id, via: ctx.via });
      return { token, operator: toOperator(row) };
    },
  },
  'auth.signOut': {
    kind: 'write',
    run(_input, ctx) {
      if (ctx.actor.kind === 'operator') {
        stmt(ctx.db, 'UPDATE sessions SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL').run(
          ctx.nowIso(),
          ctx.actor.tokenHash,
        );
        ctx.changed('session', ctx.actor.operatorId, { active: true }, { active: false });
      }
      return { ok: true as const };
    },
  },
  'auth.whoami': {
    kind: 'read',
    run(_input, ctx) {
      const a = ctx.actor;
      if (a.kind !== 'operator') return { kind: a.kind, operator: null };
      const row = getOperatorRow(ctx.db, a.operatorId);
      return { kind: 'operator', operator: row ? toOperator(row) : null };
    },
  },
};
