import type { Locale } from '../domain/roles';
import { catalog, renderTemplate } from './catalog';
import { domainLabels, type LabelKey } from './domain-labels';
import { areaMessages, type CommonAreas } from '../areas';
import type { CatalogOf } from '../areas/define';

/**
 * Messages that core and hosts produce (errors, field problems). The renderer
 * merges these into its i18next resources, so the same key reads the same way
 * whether it was rendered by the server or by the UI.
 */
const zh = {
  'issue.line': '{{path}}：{{message}}',
  'issue.separator': '；',
  'errors.invalid_input': '输入有误：{{fields}}',
  'errors.invalid_input_generic': '输入有误，请检查后重试',
  'errors.not_found': '找不到该记录',
  'errors.conflict': '操作与当前数据冲突',
  'errors.forbidden': '没有权限执行此操作',
  'errors.forbidden_admin': '只有管理员可以执行此操作',
  'errors.forbidden_wall': '大屏令牌只能查看，不能修改数据',
  'errors.unauthenticated': '请先登录',
  'errors.unauthenticated_token': '令牌无效或已撤销，请重新登录',
  'errors.internal': '系统内部错误，操作未完成，数据未改动',
  'errors.unknown_method': '未知的接口：{{method}}',
  'errors.payload_too_large': '提交的数据过大',
  'errors.bad_json': '请求不是有效的 JSON',
  'errors.network': '无法连接到服务，请检查程序是否在运行',
  'errors.bad_response': '服务返回了无法识别的应答',
  'errors.host_forbidden': '拒绝访问：请求的主机名与服务地址不符',
  'errors.origin_forbidden': '拒绝访问：不接受来自其他网页的请求',
  'errors.method_not_allowed': '不支持该请求方式',
  'errors.already_initialized': '系统已经初始化，不能再次选择演示数据或空白开始',
  'errors.not_initialized': '系统尚未初始化，请先选择演示数据或空白开始',
  'errors.pin_required': '请输入 PIN',
  'errors.pin_wrong': 'PIN 不正确',
  'errors.pin_required_lan': '局域网登录需要设置 PIN 的值班人员',
  'errors.pin_locked': 'PIN 连续错误次数过多，请 {{minutes}} 分钟后再试',
  'errors.operator_inactive': '该值班人员已停用',
  'errors.last_admin': '至少需要保留一名启用的管理员',
  'errors.pin_current_wrong': '原 PIN 不正确',
  'errors.backup_missing': '找不到备份文件：{{name}}',
  'errors.backup_corrupt': '备份文件已损坏，不能恢复：{{name}}',
  'errors.db_newer': '数据库版本（{{found}}）比本程序支持的版本（{{supported}}）新，请升级程序后再打开',
  'errors.field.control_chars': '含有不允许的控制字符',
  'errors.field.newline': '不能包含换行',
  'errors.field.blank': '不能为空',
  'errors.field.id': '编号格式不正确',
  'errors.field.phone': '电话只能包含数字、空格和 + - ( )',
  'errors.field.pin': 'PIN 为 4 至 8 位数字',
  'errors.field.hhmm': '时间格式应为 HH:MM，例如 08:30',
  'errors.field.thresholds_order': '每一项都应是 特别重大 > 重大 > 较大',
  'errors.field.duplicate_name': '有重复的名称',
  'errors.field.timezone': '不是有效的时区名称',
  'errors.field.backup_name': '备份文件名不正确',
  'errors.field.unknown_key': '不认识的字段：{{keys}}',
  'errors.field.required': '必填',
  'errors.field.type': '类型不正确',
  'errors.field.too_long': '太长（最多 {{max}} 个字符）',
  'errors.field.too_small': '太小或太短',
  'errors.field.too_big': '太大或太长',
  'errors.field.invalid': '格式不正确',
  'errors.field.client_key': '提交编号格式不正确',
  'errors.field.town_code': '乡镇代码应为 6 至 12 位数字',
  'errors.field.changes': '更正内容须包含 1 至 20 个字段',
  'errors.field.search_short': '请至少输入两个字',
  'errors.field.cursor': '翻页标记不正确',
  'errors.field.calendar_range': '日期须在 {{first}} 至 {{last}} 之间',
  'errors.time_in_future': '$t(timeField.{{field}})不能晚于当前时间',
  'errors.occurred_after_received': '事发时间不能晚于接报时间',
  'errors.entry_before_intake': '记录时间不能早于接报时间',
  'errors.town_unknown': '没有这个乡镇（街道）代码：{{code}}',
  'errors.incident_missing': '找不到该事件',
  'errors.incident_not_closed': '事件尚未办结或撤销，无需重开',
  'errors.incident_closed': '事件 {{number}} 已办结或撤销，请先重开再记录',
  'errors.instruction_unknown': '找不到要落实的领导批示',
  'errors.instruction_done_already': '该批示已落实完毕',
  'errors.close_open_instructions': '还有 {{count}} 条领导批示未落实，不能办结',
  'errors.grade_below_suggestion': '所选级别低于按伤亡和损失建议的级别，请写明定级理由',
  'errors.close_needs_final_report': '尚无终报，不能办结：请先终报，或写明无需终报的原因（如误报）',
  'errors.close_clocks_unconfirmed': '办结将结束 {{count}} 项仍在计时的报告时限，请确认后再办结',
  'errors.correction_of_correction': '更正记录不能再被更正，请直接更正原记录',
  'errors.correction_no_change': '更正内容与当前值相同',
  'errors.client_key_reused': '提交编号已被另一条记录使用',
  'errors.rules_duplicate': '$t(gradeShort.{{grade}})$t(category.{{category}})的报告时限规则重复',
  'errors.rules_duplicate_general': '$t(gradeShort.{{grade}})的通用报告时限规则重复',
  'errors.rules_written_before_phone':
    '$t(gradeShort.{{grade}})$t(category.{{category}})的书面报告时限不能短于电话报告时限',
  'errors.rules_written_before_phone_general': '$t(gradeShort.{{grade}})的书面报告时限不能短于电话报告时限',
} as const;

const en: Record<keyof typeof zh, string> = {
  'issue.line': '{{path}}: {{message}}',
  'issue.separator': '; ',
  'errors.invalid_input': 'Invalid input: {{fields}}',
  'errors.invalid_input_generic': 'Invalid input, please check and try again',
  'errors.not_found': 'Record not found',
  'errors.conflict': 'The operation conflicts with the current data',
  'errors.forbidden': 'You are not allowed to do this',
  'errors.forbidden_admin': 'Only an administrator can do this',
  'errors.forbidden_wall': 'A wall-display token can only read, not change data',
  'errors.unauthenticated': 'Please sign in first',
  'errors.unauthenticated_token': 'The token is invalid or revoked; sign in again',
  'errors.internal': 'Internal error: nothing was changed',
  'errors.unknown_method': 'Unknown method: {{method}}',
  'errors.payload_too_large': 'The request is too large',
  'errors.bad_json': 'The request is not valid JSON',
  'errors.network': 'Cannot reach the service',
  'errors.bad_response': 'The service sent a response that could not be read',
  'errors.host_forbidden': 'Refused: the Host header does not name this service',
  'errors.origin_forbidden': 'Refused: requests from other web pages are not accepted',
  'errors.method_not_allowed': 'This HTTP method is not supported here',
  'errors.already_initialized': 'The system is already set up',
  'errors.not_initialized': 'The system is not set up yet: choose demo data or a blank start',
  'errors.pin_required': 'Enter the PIN',
  'errors.pin_wrong': 'Wrong PIN',
  'errors.pin_required_lan': 'Signing in over the LAN needs an operator with a PIN',
  'errors.pin_locked': 'Too many wrong PINs; try again in {{minutes}} minutes',
  'errors.operator_inactive': 'This operator is deactivated',
  'errors.last_admin': 'At least one active administrator must remain',
  'errors.pin_current_wrong': 'The current PIN is wrong',
  'errors.backup_missing': 'Backup not found: {{name}}',
  'errors.backup_corrupt': 'The backup is damaged and cannot be restored: {{name}}',
  'errors.db_newer':
    'The database (version {{found}}) is newer than this app supports ({{supported}}); upgrade the app',
  'errors.field.control_chars': 'Contains control characters',
  'errors.field.newline': 'Must be one line',
  'errors.field.blank': 'Must not be empty',
  'errors.field.id': 'Malformed id',
  'errors.field.phone': 'Phone numbers may contain digits, spaces and + - ( )',
  'errors.field.pin': 'PIN must be 4 to 8 digits',
  'errors.field.hhmm': 'Use HH:MM, e.g. 08:30',
  'errors.field.thresholds_order': 'Each figure must be Grade I > Grade II > Grade III',
  'errors.field.duplicate_name': 'A name is listed twice',
  'errors.field.timezone': 'Not a valid time zone',
  'errors.field.backup_name': 'Malformed backup name',
  'errors.field.unknown_key': 'Unknown field: {{keys}}',
  'errors.field.required': 'Required',
  'errors.field.type': 'Wrong type',
  'errors.field.too_long': 'Too long (at most {{max}} characters)',
  'errors.field.too_small': 'Too small or too short',
  'errors.field.too_big': 'Too large or too long',
  'errors.field.invalid': 'Invalid format',
  'errors.field.client_key': 'Malformed submission key',
  'errors.field.town_code': 'Town codes are 6 to 12 digits',
  'errors.field.changes': 'A correction changes 1 to 20 fields',
  'errors.field.search_short': 'Type at least two characters',
  'errors.field.cursor': 'Malformed page cursor',
  'errors.field.calendar_range': 'Dates must lie between {{first}} and {{last}}',
  'errors.time_in_future': '$t(timeField.{{field}}) cannot be in the future',
  'errors.occurred_after_received': 'The time it happened cannot be after the intake time',
  'errors.entry_before_intake': 'An entry cannot be earlier than the intake',
  'errors.town_unknown': 'Unknown town code: {{code}}',
  'errors.incident_missing': 'Incident not found',
  'errors.incident_not_closed': 'The incident is not closed or withdrawn',
  'errors.incident_closed': 'Incident {{number}} is closed or withdrawn: reopen it first',
  'errors.instruction_unknown': 'The leader instruction to carry out was not found',
  'errors.instruction_done_already': 'This instruction is already carried out',
  'errors.close_open_instructions': '{{count}} leader instruction(s) still open: cannot close',
  'errors.grade_below_suggestion':
    'The grade is below what the casualties and losses suggest: give the reason for it',
  'errors.close_needs_final_report':
    'No final report yet: report it first, or state why none is owed (e.g. a false alarm)',
  'errors.close_clocks_unconfirmed':
    'Closing ends {{count}} reporting deadline(s) still running: confirm them before closing',
  'errors.correction_of_correction': 'A correction cannot be corrected: correct the original entry',
  'errors.correction_no_change': 'The correction changes nothing',
  'errors.client_key_reused': 'This submission key belongs to another entry',
  'errors.rules_duplicate': 'Two deadline rules for $t(gradeShort.{{grade}}), $t(category.{{category}})',
  'errors.rules_duplicate_general': 'Two general deadline rules for $t(gradeShort.{{grade}})',
  'errors.rules_written_before_phone':
    'For $t(gradeShort.{{grade}}), $t(category.{{category}}), the written report cannot be due before the phone report',
  'errors.rules_written_before_phone_general':
    'For $t(gradeShort.{{grade}}), the written report cannot be due before the phone report',
};

const base = catalog(zh, en);

// Each area's own error messages (src/common/areas), keys kept for the types.
const ofAreas = areaMessages as Record<Locale, CatalogOf<CommonAreas, 'messages'>>;

/** Every message core and the hosts may produce, per locale. */
export const messages = {
  'zh-CN': { ...base['zh-CN'], ...ofAreas['zh-CN'] },
  'en-US': { ...base['en-US'], ...ofAreas['en-US'] },
} as const;

export type MessageKey = keyof (typeof messages)['zh-CN'];
/** A key an error may carry: only keys some catalog has ('errors.rules_duplicate' was once written with none). */
export type ErrorKey = Extract<MessageKey, `errors.${string}`>;
/** Anything core and the hosts may render: messages and code labels. */
export type CoreKey = MessageKey | LabelKey;

const tables: Record<Locale, Readonly<Record<string, string>>> = {
  'zh-CN': { ...domainLabels['zh-CN'], ...messages['zh-CN'] },
  'en-US': { ...domainLabels['en-US'], ...messages['en-US'] },
};

/** Whether a key that arrived as data (a zod issue, a wire error) is one of ours. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(messages['zh-CN'], key);
}

export function isErrorKey(key: string): key is ErrorKey {
  return key.startsWith('errors.') && isMessageKey(key);
}

/**
 * A message in a language, rendered like i18next renders it in the UI: params
 * filled in, then $t(key) references (a grade, a status) in the same language.
 */
export function formatMessage(
  locale: Locale,
  key: CoreKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const table = tables[locale];
  return renderTemplate((k) => table[k], table[key] ?? key, params);
}
