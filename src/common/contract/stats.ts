import { z } from '../zod-setup';
import { defineMethod } from './define';
import { CATEGORIES, GRADES } from '../domain/incidents';

/** The periods the wall and the statistics page show: today, the last 7 and 30 days. */
export const STAT_PERIODS = [1, 7, 30] as const;
export type StatPeriod = (typeof STAT_PERIODS)[number];

const int = z.number().int().min(0);

export const StatsOverview = z.strictObject({
  days: z.union([z.literal(1), z.literal(7), z.literal(30)]),
  /** Local midnight `days - 1` days ago, in the county's time zone (ISO, UTC). */
  from: z.string(),
  /** The moment of the answer: the period runs up to now. */
  to: z.string(),
  timeZone: z.string(),
  /** Incidents received (接报) in the period, withdrawn ones included. */
  total: int,
  byCategory: z.record(z.enum(CATEGORIES), int),
  byGrade: z.record(z.enum(GRADES), int),
  /** Intakes per local calendar day, oldest first, every day of the period (zeros too). */
  perDay: z.array(z.strictObject({ date: z.string(), count: int })),
  /** Of those received in the period: closed (办结) by now, withdrawn (撤销/误报), still open. */
  closed: int,
  withdrawn: int,
  open: int,
  /** closed / (total - withdrawn); null when nothing real was received. */
  closureRate: z.number().min(0).max(1).nullable(),
});
export type StatsOverview = z.infer<typeof StatsOverview>;

export const statsMethods = {
  'stats.overview': defineMethod({
    name: 'stats.overview',
    // One aggregate read for the wall: counts only, no incident details.
    input: z.strictObject({ days: z.union([z.literal(1), z.literal(7), z.literal(30)]) }),
    output: StatsOverview,
    access: 'read',
    example: { days: 7 },
  }),
} as const;
