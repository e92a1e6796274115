import type { TKey } from '../i18n/keys';
/**
 * How long until (or since) a deadline, written as a duration and never as a clock
 * time: a countdown that reads "16:28:53" sits beside real times such as 续报 17:00 and
 * is taken for one. The rule, the same on every screen (desk, lists, incident page, wall):
 *
 * - a day or more:        2天3小时      / 2 d 3 h
 * - an hour or more:      16小时28分    / 16 h 28 min
 * - 10 minutes or more:   23分钟        / 23 min
 * - under 10 minutes:     9分05秒       / 9 min 05 s  (the last minutes are when seconds matter)
 * - under a minute:       45秒          / 45 s
 *
 * Units are cut, not rounded: "1小时33分" is shown until a full 1:34 is left, so the
 * countdown never claims more time than there is (and overdue never claims less).
 */

/** Below this, seconds are shown. */
export const SECONDS_BELOW_MS = 10 * 60_000;

export type DurationParts =
  | { unit: 'days'; d: number; h: number }
  | { unit: 'hours'; h: number; m: number }
  | { unit: 'minutes'; m: number }
  | { unit: 'minSec'; m: number; s: number }
  | { unit: 'seconds'; s: number };

/** The parts of |ms| that the rule above shows. */
export function durationParts(ms: number): DurationParts {
  const total = Math.floor(Math.abs(ms) / 1000);
  const d = Math.floor(total / 86_400);
  const h = Math.floor((total % 86_400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (d > 0) return { unit: 'days', d, h };
  if (h > 0) return { unit: 'hours', h, m };
  if (total * 1000 >= SECONDS_BELOW_MS) return { unit: 'minutes', m };
  if (m > 0) return { unit: 'minSec', m, s };
  return { unit: 'seconds', s };
}

/** The catalog's translate function, narrowed to what this module needs (i18next's `t` fits). */
export type Translate = (key: `duration.${string}` & TKey, values: Record<string, string | number>) => string;

/** |ms| as a duration in the user's language, through the catalogs' `duration.*` keys. */
export function formatDuration(ms: number, t: Translate): string {
  const p = durationParts(ms);
  switch (p.unit) {
    case 'days':
      return p.h > 0 ? t('duration.days', { d: p.d, h: p.h }) : t('duration.daysOnly', { d: p.d });
    case 'hours':
      return p.m > 0 ? t('duration.hours', { h: p.h, m: p.m }) : t('duration.hoursOnly', { h: p.h });
    case 'minutes':
      return t('duration.minutes', { m: p.m });
    case 'minSec':
      return t('duration.minSec', { m: p.m, s: String(p.s).padStart(2, '0') });
    case 'seconds':
      return t('duration.seconds', { s: p.s });
  }
}
