/**
 * The county's working-day calendar: Monday to Friday are working days, except the
 * public holidays (法定节假日及调休放假), plus the adjusted working days (调休上班) that
 * fall on a weekend. Both lists are a setting (every year's State Council notice moves
 * them); dates are local YYYY-MM-DD keys, so no time zone is involved here.
 */
export interface WorkCalendar {
  /** Days off that would otherwise be working days (and the holiday weekends, harmlessly). */
  holidays: readonly string[];
  /** Weekend days worked instead (调休上班). */
  workdays: readonly string[];
}

const DAY_MS = 86_400_000;
const msOf = (d: string) => Date.parse(`${d}T00:00:00Z`);
const keyOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The date `n` calendar days after `d` (negative: before). */
export function addDays(d: string, n: number): string {
  return keyOf(msOf(d) + n * DAY_MS);
}

/** Calendar days from `a` to `b` (negative when b is before a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((msOf(b) - msOf(a)) / DAY_MS);
}

/** The same day `n` years later; 29 February falls back to 28 February in a common year. */
export function addYears(d: string, n: number): string {
  const y = Number(d.slice(0, 4)) + n;
  const md = d.slice(5);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return `${String(y).padStart(4, '0')}-${md === '02-29' && !leap ? '02-28' : md}`;
}

export function isWorkingDay(d: string, cal: WorkCalendar): boolean {
  if (cal.workdays.includes(d)) return true;
  if (cal.holidays.includes(d)) return false;
  const wd = new Date(msOf(d)).getUTCDay();
  return wd !== 0 && wd !== 6;
}

/** The `n`-th working day after `d` (d itself not counted): 备案 is due on it. */
export function addWorkingDays(d: string, n: number, cal: WorkCalendar): string {
  let day = d;
  let left = n;
  while (left > 0) {
    day = addDays(day, 1);
    if (isWorkingDay(day, cal)) left--;
  }
  return day;
}

/**
 * Working days from `from` to `to`: the working days after `from` up to and including
 * `to`, negative (the working days after `to` up to `from`) when `to` is earlier. 0 on
 * the day itself.
 */
export function workingDaysBetween(from: string, to: string, cal: WorkCalendar): number {
  if (from === to) return 0;
  const [a, b, sign] = from < to ? [from, to, 1] : [to, from, -1];
  let n = 0;
  for (let day = addDays(a, 1); day <= b; day = addDays(day, 1)) if (isWorkingDay(day, cal)) n++;
  return sign * n;
}
