/**
 * Wall-clock arithmetic in an IANA time zone with Intl only (no library), so the
 * same code runs in core, the renderer and tests. Instants are Dates (UTC); local
 * times are plain fields in the zone.
 */
export interface LocalParts {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number; // 0 = Sunday
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: tz,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(tz, f);
  }
  return f;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/**
 * The zone's clock at an instant: the UTC fields of the instant shifted by the zone's
 * offset there (cached per quarter hour), so most calls cost no Intl formatting.
 */
export function localParts(instant: Date, tz: string): LocalParts {
  const d = new Date(instant.getTime() + offsetMinutes(instant, tz) * 60_000);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    weekday: d.getUTCDay(),
  };
}

/** The zone's clock at an instant, as Intl formats it. */
function intlParts(instant: Date, tz: string): LocalParts {
  const parts: Record<string, string> = {};
  for (const p of formatter(tz).formatToParts(instant)) parts[p.type] = p.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: WEEKDAYS.indexOf(parts.weekday ?? 'Sun'),
  };
}

// Zone offsets only change on quarter-hour boundaries (DST rules everywhere), so an
// offset is cached per zone and 15-minute bucket: deadline arithmetic asks often.
// Keyed by zone, then by the bucket's number: a string key built per call cost more than
// the arithmetic around it (a year's 考核 asks some million times).
const offsetCache = new Map<string, Map<number, number>>();
const QUARTER_MS = 15 * 60_000;

/** Offset of the zone from UTC at an instant, in minutes (Asia/Shanghai: +480). */
export function offsetMinutes(instant: Date, tz: string): number {
  const bucket = Math.floor(instant.getTime() / QUARTER_MS);
  let zone = offsetCache.get(tz);
  if (!zone) {
    zone = new Map();
    offsetCache.set(tz, zone);
  }
  const hit = zone.get(bucket);
  if (hit !== undefined) return hit;
  // Measure at the bucket's start: every instant inside it has the same offset.
  const at = new Date(bucket * QUARTER_MS);
  const p = intlParts(at, tz);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  const off = Math.round((asUtc - at.getTime()) / 60_000);
  if (zone.size > 50_000) zone.clear();
  zone.set(bucket, off);
  return off;
}

/**
 * The instant at which the zone's clock shows the given local time. Days and
 * months may overflow (day 32 is the 1st of next month): Date.UTC normalises them.
 */
export function zonedToInstant(
  tz: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute);
  // Two passes settle the offset even across a DST change.
  let t = guess - offsetMinutes(new Date(guess), tz) * 60_000;
  t = guess - offsetMinutes(new Date(t), tz) * 60_000;
  return new Date(t);
}

/**
 * The instant a local date ends (the next day's midnight in `tz`): a due date is a whole
 * day in the bureau's zone, overdue from the day after it.
 */
export function endOfLocalDay(date: string, tz: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return zonedToInstant(tz, y, m, d + 1);
}

/** "HH:MM" -> minutes after midnight. */
export function hhmmToMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** The local calendar date of an instant as YYYY-MM-DD. */
export function localDate(instant: Date, tz: string): string {
  const p = localParts(instant, tz);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** e.g. 2026-11-29 15:40 in the zone, for print and export (UI formats with dayjs). */
export function formatLocal(instant: Date, tz: string, withSeconds = false): string {
  const p = localParts(instant, tz);
  const pad = (n: number) => String(n).padStart(2, '0');
  const base = `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`;
  return withSeconds ? `${base}:${pad(p.second)}` : base;
}
