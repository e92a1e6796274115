import { hhmmToMinutes, localDate, localParts, zonedToInstant } from './time/zone';

/**
 * Shift arithmetic. A 24-hour shift starts each day at the change time (default
 * 08:30) in the county's zone: an entry at 08:29 belongs to yesterday's shift, one at
 * 08:30 to today's.
 */
export interface ShiftRange {
  start: string;
  end: string;
}

export function shiftContaining(instant: Date, tz: string, changeTime: string): ShiftRange {
  const p = localParts(instant, tz);
  const m = hhmmToMinutes(changeTime);
  const h = Math.floor(m / 60);
  const min = m % 60;
  let start = zonedToInstant(tz, p.year, p.month, p.day, h, min);
  if (start.getTime() > instant.getTime()) start = zonedToInstant(tz, p.year, p.month, p.day - 1, h, min);
  const sp = localParts(start, tz);
  const end = zonedToInstant(tz, sp.year, sp.month, sp.day + 1, h, min);
  return { start: start.toISOString(), end: end.toISOString() };
}

/*
 * Shift patterns with versions. A pattern is either one 24-hour shift starting at the
 * change time, or a day shift (change time → night time) and a night shift (night
 * time → the next day's change time). Each shift belongs to a duty date (值班日期):
 * the local date on which it starts. A pattern version takes effect on a duty date,
 * so every shift before that date keeps the pattern it was worked under; the last
 * shift under the old pattern ends where the first shift under the new one starts.
 */
export const SHIFT_KINDS = ['day24', 'dayNight'] as const;
export type ShiftKind = (typeof SHIFT_KINDS)[number];
export type ShiftSlot = 'full' | 'day' | 'night';

export interface ShiftPattern {
  kind: ShiftKind;
  /** Local HH:MM at which the (first) shift of a duty date starts. */
  changeTime: string;
  /** Local HH:MM at which the night shift starts (dayNight only; later than changeTime). */
  nightTime: string | null;
}

export interface PatternVersion extends ShiftPattern {
  version: number;
  /** First duty date (YYYY-MM-DD, local) the pattern applies to. */
  effectiveDate: string;
}

export interface Shift {
  /** `2026-11-29` (24-hour shift), `2026-11-29-day`, `2026-11-29-night`. */
  key: string;
  date: string;
  slot: ShiftSlot;
  start: string;
  end: string;
}

export const SHIFT_KEY_RE = /^(\d{4})-(\d{2})-(\d{2})(?:-(day|night))?$/;

/** The calendar date `n` days after a YYYY-MM-DD date. */
export function addDays(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y!, m! - 1, d! + n));
  return t.toISOString().slice(0, 10);
}

export function shiftKeyOf(date: string, slot: ShiftSlot): string {
  return slot === 'full' ? date : `${date}-${slot}`;
}

export function parseShiftKey(key: string): { date: string; slot: ShiftSlot } | null {
  const m = SHIFT_KEY_RE.exec(key);
  if (!m) return null;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (addDays(date, 0) !== date) return null; // 2026-02-30 and the like
  return { date, slot: (m[4] as ShiftSlot | undefined) ?? 'full' };
}

/** Versions in the order they apply: by effective date, a later version winning a tie. */
function ordered(versions: readonly PatternVersion[]): PatternVersion[] {
  return [...versions].sort(
    (a, b) => a.effectiveDate.localeCompare(b.effectiveDate) || a.version - b.version,
  );
}

/** The pattern in force on a duty date (the earliest one for dates before every version). */
export function patternOn(versions: readonly PatternVersion[], date: string): PatternVersion {
  const list = ordered(versions);
  if (list.length === 0) throw new Error('no shift pattern');
  let chosen = list[0]!;
  for (const v of list) if (v.effectiveDate <= date) chosen = v;
  return chosen;
}

export function slotsOf(p: ShiftPattern): ShiftSlot[] {
  return p.kind === 'day24' ? ['full'] : ['day', 'night'];
}

function at(tz: string, date: string, hhmm: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const mins = hhmmToMinutes(hhmm);
  return zonedToInstant(tz, y!, m!, d!, Math.floor(mins / 60), mins % 60);
}

/** When a duty date's first shift starts. */
function dateStart(versions: readonly PatternVersion[], tz: string, date: string): Date {
  return at(tz, date, patternOn(versions, date).changeTime);
}

/** A shift by its duty date and slot, or null if the pattern of that date has no such slot. */
export function shiftOf(
  versions: readonly PatternVersion[],
  tz: string,
  date: string,
  slot: ShiftSlot,
): Shift | null {
  const p = patternOn(versions, date);
  if (!slotsOf(p).includes(slot)) return null;
  const nextDay = dateStart(versions, tz, addDays(date, 1));
  let start: Date;
  let end: Date;
  if (slot === 'night') {
    start = at(tz, date, p.nightTime!);
    end = nextDay;
  } else {
    start = at(tz, date, p.changeTime);
    end = slot === 'day' ? at(tz, date, p.nightTime!) : nextDay;
  }
  return { key: shiftKeyOf(date, slot), date, slot, start: start.toISOString(), end: end.toISOString() };
}

export function shiftByKey(versions: readonly PatternVersion[], tz: string, key: string): Shift | null {
  const k = parseShiftKey(key);
  return k ? shiftOf(versions, tz, k.date, k.slot) : null;
}

/** The shift an instant belongs to: start <= instant < end. */
export function shiftAt(versions: readonly PatternVersion[], tz: string, instant: Date): Shift {
  const today = localDate(instant, tz);
  const date = dateStart(versions, tz, today).getTime() <= instant.getTime() ? today : addDays(today, -1);
  const p = patternOn(versions, date);
  if (p.kind === 'day24') return shiftOf(versions, tz, date, 'full')!;
  const night = at(tz, date, p.nightTime!);
  return shiftOf(versions, tz, date, instant.getTime() < night.getTime() ? 'day' : 'night')!;
}

/** The shift after this one. */
export function nextShift(versions: readonly PatternVersion[], tz: string, s: Shift): Shift {
  return shiftAt(versions, tz, new Date(s.end));
}

/** The shift before this one. */
export function previousShift(versions: readonly PatternVersion[], tz: string, s: Shift): Shift {
  return shiftAt(versions, tz, new Date(new Date(s.start).getTime() - 1));
}

/** Every shift whose duty date lies in the month (YYYY-MM), in order. */
export function shiftsOfMonth(versions: readonly PatternVersion[], tz: string, month: string): Shift[] {
  const out: Shift[] = [];
  for (let date = `${month}-01`; date.startsWith(month); date = addDays(date, 1)) {
    for (const slot of slotsOf(patternOn(versions, date))) out.push(shiftOf(versions, tz, date, slot)!);
  }
  return out;
}

/** The month before or after a YYYY-MM month. */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const t = new Date(Date.UTC(y!, m! - 1 + n, 1));
  return t.toISOString().slice(0, 7);
}
