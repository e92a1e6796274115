import {
  STAT_METRICS,
  type StatMetric,
  type StatsQuery,
  type StatRecord,
} from '../../common/contract/statistics';
import type { OutputOf } from '../../common/contract';
import { localDate } from '../../common/time/zone';
import type { Actor } from '../actor';
import type { ReadDb } from '../db/handles';
import { readSettings } from '../settings/repo';
import { campaignFor, factsOf, figureOf, statsFrame, stepOf, type StatsFrame } from './collect';

const rateOf = (n: number, of: number) => (of > 0 ? n / of : null);
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
function median(xs: number[]): number | null {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
const r1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

/** The share of facts of a figure in `good` keys, among those judged (not in `skip`). */
function share(f: StatsFrame, metric: StatMetric, good: string[], skip: string[] = []) {
  const facts = factsOf(f, metric).filter((x) => !skip.includes(x.key));
  const n = facts.filter((x) => good.includes(x.key)).length;
  return { n, of: facts.length, rate: rateOf(n, facts.length) };
}

const num = (r: StatRecord, k: string) => (typeof r.detail[k] === 'number' ? (r.detail[k] as number) : null);

/** Every figure of the page for one period and town (stats.query). */
export function statsQuery(
  db: ReadDb,
  actor: Actor,
  period: string,
  town: string | null,
  now: Date,
): StatsQuery {
  const f = statsFrame(db, actor, period, town, now);
  const figures = STAT_METRICS.map((m) => figureOf(f, m));
  const initial = share(f, 'reports.phone', ['on_time'], ['pending']);
  const written = share(f, 'reports.written', ['on_time'], ['pending']);
  const exercise = db
    .prepare(
      `SELECT count(*) AS n FROM incidents WHERE drill_id IS NOT NULL AND received_at >= ? AND received_at < ?
         AND (? IS NULL OR town_code = ?)`,
    )
    .get(f.from, f.to, town, town) as { n: number };
  const closed = factsOf(f, 'incidents.closure')
    .filter((x) => typeof x.record.detail.closedAt === 'string')
    .map((x) => (Date.parse(x.record.detail.closedAt as string) - Date.parse(x.record.at!)) / 3_600_000);
  const minutes = (metric: 'warnings.call' | 'warnings.ack') =>
    factsOf(f, metric)
      .filter((x) => x.key === 'on_time' || x.key === 'late')
      .map((x) => num(x.record, 'minutes'))
      .filter((x): x is number => x !== null);
  const campaign = campaignFor(f);
  return {
    period,
    from: f.from,
    to: f.to,
    asOf: f.asOf.toISOString(),
    townCode: town,
    step: stepOf(period),
    figures,
    totals: {
      incidents: factsOf(f, 'incidents.category').length,
      exercise: exercise.n,
      initialOnTime: rateOf(initial.n + written.n, initial.of + written.of),
      followupKept: share(f, 'reports.followup', ['on_time'], ['pending']).rate,
      spotAnswered: share(f, 'spotChecks.answer', ['in_limit']).rate,
      checkCompliance: share(f, 'checks.status', ['done']).rate,
      spotSeconds: r1(mean(factsOf(f, 'spotChecks.answer').map((x) => num(x.record, 'seconds')!))),
      closureHours: r1(median(closed)),
      callMinutes: r1(mean(minutes('warnings.call'))),
      ackMinutes: r1(mean(minutes('warnings.ack'))),
    },
    limits: f.limits,
    campaign,
  };
}

/** The records behind one bar (stats.records): the facts of the figure with that key. */
export function statsRecords(
  db: ReadDb,
  actor: Actor,
  input: { period: string; townCode: string | null; metric: StatMetric; key: string },
  now: Date,
): OutputOf<'stats.records'> {
  const f = statsFrame(db, actor, input.period, input.townCode, now);
  const items = factsOf(f, input.metric)
    .filter((x) => x.key === input.key)
    .map((x) => x.record);
  return { metric: input.metric, key: input.key, total: items.length, items };
}

/** This month's key figures (初报 on time, 查岗 answered, checks kept, drills done/planned), county-wide. */
export function keyFigures(db: ReadDb, actor: Actor, now: Date): OutputOf<'stats.keyFigures'> {
  const month = localDate(now, readSettings(db).timeZone).slice(0, 7);
  const f = statsFrame(db, actor, month, null, now);
  const phone = share(f, 'reports.phone', ['on_time'], ['pending']);
  const written = share(f, 'reports.written', ['on_time'], ['pending']);
  const drills = figureOf(f, 'drills.domain').bars;
  return {
    month,
    initialOnTime: {
      n: phone.n + written.n,
      of: phone.of + written.of,
      rate: rateOf(phone.n + written.n, phone.of + written.of),
    },
    spotAnswered: share(f, 'spotChecks.answer', ['in_limit']),
    checkCompliance: share(f, 'checks.status', ['done']),
    drills: {
      done: drills.reduce((a, b) => a + b.n, 0),
      planned: drills.reduce((a, b) => a + (b.of ?? 0), 0),
      campaign: campaignFor(f)?.title ?? null,
    },
  };
}
