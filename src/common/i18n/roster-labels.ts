import { catalog } from './catalog';

/**
 * Labels of shift, roster and handover codes, both locales. Spread into
 * domain-labels.ts: core uses them in exports, the renderer through i18next.
 */
const zh = {
  'shiftSlot.full': '全天',
  'shiftSlot.day': '白班',
  'shiftSlot.night': '夜班',
  'shiftKind.day24': '24小时一班',
  'shiftKind.dayNight': '白班、夜班两班',
  'position.leader': '带班领导',
  'position.chief': '值班长',
  'position.officer': '值班员',
  'signRole.outgoing': '交班值班长',
  'signRole.incoming': '接班值班长',
  'signRole.leader': '带班领导',
  'blocking.overdue_report': '超时未报',
  'blocking.unticked_item': '交接物品未接收',
  'blocking.overdue_fault': '故障超期未修复',
  'rosterChange.set': '调整',
  'rosterChange.fill': '按规律排班',
  'rosterChange.copy': '复制上月',
  'rosterChange.swap': '换班',
  'rosterChange.replace': '替班',
  'rosterChange.import': '导入',
  'handoverStatus.draft': '填写中',
  'handoverStatus.signing': '签字中',
  'handoverStatus.signed': '已签字',
} as const;

type Key = keyof typeof zh;

const en: Record<Key, string> = {
  'shiftSlot.full': '24 h',
  'shiftSlot.day': 'Day',
  'shiftSlot.night': 'Night',
  'shiftKind.day24': 'One 24-hour shift',
  'shiftKind.dayNight': 'Day and night shifts',
  'position.leader': 'Leader on duty',
  'position.chief': 'Shift chief',
  'position.officer': 'Duty officers',
  'signRole.outgoing': 'Outgoing chief',
  'signRole.incoming': 'Incoming chief',
  'signRole.leader': 'Leader on duty',
  'blocking.overdue_report': 'Report overdue',
  'blocking.unticked_item': 'Item not received',
  'blocking.overdue_fault': 'Fault past its deadline',
  'rosterChange.set': 'Changed',
  'rosterChange.fill': 'Filled by pattern',
  'rosterChange.copy': 'Copied from last month',
  'rosterChange.swap': 'Swap',
  'rosterChange.replace': 'Replacement',
  'rosterChange.import': 'Imported',
  'handoverStatus.draft': 'Being completed',
  'handoverStatus.signing': 'Signing',
  'handoverStatus.signed': 'Signed',
};

export const rosterLabels = catalog(zh, en);
