import type { TFunction } from 'i18next';
import type { ShiftView } from '../../../../common/contract/roster';
import { toLocalText } from '../../components/localTime';

/** "2026-11-29" or "2026-11-29 白班". */
export function shiftName(t: TFunction, s: Pick<ShiftView, 'date' | 'slot'>): string {
  return s.slot === 'full' ? s.date : `${s.date} ${t(`shiftSlot.${s.slot}`)}`;
}

/** "2026-11-29 08:30 至 2026-11-30 08:30". */
export function periodText(t: TFunction, s: Pick<ShiftView, 'start' | 'end'>, tz: string): string {
  return t('roster.period', { start: toLocalText(s.start, tz), end: toLocalText(s.end, tz) });
}

/** Names joined the way the UI's language lists them. */
export function namesText(t: TFunction, names: (string | null | undefined)[]): string {
  return names.filter((n): n is string => Boolean(n)).join(t('roster.listSeparator'));
}

const WEEKDAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

export function weekdayOf(t: TFunction, date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return t(`roster.weekday.${WEEKDAY_KEYS[new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay()]!}`);
}

export function isWeekend(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number);
  const w = new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay();
  return w === 0 || w === 6;
}

/** Long texts are cut on the printed sheet (the full text stays in the log). */
export function clip(text: string, max = 600): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
