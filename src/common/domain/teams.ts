/**
 * Rescue teams (救援队伍), their dispatch, experts (专家库) and consultations (会商):
 * the kinds and states every side names. Labels: src/common/i18n/teams-labels.ts.
 */

/** 综合性消防救援, 专业 (by hazard), 企业专职/兼职, 社会/志愿者, 红十字会. */
export const TEAM_KINDS = [
  'fire_rescue', // 综合性消防救援
  'mine', // 矿山
  'hazmat', // 危化
  'flood', // 防汛
  'forest_fire', // 森林灭火
  'medical', // 医疗
  'power', // 电力
  'telecom', // 通信
  'geohazard', // 地质灾害
  'professional_other', // 其他专业
  'enterprise_full', // 企业专职
  'enterprise_part', // 企业兼职
  'social', // 社会/志愿者
  'red_cross', // 红十字会
] as const;
export type TeamKind = (typeof TEAM_KINDS)[number];

/** Teams are drawn in one colour (a shield), apart from every facility kind's; the popup names the kind. */
export const TEAM_COLOR = '#eb2f96';

/** 调派 → 已接令 → 出发 → 到场 → 撤离 → 归队: each a timeline entry of the incident. */
export const DISPATCH_STATES = [
  'dispatched',
  'accepted',
  'departed',
  'arrived',
  'withdrawn',
  'returned',
] as const;
export type DispatchState = (typeof DISPATCH_STATES)[number];

/** The state that may follow, or null once the team is back (归队). */
export function nextDispatchState(s: DispatchState): DispatchState | null {
  const i = DISPATCH_STATES.indexOf(s);
  return DISPATCH_STATES[i + 1] ?? null;
}

/** A team is busy from 调派 until 归队: shown so on every other incident. */
export const isDispatchActive = (s: DispatchState): boolean => s !== 'returned';

/** Minutes from 调派 to 到场, rounded down; null until it arrived. */
export function arrivalMinutes(dispatchedAt: string, arrivedAt: string | null): number | null {
  if (!arrivedAt) return null;
  return Math.floor((Date.parse(arrivedAt) - Date.parse(dispatchedAt)) / 60_000);
}

/** Member certificates are reminded this many days before they expire. */
export const CERT_LEAD_DAYS = 60;

/** Expert fields, grouped like the incident categories. */
export const EXPERT_FIELDS = ['accident', 'natural', 'health', 'social', 'general'] as const;
export type ExpertField = (typeof EXPERT_FIELDS)[number];

/** 研判 / 会商 / 现场指导 / 预案评审 / 演练评估. */
export const CONSULTATION_KINDS = [
  'assessment',
  'consultation',
  'onsite',
  'plan_review',
  'drill_evaluation',
] as const;
export type ConsultationKind = (typeof CONSULTATION_KINDS)[number];

/** Expert terms are reminded this many days before they end. */
export const EXPERT_TERM_LEAD_DAYS = 60;
