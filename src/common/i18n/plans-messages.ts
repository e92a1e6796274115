import { catalog } from './catalog';

/**
 * Error messages of the plans area (应急预案) and of response activation, both locales.
 * Folded into the error catalog through the area's manifest.
 */
const zh = {
  'errors.field.duplicate_level': '同一响应级别只能填写一次',
  'errors.plan_missing': '找不到该预案',
  'errors.plan_name_taken': '已有名为“{{name}}”的预案',
  'errors.plan_version_missing': '找不到该预案版本',
  'errors.plan_version_label_taken': '该预案已有“{{label}}”版本',
  'errors.plan_version_repealed': '该版本已废止，不能再修改',
  'errors.plan_status_move':
    '预案版本不能从“$t(planStatus.{{from}})”改为“$t(planStatus.{{to}})”：状态只能向后推进（废止除外）',
  'errors.plan_status_needs_issue': '请先填写印发日期并将版本推进到“印发”，再登记“$t(planStatus.{{to}})”',
  'errors.plan_date_before_issue': '$t(planStatus.{{what}})日期不能早于印发日期 {{issued}}',
  'errors.plan_date_future': '日期不能晚于今天（{{today}}）',
  'errors.plan_file_type': '只能上传 PDF 或 DOCX 文件（.pdf、.docx）',
  'errors.plan_file_too_big': '文件太大：最大 {{max}} MB，该文件 {{size}} MB',
  'errors.plan_upload_incomplete': '文件未上传完整（缺第 {{index}} 部分），请重新上传',
  'errors.plan_file_missing': '该版本还没有上传预案文件',
  'errors.response_running': '该事件已在$t(responseLevel.{{level}})中（{{plan}}）：请选择“调整”或“终止”',
  'errors.response_not_running': '该事件尚未启动应急响应',
  'errors.response_level_required': '请选择响应级别',
  'errors.response_same_level': '响应已是$t(responseLevel.{{level}})，无需调整',
  'errors.response_plan_required': '启动响应须选择所依据的预案',
  'errors.response_level_undefined': '预案“{{plan}}”的现行版本未规定$t(responseLevel.{{level}})',
};

const en: { readonly [K in keyof typeof zh]: string } = {
  'errors.field.duplicate_level': 'Each response level may be given once',
  'errors.plan_missing': 'Plan not found',
  'errors.plan_name_taken': 'A plan named "{{name}}" already exists',
  'errors.plan_version_missing': 'Plan version not found',
  'errors.plan_version_label_taken': 'The plan already has a version "{{label}}"',
  'errors.plan_version_repealed': 'This version is repealed and can no longer be changed',
  'errors.plan_status_move':
    'A plan version cannot go from "$t(planStatus.{{from}})" to "$t(planStatus.{{to}})": status only moves forward (except repeal)',
  'errors.plan_status_needs_issue':
    'Enter the issue date and move the version to "Issued" before "$t(planStatus.{{to}})"',
  'errors.plan_date_before_issue':
    'The $t(planStatus.{{what}}) date cannot be before the issue date {{issued}}',
  'errors.plan_date_future': 'The date cannot be after today ({{today}})',
  'errors.plan_file_type': 'Only PDF or DOCX files can be uploaded (.pdf, .docx)',
  'errors.plan_file_too_big': 'File too large: at most {{max}} MB, this one is {{size}} MB',
  'errors.plan_upload_incomplete': 'The file did not arrive whole (part {{index}} missing); upload it again',
  'errors.plan_file_missing': 'No document has been uploaded for this version',
  'errors.response_running':
    'The incident is already under a $t(responseLevel.{{level}}) ({{plan}}): adjust or end it',
  'errors.response_not_running': 'No emergency response has been started for this incident',
  'errors.response_level_required': 'Choose the response level',
  'errors.response_same_level': 'The response is already at $t(responseLevel.{{level}})',
  'errors.response_plan_required': 'Choose the plan the response is started under',
  'errors.response_level_undefined':
    'The version in force of "{{plan}}" defines no $t(responseLevel.{{level}})',
};

export const plansMessages = catalog(zh, en);
