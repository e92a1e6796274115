import { localDate } from '../../../common/time/zone';
import { formatClock } from '../time/format';

/** "17:00" today, "11-30 08:30" on another day: short enough to read from across the room. */
export function shortTime(iso: string, now: number, lang: string, tz: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const hm = formatClock(d, lang, tz, false);
  const day = localDate(d, tz);
  return day === localDate(new Date(now), tz) ? hm : `${day.slice(5)} ${hm}`;
}

/** 0.8333 -> "83%". */
export function percent(rate: number | null): string | null {
  return rate === null ? null : `${Math.round(rate * 100)}%`;
}
