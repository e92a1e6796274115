import { z } from '../zod-setup';
import { parseShiftKey, SHIFT_KEY_RE } from '../shifts';

// Messages are i18n keys (errors.field.*): core and renderer each render them in their locale.

/** Plain text fields: no control characters except tab/newline, bounded length. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

export const text = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !CONTROL.test(s), { message: 'errors.field.control_chars' });

/** A required one-line name: trimmed, non-empty. */
export const name = (max = 60) =>
  text(max)
    .refine((s) => !/[\r\n\t]/.test(s), { message: 'errors.field.newline' })
    .refine((s) => s.trim().length > 0, { message: 'errors.field.blank' });

/** A one-line text that may be empty: no line breaks or tabs, bounded length. */
export const oneLine = (max: number) =>
  text(max).refine((s) => !/[\r\n\t]/.test(s), { message: 'errors.field.newline' });

/** A town (乡镇/街道) by its 6–12 digit division code, or none. */
export const townCode = z
  .string()
  .regex(/^[0-9]{6,12}$/, 'errors.field.town_code')
  .nullable();

export const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'errors.field.id');

/**
 * The app's calendar: every date, month and instant a user can send lies in it. Years
 * outside it are typing slips (0026 for 2026), and near the ends of what JavaScript can
 * represent the zone and shift arithmetic overflows (the shift after 9999-12-31 has no
 * date), so they are refused at the contract, the same way for every method.
 */
export const CALENDAR = { first: '1900-01-01', last: '2199-12-31' } as const;
const rangeIssue = { message: 'errors.field.calendar_range', params: { ...CALENDAR } };

const FIRST_MS = Date.parse(`${CALENDAR.first}T00:00:00.000Z`);
const END_MS = Date.parse(`${CALENDAR.last}T00:00:00.000Z`) + 86_400_000;

/**
 * Whether a YYYY-MM-DD or YYYY-MM (or a key that starts with one, such as a shift key)
 * lies in the calendar. Whole years bound it, so comparing the year is enough.
 */
export const inCalendar = (s: string): boolean => {
  const year = s.slice(0, 4);
  return year >= CALENDAR.first.slice(0, 4) && year <= CALENDAR.last.slice(0, 4);
};

/**
 * An instant with its offset, inside the calendar's UTC days (no zone is known here).
 * What does not parse is left to the format check, so it is reported once.
 *
 * What passes is handed on as UTC (`…Z`): instants are stored as UTC and compared as
 * text in SQL and code, and "09:50+08:00" sorts after "02:00Z" though it is earlier.
 */
export const isoTime = z.iso
  .datetime({ offset: true })
  .refine((s) => {
    const t = Date.parse(s);
    return Number.isNaN(t) || (t >= FIRST_MS && t < END_MS);
  }, rangeIssue)
  .transform((s) => new Date(s).toISOString());

const MONTH_RE = /^[0-9]{4}-(0[1-9]|1[0-2])$/;
/** A month key YYYY-MM inside the calendar. */
export const monthKey = z
  .string()
  .regex(MONTH_RE, 'errors.field.month')
  .refine((m) => !MONTH_RE.test(m) || inCalendar(m), rangeIssue);

const DATE_RE = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
/** A calendar date YYYY-MM-DD that exists (no 02-30) inside the calendar. */
export const dateKey = z
  .string()
  .regex(DATE_RE, 'errors.field.date')
  .refine((d) => !DATE_RE.test(d) || inCalendar(d), rangeIssue)
  // 2026-02-30 and the like; only asked inside the calendar, so one message per problem.
  .refine((d) => !DATE_RE.test(d) || !inCalendar(d) || parseShiftKey(d) !== null, {
    message: 'errors.field.date',
  });

/** A shift key (a date, or a date and a slot) inside the calendar. */
export const shiftKey = z
  .string()
  .max(20)
  .refine((k) => parseShiftKey(k) !== null || (SHIFT_KEY_RE.test(k) && !inCalendar(k)), {
    message: 'errors.field.shift_key',
  })
  .refine((k) => !SHIFT_KEY_RE.test(k) || inCalendar(k), rangeIssue);

export const phone = z
  .string()
  .max(40)
  .regex(/^[0-9+\-() ]*$/, 'errors.field.phone');
export const pin = z.string().regex(/^[0-9]{4,8}$/, 'errors.field.pin');
export const empty = z.strictObject({});
export const okOut = z.strictObject({ ok: z.literal(true) });
