import { z } from '../zod-setup';
import { defineMethod } from './define';
import { dateKey, id, isoTime, monthKey, name, phone, shiftKey, text } from './shared';
import { hhmm } from './settings';
import { ROLES } from '../domain/roles';
import { SHIFT_KINDS } from '../shifts';

// Messages are i18n keys; see src/common/i18n/roster-messages.ts.
// Dates, months and shift keys are the shared calendar's (refused outside its range).
export const monthStr = monthKey;
export const dateStr = dateKey;
export { shiftKey };

export const POSITIONS = ['leader', 'chief', 'officer'] as const;
export type Position = (typeof POSITIONS)[number];
/** Roles a contact (someone on the roster who does not sign in) can take. */
export const CONTACT_ROLES = ['leader', 'shift_chief', 'duty_officer'] as const;

export const ShiftView = z.strictObject({
  key: z.string(),
  date: z.string(),
  slot: z.enum(['full', 'day', 'night']),
  start: z.string(),
  end: z.string(),
});
export type ShiftView = z.infer<typeof ShiftView>;

export const PatternVersionView = z.strictObject({
  version: z.number().int(),
  effectiveDate: z.string(),
  kind: z.enum(SHIFT_KINDS),
  changeTime: z.string(),
  nightTime: z.string().nullable(),
  createdAt: z.string().nullable(),
  authorName: z.string().nullable(),
});
export type PatternVersionView = z.infer<typeof PatternVersionView>;

/** Someone who can be on the roster: an operator (signs in) or a contact (a leader's phone, say). */
export const Person = z.strictObject({
  id: z.string(),
  name: z.string(),
  phone: z.string(),
  kind: z.enum(['operator', 'contact']),
  role: z.enum(ROLES),
  /** Unit and post of a contact ('' for operators). */
  title: z.string(),
  active: z.boolean(),
});
export type Person = z.infer<typeof Person>;

export const Contact = z.strictObject({
  id: z.string(),
  name: z.string(),
  phone: z.string(),
  unit: z.string(),
  post: z.string(),
  role: z.enum(CONTACT_ROLES),
  active: z.boolean(),
  createdAt: z.string(),
});
export type Contact = z.infer<typeof Contact>;

export const RosterChange = z.strictObject({
  seq: z.number().int(),
  at: z.string(),
  shiftKey: z.string(),
  kind: z.enum(['set', 'fill', 'copy', 'swap', 'replace', 'import']),
  /** Names before and after, per position. */
  before: z.strictObject({ leader: z.string(), chief: z.string(), officers: z.array(z.string()) }),
  after: z.strictObject({ leader: z.string(), chief: z.string(), officers: z.array(z.string()) }),
  reason: z.string(),
  authorName: z.string(),
});
export type RosterChange = z.infer<typeof RosterChange>;

export const RosterShift = ShiftView.extend({
  leader: Person.nullable(),
  chief: Person.nullable(),
  officers: z.array(Person),
  /** Replacements and swaps recorded on this shift (reason shown beside the names). */
  replacements: z.number().int(),
});
export type RosterShift = z.infer<typeof RosterShift>;

const ids = z.array(id).max(40);
const fileOut = z.strictObject({
  fileName: z.string(),
  mime: z.string(),
  base64: z.string(),
  rows: z.number().int(),
});

export const rosterMethods = {
  'shifts.get': defineMethod({
    name: 'shifts.get',
    input: z.strictObject({ at: isoTime.optional() }),
    output: z.strictObject({
      timeZone: z.string(),
      versions: z.array(PatternVersionView),
      /** The pattern in force for the shift containing `at` (default now). */
      current: PatternVersionView,
      shift: ShiftView,
      previous: ShiftView,
      next: ShiftView,
    }),
    access: 'read',
    example: { at: '2026-11-29T00:29:00.000Z' },
  }),
  'shifts.setPattern': defineMethod({
    name: 'shifts.setPattern',
    // A new version from a duty date on: shifts already worked keep their pattern.
    input: z.strictObject({
      effectiveDate: dateStr,
      kind: z.enum(SHIFT_KINDS),
      changeTime: hhmm,
      nightTime: hhmm.nullable(),
    }),
    output: z.strictObject({ versions: z.array(PatternVersionView) }),
    access: 'admin',
    emits: ['shifts.changed', 'roster.changed', 'settings.changed'],
    example: { effectiveDate: '2026-12-01', kind: 'dayNight', changeTime: '08:30', nightTime: '20:30' },
  }),
  'roster.get': defineMethod({
    name: 'roster.get',
    input: z.strictObject({ month: monthStr }),
    output: z.strictObject({
      month: z.string(),
      shifts: z.array(RosterShift),
      people: z.array(Person),
      changes: z.array(RosterChange),
    }),
    access: 'read',
    example: { month: '2026-11' },
  }),
  'roster.set': defineMethod({
    name: 'roster.set',
    input: z.strictObject({
      key: shiftKey,
      leaderId: id.nullable(),
      chiefId: id.nullable(),
      officerIds: z.array(id).max(8),
      /** Why, when someone already on the shift is replaced (recorded with the change). */
      reason: text(200).optional(),
    }),
    output: RosterShift,
    access: 'write',
    emits: ['roster.changed'],
    example: {
      key: '2026-11-29',
      leaderId: 'op_0123456789abcdef',
      chiefId: 'op_1123456789abcdef',
      officerIds: ['op_2123456789abcdef', 'ct_0123456789abcdef'],
      reason: '原值班员病假',
    },
  }),
  'roster.fill': defineMethod({
    name: 'roster.fill',
    // Fill by pattern: each list rotates one step per shift, from the first shift of the range.
    input: z.strictObject({
      month: monthStr,
      fromDate: dateStr.optional(),
      toDate: dateStr.optional(),
      leaders: ids,
      chiefs: ids,
      officers: ids,
      officersPerShift: z.number().int().min(0).max(8),
      overwrite: z.boolean(),
    }),
    output: z.strictObject({ filled: z.number().int(), skipped: z.number().int() }),
    access: 'write',
    emits: ['roster.changed'],
    example: {
      month: '2026-12',
      fromDate: '2026-12-01',
      toDate: '2026-12-31',
      leaders: ['op_0123456789abcdef'],
      chiefs: ['op_1123456789abcdef'],
      officers: ['op_2123456789abcdef', 'op_3123456789abcdef'],
      officersPerShift: 1,
      overwrite: false,
    },
  }),
  'roster.copyMonth': defineMethod({
    name: 'roster.copyMonth',
    input: z.strictObject({ month: monthStr, fromMonth: monthStr, overwrite: z.boolean() }),
    output: z.strictObject({ filled: z.number().int(), skipped: z.number().int() }),
    access: 'write',
    emits: ['roster.changed'],
    example: { month: '2026-12', fromMonth: '2026-11', overwrite: false },
  }),
  'roster.swap': defineMethod({
    name: 'roster.swap',
    // 换班: two people trade shifts, each taking the other's place.
    input: z.strictObject({
      a: z.strictObject({ key: shiftKey, personId: id }),
      b: z.strictObject({ key: shiftKey, personId: id }),
      reason: name(200),
    }),
    output: z.strictObject({ a: RosterShift, b: RosterShift }),
    access: 'write',
    emits: ['roster.changed'],
    example: {
      a: { key: '2026-11-29', personId: 'op_0123456789abcdef' },
      b: { key: '2026-11-30', personId: 'op_1123456789abcdef' },
      reason: '个人事务调换',
    },
  }),
  'roster.replace': defineMethod({
    name: 'roster.replace',
    // 替班: someone takes one person's place on one shift, with the reason.
    input: z.strictObject({ key: shiftKey, personId: id, withId: id, reason: name(200) }),
    output: RosterShift,
    access: 'write',
    emits: ['roster.changed'],
    example: {
      key: '2026-11-29',
      personId: 'op_0123456789abcdef',
      withId: 'op_1123456789abcdef',
      reason: '病假',
    },
  }),
  'roster.onDuty': defineMethod({
    name: 'roster.onDuty',
    // Who is on duty now and next: one call for the desk and the wall.
    input: z.strictObject({ at: isoTime.optional() }),
    output: z.strictObject({ now: RosterShift, next: RosterShift }),
    access: 'read',
    example: { at: '2026-11-29T02:00:00.000Z' },
  }),
  'roster.export': defineMethod({
    name: 'roster.export',
    input: z.strictObject({ month: monthStr }),
    output: fileOut,
    access: 'read',
    example: { month: '2026-11' },
  }),
  'roster.contacts': defineMethod({
    name: 'roster.contacts',
    input: z.strictObject({ includeInactive: z.boolean().optional() }),
    output: z.array(Contact),
    access: 'read',
    example: { includeInactive: true },
  }),
  'roster.saveContact': defineMethod({
    name: 'roster.saveContact',
    input: z.strictObject({
      id: id.optional(),
      name: name(30),
      phone,
      unit: text(60),
      post: text(40),
      role: z.enum(CONTACT_ROLES),
      active: z.boolean(),
    }),
    output: Contact,
    access: 'write',
    emits: ['roster.changed'],
    example: {
      name: '钱副县长',
      phone: '13900001111',
      unit: '县人民政府',
      post: '副县长',
      role: 'leader',
      active: true,
    },
  }),
} as const;
