import { z } from '../zod-setup';
import { defineMethod } from './define';
import { dateKey, id, name, oneLine, text } from './shared';
import { importFileName } from './imports';
import { PLAN_DOMAINS, PLAN_KINDS, PLAN_LEVELS, PLAN_STATUSES, RESPONSE_LEVELS } from '../domain/plans';

// Messages are i18n keys; see src/common/i18n/plans-messages.ts.

const kind = z.enum(PLAN_KINDS);
const domain = z.enum(PLAN_DOMAINS);
const level = z.enum(PLAN_LEVELS);
const status = z.enum(PLAN_STATUSES);

const PlanFields = {
  name: name(100),
  kind,
  domain,
  /** The hazard the plan is for (防汛抗旱, 森林防灭火...), free text; blank for 总体 plans. */
  hazard: oneLine(40),
  /** 编制单位 / 牵头单位: the unit that owns the plan. */
  ownerUnit: name(60),
  level,
  /** The last drill of the plan, when it was recorded outside the app. */
  lastDrilledOn: dateKey.nullable(),
  notes: text(500),
};
export const PlanInput = z.strictObject(PlanFields);
export type PlanInput = z.infer<typeof PlanInput>;

/** One response level of a plan (Ⅰ–Ⅳ级响应): when it starts and its key measures. */
export const ResponseLevelDef = z.strictObject({
  level: z.enum(RESPONSE_LEVELS),
  condition: text(300),
  measures: text(1000),
});
export type ResponseLevelDef = z.infer<typeof ResponseLevelDef>;

/** A working-day count left until a due date, or how far past it (negative). */
const Clock = z.strictObject({
  due: z.string(),
  /** Working days (备案) or calendar days (评估, 演练) from today to the due date; negative when overdue. */
  daysLeft: z.number().int(),
  overdue: z.boolean(),
});
export type Clock = z.infer<typeof Clock>;

export const PlanFileView = z.strictObject({
  fileName: z.string(),
  mime: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.string(),
  uploadedBy: z.string(),
});
export type PlanFileView = z.infer<typeof PlanFileView>;

export const PlanVersionView = z.strictObject({
  id: z.string(),
  planId: z.string(),
  label: z.string(),
  status,
  docNo: z.string(),
  issuer: z.string(),
  issuedOn: z.string().nullable(),
  filedOn: z.string().nullable(),
  evaluatedOn: z.string().nullable(),
  repealedOn: z.string().nullable(),
  levels: z.array(ResponseLevelDef),
  notes: z.string(),
  file: PlanFileView.nullable(),
  /** 备案 due 20 working days after 印发 (settings); null once filed or before 印发. */
  filing: Clock.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PlanVersionView = z.infer<typeof PlanVersionView>;

export const PlanView = z.strictObject({
  id: z.string(),
  name: z.string(),
  kind,
  domain,
  hazard: z.string(),
  ownerUnit: z.string(),
  level,
  lastDrilledOn: z.string().nullable(),
  notes: z.string(),
  archived: z.boolean(),
  /** The version in force (the latest issued, not repealed), else the latest one; null with none. */
  current: PlanVersionView.nullable(),
  versionCount: z.number().int(),
  /** Next evaluation (评估) due: from the last evaluation or 印发, every N years (settings). */
  evaluation: Clock.nullable(),
  /** Drilled-within (专项/部门 plans): due N years after the last drill or 印发 (settings). */
  drill: Clock.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PlanView = z.infer<typeof PlanView>;

export const StatusChange = z.strictObject({
  from: status.nullable(),
  to: status,
  on: z.string(),
  by: z.string(),
  at: z.string(),
});

export const PlanDetail = z.strictObject({
  plan: PlanView,
  /** Newest first. */
  versions: z.array(PlanVersionView),
  /** Every status change of every version, oldest first. */
  history: z.array(StatusChange.extend({ versionId: z.string() })),
});
export type PlanDetail = z.infer<typeof PlanDetail>;

/** The plans clocks' settings (设置 → 应急预案). */
export const PlanSettings = z.strictObject({
  /** 法定节假日及调休放假 (YYYY-MM-DD). */
  holidays: z.array(dateKey).max(400),
  /** 调休上班: weekend days worked. */
  workdays: z.array(dateKey).max(200),
  /** 备案 within this many working days of 印发 (国办发〔2024〕5号: 20). */
  filingWorkingDays: z.number().int().min(1).max(120),
  /** Evaluate a plan every this many years (评估周期). */
  evaluationYears: z.number().int().min(1).max(10),
  /** 专项/部门 plans drilled at least once in this many years. */
  drillYears: z.number().int().min(1).max(10),
});
export type PlanSettings = z.infer<typeof PlanSettings>;

const VersionFields = {
  /** 2024年版, 2026年修订版...: unique within the plan. */
  label: name(40),
  docNo: oneLine(60),
  issuer: oneLine(60),
  issuedOn: dateKey.nullable(),
  filedOn: dateKey.nullable(),
  evaluatedOn: dateKey.nullable(),
  levels: z
    .array(ResponseLevelDef)
    .max(4)
    .refine((v) => new Set(v.map((l) => l.level)).size === v.length, {
      message: 'errors.field.duplicate_level',
    }),
  notes: text(500),
};
export const VersionInput = z.strictObject(VersionFields);
export type VersionInput = z.infer<typeof VersionInput>;

/** Parts of a document on their way (each under the HTTP body limit): ~750 KB of file each. */
export const PLAN_FILE_PART_CHARS = 1_000_000;

const planExample: PlanInput = {
  name: '示范县防汛抗旱应急预案',
  kind: 'special',
  domain: 'natural',
  hazard: '防汛抗旱',
  ownerUnit: '县应急管理局',
  level: 'county',
  lastDrilledOn: '2025-06-12',
  notes: '',
};

export const planMethods = {
  'plans.list': defineMethod({
    name: 'plans.list',
    input: z.strictObject({
      kind: kind.optional(),
      domain: domain.optional(),
      /** Words in the name, hazard, owner unit or 文号. */
      q: oneLine(60).optional(),
      includeArchived: z.boolean().optional(),
    }),
    output: z.array(PlanView),
    access: 'read',
    example: { kind: 'special', domain: 'natural', q: '防汛', includeArchived: false },
  }),
  'plans.get': defineMethod({
    name: 'plans.get',
    input: z.strictObject({ id }),
    output: PlanDetail,
    access: 'read',
    example: { id: 'pln_0123456789abcdef' },
  }),
  'plans.upsert': defineMethod({
    name: 'plans.upsert',
    input: z.strictObject({ id: id.optional(), ...PlanFields }),
    output: PlanView,
    access: 'write',
    emits: ['plans.changed'],
    example: planExample,
  }),
  'plans.archive': defineMethod({
    name: 'plans.archive',
    input: z.strictObject({ id, archived: z.boolean() }),
    output: PlanView,
    access: 'write',
    emits: ['plans.changed'],
    example: { id: 'pln_0123456789abcdef', archived: true },
  }),
  'plans.saveVersion': defineMethod({
    name: 'plans.saveVersion',
    // A new version starts 编制 (status moves by plans.setStatus); an edit keeps its status.
    input: z.strictObject({ planId: id, id: id.optional(), ...VersionFields }),
    output: PlanVersionView,
    access: 'write',
    emits: ['plans.changed'],
    example: {
      planId: 'pln_0123456789abcdef',
      label: '2026年版',
      docNo: '示政办发〔2026〕12号',
      issuer: '示范县人民政府办公室',
      issuedOn: '2026-09-28',
      filedOn: null,
      evaluatedOn: null,
      levels: [
        { level: 'IV', condition: '24小时降雨量超过100毫米', measures: '县防指办公室启动Ⅳ级响应，加强值守' },
      ],
      notes: '',
    },
  }),
  'plans.setStatus': defineMethod({
    name: 'plans.setStatus',
    // Forward along the life cycle only (废止 from any); 印发 and 备案 take their date.
    input: z.strictObject({ versionId: id, status, on: dateKey }),
    output: PlanVersionView,
    access: 'write',
    emits: ['plans.changed'],
    example: { versionId: 'plv_0123456789abcdef', status: 'issued', on: '2026-09-28' },
  }),
  'plans.revise': defineMethod({
    name: 'plans.revise',
    // 修订: the version in force moves to 修订 and a new draft starts from it (or the open draft is returned).
    input: z.strictObject({ planId: id, reason: text(500) }),
    output: PlanVersionView,
    access: 'write',
    emits: ['plans.changed'],
    example: { planId: 'pln_0123456789abcdef', reason: '2026年防汛演练评估：预警发布流程需修订' },
  }),
  'plans.uploadPart': defineMethod({
    name: 'plans.uploadPart',
    input: z.strictObject({
      uploadId: id,
      index: z.number().int().min(0).max(60),
      base64: z
        .string()
        .min(4)
        .max(PLAN_FILE_PART_CHARS)
        .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'errors.field.invalid'),
    }),
    output: z.strictObject({ bytes: z.number().int() }),
    access: 'write',
    example: { uploadId: 'upl_0123456789abcdef', index: 0, base64: 'JVBERi0xLjQK' },
  }),
  'plans.attachFile': defineMethod({
    name: 'plans.attachFile',
    // Joins the parts 0..parts-1 into the version's document (replacing one attached before).
    input: z.strictObject({
      versionId: id,
      uploadId: id,
      parts: z.number().int().min(1).max(61),
      fileName: importFileName,
    }),
    output: PlanVersionView,
    access: 'write',
    emits: ['plans.changed'],
    example: {
      versionId: 'plv_0123456789abcdef',
      uploadId: 'upl_0123456789abcdef',
      parts: 1,
      fileName: '防汛抗旱应急预案.pdf',
    },
  }),
  'plans.file': defineMethod({
    name: 'plans.file',
    input: z.strictObject({ versionId: id }),
    output: z.strictObject({ fileName: z.string(), mime: z.string(), base64: z.string() }),
    access: 'read',
    example: { versionId: 'plv_0123456789abcdef' },
  }),
  'plans.settings': defineMethod({
    name: 'plans.settings',
    input: z.strictObject({}),
    output: PlanSettings,
    access: 'read',
  }),
  'plans.updateSettings': defineMethod({
    name: 'plans.updateSettings',
    input: PlanSettings,
    output: PlanSettings,
    access: 'admin',
    emits: ['plans.changed'],
    example: {
      holidays: ['2026-10-01', '2026-10-02'],
      workdays: ['2026-10-10'],
      filingWorkingDays: 20,
      evaluationYears: 3,
      drillYears: 3,
    },
  }),
} as const;
