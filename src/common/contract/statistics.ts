import { z } from '../zod-setup';
import { defineMethod } from './define';
import { period } from './assessment';
import { townCode } from './shared';

/**
 * 统计: every chart of the statistics page is one metric, its bars counted from the
 * records behind them. `stats.query` counts them, `stats.records` lists the records of one
 * bar; both read the same collectors (src/core/statistics), so a bar's number is always
 * the length of its list. Exercise (演练) traffic never counts.
 */
export const STAT_METRICS = [
  // 事件: received in the period, by day or month, category, type, grade and town.
  'incidents.period',
  'incidents.category',
  'incidents.type',
  'incidents.grade',
  'incidents.town',
  // 报告及时性: 初报 by phone and written, the minutes late, 续报 kept.
  'reports.phone',
  'reports.written',
  'reports.lateMinutes',
  'reports.followup',
  // 办结用时 of what was received in the period.
  'incidents.closure',
  // 查岗: answered within the scheme's limit, and the seconds it took.
  'spotChecks.answer',
  'spotChecks.seconds',
  // 装备: checks owed in the period done or missed, faults opened in it.
  'checks.status',
  'faults.status',
  // The same per kind of equipment: checks done of those owed, faults opened.
  'checks.kind',
  'faults.kind',
  // 演练: drills done per domain of the campaign in force, against those planned.
  'drills.domain',
  // 预警: 叫应 and 回执 of the recipients sent to in the period.
  'warnings.call',
  'warnings.ack',
  // 物资: lines below their minimum and lots expired or near expiry (as of the period's end or now).
  'stock.below',
  'lots.expiring',
] as const;
export type StatMetric = (typeof STAT_METRICS)[number];

/** A figure that follows the town filter ('town'), or one kept county-wide (the room's own work). */
export const STAT_SCOPES = ['town', 'county'] as const;

export const StatBar = z.strictObject({
  /** What the bar is: a date, a category, a status, a town code, a domain id… (stats.records takes it back). */
  key: z.string(),
  /** A name from the register (a town, a depot, a campaign domain); null: the reader's catalog names the key. */
  label: z.string().nullable(),
  n: z.number().int().min(0),
  /** Against what (drills planned in the domain); null for a plain count. */
  of: z.number().int().min(0).nullable(),
});
export type StatBar = z.infer<typeof StatBar>;

export const StatFigure = z.strictObject({
  metric: z.enum(STAT_METRICS),
  scope: z.enum(STAT_SCOPES),
  /** Counted as things stand now (stock, lots), not over the period. */
  current: z.boolean(),
  bars: z.array(StatBar),
});
export type StatFigure = z.infer<typeof StatFigure>;

const rate = z.number().min(0).max(1).nullable();

export const StatsQuery = z.strictObject({
  period: z.string(),
  /** The period's [from, to) in UTC; `asOf` is when owed things are judged (its end, or now while it runs). */
  from: z.string(),
  to: z.string(),
  asOf: z.string(),
  townCode: z.string().nullable(),
  /** incidents.period's bars: local days for a month, months for a quarter or a year. */
  step: z.enum(['day', 'month']),
  figures: z.array(StatFigure),
  /** The headline figures above the charts. */
  totals: z.strictObject({
    incidents: z.number().int(),
    /** Incidents of drills in the period: shown as left out, never counted. */
    exercise: z.number().int(),
    initialOnTime: rate,
    followupKept: rate,
    spotAnswered: rate,
    checkCompliance: rate,
    /** Mean seconds to answer a 查岗; null when none. */
    spotSeconds: z.number().nullable(),
    /** Median hours from intake to closure of what was received and closed. */
    closureHours: z.number().nullable(),
    /** Minutes from sending to the first answered call / the receipt, means over those done. */
    callMinutes: z.number().nullable(),
    ackMinutes: z.number().nullable(),
  }),
  /** The limits the statuses were judged by (the assessment scheme in force for the period). */
  limits: z.strictObject({ spotCheckSeconds: z.number(), callMinutes: z.number(), ackMinutes: z.number() }),
  /** The drill campaign the drills figure reads, if any. */
  campaign: z.strictObject({ id: z.string(), title: z.string(), deadline: z.string() }).nullable(),
});
export type StatsQuery = z.infer<typeof StatsQuery>;

export const STAT_RECORD_KINDS = [
  'incident',
  'entry',
  /** A check owed and not made: its id is the item's, `detail.from`/`to` the period it was owed in. */
  'missedCheck',
  'check',
  'fault',
  'drill',
  'warning',
  'stock',
  /** A lot (of one depot), by its id, as 应急物资's 批次 keys its rows. */
  'lot',
] as const;

export const StatRecord = z.strictObject({
  kind: z.enum(STAT_RECORD_KINDS),
  /**
   * The record's id on its own page (an entry, a check, a fault, a drill…); a stock
   * line's is `<depotId>/<itemId>`, as 应急物资's 库存 keys its rows. 统计 links to it.
   */
  id: z.string(),
  /** Its number (事件编号, 故障单号), or ''. */
  number: z.string(),
  title: z.string(),
  /** The moment the record counts at (received, due, called, sent…). */
  at: z.string().nullable(),
  townName: z.string().nullable(),
  /** What puts it in the bar, for the list: minutes late, seconds, a status, a quantity. */
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  /** A word to search the target page for (the stock item, the caller's unit). */
  q: z.string().nullable(),
});
export type StatRecord = z.infer<typeof StatRecord>;

const filter = { period, townCode };

export const statisticsMethods = {
  'stats.query': defineMethod({
    name: 'stats.query',
    // Every figure of the 统计 page for one period (month, quarter or year) and town.
    input: z.strictObject(filter),
    output: StatsQuery,
    access: 'read',
    example: { period: '2026-11', townCode: null },
  }),
  'stats.records': defineMethod({
    name: 'stats.records',
    // The records behind one bar of one figure, as stats.query counted them.
    input: z.strictObject({ ...filter, metric: z.enum(STAT_METRICS), key: z.string().min(1).max(120) }),
    output: z.strictObject({
      metric: z.enum(STAT_METRICS),
      key: z.string(),
      total: z.number().int(),
      items: z.array(StatRecord),
    }),
    access: 'read',
    example: { period: '2026-11', townCode: null, metric: 'incidents.category', key: 'natural' },
  }),
  'stats.keyFigures': defineMethod({
    name: 'stats.keyFigures',
    // This month's key figures for the wall and the desk (no filter: the county, real work).
    input: z.strictObject({}),
    output: z.strictObject({
      month: z.string(),
      initialOnTime: z.strictObject({ n: z.number().int(), of: z.number().int(), rate }),
      spotAnswered: z.strictObject({ n: z.number().int(), of: z.number().int(), rate }),
      checkCompliance: z.strictObject({ n: z.number().int(), of: z.number().int(), rate }),
      drills: z.strictObject({
        done: z.number().int(),
        planned: z.number().int(),
        campaign: z.string().nullable(),
      }),
    }),
    access: 'read',
  }),
} as const;
