/**
 * Incident classification after GB/T 35561-2017: four categories and the subtypes a
 * county duty room meets most. Labels are zh-CN names (the codes' own words); the UI
 * translates through i18n keys `incident.category.*` / `incident.subtype.*`.
 */
export const CATEGORIES = ['natural', 'accident', 'health', 'social'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SUBTYPES = {
  natural: [
    'flood',
    'drought',
    'rainstorm',
    'typhoon',
    'hail',
    'snow',
    'gale',
    'cold',
    'heat',
    'lightning',
    'fog',
    'earthquake',
    'landslide',
    'collapse',
    'debris_flow',
    'subsidence',
    'forest_fire',
    'other_natural',
  ],
  accident: [
    'road_traffic',
    'fire',
    'hazmat',
    'mine',
    'construction',
    'special_equipment',
    'water_traffic',
    'power_outage',
    'water_outage',
    'gas_outage',
    'pollution',
    'other_accident',
  ],
  health: [
    'epidemic',
    'unexplained_illness',
    'food_safety',
    'occupational_poisoning',
    'animal_epidemic',
    'other_health',
  ],
  social: ['mass_incident', 'criminal', 'foreign_related', 'cyber', 'ethnic_religious', 'other_social'],
} as const satisfies Record<Category, readonly string[]>;
export type Subtype = (typeof SUBTYPES)[Category][number];

export const ALL_SUBTYPES = CATEGORIES.flatMap((c): readonly Subtype[] => SUBTYPES[c]) as [
  Subtype,
  ...Subtype[],
];

export function isSubtype(v: string): v is Subtype {
  return (ALL_SUBTYPES as readonly string[]).includes(v);
}

export function categoryOf(subtype: string): Category | undefined {
  return CATEGORIES.find((c) => (SUBTYPES[c] as readonly string[]).includes(subtype));
}

/** 特别重大 I, 重大 II, 较大 III, 一般 IV, or not yet graded. */
export const GRADES = ['I', 'II', 'III', 'IV', 'unrated'] as const;
export type Grade = (typeof GRADES)[number];

/** Local practice colours incident grades like the four warning levels. */
export const GRADE_COLORS: Record<Grade, string> = {
  I: '#d4380d',
  II: '#fa8c16',
  III: '#fadb14',
  IV: '#1677ff',
  unrated: '#8c8c8c',
};

export const CHANNELS = ['phone', 'fax', 'radio', 'system', 'walk_in', 'sms'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Kinds of timeline entry on an incident (the closed loop) and of the duty log. */
export const INCIDENT_ENTRY_KINDS = [
  'intake', // 接报
  'verify', // 核实
  'followup', // 跟踪
  'report', // 上报: 初报 / 续报 n / 终报
  'instruction', // 领导批示
  'instruction_done', // 批示落实/反馈
  'feedback', // 情况反馈
  'response', // 启动/调整/终止应急响应 (incidents.activateResponse)
  'dispatch', // 调派 → 归队 of a rescue team (dispatches.create / dispatches.update)
  'finding', // 问题认定 (漏报/谎报/瞒报/脱岗) by a leader (findings.record); may belong to no incident
  'close', // 办结
  'withdraw', // 撤销/误报
  'reopen', // 重开
] as const;
export type IncidentEntryKind = (typeof INCIDENT_ENTRY_KINDS)[number];

/** Duty-log entries that belong to no incident. */
export const LOG_ONLY_KINDS = ['call', 'spot_check', 'equipment_handover', 'other'] as const;
export type LogOnlyKind = (typeof LOG_ONLY_KINDS)[number];

export const ENTRY_KINDS = [...INCIDENT_ENTRY_KINDS, ...LOG_ONLY_KINDS, 'correction'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const REPORT_STAGES = ['initial', 'continued', 'final'] as const;
export type ReportStage = (typeof REPORT_STAGES)[number];
export const REPORT_MEANS = ['phone', 'written', 'fax', 'system'] as const;
export type ReportMeans = (typeof REPORT_MEANS)[number];

/** Derived from the timeline, never set by hand. */
export const INCIDENT_STATUSES = ['pending', 'active', 'closed', 'withdrawn'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export interface Casualties {
  dead: number;
  injured: number;
  missing: number;
  trapped: number;
}
