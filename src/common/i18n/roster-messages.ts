import { catalog } from './catalog';

/**
 * Error messages of shift patterns, the roster and the handover sheet, both locales.
 * Spread into messages.ts so core and the renderer render the same keys.
 */
const zh = {
  'errors.field.month': '月份格式应为 YYYY-MM',
  'errors.field.date': '日期格式应为 YYYY-MM-DD',
  'errors.field.shift_key': '班次编号不正确',
  'errors.shift_pattern_night': '昼夜两班制须填写夜班开始时间，且晚于白班开始时间',
  'errors.shift_pattern_past': '班次规则只能从 {{date}} 及以后生效：已开始的班次不能改变',
  'errors.shift_unknown': '没有这个班次：{{key}}（请核对当日的班次规则）',
  'errors.roster_person_unknown': '值班表中的人员不存在或已停用：{{id}}',
  'errors.roster_person_twice': '{{name}} 在同一班次中出现了两次',
  'errors.roster_not_on_shift': '{{name}} 不在 {{key}} 班次的值班表中',
  'errors.roster_same_shift': '换班的两个人须在不同班次',
  'errors.roster_range': '排班范围须在 {{month}} 月内，且开始日期不晚于结束日期',
  'errors.roster_fill_empty': '请至少提供一份轮换名单',
  'errors.contact_missing': '找不到该联系人',
  'errors.handover_future': '班次 {{key}} 尚未开始，不能交接',
  'errors.handover_locked': '交接班记录已签字锁定，不能修改；如需补充，请追加补充说明',
  'errors.handover_blocked': '还有 {{count}} 项需要说明的事项（超时未报、超期故障），请说明后再签字',
  'errors.handover_not_frozen': '交班值班长签字后才能追加补充说明',
  'errors.handover_signed_role': '$t(signRole.{{role}})已经签字',
  'errors.handover_outgoing_first': '须由交班值班长先确认签字',
  'errors.handover_same_person': '{{name}} 已作为另一方签字，三方须为不同人员',
  'errors.handover_leader_role': '带班领导签字须由带班领导本人确认',
  'errors.handover_missing': '找不到该交接班记录',
  'errors.handover_item_unknown': '交接物品不在设备台账中：{{id}}',
  'errors.handover_signer_no_pin': '{{name}} 尚未设置 PIN，不能签字；请在 设置 → 值班人员 中为其设置 PIN',
  'errors.handover_proof_required': '请 {{name}} 输入本人 PIN，或在本人登录的电脑上签字',
  'errors.handover_too_early': '交接签字自 {{time}} 起开放；提前签字须填写原因（原因将打印在交接单上）',
  'errors.handover_items_unreceived': '还有 {{count}} 件交接物品未确认接收：请勾选已接收，或注明未接收的原因',
  'errors.handover_receipt_incoming': '交接物品由接班值班长在签字时确认接收',
  'errors.field.chain_hash': '校验码为 8 至 64 位十六进制字符（0-9、a-f）',
  'errors.import_roster_person': '名单中没有此人：{{name}}（请先在值班人员或联系人中添加）',
  'errors.import_roster_shift': '该日没有此班次：{{value}}',
  'errors.import_not_date': '无法识别的日期：{{value}}',
  'errors.import_roster_duplicate': '与第 {{other}} 行是同一班次',
  // What must be explained before the outgoing chief signs, one line each.
  'blockingLine.overdue_report': '{{number}} {{title}}：$t(deadline.{{kind}})',
  'blockingLine.overdue_fault': '{{number}} {{equipment}}：{{description}}',
};

type Key = keyof typeof zh;

const en: Record<Key, string> = {
  'errors.field.month': 'Use YYYY-MM for the month',
  'errors.field.date': 'Use YYYY-MM-DD for the date',
  'errors.field.shift_key': 'Malformed shift key',
  'errors.shift_pattern_night': 'Day/night shifts need a night start time later than the day start',
  'errors.shift_pattern_past':
    'A shift pattern can take effect from {{date}} on: shifts already started cannot change',
  'errors.shift_unknown': 'No such shift: {{key}} (check the shift pattern of that day)',
  'errors.roster_person_unknown': 'This person does not exist or is deactivated: {{id}}',
  'errors.roster_person_twice': '{{name}} appears twice on the same shift',
  'errors.roster_not_on_shift': '{{name}} is not on the roster of shift {{key}}',
  'errors.roster_same_shift': 'A swap needs two different shifts',
  'errors.roster_range': 'The range must lie within {{month}} and start no later than it ends',
  'errors.roster_fill_empty': 'Give at least one rotation list',
  'errors.contact_missing': 'Contact not found',
  'errors.handover_future': 'Shift {{key}} has not started: nothing to hand over',
  'errors.handover_locked': 'The handover is signed and locked; append an amendment instead',
  'errors.handover_blocked':
    '{{count}} item(s) need an explanation (overdue reports, overdue faults) before signing',
  'errors.handover_not_frozen': 'Amendments can be added once the outgoing chief has signed',
  'errors.handover_signed_role': '$t(signRole.{{role}}) has already signed',
  'errors.handover_outgoing_first': 'The outgoing shift chief signs first',
  'errors.handover_same_person': '{{name}} already signed for another side: three different people sign',
  'errors.handover_leader_role': 'The leader on duty signs in person (an operator with the leader role)',
  'errors.handover_missing': 'Handover record not found',
  'errors.handover_item_unknown': 'Not an item of the equipment register: {{id}}',
  'errors.handover_signer_no_pin': '{{name}} has no PIN and cannot sign; set one in Settings → Duty staff',
  'errors.handover_proof_required': '{{name}} signs with their PIN, or from a seat where they are signed in',
  'errors.handover_too_early':
    'Signing opens at {{time}}; to sign earlier, give a reason (it is printed on the sheet)',
  'errors.handover_items_unreceived':
    '{{count}} handed-over item(s) not confirmed: tick received, or note why not',
  'errors.handover_receipt_incoming': 'Items handed over are receipted by the incoming chief when signing',
  'errors.field.chain_hash': 'The check code is 8 to 64 hexadecimal characters (0-9, a-f)',
  'errors.import_roster_person': 'Nobody of this name: {{name}} (add them as an operator or contact first)',
  'errors.import_roster_shift': 'No such shift on that day: {{value}}',
  'errors.import_not_date': 'Not a date: {{value}}',
  'errors.import_roster_duplicate': 'Same shift as row {{other}}',
  'blockingLine.overdue_report': '{{number}} {{title}}: $t(deadline.{{kind}})',
  'blockingLine.overdue_fault': '{{number}} {{equipment}}: {{description}}',
};

export const rosterMessages = catalog(zh, en);
