import type { StatPeriod, StatsOverview } from '../../common/contract/stats';
import { CATEGORIES, GRADES, type Category, type Grade } from '../../common/domain/incidents';
import { localParts, zonedToInstant } from '../../common/time/zone';
import { stmt } from '../db/sql';
import type { ReadDb } from '../db/handles';

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar days of a period ending today, each with its [start, end) in UTC. */
export function periodDays(
  now: Date,
  days: StatPeriod,
  tz: string,
): { date: string; start: string; end: string }[] {
  const today = localParts(now, tz);
  const out: { date: string; start: string; end: string }[] = [];
  for (let i = days - 1; i >= 0; i--) {
    // Date.UTC normalises day underflow (day 0 is the last of the previous month).
    const start = zonedToInstant(tz, today.year, today.month, today.day - i);
    const end = zonedToInstant(tz, today.year, today.month, today.day - i + 1);
    const p = localParts(new Date(start.getTime() + 12 * 3600_000), tz);
    out.push({
      date: `${p.year}-${pad(p.month)}-${pad(p.day)}`,
      start: start.toISOString(),
      end: end.toISOString(),
    });
  }
  return out;
}

/**
 * Counts of the incidents received in the last `days` local days (today included),
 * all in SQL over the `incidents_received` index: by category, by grade and status
 * in one grouped scan of the period; intakes per local day as one range count per
 * day. Stored times are UTC ISO strings, so ranges compare as text.
 */
export function statsOverview(db: ReadDb, days: StatPeriod, now: Date, tz: string): StatsOverview {
  const buckets = periodDays(now, days, tz);
  const from = buckets[0]!.start;
  const to = now.toISOString();
  const groups = stmt<[string, string], { category: string; grade: string; status: string; n: number }>(
    db,
    `SELECT category, grade, status, count(*) AS n FROM incidents
       WHERE received_at >= ? AND received_at < ? AND drill_id IS NULL
       GROUP BY category, grade, status`,
  ).all(from, to);

  const byCategory = Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
  const byGrade = Object.fromEntries(GRADES.map((g) => [g, 0])) as Record<Grade, number>;
  let total = 0;
  let closed = 0;
  let withdrawn = 0;
  for (const g of groups) {
    total += g.n;
    if (g.category in byCategory) byCategory[g.category as Category] += g.n;
    if (g.grade in byGrade) byGrade[g.grade as Grade] += g.n;
    if (g.status === 'closed') closed += g.n;
    else if (g.status === 'withdrawn') withdrawn += g.n;
  }

  const count = stmt<[string, string], { n: number }>(
    db,
    'SELECT count(*) AS n FROM incidents WHERE received_at >= ? AND received_at < ? AND drill_id IS NULL',
  );
  const perDay = buckets.map((b) => ({
    date: b.date,
    count: count.get(b.start, b.end < to ? b.end : to)!.n,
  }));

  const real = total - withdrawn;
  return {
    days,
    from,
    to,
    timeZone: tz,
    total,
    byCategory,
    byGrade,
    perDay,
    closed,
    withdrawn,
    open: real - closed,
    closureRate: real > 0 ? closed / real : null,
  };
}
