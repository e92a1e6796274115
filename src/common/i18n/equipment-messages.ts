import { catalog } from './catalog';

/**
 * Error messages of the equipment area and of spreadsheet imports, both locales.
 * Spread into messages.ts so core and the renderer render the same keys.
 */
const zh = {
  'errors.equipment_missing': '找不到该设备',
  'errors.equipment_serial_taken': '同类设备中已有编号为 {{serial}} 的登记',
  'errors.equipment_not_checked': '设备“{{name}}”为$t(equipmentStatus.{{status}})状态，不需要检查',
  'errors.check_unknown_item': '检查项 {{key}} 不在该设备的检查模板中',
  'errors.check_missing_item': '必检项“{{label}}”未填写',
  'errors.check_bad_value': '检查项“{{label}}”的值类型不正确',
  'errors.check_before_registered': '检查时间不能早于设备登记时间',
  'errors.template_version_stale': '检查模板已被修改（现为第 {{version}} 版），请刷新后重新填写',
  'errors.template_duplicate_key': '检查项编号 {{key}} 重复',
  'errors.template_bounds': '检查项“{{label}}”的下限大于上限',
  'errors.template_choice_pass': '检查项“{{label}}”的合格选项必须是选项之一',
  'errors.fault_missing': '找不到该故障记录',
  'errors.fault_closed': '故障 {{number}} 已关闭',
  'errors.fault_open_exists': '该设备已有未关闭的故障 {{number}}，请在其中记录',
  'errors.fault_transition': '故障不能从“$t(faultStatus.{{from}})”改为“$t(faultStatus.{{to}})”',
  'errors.fault_needs_recheck': '故障须经复验合格后才能关闭：请对该设备做一次检查',
  'errors.fault_no_change': '没有要保存的修改',
  'errors.deadline_before_open': '整改期限不能早于故障登记时间',
  'errors.import_target_unknown': '不支持的导入类型：{{target}}',
  'errors.import_unreadable': '无法读取文件：请使用 XLSX 或 CSV（UTF-8 或 GB18030 编码）',
  'errors.import_empty': '文件中没有数据行',
  'errors.import_too_many': '一次最多导入 {{max}} 行，文件有 {{count}} 行',
  'errors.import_has_errors': '有 {{count}} 处错误，未导入任何数据；请改正后重新导入',
  'errors.import_column_unknown': '列序号 {{column}} 不存在',
  'errors.import_duplicate_in_file': '与第 {{other}} 行重复',
  'errors.import_unknown_value': '无法识别的值“{{value}}”',
  'errors.import_not_number': '应为数字',
  'errors.import_not_interval': '检查周期应为 每日/每周/每月/每N天',
  'errors.import_not_yes_no': '应为“是”或“否”',
  'errors.import_point_pair': '经度和纬度须同时填写',
  'errors.import_unmapped': '必填列“{{field}}”未对应到文件中的列',
  // The fault a failed check opens: "检查不合格：电池电量 42%（应 ≥ 50%）；天线 否".
  'checkFailure.text': '检查不合格：{{items}}',
  'checkFailure.item': '{{label}} {{value}}',
  'checkFailure.itemNeed': '{{label}} {{value}}（应 {{need}}）',
  'checkFailure.missing': '未填',
} as const;

type Key = keyof typeof zh;

const en: Record<Key, string> = {
  'errors.equipment_missing': 'Equipment not found',
  'errors.equipment_serial_taken': 'Another item of this kind already has the number {{serial}}',
  'errors.equipment_not_checked': '"{{name}}" is $t(equipmentStatus.{{status}}) and is not checked',
  'errors.check_unknown_item': "Check item {{key}} is not in this equipment's template",
  'errors.check_missing_item': 'The required item "{{label}}" is not filled in',
  'errors.check_bad_value': 'The value of "{{label}}" has the wrong type',
  'errors.check_before_registered': "A check cannot be earlier than the equipment's registration",
  'errors.template_version_stale':
    'The check template changed (now version {{version}}): reload and fill it in again',
  'errors.template_duplicate_key': 'Check item key {{key}} is used twice',
  'errors.template_bounds': 'The lower bound of "{{label}}" is above its upper bound',
  'errors.template_choice_pass': 'The passing options of "{{label}}" must be among its options',
  'errors.fault_missing': 'Fault not found',
  'errors.fault_closed': 'Fault {{number}} is closed',
  'errors.fault_open_exists': 'This equipment already has an open fault, {{number}}: record it there',
  'errors.fault_transition': 'A fault cannot go from "$t(faultStatus.{{from}})" to "$t(faultStatus.{{to}})"',
  'errors.fault_needs_recheck': 'A fault closes only with a passing re-check: check the equipment',
  'errors.fault_no_change': 'Nothing to save',
  'errors.deadline_before_open': 'The deadline cannot be before the fault was opened',
  'errors.import_target_unknown': 'Unsupported import: {{target}}',
  'errors.import_unreadable': 'Cannot read the file: use XLSX or CSV (UTF-8 or GB18030)',
  'errors.import_empty': 'The file has no data rows',
  'errors.import_too_many': 'At most {{max}} rows at once; the file has {{count}}',
  'errors.import_has_errors': '{{count}} problem(s) found: nothing was imported. Fix them and import again',
  'errors.import_column_unknown': 'Column {{column}} does not exist',
  'errors.import_duplicate_in_file': 'Same as row {{other}}',
  'errors.import_unknown_value': 'Unknown value "{{value}}"',
  'errors.import_not_number': 'Must be a number',
  'errors.import_not_interval': 'Interval must be daily, weekly, monthly or every N days',
  'errors.import_not_yes_no': 'Must be yes or no',
  'errors.import_point_pair': 'Give both longitude and latitude',
  'errors.import_unmapped': 'The required column "{{field}}" is not mapped to a column of the file',
  'checkFailure.text': 'Check failed: {{items}}',
  'checkFailure.item': '{{label}} {{value}}',
  'checkFailure.itemNeed': '{{label}} {{value}} (must be {{need}})',
  'checkFailure.missing': 'missing',
};

export const equipmentMessages = catalog(zh, en);
