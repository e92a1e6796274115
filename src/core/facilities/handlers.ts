import type { AreaHandlers } from '../handler';
import { DomainError } from '../errors';
import { newId } from '../auth/secrets';
import { readSettings } from '../settings/repo';
import { commitImport } from '../imports/handlers';
import { depotsXlsx, facilitiesXlsx } from './export';
import { exportFileName, fileStamp, XLSX_MIME } from '../exports/files';
import {
  checkStock,
  checkTown,
  depotByName,
  depotInputOf,
  depotRow,
  depotView,
  facilityByName,
  facilityInputOf,
  facilityRow,
  insertDepot,
  insertFacility,
  listDepots,
  listFacilities,
  setDepotArchived,
  setFacilityArchived,
  stockOf,
  toFacilityView,
  updateDepot,
  updateFacility,
} from './repo';

export const facilityHandlers: AreaHandlers<'facilities' | 'depots'> = {
  'facilities.list': {
    kind: 'read',
    run: (input, ctx) => listFacilities(ctx.db, input),
  },

  'facilities.upsert': {
    kind: 'write',
    run(input, ctx) {
      const { id, ...fields } = input;
      checkTown(ctx.db, fields.townCode);
      const clash = facilityByName(ctx.db, fields.kind, fields.name.trim());
      if (clash && clash.id !== id)
        throw new DomainError('conflict', 'errors.facility_name_taken', { name: fields.name.trim() });
      const at = ctx.nowIso();
      let facId = id;
      if (id) {
        const before = facilityRow(ctx.db, id);
        if (!before) throw new DomainError('not_found', 'errors.facility_missing');
        updateFacility(ctx.db, id, fields, at);
        ctx.changed('facility', id, facilityInputOf(before), fields);
      } else {
        facId = newId('fac');
        insertFacility(ctx.db, facId, fields, at);
        ctx.changed('facility', facId, undefined, fields);
      }
      ctx.emit('facilities.changed', [facId!]);
      return toFacilityView(facilityRow(ctx.db, facId!)!);
    },
  },

  'facilities.archive': {
    kind: 'write',
    run(input, ctx) {
      const before = facilityRow(ctx.db, input.id);
      if (!before) throw new DomainError('not_found', 'errors.facility_missing');
      setFacilityArchived(ctx.db, input.id, input.archived, ctx.nowIso());
      ctx.changed('facility', input.id, { archived: before.archived === 1 }, { archived: input.archived });
      ctx.emit('facilities.changed', [input.id]);
      return toFacilityView(facilityRow(ctx.db, input.id)!);
    },
  },

  'facilities.import': {
    kind: 'steps',
    run: (input, ctx) => commitImport(ctx, { ...input, target: 'facilities' }),
  },

  'facilities.export': {
    kind: 'task',
    async run(input, ctx) {
      const db = ctx.services.database.current().read;
      const items = listFacilities(db, { includeArchived: input.includeArchived ?? false });
      const locale = ctx.locale();
      const buf = await facilitiesXlsx(items, locale);
      return {
        fileName: exportFileName(
          locale,
          'exportFile.facilities',
          [fileStamp(ctx.now(), readSettings(db).timeZone)],
          'xlsx',
        ),
        mime: XLSX_MIME,
        base64: buf.toString('base64'),
        rows: items.length,
      };
    },
  },

  'depots.list': {
    kind: 'read',
    run: (input, ctx) => listDepots(ctx.db, input),
  },

  'depots.upsert': {
    kind: 'write',
    run(input, ctx) {
      const { id, ...fields } = input;
      checkTown(ctx.db, fields.townCode);
      checkStock(fields.stock);
      const clash = depotByName(ctx.db, fields.name.trim());
      if (clash && clash.id !== id)
        throw new DomainError('conflict', 'errors.depot_name_taken', { name: fields.name.trim() });
      const at = ctx.nowIso();
      let depId = id;
      if (id) {
        const before = depotRow(ctx.db, id);
        if (!before) throw new DomainError('not_found', 'errors.depot_missing');
        const held = stockOf(ctx.db, id);
        // Stock is moved, not edited: a line that still holds something is emptied by a
        // move (出库, 调拨, 报废) or a count, not by leaving it off the list.
        const kept = new Set(fields.stock.map((s) => s.item.trim()));
        const dropped = held.find((s) => s.quantity > 0 && !kept.has(s.item));
        if (dropped)
          throw new DomainError('conflict', 'errors.stock_line_held', {
            item: dropped.item,
            n: dropped.quantity,
            unit: dropped.unit,
          });
        const beforeInput = depotInputOf(before, held);
        updateDepot(ctx.db, id, fields, { actor: ctx.actor, at });
        ctx.changed('depot', id, beforeInput, fields);
      } else {
        depId = newId('dep');
        insertDepot(ctx.db, depId, fields, { actor: ctx.actor, at });
        ctx.changed('depot', depId, undefined, fields);
      }
      ctx.emit('depots.changed', [depId!]);
      ctx.emit('supplies.changed', [depId!]);
      return depotView(ctx.db, depId!)!;
    },
  },

  'depots.archive': {
    kind: 'write',
    run(input, ctx) {
      const before = depotRow(ctx.db, input.id);
      if (!before) throw new DomainError('not_found', 'errors.depot_missing');
      setDepotArchived(ctx.db, input.id, input.archived, ctx.nowIso());
      ctx.changed('depot', input.id, { archived: before.archived === 1 }, { archived: input.archived });
      ctx.emit('depots.changed', [input.id]);
      return depotView(ctx.db, input.id)!;
    },
  },

  'depots.export': {
    kind: 'task',
    async run(input, ctx) {
      const db = ctx.services.database.current().read;
      const items = listDepots(db, { includeArchived: input.includeArchived ?? false });
      const locale = ctx.locale();
      const buf = await depotsXlsx(items, locale);
      return {
        fileName: exportFileName(
          locale,
          'exportFile.depots',
          [fileStamp(ctx.now(), readSettings(db).timeZone)],
          'xlsx',
        ),
        mime: XLSX_MIME,
        base64: buf.toString('base64'),
        rows: items.length,
      };
    },
  },
};
