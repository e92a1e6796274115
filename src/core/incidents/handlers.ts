import { distanceM } from '../../common/geo/distance';
import type { AreaHandlers, ReadCtx, WriteCtx } from '../handler';
import { DomainError } from '../errors';
import { stmt } from '../db/sql';
import { entryById } from '../logs/entries';
import { incidentForWrite, incidentRow, listIncidents, SELECT_INCIDENT, toSummary } from './repo';
import { assertDrillRunning, markDrillTraffic } from '../drills/traffic';
import {
  appendFor,
  assertNotFuture,
  checkGradeReason,
  checkTransition,
  createIncident,
  projectIncident,
  refresh,
  replayOf,
  timelineOf,
  validateChanges,
} from './service';
import { toEntryView } from './views';
import { correctionsOf } from '../logs/entries';
import type { IncidentWithTown } from './rows';

const summaryOrThrow = (ctx: { db: WriteCtx['db'] }, id: string) => {
  const row = incidentRow(ctx.db, id);
  if (!row) throw new DomainError('not_found', 'errors.incident_missing');
  return toSummary(row);
};

/** incidents.get's answer: the incident, its intake, timeline, deadlines and instructions. */
function detailOf(ctx: ReadCtx | WriteCtx, id: string) {
  const row = incidentRow(ctx.db, id);
  if (!row) throw new DomainError('not_found', 'errors.incident_missing');
  const p = projectIncident(ctx.db, id, ctx.now());
  return {
    incident: toSummary(row),
    intake: p.intake,
    entries: timelineOf(ctx.db, id),
    deadlines: p.deadlines,
    instructions: p.instructions,
  };
}

function checkTown(ctx: WriteCtx, code: string | null): void {
  if (!code) return;
  const known = stmt<[], { n: number }>(ctx.db, 'SELECT count(*) AS n FROM towns').get()!.n;
  // A blank county has no town register yet: then any well-formed code is accepted.
  if (known > 0 && !stmt(ctx.db, 'SELECT 1 FROM towns WHERE code = ?').get(code)) {
    throw new DomainError('invalid_input', 'errors.town_unknown', { code });
  }
}

// incidents.activateResponse is the plans area's (src/core/plans/response.ts).
export const incidentHandlers: Omit<AreaHandlers<'incidents'>, 'incidents.activateResponse'> = {
  'incidents.create': {
    kind: 'write',
    recordedBy: 'entries',
    run(input, ctx) {
      const prior = replayOf(ctx.db, input.clientKey, 'intake');
      if (prior) {
        const detail = detailOf(ctx, prior.incident_id!);
        return {
          incident: detail.incident,
          entryId: prior.id,
          attached: prior.id !== firstIntakeId(ctx, prior.incident_id!),
          replayed: true,
          detail,
        };
      }
      const intake = input.intake;
      assertNotFuture(intake.receivedAt, ctx.now(), 'received');
      if (intake.occurredAt) {
        assertNotFuture(intake.occurredAt, ctx.now(), 'occurred');
        if (intake.occurredAt > intake.receivedAt)
          throw new DomainError('invalid_input', 'errors.occurred_after_received');
      }
      checkTown(ctx, intake.place.townCode);
      checkGradeReason(ctx, intake);
      if (input.drillId) assertDrillRunning(ctx.db, input.drillId);
      if (input.attachTo) {
        const inc = incidentForWrite(ctx.db, input.attachTo);
        checkTransition(ctx, inc?.row, 'intake', {});
        const appended = appendFor(ctx, {
          incidentId: input.attachTo,
          kind: 'intake',
          occurredAt: intake.receivedAt,
          data: intake,
          clientKey: input.clientKey,
        });
        refresh(ctx, input.attachTo, appended, inc);
        const detail = detailOf(ctx, input.attachTo);
        return { incident: detail.incident, entryId: appended.id, attached: true, replayed: false, detail };
      }
      const { incidentId, entryId } = createIncident(ctx, intake, input.clientKey);
      if (input.drillId) {
        markDrillTraffic(ctx.db, incidentId, input.drillId);
        ctx.emit('drills.changed', [input.drillId]);
      }
      const detail = detailOf(ctx, incidentId);
      return { incident: detail.incident, entryId, attached: false, replayed: false, detail };
    },
  },

  'incidents.addEntry': {
    kind: 'write',
    recordedBy: 'entries',
    run(input, ctx) {
      const prior = replayOf(ctx.db, input.clientKey, input.kind);
      if (prior)
        return { entryId: prior.id, incident: summaryOrThrow(ctx, prior.incident_id!), replayed: true };
      const occurredAt = input.occurredAt ?? ctx.nowIso();
      assertNotFuture(occurredAt, ctx.now(), 'entry');
      const inc = incidentForWrite(ctx.db, input.incidentId);
      checkTransition(ctx, inc?.row, input.kind, input.data as Record<string, unknown>);
      if (occurredAt < inc!.row.received_at)
        throw new DomainError('invalid_input', 'errors.entry_before_intake');
      const appended = appendFor(ctx, {
        incidentId: input.incidentId,
        kind: input.kind,
        occurredAt,
        data: input.data,
        clientKey: input.clientKey,
      });
      const after = refresh(ctx, input.incidentId, appended, inc);
      return { entryId: appended.id, incident: toSummary(after), replayed: false };
    },
  },

  'incidents.correctEntry': {
    kind: 'write',
    recordedBy: 'entries',
    run(input, ctx) {
      const prior = replayOf(ctx.db, input.clientKey, 'correction');
      if (prior) return { entryId: prior.id, correctsId: prior.corrects_id!, replayed: true };
      const target = entryById(ctx.db, input.entryId);
      if (!target) throw new DomainError('not_found', 'errors.not_found');
      if (target.kind === 'correction') throw new DomainError('conflict', 'errors.correction_of_correction');
      const changes = validateChanges(ctx, target.kind, input.changes);
      const current = toEntryView(target, correctionsOf(ctx.db, [target.id]));
      const differs = Object.entries(changes).some(([k, v]) =>
        k === 'occurredAt' && target.kind !== 'intake'
          ? v !== current.occurredAt
          : JSON.stringify(v) !== JSON.stringify(current.data[k]),
      );
      if (!differs) throw new DomainError('conflict', 'errors.correction_no_change');
      if (typeof changes.occurredAt === 'string' && target.kind !== 'intake')
        assertNotFuture(changes.occurredAt, ctx.now(), 'entry');
      const { id } = appendFor(ctx, {
        incidentId: target.incident_id,
        kind: 'correction',
        occurredAt: ctx.nowIso(),
        data: changes,
        clientKey: input.clientKey,
        correctsId: target.id,
        reason: input.reason,
      });
      if (target.incident_id) refresh(ctx, target.incident_id);
      return { entryId: id, correctsId: target.id, replayed: false };
    },
  },

  'incidents.get': {
    kind: 'read',
    run(input, ctx) {
      return detailOf(ctx, input.id);
    },
  },

  'incidents.list': {
    kind: 'read',
    run(input, ctx) {
      const { rows, total } = listIncidents(
        ctx.db,
        input,
        input.sort ?? 'received',
        input.limit ?? 100,
        input.offset ?? 0,
      );
      return { items: rows.map(toSummary), total };
    },
  },

  'incidents.duplicates': {
    kind: 'read',
    run(input, ctx) {
      const at = input.at ?? ctx.nowIso();
      const since = new Date(new Date(at).getTime() - 48 * 3600_000).toISOString();
      const rows = ctx.db
        .prepare(
          `${SELECT_INCIDENT} WHERE i.status IN ('pending','active') AND i.received_at >= ? AND i.drill_id IS NULL ORDER BY i.received_at DESC LIMIT 200`,
        )
        .all(since) as IncidentWithTown[];
      const out = [];
      for (const r of rows) {
        const reasons: ('same_type' | 'same_town' | 'nearby' | 'recent')[] = [];
        const dist =
          input.point && r.lon !== null && r.lat !== null ? distanceM(input.point, [r.lon, r.lat]) : null;
        if (
          input.subtype ? r.subtype === input.subtype : input.category ? r.category === input.category : false
        )
          reasons.push('same_type');
        if (input.townCode && r.town_code === input.townCode) reasons.push('same_town');
        if (dist !== null && dist <= 3000) reasons.push('nearby');
        if (Math.abs(new Date(at).getTime() - new Date(r.received_at).getTime()) <= 6 * 3600_000)
          reasons.push('recent');
        const place = reasons.includes('same_town') || reasons.includes('nearby');
        if (place && reasons.length >= 2)
          out.push({ incident: toSummary(r), distanceM: dist === null ? null : Math.round(dist), reasons });
      }
      return out
        .sort((a, b) => b.reasons.length - a.reasons.length || (a.distanceM ?? 1e9) - (b.distanceM ?? 1e9))
        .slice(0, 5);
    },
  },
};

function firstIntakeId(ctx: { db: WriteCtx['db'] }, incidentId: string): string | undefined {
  return stmt<[string], { id: string }>(
    ctx.db,
    `SELECT id FROM entries WHERE incident_id = ? AND kind = 'intake' ORDER BY seq LIMIT 1`,
  ).get(incidentId)?.id;
}
