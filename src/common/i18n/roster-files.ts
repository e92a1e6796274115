import { catalog } from './catalog';

/**
 * Words of the roster area's files: the roster's columns (import and export share the
 * first five, so an exported month imports back), the reading columns after them,
 * weekdays, sheet and file names, the printed sheets' file titles.
 */
const zh = {
  'column.roster.date': '日期',
  'column.roster.slot': '班次',
  'column.roster.leader': '带班领导',
  'column.roster.chief': '值班长',
  'column.roster.officers': '值班员',
  'columnHint.roster.date': '2026-12-01、2026/12/1 或 2026年12月1日',
  'columnHint.roster.slot': '空白或“全天”为24小时班；白班、夜班',
  'columnHint.roster.officers': '多人用顿号、逗号或空格分隔',
  'column.roster.weekday': '星期',
  'column.roster.starts': '开始',
  'column.roster.ends': '结束',
  'column.roster.leaderPhone': '带班领导电话',
  'column.roster.chiefPhone': '值班长电话',
  'column.roster.officerPhones': '值班员电话',
  'weekday.0': '星期日',
  'weekday.1': '星期一',
  'weekday.2': '星期二',
  'weekday.3': '星期三',
  'weekday.4': '星期四',
  'weekday.5': '星期五',
  'weekday.6': '星期六',
  'exportSheet.roster': '值班表{{month}}',
  'exportFile.roster': '值班表',
  'printFile.roster': '值班表',
  'printFile.handover': '值班交接班记录',
} as const;

const en: Record<keyof typeof zh, string> = {
  'column.roster.date': 'Date',
  'column.roster.slot': 'Shift',
  'column.roster.leader': 'Leader on duty',
  'column.roster.chief': 'Shift chief',
  'column.roster.officers': 'Duty officers',
  'columnHint.roster.date': '2026-12-01 or 2026/12/1',
  'columnHint.roster.slot': 'blank or 24 h for a 24-hour shift; day, night',
  'columnHint.roster.officers': 'several names separated by commas or spaces',
  'column.roster.weekday': 'Weekday',
  'column.roster.starts': 'Starts',
  'column.roster.ends': 'Ends',
  'column.roster.leaderPhone': 'Leader phone',
  'column.roster.chiefPhone': 'Chief phone',
  'column.roster.officerPhones': 'Officer phones',
  'weekday.0': 'Sun',
  'weekday.1': 'Mon',
  'weekday.2': 'Tue',
  'weekday.3': 'Wed',
  'weekday.4': 'Thu',
  'weekday.5': 'Fri',
  'weekday.6': 'Sat',
  'exportSheet.roster': 'Roster {{month}}',
  'exportFile.roster': 'roster',
  'printFile.roster': 'Duty roster',
  'printFile.handover': 'Handover record',
};

export const rosterFiles = catalog(zh, en);
