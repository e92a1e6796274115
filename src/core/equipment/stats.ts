import { EQUIPMENT_KINDS, type EquipmentKind } from '../../common/domain/equipment';
import { periodsEnding, shiftChangeOn } from '../../common/equipment/due';
import { stmt } from '../db/sql';
import { intervalOf, owedUntil, owingEquipmentRows, zoneRules } from './repo';
import type { ReadDb } from '../db/handles';

export interface MonthStats {
  month: string;
  owed: number;
  done: number;
  failed: number;
  faultsOpened: number;
  faultsClosed: number;
  mttrHours: number | null;
}

/**
 * Check compliance (periods that ended with at least one check / periods owed), failed
 * checks, faults opened and closed, and mean time to repair (opening to closing), per
 * local month and per kind. A month runs from the 1st's shift change. Periods still
 * running are not owed yet. The current interval of each item is used for the whole
 * range; a retired item owes the periods that ended before its retirement.
 */
export function equipmentStats(db: ReadDb, fromMonth: string, toMonth: string, now: Date) {
  const z = zoneRules(db);
  const monthStart = (y: number, mo: number) => shiftChangeOn(z, y, mo, 1);
  const [fy, fm] = fromMonth.split('-').map(Number) as [number, number];
  const [ty, tm] = toMonth.split('-').map(Number) as [number, number];
  const months: { label: string; from: Date; to: Date }[] = [];
  for (let y = fy, mo = fm; (y < ty || (y === ty && mo <= tm)) && months.length < 36;) {
    months.push({
      label: `${y}-${String(mo).padStart(2, '0')}`,
      from: monthStart(y, mo),
      to: monthStart(y, mo + 1),
    });
    mo++;
    if (mo > 12) {
      mo = 1;
      y++;
    }
  }
  const rows = owingEquipmentRows(db);
  const checksOf = new Map<string, { at: number; passed: boolean }[]>();
  const rangeFrom = months[0]?.from.toISOString() ?? '';
  const rangeTo = months.at(-1)?.to.toISOString() ?? '';
  for (const c of stmt<[string, string], { equipment_id: string; checked_at: string; passed: number }>(
    db,
    'SELECT equipment_id, checked_at, passed FROM checks WHERE checked_at >= ? AND checked_at < ? AND drill_id IS NULL ORDER BY checked_at',
  ).all(rangeFrom, rangeTo)) {
    const arr = checksOf.get(c.equipment_id) ?? [];
    arr.push({ at: new Date(c.checked_at).getTime(), passed: c.passed === 1 });
    checksOf.set(c.equipment_id, arr);
  }
  const kindTotals = new Map<EquipmentKind, { owed: number; done: number; failed: number }>(
    EQUIPMENT_KINDS.map((k) => [k, { owed: 0, done: 0, failed: 0 }]),
  );
  const faults = stmt<[], { opened_at: string; closed_at: string | null }>(
    db,
    'SELECT opened_at, closed_at FROM faults WHERE drill_id IS NULL',
  ).all();
  let repairSum = 0;
  let repairN = 0;

  const out: MonthStats[] = months.map(({ label, from, to }) => {
    const until = new Date(Math.min(to.getTime(), now.getTime()));
    let owed = 0;
    let done = 0;
    let failed = 0;
    for (const r of rows) {
      const checks = checksOf.get(r.id) ?? [];
      const kt = kindTotals.get(r.kind)!;
      for (const p of periodsEnding(intervalOf(r), r.created_at, from, owedUntil(r, until), z)) {
        owed++;
        kt.owed++;
        const s = new Date(p.start).getTime();
        const e = new Date(p.end).getTime();
        if (checks.some((c) => c.at >= s && c.at < e)) {
          done++;
          kt.done++;
        }
      }
      for (const c of checks) {
        if (c.at >= from.getTime() && c.at < to.getTime() && !c.passed) {
          failed++;
          kt.failed++;
        }
      }
    }
    const inMonth = (iso: string | null) =>
      iso !== null && iso >= from.toISOString() && iso < to.toISOString();
    const closed = faults.filter((f) => inMonth(f.closed_at));
    const hours = closed.map(
      (f) => (new Date(f.closed_at!).getTime() - new Date(f.opened_at).getTime()) / 3_600_000,
    );
    repairSum += hours.reduce((a, b) => a + b, 0);
    repairN += hours.length;
    return {
      month: label,
      owed,
      done,
      failed,
      faultsOpened: faults.filter((f) => inMonth(f.opened_at)).length,
      faultsClosed: closed.length,
      mttrHours: hours.length ? round1(hours.reduce((a, b) => a + b, 0) / hours.length) : null,
    };
  });
  return {
    months: out,
    byKind: [...kindTotals.entries()]
      .filter(([, v]) => v.owed > 0 || v.failed > 0)
      .map(([kind, v]) => ({ kind, ...v })),
    mttrHours: repairN ? round1(repairSum / repairN) : null,
  };
}

const round1 = (x: number) => Math.round(x * 10) / 10;
