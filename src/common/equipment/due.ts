import type { Interval } from '../domain/equipment';
import { shiftContaining, type ShiftRange } from '../shifts';
import { hhmmToMinutes, localParts, zonedToInstant } from '../time/zone';

/**
 * When a piece of equipment is due for its next check. Pure code: core lists and counts
 * with it, the UI highlights with it, and both get the same answer.
 *
 * Semantics (written down because "overdue" is what gets counted against the room):
 * - Checks are owed per period of the item's interval, in the county's zone, aligned
 *   to the shift change (default 08:30): a daily item once per 24-hour shift, a weekly
 *   one once per week (Monday's shift to next Monday's), a monthly one once per
 *   calendar month (the 1st's shift to next month's 1st's). One check in a period
 *   covers it.
 * - An item every N days is owed N days after its last check: by the end of the shift
 *   in which those N days run out.
 * - A new item owes its first check in the period in which it was registered (this
 *   shift, this week, this month; for N days, within N days).
 * - Due: the period that owes a check has begun and has no check yet. Overdue: that
 *   period has ended without one. Missed: how many periods have ended without a check
 *   since the last one (or since registration).
 * - Changing the interval takes effect at once and is judged against the last check:
 *   daily → weekly with a check this week is simply done for the week; monthly → daily
 *   with the last check two days ago is overdue.
 */
export interface DueFacts {
  interval: Interval;
  /** When the item was put on the register (ISO). */
  registeredAt: string;
  /** The latest check of the item (ISO), pass or fail; null if never checked. */
  lastCheckAt: string | null;
}

export type DueStateName = 'ok' | 'due' | 'overdue';

export interface DueState {
  state: DueStateName;
  /** Start of the period that owes the next check (from then on the item is "due"). */
  windowStart: string;
  /** The deadline of the next check: end of the period that owes it. */
  dueAt: string;
  /** Periods that ended without a check. */
  missed: number;
}

export interface ZoneRules {
  timeZone: string;
  /** Local HH:MM of the shift change. */
  shiftChangeTime: string;
}

const DAY_MS = 86_400_000;

/** The instant of the shift change on a local date (months and days may overflow: 13 is January). */
export function shiftChangeOn(z: ZoneRules, year: number, month: number, day: number): Date {
  const m = hhmmToMinutes(z.shiftChangeTime);
  return zonedToInstant(z.timeZone, year, month, day, Math.floor(m / 60), m % 60);
}

/** The period of a calendar interval (daily, weekly, monthly) containing an instant. */
export function periodContaining(
  kind: 'daily' | 'weekly' | 'monthly',
  instant: Date,
  z: ZoneRules,
): ShiftRange {
  const shift = shiftContaining(instant, z.timeZone, z.shiftChangeTime);
  if (kind === 'daily') return shift;
  const at = (y: number, mo: number, d: number) => shiftChangeOn(z, y, mo, d).toISOString();
  // The shift's own local date decides the week or month it belongs to.
  const p = localParts(new Date(shift.start), z.timeZone);
  if (kind === 'weekly') {
    const back = (p.weekday + 6) % 7; // days since Monday
    return { start: at(p.year, p.month, p.day - back), end: at(p.year, p.month, p.day - back + 7) };
  }
  return { start: at(p.year, p.month, 1), end: at(p.year, p.month + 1, 1) };
}

/** The period right after the given one. */
function nextPeriod(kind: 'daily' | 'weekly' | 'monthly', period: ShiftRange, z: ZoneRules): ShiftRange {
  // An instant an hour into the next period: safe against DST-length days.
  return periodContaining(kind, new Date(new Date(period.end).getTime() + 3_600_000), z);
}

export function dueState(f: DueFacts, now: Date, z: ZoneRules): DueState {
  const t = now.getTime();
  const iv = f.interval;
  if (iv.kind === 'days') {
    const base = f.lastCheckAt ?? f.registeredAt;
    const offset = f.lastCheckAt ? iv.days : iv.days - 1;
    const owed = shiftContaining(
      new Date(new Date(base).getTime() + offset * DAY_MS),
      z.timeZone,
      z.shiftChangeTime,
    );
    const window = f.lastCheckAt ? owed.start : f.registeredAt;
    const dueAt = owed.end;
    const late = t - new Date(dueAt).getTime();
    const missed = late >= 0 ? Math.floor(late / (iv.days * DAY_MS)) + 1 : 0;
    return {
      state: late >= 0 ? 'overdue' : t >= new Date(window).getTime() ? 'due' : 'ok',
      windowStart: window,
      dueAt,
      missed,
    };
  }
  // The first period that owes a check: the one after the last check's, or the one of registration.
  const owed = f.lastCheckAt
    ? nextPeriod(iv.kind, periodContaining(iv.kind, new Date(f.lastCheckAt), z), z)
    : periodContaining(iv.kind, new Date(f.registeredAt), z);
  let missed = 0;
  let p = owed;
  // Bounded: a daily item unchecked for ten years is 3,650 steps, still instant.
  while (new Date(p.end).getTime() <= t && missed < 100_000) {
    missed++;
    p = nextPeriod(iv.kind, p, z);
  }
  const state: DueStateName = missed > 0 ? 'overdue' : t >= new Date(owed.start).getTime() ? 'due' : 'ok';
  return { state, windowStart: owed.start, dueAt: owed.end, missed };
}

/**
 * The periods of an interval that end inside [from, to), starting no earlier than the
 * item's registration: what statistics count as "checks owed".
 */
export function periodsEnding(
  interval: Interval,
  registeredAt: string,
  from: Date,
  to: Date,
  z: ZoneRules,
): ShiftRange[] {
  const out: ShiftRange[] = [];
  const startAt = Math.max(from.getTime(), new Date(registeredAt).getTime());
  if (interval.kind === 'days') {
    // Rolling intervals have no fixed periods: count N-day blocks from registration.
    const step = interval.days * DAY_MS;
    const reg = new Date(registeredAt).getTime();
    let s = reg + Math.max(0, Math.floor((startAt - reg) / step)) * step;
    while (s + step <= to.getTime()) {
      if (s + step > from.getTime() && s >= reg)
        out.push({ start: new Date(s).toISOString(), end: new Date(s + step).toISOString() });
      s += step;
    }
    return out;
  }
  let p = periodContaining(interval.kind, new Date(startAt), z);
  // Registration part-way through a period still owes that period's check.
  while (new Date(p.end).getTime() <= to.getTime()) {
    if (new Date(p.end).getTime() > from.getTime()) out.push(p);
    p = nextPeriod(interval.kind, p, z);
  }
  return out;
}

/**
 * The duty-keeping window of a span of local days: each bound moved from local midnight to
 * the shift change on its date. Checks are owed per shift-aligned period, and the last
 * period of a month (October's monthly check, October 31st's shift) ends at November 1st's
 * shift change: counted by midnight bounds it fell into November. 统计, 考核 and the
 * equipment page count a month from the 1st's shift change to the next 1st's, alike.
 */
export function dutyWindow(from: string, to: string, z: ZoneRules): { from: Date; to: Date } {
  const move = (iso: string) => {
    const p = localParts(new Date(iso), z.timeZone);
    return shiftChangeOn(z, p.year, p.month, p.day);
  };
  return { from: move(from), to: move(to) };
}

/** Index of the first time in ascending `times` at or after `t` (times.length if none). */
export function firstAtOrAfter(times: readonly number[], t: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (times[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Compact text of an interval for export ("每日", "每 3 天"): see equipment-labels for the UI. */
export function intervalDays(iv: Interval): number {
  switch (iv.kind) {
    case 'daily':
      return 1;
    case 'weekly':
      return 7;
    case 'monthly':
      return 30;
    case 'days':
      return iv.days;
  }
}
