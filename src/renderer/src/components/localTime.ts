import { formatLocal, localParts, zonedToInstant } from '../../../common/time/zone';

/**
 * Times as the duty room types and reads them: wall-clock minutes in the room's zone
 * ("2026-11-29 10:05"), whatever zone the PC is set to. Stored as UTC ISO strings.
 */
export function toLocalText(iso: string | null | undefined, tz: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : formatLocal(d, tz);
}

/** "11-29 10:05" within the current year of the zone, the full form otherwise. */
export function toShortText(iso: string | null | undefined, tz: string, now = new Date()): string {
  const full = toLocalText(iso, tz);
  if (!full) return '';
  return full.slice(0, 4) === String(localParts(now, tz).year) ? full.slice(5) : full;
}

const FULL =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*[T ]?\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})\s*分?(?:[:：](\d{1,2}))?$/;
const MONTH_DAY = /^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s+(\d{1,2})\s*[:：时]\s*(\d{1,2})\s*分?$/;
const TIME = /^(\d{1,2})\s*[:：时]\s*(\d{1,2})\s*分?$/;
const COMPACT = /^(\d{2})(\d{2})$/;

/**
 * Parses what was typed into an instant (ISO, UTC). Accepts the full form, "MM-DD HH:mm"
 * (this year) and "HH:mm" / "HHmm" (today), all in the room's zone. Null if unreadable.
 */
export function parseLocalText(text: string, tz: string, now = new Date()): string | null {
  const s = text.trim();
  if (!s) return null;
  const today = localParts(now, tz);
  let y = today.year;
  let mo = today.month;
  let d = today.day;
  let h: number;
  let mi: number;
  let m: RegExpExecArray | null;
  if ((m = FULL.exec(s))) {
    [y, mo, d, h, mi] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5])];
  } else if ((m = MONTH_DAY.exec(s))) {
    [mo, d, h, mi] = [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])];
  } else if ((m = TIME.exec(s) ?? COMPACT.exec(s))) {
    [h, mi] = [Number(m[1]), Number(m[2])];
  } else {
    return null;
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || y < 2000 || y > 2100) return null;
  const instant = zonedToInstant(tz, y, mo, d, h, mi);
  // 02-30 would roll over into March: refuse dates that do not exist.
  const back = localParts(instant, tz);
  if (back.day !== d || back.month !== mo) return null;
  return instant.toISOString();
}

/**
 * The instant a time field means. Left as its default text, it keeps the default's
 * exact instant (seconds included), so "now" stays precise; typed, it is read.
 */
export function resolveLocalText(text: string, tz: string, defaultIso?: string | null): string | null {
  if (defaultIso && text.trim() === toLocalText(defaultIso, tz)) return defaultIso;
  return parseLocalText(text, tz);
}
