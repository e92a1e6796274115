import { z } from '../zod-setup';
import { CONTACT_CATEGORIES } from '../domain/contacts';
import { defineMethod } from './define';
import { dateKey, id, name, oneLine, phone, text, townCode } from './shared';

const ContactFields = {
  category: z.enum(CONTACT_CATEGORIES),
  /** The unit (市应急管理局, 青石镇人民政府, 县水利局…). */
  unit: name(80),
  /** The person, when the line is a person's; empty for a unit's duty line. */
  person: oneLine(40),
  post: oneLine(40),
  /** 24 小时值班电话: what the room dials first. */
  dutyPhone: phone,
  mobile: phone,
  officePhone: phone,
  townCode,
  /** On the 叫应 list: phoned at once for a high-level warning. */
  callList: z.boolean(),
  notes: text(500),
  /** When the entry was last confirmed (核对); a year later it is due again. */
  reviewedOn: dateKey.nullable(),
};
export const ContactInput = z.strictObject(ContactFields);
export type ContactInput = z.infer<typeof ContactInput>;

export const ContactView = z.strictObject({
  id: z.string(),
  category: z.enum(CONTACT_CATEGORIES),
  unit: z.string(),
  person: z.string(),
  post: z.string(),
  dutyPhone: z.string(),
  mobile: z.string(),
  officePhone: z.string(),
  townCode: z.string().nullable(),
  townName: z.string().nullable(),
  callList: z.boolean(),
  notes: z.string(),
  reviewedOn: z.string().nullable(),
  archived: z.boolean(),
  updatedAt: z.string(),
});
export type ContactView = z.infer<typeof ContactView>;

const contactExample: ContactInput = {
  category: 'superior',
  unit: '市应急管理局',
  person: '',
  post: '总值班室',
  dutyPhone: '0812-3330110',
  mobile: '',
  officePhone: '',
  townCode: null,
  callList: false,
  notes: '',
  reviewedOn: '2026-04-15',
};

export const contactMethods = {
  'contacts.list': defineMethod({
    name: 'contacts.list',
    input: z.strictObject({
      category: z.enum(CONTACT_CATEGORIES).optional(),
      /** Words in the unit, person, post or a phone. */
      q: oneLine(60).optional(),
      includeArchived: z.boolean().optional(),
    }),
    output: z.array(ContactView),
    access: 'read',
    example: { category: 'town', q: '青石', includeArchived: false },
  }),
  'contacts.upsert': defineMethod({
    name: 'contacts.upsert',
    input: z.strictObject({ id: id.optional(), ...ContactFields }),
    output: ContactView,
    access: 'write',
    emits: ['contacts.changed'],
    example: contactExample,
  }),
  'contacts.archive': defineMethod({
    name: 'contacts.archive',
    input: z.strictObject({ id, archived: z.boolean() }),
    output: ContactView,
    access: 'write',
    emits: ['contacts.changed'],
    example: { id: 'con_0123456789abcdef', archived: true },
  }),
  'contacts.review': defineMethod({
    name: 'contacts.review',
    // 核对: the listed entries were confirmed today (phoned, or checked against the unit's notice).
    input: z.strictObject({ ids: z.array(id).min(1).max(2000) }),
    output: z.strictObject({ reviewed: z.number().int() }),
    access: 'write',
    emits: ['contacts.changed'],
    example: { ids: ['con_0123456789abcdef'] },
  }),
  'contacts.export': defineMethod({
    name: 'contacts.export',
    input: z.strictObject({ includeArchived: z.boolean().optional() }),
    output: z.strictObject({
      fileName: z.string(),
      mime: z.string(),
      base64: z.string(),
      rows: z.number().int(),
    }),
    access: 'read',
    example: { includeArchived: false },
  }),
} as const;
