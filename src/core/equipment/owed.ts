import { dutyWindow, firstAtOrAfter, periodsEnding } from '../../common/equipment/due';
import { stmt } from '../db/sql';
import type { ReadDb } from '../db/handles';
import { intervalOf, owedUntil, owingEquipmentRows, zoneRules } from './repo';

/** One check owed: an interval of an item that ended in the range, and the real check that kept it. */
export interface OwedCheck {
  equipmentId: string;
  name: string;
  kind: string;
  start: string;
  end: string;
  checkedAt: string | null;
  /** The check that kept it (its record on 通讯设备's 检查记录). */
  checkId: string | null;
}

/**
 * The checks owed over a span of local days ([from, to), local midnights: a month, a
 * quarter), as 统计 and 考核 count them: each interval of each item on the register (a
 * retired one up to its retirement) that ended in the span's duty window — from the first
 * day's shift change to the shift change after the last (periods end at shift changes, so
 * October 31st's shift and October's monthly check are October's) — and up to `now`, with
 * the first real check (not a drill's) inside it, if any.
 */
export function owedChecks(db: ReadDb, from: string, to: string, now: Date): OwedCheck[] {
  const z = zoneRules(db);
  const w = dutyWindow(from, to, z);
  const until = new Date(Math.min(w.to.getTime(), now.getTime()));
  const done = new Map<string, { id: string; checked_at: string }[]>();
  for (const c of stmt<[string, string], { id: string; equipment_id: string; checked_at: string }>(
    db,
    `SELECT id, equipment_id, checked_at FROM checks WHERE drill_id IS NULL AND checked_at >= ? AND checked_at < ?
      ORDER BY checked_at`,
  ).all(new Date(w.from.getTime() - 400 * 86_400_000).toISOString(), w.to.toISOString())) {
    const arr = done.get(c.equipment_id) ?? [];
    arr.push(c);
    done.set(c.equipment_id, arr);
  }
  const out: OwedCheck[] = [];
  for (const r of owingEquipmentRows(db)) {
    // In time order (the query's), so each period finds its first check by halving: a year of
    // a daily-checked item is 365 periods against 365 checks (a scan per period: 130,000).
    const checks = done.get(r.id) ?? [];
    const times = checks.map((x) => Date.parse(x.checked_at));
    for (const p of periodsEnding(intervalOf(r), r.created_at, w.from, owedUntil(r, until), z)) {
      const i = firstAtOrAfter(times, Date.parse(p.start));
      const c = i < times.length && times[i]! < Date.parse(p.end) ? checks[i] : undefined;
      out.push({
        equipmentId: r.id,
        name: r.name,
        kind: r.kind,
        start: p.start,
        end: p.end,
        checkedAt: c?.checked_at ?? null,
        checkId: c?.id ?? null,
      });
    }
  }
  return out;
}
