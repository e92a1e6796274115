import type { EquipmentInput, EquipmentView } from '../../common/contract/equipment';
import {
  CHECKED_STATUSES,
  type EquipmentKind,
  type EquipmentStatus,
  type Interval,
} from '../../common/domain/equipment';
import { dueState, type ZoneRules } from '../../common/equipment/due';
import { stmt } from '../db/sql';
import { readSettings } from '../settings/repo';
import type { ReadDb, WriteDb } from '../db/handles';
import type { EquipmentRow } from './rows';

export interface OpenFaultRef {
  id: string;
  number: string;
  deadline_at: string;
}

export function zoneRules(db: ReadDb): ZoneRules {
  const s = readSettings(db);
  return { timeZone: s.timeZone, shiftChangeTime: s.shiftChangeTime };
}

export const intervalOf = (r: Pick<EquipmentRow, 'interval_kind' | 'interval_days'>): Interval =>
  r.interval_kind === 'days' ? { kind: 'days', days: r.interval_days ?? 1 } : { kind: r.interval_kind };

export function dueOf(r: EquipmentRow, now: Date, z: ZoneRules): EquipmentView['due'] {
  if (!CHECKED_STATUSES.includes(r.status))
    return { state: 'paused', windowStart: null, dueAt: null, missed: 0 };
  return dueState(
    { interval: intervalOf(r), registeredAt: r.created_at, lastCheckAt: r.last_check_at },
    now,
    z,
  );
}

export function toView(
  r: EquipmentRow,
  now: Date,
  z: ZoneRules,
  fault: OpenFaultRef | undefined,
): EquipmentView {
  return {
    id: r.id,
    kind: r.kind,
    name: r.name,
    model: r.model,
    serial: r.serial,
    location: r.location,
    point: r.lon !== null && r.lat !== null ? [r.lon, r.lat] : null,
    custodianA: r.custodian_a,
    custodianB: r.custodian_b,
    interval: intervalOf(r),
    status: r.status,
    handover: r.handover === 1,
    notes: r.notes,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    lastCheckAt: r.last_check_at,
    lastCheckPassed: r.last_check_passed === null ? null : r.last_check_passed === 1,
    due: dueOf(r, now, z),
    openFault: fault
      ? {
          id: fault.id,
          number: fault.number,
          deadlineAt: fault.deadline_at,
          overdue: new Date(fault.deadline_at).getTime() <= now.getTime(),
        }
      : null,
  };
}

export function equipmentRow(db: ReadDb, id: string): EquipmentRow | undefined {
  return stmt<[string], EquipmentRow>(db, 'SELECT * FROM equipment WHERE id = ?').get(id);
}

export function equipmentBySerial(db: ReadDb, kind: EquipmentKind, serial: string): EquipmentRow | undefined {
  if (!serial) return undefined;
  return stmt<[string, string], EquipmentRow>(
    db,
    'SELECT * FROM equipment WHERE kind = ? AND serial = ?',
  ).get(kind, serial);
}

/** Open faults by equipment id (at most one open fault per item is kept). */
export function openFaultsByEquipment(db: ReadDb): Map<string, OpenFaultRef> {
  const rows = stmt<[], OpenFaultRef & { equipment_id: string }>(
    db,
    `SELECT id, number, deadline_at, equipment_id FROM faults WHERE status <> 'closed' AND drill_id IS NULL ORDER BY opened_at`,
  ).all();
  return new Map(rows.map((r) => [r.equipment_id, r]));
}

const KIND_ORDER = `CASE kind WHEN 'satellite_phone' THEN 0 WHEN 'radio' THEN 1 WHEN 'phone_fax' THEN 2 WHEN 'machine_room' THEN 3 WHEN 'video_conf' THEN 4 WHEN 'base_station' THEN 5 WHEN 'comm_vehicle' THEN 6 ELSE 7 END`;

export function listEquipmentRows(
  db: ReadDb,
  f: { includeRetired?: boolean; kind?: EquipmentKind; handoverOnly?: boolean } = {},
): EquipmentRow[] {
  return stmt<[{ retired: number; kind: string | null; handover: number }], EquipmentRow>(
    db,
    `SELECT * FROM equipment
      WHERE (@retired = 1 OR status <> 'retired') AND (@kind IS NULL OR kind = @kind) AND (@handover = 0 OR handover = 1)
      ORDER BY ${KIND_ORDER}, name, id`,
  ).all({ retired: f.includeRetired ? 1 : 0, kind: f.kind ?? null, handover: f.handoverOnly ? 1 : 0 });
}

export function listViews(
  db: ReadDb,
  now: Date,
  f: { includeRetired?: boolean; kind?: EquipmentKind; handoverOnly?: boolean } = {},
): EquipmentView[] {
  const z = zoneRules(db);
  const faults = openFaultsByEquipment(db);
  return listEquipmentRows(db, f).map((r) => toView(r, now, z, faults.get(r.id)));
}

export function viewOf(db: ReadDb, id: string, now: Date): EquipmentView | undefined {
  const r = equipmentRow(db, id);
  if (!r) return undefined;
  return toView(r, now, zoneRules(db), openFaultsByEquipment(db).get(id));
}

export function columnsOf(e: EquipmentInput) {
  return {
    kind: e.kind,
    name: e.name.trim(),
    model: e.model.trim(),
    serial: e.serial.trim(),
    location: e.location.trim(),
    lon: e.point?.[0] ?? null,
    lat: e.point?.[1] ?? null,
    custodian_a: e.custodianA.trim(),
    custodian_b: e.custodianB.trim(),
    interval_kind: e.interval.kind,
    interval_days: e.interval.kind === 'days' ? e.interval.days : null,
    status: e.status,
    handover: e.handover ? 1 : 0,
    notes: e.notes,
  };
}

/** retired_at kept by a write of `@status` at `@at`: the first time it became retired, none once it leaves it. */
const RETIRED_AT = `retired_at = CASE WHEN @status = 'retired' THEN COALESCE(retired_at, @at) END`;

export function insertEquipment(db: WriteDb, id: string, e: EquipmentInput, at: string): void {
  stmt(
    db,
    `INSERT INTO equipment (id, kind, name, model, serial, location, lon, lat, custodian_a, custodian_b, interval_kind, interval_days, status, handover, notes, created_at, updated_at, retired_at)
     VALUES (@id, @kind, @name, @model, @serial, @location, @lon, @lat, @custodian_a, @custodian_b, @interval_kind, @interval_days, @status, @handover, @notes, @at, @at,
       CASE WHEN @status = 'retired' THEN @at END)`,
  ).run({ id, ...columnsOf(e), at });
}

export function updateEquipment(db: WriteDb, id: string, e: EquipmentInput, at: string): void {
  stmt(
    db,
    `UPDATE equipment SET kind=@kind, name=@name, model=@model, serial=@serial, location=@location, lon=@lon, lat=@lat,
       custodian_a=@custodian_a, custodian_b=@custodian_b, interval_kind=@interval_kind, interval_days=@interval_days,
       status=@status, handover=@handover, notes=@notes, updated_at=@at, ${RETIRED_AT}
     WHERE id=@id`,
  ).run({ id, ...columnsOf(e), at });
}

export function setStatus(db: WriteDb, id: string, status: EquipmentStatus, at: string): void {
  stmt(db, `UPDATE equipment SET status = @status, updated_at = @at, ${RETIRED_AT} WHERE id = @id`).run({
    id,
    status,
    at,
  });
}

/**
 * The register's items that owed checks at some time in a range: those in service and
 * those retired (their periods end at the retirement: `owedUntil`).
 */
export const owingEquipmentRows = (db: ReadDb): EquipmentRow[] =>
  listEquipmentRows(db, { includeRetired: true });

/** The end of the range `to` in which item `r` owed checks: its retirement, if earlier. */
export function owedUntil(r: Pick<EquipmentRow, 'retired_at'>, to: Date): Date {
  if (!r.retired_at) return to;
  const at = Date.parse(r.retired_at);
  return at < to.getTime() ? new Date(at) : to;
}

/** Input shape of a row, for audit before/after and for the upsert's "what changed". */
export function inputOf(r: EquipmentRow): EquipmentInput {
  return {
    kind: r.kind,
    name: r.name,
    model: r.model,
    serial: r.serial,
    location: r.location,
    point: r.lon !== null && r.lat !== null ? [r.lon, r.lat] : null,
    custodianA: r.custodian_a,
    custodianB: r.custodian_b,
    interval: intervalOf(r),
    status: r.status,
    handover: r.handover === 1,
    notes: r.notes,
  };
}
