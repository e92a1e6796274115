import { catalog } from './catalog';

/** Error messages of assessment (考核): schemes, findings and 通报, both locales. */
const zh = {
  'errors.field.assessment_period': '考核期间应为月份（2026-11）、季度（2026-Q4）或年度（2026）',
  'errors.assessment_bands_order': '演练覆盖率档次应从高到低：满分 ≥ 三分之二 ≥ 三分之一',
  'errors.assessment_no_weight': '至少一项指标的分值应大于 0',
  'errors.finding_no_link': '问题认定须关联所依据的事件或值班记录',
  'errors.finding_leader_only': '问题认定须由带班领导录入',
  'errors.finding_incident_missing': '找不到所关联的事件',
  'errors.finding_entry_missing': '找不到所关联的值班记录',
  'errors.finding_town_missing': '找不到该乡镇（街道）',
  'errors.finding_future': '认定的问题发生时间不能晚于现在',
  'errors.bulletin_missing': '找不到该通报',
  'errors.bulletin_issued': '该通报已签发，内容已锁定；如需更正请追加更正说明',
  'errors.bulletin_draft_only': '通报尚未签发，请直接修改草稿',
  'errors.bulletin_signer_role': '通报须由带班领导或管理员签发',
  'errors.bulletin_period_open': '考核期间尚未结束（{{period}}），期满后才能签发通报',
};

const en: Record<keyof typeof zh, string> = {
  'errors.field.assessment_period': 'The period is a month (2026-11), a quarter (2026-Q4) or a year (2026)',
  'errors.assessment_bands_order': 'Drill share bands go from high to low: full ≥ two thirds ≥ one third',
  'errors.assessment_no_weight': 'At least one indicator needs a weight above 0',
  'errors.finding_no_link': 'A finding must link the incident or duty-log entry it rests on',
  'errors.finding_leader_only': 'Findings are recorded by the leader on duty',
  'errors.finding_incident_missing': 'The linked incident was not found',
  'errors.finding_entry_missing': 'The linked duty-log entry was not found',
  'errors.finding_town_missing': 'Town not found',
  'errors.finding_future': 'What was found cannot have happened in the future',
  'errors.bulletin_missing': 'Bulletin not found',
  'errors.bulletin_issued': 'This bulletin has been issued and is locked; add an amendment instead',
  'errors.bulletin_draft_only': 'This bulletin is still a draft: edit the draft',
  'errors.bulletin_signer_role': 'A bulletin is issued by the leader on duty or an administrator',
  'errors.bulletin_period_open': 'The period ({{period}}) has not ended yet; issue the bulletin once it has',
};

export const assessmentMessages = catalog(zh, en);
