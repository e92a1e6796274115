import { useEffect, useState } from 'react';

/** Intl wants BCP-47 tags; ours already are ('zh-CN', 'en-US'). */
const fmt = (locale: string, timeZone: string, opts: Intl.DateTimeFormatOptions) => {
  try {
    return new Intl.DateTimeFormat(locale, { timeZone, ...opts });
  } catch {
    // A bad zone name must not blank the header: fall back to the duty room's default.
    return new Intl.DateTimeFormat(locale, { timeZone: 'Asia/Shanghai', ...opts });
  }
};

export function formatDateWithWeekday(d: Date, locale: string, timeZone: string): string {
  return fmt(locale, timeZone, { year: 'numeric', month: 'long', day: 'numeric', weekday: 'long' }).format(d);
}

export function formatClock(d: Date, locale: string, timeZone: string, seconds = true): string {
  return fmt(locale, timeZone, {
    hour: '2-digit',
    minute: '2-digit',
    ...(seconds ? { second: '2-digit' } : {}),
    hourCycle: 'h23',
  }).format(d);
}

/** Date and time of a stored ISO instant, shown in the room's time zone. */
export function formatDateTime(iso: string | null | undefined, locale: string, timeZone: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return fmt(locale, timeZone, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(d);
}

/** Wall-clock hours and minutes of `d` in `timeZone`. */
function zonedMinutes(d: Date, timeZone: string): number {
  const parts = fmt('en-US', timeZone, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(d);
  const h = Number(parts.find((p) => p.type === 'hour')?.value ?? 0);
  const m = Number(parts.find((p) => p.type === 'minute')?.value ?? 0);
  return h * 60 + m;
}

/** Minutes from `now` until the next HH:MM in `timeZone` (0..1439). */
export function minutesUntil(hhmm: string, now: Date, timeZone: string): number | null {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!m) return null;
  const target = Number(m[1]) * 60 + Number(m[2]);
  return (target - zonedMinutes(now, timeZone) + 1440) % 1440;
}

/** The current time, ticking every `everyMs` (aligned to the second so the clock does not jitter). */
export function useNow(everyMs = 1000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      setNow(new Date());
      timer = setTimeout(tick, everyMs - (Date.now() % everyMs));
    };
    timer = setTimeout(tick, everyMs - (Date.now() % everyMs));
    return () => clearTimeout(timer);
  }, [everyMs]);
  return now;
}
