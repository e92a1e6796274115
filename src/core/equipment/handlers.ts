import { shiftContaining } from '../../common/shifts';
import type { AreaHandlers } from '../handler';
import { DomainError } from '../errors';
import { newId } from '../auth/secrets';
import { stmt } from '../db/sql';
import { readSettings } from '../settings/repo';
import { authorOf } from '../incidents/service';

import { verifyEquipmentChains } from './chains';
import { equipmentXlsx } from './export';
import { exportFileName, fileStamp, XLSX_MIME } from '../exports/files';
import {
  equipmentBySerial,
  equipmentRow,
  inputOf,
  insertEquipment,
  listViews,
  updateEquipment,
  viewOf,
} from './repo';
import {
  SELECT_CHECK,
  checkById,
  recordCheck,
  replayRecord,
  toCheckView,
  type CheckWithEquipment,
} from './checks';
import { assertDrillRunning } from '../drills/traffic';
import {
  SELECT_FAULT,
  faultActionByClientKey,
  faultView,
  openFault,
  openFaultOf,
  toFaultViews,
  updateFault,
} from './faults';
import { equipmentStats } from './stats';
import { allCurrentTemplates, currentTemplate, saveTemplateVersion } from './templates';
import type { ReadDb } from '../db/handles';
import type { FaultWithEquipment } from './rows';

function summaryOf(db: ReadDb, now: Date) {
  const items = listViews(db, now);
  const faults = stmt<[], { deadline_at: string }>(
    db,
    `SELECT deadline_at FROM faults WHERE status <> 'closed' AND drill_id IS NULL`,
  ).all();
  return {
    total: items.length,
    due: items.filter((i) => i.due.state === 'due').length,
    overdue: items.filter((i) => i.due.state === 'overdue').length,
    openFaults: faults.length,
    overdueFaults: faults.filter((f) => new Date(f.deadline_at).getTime() <= now.getTime()).length,
  };
}

function openFaultViews(db: ReadDb, now: Date) {
  const rows = stmt<[], FaultWithEquipment>(
    db,
    `${SELECT_FAULT} WHERE f.status <> 'closed' AND f.drill_id IS NULL ORDER BY f.deadline_at`,
  ).all();
  return toFaultViews(db, rows, now);
}

export const equipmentHandlers: AreaHandlers<'equipment' | 'checkTemplates' | 'checks' | 'faults'> = {
  'equipment.list': {
    kind: 'read',
    run: (input, ctx) => listViews(ctx.db, ctx.now(), input),
  },

  'equipment.upsert': {
    kind: 'write',
    run(input, ctx) {
      const { id, ...fields } = input;
      const clash = equipmentBySerial(ctx.db, fields.kind, fields.serial.trim());
      if (clash && clash.id !== id)
        throw new DomainError('conflict', 'errors.equipment_serial_taken', { serial: fields.serial.trim() });
      const at = ctx.nowIso();
      let eqId = id;
      if (id) {
        const before = equipmentRow(ctx.db, id);
        if (!before) throw new DomainError('not_found', 'errors.equipment_missing');
        updateEquipment(ctx.db, id, fields, at);
        ctx.changed('equipment', id, inputOf(before), fields);
      } else {
        eqId = newId('eq');
        insertEquipment(ctx.db, eqId, fields, at);
        ctx.changed('equipment', eqId, undefined, fields);
      }
      ctx.emit('equipment.changed', [eqId!]);
      return viewOf(ctx.db, eqId!, ctx.now())!;
    },
  },

  'equipment.due': {
    kind: 'read',
    run(input, ctx) {
      const s = readSettings(ctx.db);
      const now = ctx.now();
      const shift = shiftContaining(now, s.timeZone, s.shiftChangeTime);
      const items = listViews(ctx.db, now)
        .filter((e) => e.due.state !== 'paused' && (input.includeOk || e.due.state !== 'ok'))
        // Overdue first, then by deadline; the kind order of the register breaks ties.
        .map((e, i) => ({ e, i }))
        .sort(
          (a, b) =>
            rank(a.e.due.state) - rank(b.e.due.state) ||
            (a.e.due.dueAt ?? '').localeCompare(b.e.due.dueAt ?? '') ||
            a.i - b.i,
        )
        .map(({ e }) => ({ equipment: e, template: currentTemplate(ctx.db, e.kind) }));
      return { shift, items };
    },
  },

  'equipment.summary': {
    kind: 'read',
    run: (_input, ctx) => summaryOf(ctx.db, ctx.now()),
  },

  'equipment.handover': {
    kind: 'read',
    run(_input, ctx) {
      const now = ctx.now();
      const all = listViews(ctx.db, now);
      return {
        items: all.filter((e) => e.handover),
        overdue: all.filter((e) => e.due.state === 'overdue'),
        openFaults: openFaultViews(ctx.db, now),
        summary: summaryOf(ctx.db, now),
      };
    },
  },

  'equipment.stats': {
    kind: 'read',
    run: (input, ctx) => equipmentStats(ctx.db, input.fromMonth, input.toMonth, ctx.now()),
  },

  'equipment.export': {
    kind: 'task',
    async run(input, ctx) {
      const db = ctx.services.database.current().read;
      const items = listViews(db, ctx.now(), { includeRetired: input.includeRetired ?? true });
      const locale = ctx.locale();
      const stamp = fileStamp(ctx.now(), readSettings(db).timeZone);
      const buf = await equipmentXlsx(items, locale);
      return {
        fileName: exportFileName(locale, 'exportFile.equipment', [stamp], 'xlsx'),
        mime: XLSX_MIME,
        base64: buf.toString('base64'),
        rows: items.length,
      };
    },
  },

  'checkTemplates.list': {
    kind: 'read',
    run: (_input, ctx) => allCurrentTemplates(ctx.db),
  },

  'checkTemplates.update': {
    kind: 'write',
    run(input, ctx) {
      const before = currentTemplate(ctx.db, input.kind);
      const t = saveTemplateVersion(
        ctx.db,
        input.kind,
        input.items,
        input.faultHours,
        ctx.nowIso(),
        authorOf(ctx.actor),
      );
      ctx.changed(
        'checkTemplate',
        `${input.kind}@${t.version}`,
        { version: before.version },
        {
          version: t.version,
          items: t.items,
          faultHours: t.faultHours,
        },
      );
      ctx.emit('checkTemplates.changed', [input.kind]);
      ctx.emit('equipment.changed');
      return t;
    },
  },

  'checks.record': {
    kind: 'write',
    run(input, ctx) {
      const prior = replayRecord(ctx.db, input.clientKey);
      const outcome = prior ?? recordCheck(ctx, input);
      return {
        check: checkById(ctx.db, outcome.checkId)!,
        faultOpened: outcome.faultOpened,
        faultClosed: outcome.faultClosed,
        faultUpdated: outcome.faultUpdated,
        replayed: prior !== null,
      };
    },
  },

  'checks.history': {
    kind: 'read',
    run(input, ctx) {
      const limit = input.limit ?? 200;
      const rows = stmt<
        [{ eq: string | null; from: string | null; to: string | null; failed: number; limit: number }],
        CheckWithEquipment
      >(
        ctx.db,
        `${SELECT_CHECK} WHERE (@eq IS NULL OR c.equipment_id = @eq) AND (@from IS NULL OR c.checked_at >= @from)
           AND (@to IS NULL OR c.checked_at < @to) AND (@failed = 0 OR c.passed = 0)
         ORDER BY c.checked_at DESC, c.seq DESC LIMIT @limit`,
      ).all({
        eq: input.equipmentId ?? null,
        from: input.from ?? null,
        to: input.to ?? null,
        failed: input.failedOnly ? 1 : 0,
        limit: limit + 1,
      });
      return { items: rows.slice(0, limit).map(toCheckView), more: rows.length > limit };
    },
  },

  'checks.verifyChain': {
    kind: 'read',
    run(_input, ctx) {
      const v = verifyEquipmentChains(ctx.db);
      return { ok: v.ok, checked: v.checked, firstBrokenId: v.firstBrokenId };
    },
  },

  'faults.list': {
    kind: 'read',
    run(input, ctx) {
      const rows = stmt<[{ open: number; eq: string | null; limit: number }], FaultWithEquipment>(
        ctx.db,
        `${SELECT_FAULT} WHERE (@open = 0 OR f.status <> 'closed') AND (@eq IS NULL OR f.equipment_id = @eq)
         ORDER BY (f.status = 'closed'), CASE WHEN f.status = 'closed' THEN f.closed_at END DESC, f.deadline_at LIMIT @limit`,
      ).all({ open: input.open ? 1 : 0, eq: input.equipmentId ?? null, limit: input.limit ?? 200 });
      return toFaultViews(ctx.db, rows, ctx.now());
    },
  },

  'faults.open': {
    kind: 'write',
    run(input, ctx) {
      const prior = faultActionByClientKey(ctx.db, input.clientKey);
      if (prior) return faultView(ctx.db, prior.fault_id, ctx.now());
      const eq = equipmentRow(ctx.db, input.equipmentId);
      if (!eq) throw new DomainError('not_found', 'errors.equipment_missing');
      const drillId = input.drillId ?? null;
      if (drillId) assertDrillRunning(ctx.db, drillId);
      const open = openFaultOf(ctx.db, eq.id, drillId);
      if (open) throw new DomainError('conflict', 'errors.fault_open_exists', { number: open.number });
      const id = openFault(ctx, eq, {
        description: input.description.trim(),
        reportedTo: input.reportedTo?.trim() ?? '',
        openedAt: ctx.nowIso(),
        deadlineAt: input.deadlineAt,
        checkId: null,
        clientKey: input.clientKey,
        drillId,
      });
      return faultView(ctx.db, id, ctx.now());
    },
  },

  'faults.update': {
    kind: 'write',
    run(input, ctx) {
      const prior = faultActionByClientKey(ctx.db, input.clientKey);
      if (prior) {
        if (prior.fault_id !== input.id) throw new DomainError('conflict', 'errors.client_key_reused');
        return faultView(ctx.db, input.id, ctx.now());
      }
      updateFault(ctx, input);
      return faultView(ctx.db, input.id, ctx.now());
    },
  },
};

const rank = (s: string) => (s === 'overdue' ? 0 : s === 'due' ? 1 : 2);
