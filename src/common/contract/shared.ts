import { z } from '../zod-setup';

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

export const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'errors.field.id');
export const isoTime = z.iso.datetime({ offset: true });
export const phone = z
  .string()
  .max(40)
  .regex(/^[0-9+\-() ]*$/, 'errors.field.phone');
export const pin = z.string().regex(/^[0-9]{4,8}$/, 'errors.field.pin');
export const empty = z.strictObject({});
export const okOut = z.strictObject({ ok: z.literal(true) });
