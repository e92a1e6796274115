/**
 * Drill review (domain-preparedness.md "Drills"): evaluation after AQ/T 9009-2015 and the
 * rectification (整改) of what it found. Codes are English; labels live in
 * src/common/i18n/review-labels.ts.
 */

import type { DrillForm } from './drills';

// A template per drill form (src/common/domain/drills.ts): AQ/T 9009 附录A 实战, 附录B 桌面.

/** The nine phases an evaluation template groups its items by, in the order of a response. */
export const EVALUATION_PHASES = [
  'warning',
  'activation',
  'command',
  'onsite',
  'comms',
  'supplies',
  'publicity',
  'safety',
  'recovery',
] as const;
export type EvaluationPhase = (typeof EVALUATION_PHASES)[number];

/** How an item is scored: 达标/基本达标/未达标, or points out of the item's weight. */
export const ITEM_SCALES = ['grade', 'points'] as const;
export type ItemScale = (typeof ITEM_SCALES)[number];

export const GRADES = ['met', 'partly', 'not_met'] as const;
export type Grade = (typeof GRADES)[number];

/** One line of an evaluation template. `points` is its weight in the total. */
export interface EvaluationItem {
  key: string;
  phase: EvaluationPhase;
  label: string;
  /** What the evaluator looks for (评估要点). */
  criterion: string;
  scale: ItemScale;
  points: number;
}

/** An item's score as the evaluator entered it: a grade, points, or nothing yet. */
export interface ItemScore {
  key: string;
  grade: Grade | null;
  points: number | null;
  note: string;
}

/** The six content headings of the 演练评估报告 (2013 办法 第二十三条), in order. */
export const REPORT_SECTIONS = [
  'execution',
  'plan',
  'command',
  'handling',
  'equipment',
  'suggestions',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** Which phases' scores a report section draws on (execution and suggestions draw on all). */
export const SECTION_PHASES: Readonly<Record<ReportSection, readonly EvaluationPhase[]>> = {
  execution: EVALUATION_PHASES,
  plan: ['warning', 'activation', 'recovery'],
  command: ['command', 'comms', 'publicity'],
  handling: ['onsite', 'safety'],
  equipment: ['supplies', 'comms'],
  suggestions: EVALUATION_PHASES,
};

/** 草稿 → 已提交: a submitted evaluation is the record the report prints; it no longer changes. */
export const EVALUATION_STATUSES = ['draft', 'submitted'] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

/** Who evaluates: the 评估组 leader or a member, from the staff or (later) the expert pool. */
export const EVALUATOR_ROLES = ['lead', 'member'] as const;
export type EvaluatorRole = (typeof EVALUATOR_ROLES)[number];

/** 整改 categories (预案/组织/人员/机制/保障/装备). */
export const RECTIFICATION_CATEGORIES = [
  'plan',
  'organization',
  'personnel',
  'mechanism',
  'support',
  'equipment',
] as const;
export type RectificationCategory = (typeof RECTIFICATION_CATEGORIES)[number];

/** 待整改 → 整改中 → 已销号 (closes only with evidence and who verified it). */
export const RECTIFICATION_STATUSES = ['open', 'in_progress', 'closed'] as const;
export type RectificationStatus = (typeof RECTIFICATION_STATUSES)[number];

/** What a step in a rectification's history did (the rectification_actions table's kinds). */
export const RECTIFICATION_ACTIONS = ['opened', 'progress', 'due', 'closed'] as const;
export type RectificationAction = (typeof RECTIFICATION_ACTIONS)[number];

/** The share of an item's points a 基本达标 earns when a template does not say otherwise. */
export const DEFAULT_PARTLY_SHARE = 0.6;

const item = (
  key: string,
  phase: EvaluationPhase,
  label: string,
  criterion: string,
  points = 10,
  scale: ItemScale = 'grade',
): EvaluationItem => ({ key, phase, label, criterion, scale, points });

/**
 * The default templates, after AQ/T 9009-2015 附录A (实战) and 附录B (桌面): the first
 * version of each form before an administrator edits it.
 */
export const DEFAULT_EVALUATION_TEMPLATES: Readonly<Record<DrillForm, readonly EvaluationItem[]>> = {
  live: [
    item('w_receive', 'warning', '接报与核实', '接报后及时核实事件性质、地点、规模，记录完整'),
    item('w_report', 'warning', '信息上报', '按规定时限和程序向上级报告，要素齐全'),
    item('a_assess', 'activation', '研判与响应级别', '及时研判，按预案确定并启动相应级别响应'),
    item('a_notify', 'activation', '人员通知与集结', '相关人员及时接到通知并按时集结到位'),
    item('c_hq', 'command', '指挥部开设', '现场指挥部及时开设，职责分工明确'),
    item('c_link', 'command', '部门联动', '各参演单位按职责协同配合，指令传达顺畅'),
    item('o_rescue', 'onsite', '现场处置', '处置措施科学、有序，符合预案和操作规程'),
    item('o_warn', 'onsite', '警戒疏散', '警戒区域划定合理，群众疏散及时有序'),
    item('m_link', 'comms', '通信保障', '通信联络畅通，备用通信手段可用'),
    item('s_supply', 'supplies', '物资装备', '物资装备调配及时，数量、性能满足处置需要'),
    item('p_release', 'publicity', '信息发布', '经审批后及时、准确发布信息，口径统一'),
    item('f_safety', 'safety', '安全防护与后勤', '参演人员安全防护到位，后勤保障满足需要'),
    item('r_end', 'recovery', '响应终止与恢复', '按程序终止响应，现场清理和善后安排得当'),
  ],
  tabletop: [
    item('w_receive', 'warning', '接报与报告流程', '能准确说明接报、核实、上报的程序和时限'),
    item('a_assess', 'activation', '研判与响应启动', '能依据预案正确研判并提出响应级别'),
    item('c_roles', 'command', '职责与协调', '各成员单位职责清楚，协调机制明确'),
    item('o_measures', 'onsite', '处置措施', '提出的处置措施针对情景、可操作'),
    item('m_plan', 'comms', '通信联络方案', '通信联络方式明确，有备用方案'),
    item('s_plan', 'supplies', '物资装备调用', '清楚所需物资装备的来源和调用程序'),
    item('p_plan', 'publicity', '信息发布安排', '信息发布的审批和口径安排明确'),
    item('f_plan', 'safety', '安全与后勤考虑', '考虑了处置人员安全和后勤保障'),
    item('r_plan', 'recovery', '终止与恢复', '能说明响应终止条件和善后工作'),
  ],
};
