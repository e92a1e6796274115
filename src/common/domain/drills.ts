/**
 * Drills (应急演练) and their campaigns: the codes the contract, core and the screens
 * share. Labels live in src/common/i18n/drills-labels.ts.
 */

/** The campaign's domains: the five the county names, and others a leader takes on. */
export const DRILL_DOMAINS = [
  'public_health',
  'natural_disaster',
  'production_safety',
  'social_security',
  'cyber_security',
  'other',
] as const;
export type DrillDomain = (typeof DRILL_DOMAINS)[number];

/** 桌面 (tabletop) / 实战 (live). */
export const DRILL_FORMS = ['tabletop', 'live'] as const;
export type DrillForm = (typeof DRILL_FORMS)[number];

/** 单项 / 综合. */
export const DRILL_CONTENTS = ['single', 'combined'] as const;
export type DrillContent = (typeof DRILL_CONTENTS)[number];

/** 检验性 / 示范性 / 研究性. */
export const DRILL_PURPOSES = ['test', 'demo', 'research'] as const;
export type DrillPurpose = (typeof DRILL_PURPOSES)[number];

/** 预先通知 / 不预先通知 / 双盲: the last two are sealed until the controller starts the drill. */
export const ANNOUNCE_MODES = ['announced', 'unannounced', 'double_blind'] as const;
export type AnnounceMode = (typeof ANNOUNCE_MODES)[number];

/**
 * planned → started → ended → evaluating → evaluated → rectifying → closed. This area
 * drives the first three; evaluation and 整改 drive the rest through setDrillState.
 */
export const DRILL_STATES = ['planned', 'started', 'ended', 'evaluating', 'evaluated', 'rectifying', 'closed'] as const;
export type DrillState = (typeof DRILL_STATES)[number];

/** The campaign's requirements (不预先通知, 不预设场景, 实兵拉动, 全过程全方位全要素评估). */
export const CAMPAIGN_REQUIREMENTS = ['no_notice', 'no_preset_scenario', 'real_forces', 'full_evaluation'] as const;
export type CampaignRequirement = (typeof CAMPAIGN_REQUIREMENTS)[number];

/** Drill timeline entries: state changes, injects sent, records the room made under the drill. */
export const DRILL_EVENT_KINDS = ['state', 'inject'] as const;
export type DrillEventKind = (typeof DRILL_EVENT_KINDS)[number];

/** Whether a drill's date, place and scenario are sealed from all but its controllers before it starts. */
export const isSealedMode = (mode: AnnounceMode): boolean => mode !== 'announced';

/** The states after the drill has run (done, for the campaign board). */
export const DONE_STATES: readonly DrillState[] = ['ended', 'evaluating', 'evaluated', 'rectifying', 'closed'];
/** The states after its evaluation is written. */
export const EVALUATED_STATES: readonly DrillState[] = ['evaluated', 'rectifying', 'closed'];
