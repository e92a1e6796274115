import { z } from '../zod-setup';
import { defineMethod } from './define';
import { isoTime, name, text } from './shared';

/**
 * 到期提醒: every area declares what falls due in its records (src/core/reminders), and
 * one list gathers them. A source is one kind of due item; its text is the catalog key
 * `reminders.source.<source>` with the item's params.
 */
export const REMINDER_SOURCES = [
  'stock.belowMinimum',
  'equipment.checkDue',
  'equipment.faultDue',
  'contacts.reviewDue',
  'rectifications.due',
  'plans.filingDue',
  'plans.evaluationDue',
  'supplies.lotExpiring',
  'warnings.callListReview',
  'teams.certificateDue',
  'experts.termDue',
  'supplyOrders.writtenDue',
  'supplyAgreements.contractEnd',
] as const;
export type ReminderSource = (typeof REMINDER_SOURCES)[number];

/** overdue: past its date, or a condition that holds now (stock below its minimum); due: within its lead time. */
export const REMINDER_STATES = ['overdue', 'due'] as const;

const ref = name(200);

export const Reminder = z.strictObject({
  source: z.enum(REMINDER_SOURCES),
  /** The record it is about (a depot's item, a piece of equipment), stable across reads. */
  ref,
  /** Which round of that record: a new one (a lower quantity, a new due date) is reminded again. */
  cycle: ref,
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  dueAt: isoTime.nullable(),
  state: z.enum(REMINDER_STATES),
  /** Where the record is: a route of the app, its parts and query (hrefOf). */
  link: z.strictObject({
    route: z.string(),
    parts: z.array(z.string()),
    query: z.record(z.string(), z.string()),
  }),
  acknowledged: z.strictObject({ by: z.string(), at: isoTime, note: z.string() }).nullable(),
});
export type Reminder = z.infer<typeof Reminder>;

export const ReminderList = z.strictObject({
  items: z.array(Reminder),
  /** Not yet acknowledged: the count in the header. */
  open: z.number().int().min(0),
  overdue: z.number().int().min(0),
});
export type ReminderList = z.infer<typeof ReminderList>;

export const reminderMethods = {
  'reminders.list': defineMethod({
    name: 'reminders.list',
    input: z.strictObject({}),
    output: ReminderList,
    access: 'read',
  }),
  'reminders.acknowledge': defineMethod({
    name: 'reminders.acknowledge',
    input: z.strictObject({
      source: z.enum(REMINDER_SOURCES),
      ref,
      cycle: ref,
      note: text(200),
    }),
    output: ReminderList,
    access: 'write',
    emits: ['reminders.changed'],
    example: { source: 'stock.belowMinimum', ref: 'dep_1/编织袋', cycle: '40', note: '已报采购' },
  }),
} as const;
