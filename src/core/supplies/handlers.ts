import { assertDrillRunning } from '../drills/traffic';
import type { ItemView } from '../../common/contract/supplies';
import { localDate } from '../../common/time/zone';
import type { AreaHandlers } from '../handler';
import { DomainError } from '../errors';
import { newId } from '../auth/secrets';
import { stmt } from '../db/sql';
import { readSettings } from '../settings/repo';
import type { ReadDb } from '../db/handles';
import { verifyMovementChain } from './chain';
import { itemByName, itemRow } from './ledger';
import type { SupplyItemRow } from './rows';
import { move, recordCount } from './service';
import { listCounts, listMovements, stockView } from './views';
import {
  agreementRow,
  agreementView,
  checkAgreement,
  listAgreements,
  reserves,
  saveAgreement,
} from './agreements';
import { createOrder, dispatchOrder, fileWritten, listOrders, orderView, reconcileOrder } from './orders';
import { checkTown } from '../facilities/repo';

const itemView = (r: SupplyItemRow): ItemView => ({
  id: r.id,
  name: r.name,
  unit: r.unit,
  spec: r.spec,
  code: r.code,
});

const todayOf = (db: ReadDb, now: Date) => localDate(now, readSettings(db).timeZone);

export const supplyHandlers: AreaHandlers<'supplies' | 'supplyAgreements' | 'supplyOrders'> = {
  'supplies.stock': {
    kind: 'read',
    run: (input, ctx) => stockView(ctx.db, todayOf(ctx.db, ctx.now()), input),
  },

  'supplies.items': {
    kind: 'read',
    run: (_input, ctx) =>
      stmt<[], SupplyItemRow>(ctx.db, 'SELECT * FROM supply_items ORDER BY code IS NULL, code, name, spec')
        .all()
        .map(itemView),
  },

  'supplies.saveItem': {
    kind: 'write',
    run(input, ctx) {
      const { id, ...e } = input;
      const fields = { name: e.name.trim(), unit: e.unit.trim(), spec: e.spec.trim(), code: e.code };
      const clash = itemByName(ctx.db, fields.name, fields.spec, fields.unit);
      if (clash && clash.id !== id)
        throw new DomainError('conflict', 'errors.supplies_item_taken', {
          name: fields.name,
          spec: fields.spec,
          unit: fields.unit,
        });
      const at = ctx.nowIso();
      let itemId = id;
      if (id) {
        const before = itemRow(ctx.db, id);
        if (!before) throw new DomainError('not_found', 'errors.supplies_item_missing');
        stmt(
          ctx.db,
          'UPDATE supply_items SET name=@name, unit=@unit, spec=@spec, code=@code, updated_at=@at WHERE id=@id',
        ).run({
          ...fields,
          at,
          id,
        });
        ctx.changed('supplyItem', id, itemView(before), fields);
      } else {
        itemId = newId('itm');
        stmt(
          ctx.db,
          'INSERT INTO supply_items (id, name, unit, spec, code, created_at, updated_at) VALUES (@id, @name, @unit, @spec, @code, @at, @at)',
        ).run({ ...fields, at, id: itemId });
        ctx.changed('supplyItem', itemId, undefined, fields);
      }
      ctx.emit('supplies.changed', [itemId!]);
      return itemView(itemRow(ctx.db, itemId!)!);
    },
  },

  'supplies.move': {
    kind: 'write',
    run(input, ctx) {
      const drillId = input.drillId ?? null;
      if (drillId) assertDrillRunning(ctx.db, drillId);
      const ids = move({ db: ctx.db, actor: ctx.actor, enteredAt: ctx.nowIso(), drillId }, input);
      ctx.emit('supplies.changed', [input.depotId, ...(input.toDepotId ? [input.toDepotId] : [])]);
      return listMovements(ctx.db, { ids });
    },
  },

  'supplies.movements': {
    kind: 'read',
    run: (input, ctx) => listMovements(ctx.db, input),
  },

  'supplies.count': {
    kind: 'write',
    run(input, ctx) {
      const id = recordCount({ db: ctx.db, actor: ctx.actor, enteredAt: ctx.nowIso() }, input);
      ctx.emit('supplies.changed', [input.depotId]);
      return listCounts(ctx.db, { id })[0]!;
    },
  },

  'supplies.counts': {
    kind: 'read',
    run: (input, ctx) => listCounts(ctx.db, input),
  },

  'supplies.verifyChain': {
    kind: 'read',
    run: (_input, ctx) => {
      const v = verifyMovementChain(ctx.db);
      return { ok: v.ok, checked: v.checked, firstBrokenId: v.firstBrokenId };
    },
  },

  'supplyAgreements.list': {
    kind: 'read',
    run: (input, ctx) => listAgreements(ctx.db, todayOf(ctx.db, ctx.now()), input.includeArchived ?? false),
  },

  'supplyAgreements.upsert': {
    kind: 'write',
    run(input, ctx) {
      const { id, ...fields } = input;
      checkTown(ctx.db, fields.townCode);
      checkAgreement(ctx.db, input);
      const today = todayOf(ctx.db, ctx.now());
      const before = id ? agreementRow(ctx.db, id) : undefined;
      if (id && !before) throw new DomainError('not_found', 'errors.agreement_missing');
      const agrId = id ?? newId('agr');
      saveAgreement(ctx.db, agrId, fields, ctx.nowIso(), !id);
      ctx.changed(
        'supplyAgreement',
        agrId,
        before ? agreementView(ctx.db, before, today) : undefined,
        fields,
      );
      ctx.emit('supplyAgreements.changed', [agrId]);
      return agreementView(ctx.db, agreementRow(ctx.db, agrId)!, today);
    },
  },

  'supplyAgreements.archive': {
    kind: 'write',
    run(input, ctx) {
      const before = agreementRow(ctx.db, input.id);
      if (!before) throw new DomainError('not_found', 'errors.agreement_missing');
      stmt(ctx.db, 'UPDATE supply_agreements SET archived = ?, updated_at = ? WHERE id = ?').run(
        input.archived ? 1 : 0,
        ctx.nowIso(),
        input.id,
      );
      ctx.changed(
        'supplyAgreement',
        input.id,
        { archived: before.archived === 1 },
        { archived: input.archived },
      );
      ctx.emit('supplyAgreements.changed', [input.id]);
      return agreementView(ctx.db, agreementRow(ctx.db, input.id)!, todayOf(ctx.db, ctx.now()));
    },
  },

  'supplies.reserves': {
    kind: 'read',
    run: (input, ctx) => reserves(ctx.db, todayOf(ctx.db, ctx.now()), input.q),
  },

  'supplyOrders.create': {
    kind: 'write',
    run(input, ctx) {
      const id = createOrder({ db: ctx.db, actor: ctx.actor, enteredAt: ctx.nowIso() }, input);
      ctx.emit('supplyOrders.changed', [id]);
      return orderView(ctx.db, ctx.now(), id);
    },
  },

  'supplyOrders.fileWritten': {
    kind: 'write',
    run(input, ctx) {
      fileWritten(
        { db: ctx.db, actor: ctx.actor, enteredAt: ctx.nowIso() },
        input.id,
        input.documentNo,
        input.at,
      );
      ctx.emit('supplyOrders.changed', [input.id]);
      return orderView(ctx.db, ctx.now(), input.id);
    },
  },

  'supplyOrders.dispatch': {
    kind: 'write',
    run(input, ctx) {
      dispatchOrder({ db: ctx.db, actor: ctx.actor, enteredAt: ctx.nowIso() }, input.id, input.at);
      ctx.emit('supplyOrders.changed', [input.id]);
      ctx.emit('supplies.changed', [input.id]);
      return orderView(ctx.db, ctx.now(), input.id);
    },
  },

  'supplyOrders.reconcile': {
    kind: 'write',
    run(input, ctx) {
      reconcileOrder(
        { db: ctx.db, actor: ctx.actor, enteredAt: ctx.nowIso() },
        input.id,
        input.lines,
        input.at,
      );
      ctx.emit('supplyOrders.changed', [input.id]);
      ctx.emit('supplies.changed', [input.id]);
      return orderView(ctx.db, ctx.now(), input.id);
    },
  },

  'supplyOrders.list': {
    kind: 'read',
    run: (input, ctx) => listOrders(ctx.db, ctx.now(), input),
  },

  'supplyOrders.get': {
    kind: 'read',
    run: (input, ctx) => orderView(ctx.db, ctx.now(), input.id),
  },
};
