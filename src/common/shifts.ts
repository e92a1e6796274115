import { hhmmToMinutes, localParts, zonedToInstant } from './time/zone';

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
