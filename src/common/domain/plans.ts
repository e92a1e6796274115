/**
 * Emergency plans (应急预案): the codes of the register. Labels live in
 * src/common/i18n/plans-labels.ts.
 */

/**
 * Kinds after 国办发〔2024〕5号: 总体, 专项, 部门, 基层组织, 企事业单位, and since 2024 巨灾
 * and 联合 plans; 工作手册 and 行动方案 are supporting documents registered beside them.
 */
export const PLAN_KINDS = [
  'overall',
  'special',
  'department',
  'grassroots',
  'enterprise',
  'catastrophe',
  'joint',
  'manual',
  'action',
] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

/** Kinds expected to be drilled within the drill interval (专项/部门 plans, every 3 years by default). */
export const DRILLED_KINDS: readonly PlanKind[] = ['special', 'department'];

/** The hazard domain: the four incident categories of GB/T 35561, or 综合 for plans across them. */
export const PLAN_DOMAINS = ['natural', 'accident', 'health', 'social', 'general'] as const;
export type PlanDomain = (typeof PLAN_DOMAINS)[number];

/** Whose plan it is: the county, a town (街道), a village (社区) or a unit. */
export const PLAN_LEVELS = ['county', 'town', 'village', 'unit'] as const;
export type PlanLevel = (typeof PLAN_LEVELS)[number];

/**
 * A version's life cycle (国办发〔2024〕5号): 编制 → 征求意见 → 专家论证 → 审批 → 印发 →
 * 备案 → 实施 → 评估 → 修订 → 废止. A version moves forward only; 修订 starts the next
 * version as a draft, and 废止 ends it from any status.
 */
export const PLAN_STATUSES = [
  'drafting',
  'consultation',
  'review',
  'approval',
  'issued',
  'filed',
  'in_force',
  'evaluation',
  'revision',
  'repealed',
] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** Whether a version may move from one status to the other: forward only, 废止 from anywhere but itself. */
export function canMoveStatus(from: PlanStatus, to: PlanStatus): boolean {
  if (from === 'repealed') return false;
  if (to === 'repealed') return true;
  return PLAN_STATUSES.indexOf(to) > PLAN_STATUSES.indexOf(from);
}

/** Whether a version in this status has been issued (印发 or later, not repealed): the one in force. */
export const isIssued = (s: PlanStatus): boolean =>
  s !== 'repealed' && PLAN_STATUSES.indexOf(s) >= PLAN_STATUSES.indexOf('issued');

/** Response levels a plan defines (Ⅰ–Ⅳ级响应). */
export const RESPONSE_LEVELS = ['I', 'II', 'III', 'IV'] as const;
export type ResponseLevel = (typeof RESPONSE_LEVELS)[number];

/** What a response entry on an incident does: 启动, 调整 (raise/lower), 终止. */
export const RESPONSE_ACTIONS = ['start', 'adjust', 'end'] as const;
export type ResponseAction = (typeof RESPONSE_ACTIONS)[number];

/** The document file of a version: PDF or DOCX, at most this many bytes. */
export const PLAN_FILE_MAX_BYTES = 20 * 1024 * 1024;
export const PLAN_FILE_MIMES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;
