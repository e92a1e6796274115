import { z } from '../zod-setup';
import { CONSULTATION_KINDS, EXPERT_FIELDS } from '../domain/teams';
import { defineMethod } from './define';
import { dateKey, id, isoTime, name, oneLine, phone, text } from './shared';

const ExpertFields = {
  name: name(30),
  field: z.enum(EXPERT_FIELDS),
  /** 专业: 水文水资源, 岩土工程, 危化品安全… */
  speciality: oneLine(100),
  /** 职称: commonly 副高 or above (正高级工程师, 主任医师…). */
  title: oneLine(40),
  unit: name(80),
  mobile: phone,
  officePhone: phone,
  /** 聘期: commonly three years. */
  termStart: dateKey.nullable(),
  termEnd: dateKey.nullable(),
  /** Can be called on now (not abroad, not ill…); the note says why not or until when. */
  available: z.boolean(),
  availabilityNote: oneLine(200),
  /** 回避: units or matters the expert must not judge (their own employer, a relative's firm). */
  recusalNotes: text(500),
  notes: text(500),
};
export const ExpertInput = z.strictObject(ExpertFields);
export type ExpertInput = z.infer<typeof ExpertInput>;

export const ExpertView = z.strictObject({
  id: z.string(),
  name: z.string(),
  field: z.enum(EXPERT_FIELDS),
  speciality: z.string(),
  title: z.string(),
  unit: z.string(),
  mobile: z.string(),
  officePhone: z.string(),
  termStart: z.string().nullable(),
  termEnd: z.string().nullable(),
  available: z.boolean(),
  availabilityNote: z.string(),
  recusalNotes: z.string(),
  notes: z.string(),
  archived: z.boolean(),
  /** How many consultations the expert took part in. */
  consultations: z.number().int(),
  updatedAt: z.string(),
});
export type ExpertView = z.infer<typeof ExpertView>;

export const ParticipantInput = z.strictObject({
  /** From the panel, or null for someone from outside it (a department's engineer). */
  expertId: id.nullable(),
  name: name(30),
  unit: oneLine(80),
  title: oneLine(40),
  /** 意见: what this expert said. */
  opinion: text(2000),
});
export type ParticipantInput = z.infer<typeof ParticipantInput>;

export const ConsultationInput = z.strictObject({
  kind: z.enum(CONSULTATION_KINDS),
  subject: name(100),
  heldAt: isoTime,
  place: oneLine(100),
  /** 主持人. */
  host: oneLine(30),
  incidentId: id.nullable(),
  planId: id.nullable(),
  drillId: id.nullable(),
  participants: z.array(ParticipantInput).min(1).max(50),
  /** 会商结论. */
  conclusions: name(4000),
  /** 后续措施: the instruction or action that followed. */
  followUp: text(2000),
  /** The incident's timeline entries that carried it out (a 批示, a 跟踪…). */
  followEntryIds: z.array(id).max(20),
});
export type ConsultationInput = z.infer<typeof ConsultationInput>;

export const ConsultationView = z.strictObject({
  id: z.string(),
  kind: z.enum(CONSULTATION_KINDS),
  subject: z.string(),
  heldAt: z.string(),
  place: z.string(),
  host: z.string(),
  incident: z.strictObject({ id: z.string(), number: z.string(), title: z.string() }).nullable(),
  plan: z.strictObject({ id: z.string(), name: z.string() }).nullable(),
  /** A drill by its number only: an unannounced drill's title and scenario stay sealed. */
  drill: z.strictObject({ id: z.string(), number: z.string() }).nullable(),
  participants: z.array(ParticipantInput),
  conclusions: z.string(),
  followUp: z.string(),
  /** The linked entries: kind, when, and the host's one-line summary. */
  followEntries: z.array(
    z.strictObject({ id: z.string(), kind: z.string(), occurredAt: z.string(), summary: z.string() }),
  ),
  recordedBy: z.string(),
  recordedAt: z.string(),
});
export type ConsultationView = z.infer<typeof ConsultationView>;

const consultationExample: ConsultationInput = {
  kind: 'consultation',
  subject: '青石镇石坝村滑坡险情会商',
  heldAt: '2026-06-01T03:00:00.000Z',
  place: '县应急指挥中心',
  host: '张立军',
  incidentId: null,
  planId: null,
  drillId: null,
  participants: [
    {
      expertId: null,
      name: '王志远',
      unit: '县自然资源局',
      title: '高级工程师',
      opinion: '后缘裂缝仍在扩展，建议扩大撤离范围',
    },
  ],
  conclusions: '扩大撤离范围至三组全部住户，设立监测点',
  followUp: '镇政府组织转移，自然资源局派员 24 小时监测',
  followEntryIds: [],
};

export const expertMethods = {
  'experts.list': defineMethod({
    name: 'experts.list',
    input: z.strictObject({
      field: z.enum(EXPERT_FIELDS).optional(),
      /** Words in the name, speciality, title, unit or a phone. */
      q: oneLine(60).optional(),
      includeArchived: z.boolean().optional(),
    }),
    output: z.array(ExpertView),
    access: 'read',
    example: { field: 'natural', q: '水利', includeArchived: false },
  }),
  'experts.upsert': defineMethod({
    name: 'experts.upsert',
    input: z.strictObject({ id: id.optional(), ...ExpertFields }),
    output: ExpertView,
    access: 'write',
    emits: ['experts.changed'],
    example: {
      name: '王志远',
      field: 'natural',
      speciality: '岩土工程、地质灾害防治',
      title: '正高级工程师',
      unit: '市地质环境监测站',
      mobile: '13900002222',
      officePhone: '0812-3331234',
      termStart: '2025-01-01',
      termEnd: '2027-12-31',
      available: true,
      availabilityNote: '',
      recusalNotes: '',
      notes: '',
    },
  }),
  'experts.archive': defineMethod({
    name: 'experts.archive',
    input: z.strictObject({ id, archived: z.boolean() }),
    output: ExpertView,
    access: 'write',
    emits: ['experts.changed'],
    example: { id: 'exp_0123456789abcdef', archived: true },
  }),
  'consultations.list': defineMethod({
    name: 'consultations.list',
    input: z.strictObject({ incidentId: id.optional(), limit: z.number().int().min(1).max(500).optional() }),
    output: z.array(ConsultationView),
    access: 'read',
    example: { incidentId: 'inc_0123456789abcdef', limit: 50 },
  }),
  'consultations.get': defineMethod({
    name: 'consultations.get',
    input: z.strictObject({ id }),
    output: ConsultationView,
    access: 'read',
    example: { id: 'cns_0123456789abcdef' },
  }),
  'consultations.record': defineMethod({
    name: 'consultations.record',
    // Recorded once, as held: a record of what was said and decided is not edited afterwards.
    input: ConsultationInput,
    output: ConsultationView,
    access: 'write',
    emits: ['consultations.changed'],
    example: consultationExample,
  }),
} as const;
