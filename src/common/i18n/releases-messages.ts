import { catalog } from './catalog';

/** Error messages of 信息发布, both locales. */
const zh = {
  'errors.field.content_hash': '内容校验码格式不正确',
  'errors.release_missing': '找不到该信息发布',
  'errors.release_incident_missing': '找不到该事件',
  'errors.release_version_missing': '该信息发布没有这个版本',
  'errors.release_template_missing': '找不到该发布口径，或已停用',
  'errors.release_withdrawn': '该信息发布已撤回，不能再操作',
  'errors.release_stale': '第{{from}}版已不是最新（最新为第{{latest}}版），请在最新版本上修改',
  'errors.release_step_order': '第{{n}}版当前为“$t(releaseState.{{state}})”，不能$t(releaseStep.{{step}})',
  'errors.release_released': '该信息已发布，修改请用“更正”，并重新送审',
  'errors.release_not_released': '只有已发布的信息才能更正',
  'errors.release_review_role': '内部审核须由带班领导或局领导本人登录后进行',
  'errors.release_superseded':
    '第{{n}}版在审批后已被修改为第{{latest}}版，不能发布：只有经宣传部审批的那一版才能发布，请将第{{latest}}版送审',
  'errors.release_not_approved': '第{{n}}版未经宣传部审批（当前为“$t(releaseState.{{state}})”），不能发布',
  'errors.release_hash_mismatch': '要发布的内容与宣传部审批的第{{n}}版不一致（内容校验码不符），不能发布',
  'errors.release_approve_hash': '送审内容与第{{n}}版不一致（内容校验码不符），请刷新后再记录审批',
  'errors.release_time_order': '时间不能早于上一步（{{at}}）',
  'errors.release_future': '时间不能晚于当前时间',
  'errors.release_rules_duplicate': '同一级别只能有一条时限规则',
  'errors.release_press_before_authoritative': '新闻发布会时限不能早于权威信息时限',
};

const en: Record<keyof typeof zh, string> = {
  'errors.field.content_hash': 'Malformed content hash',
  'errors.release_missing': 'This release was not found',
  'errors.release_incident_missing': 'This incident was not found',
  'errors.release_version_missing': 'This release has no such version',
  'errors.release_template_missing': 'This template was not found or is archived',
  'errors.release_withdrawn': 'This release was withdrawn; nothing more can be done with it',
  'errors.release_stale':
    'Version {{from}} is no longer the latest (the latest is {{latest}}): edit the latest version',
  'errors.release_step_order':
    'Version {{n}} is “$t(releaseState.{{state}})”: it cannot be $t(releaseStep.{{step}})',
  'errors.release_released': 'This was released: correct it instead, and submit the correction again',
  'errors.release_not_released': 'Only a released text can be corrected',
  'errors.release_review_role': 'The internal review is for the shift leader or a bureau leader, signed in',
  'errors.release_superseded':
    'Version {{n}} was edited after approval (now version {{latest}}) and cannot be released: only the version the publicity department approved can go out; submit version {{latest}}',
  'errors.release_not_approved':
    'Version {{n}} has not been approved by the publicity department (it is “$t(releaseState.{{state}})”) and cannot be released',
  'errors.release_hash_mismatch':
    'The text to release differs from version {{n}} as approved (content hash mismatch) and cannot be released',
  'errors.release_approve_hash':
    'The text submitted differs from version {{n}} (content hash mismatch): reload before recording the approval',
  'errors.release_time_order': 'The time cannot be before the previous step ({{at}})',
  'errors.release_future': 'The time cannot be in the future',
  'errors.release_rules_duplicate': 'One rule per grade',
  'errors.release_press_before_authoritative':
    'The press conference cannot be due before the authoritative information',
};

export const releasesMessages = catalog(zh, en);
