import { catalog } from './catalog';

/**
 * Words of the equipment area's files: the register's columns (import and export
 * share them, so an export imports back), what a cell may hold, sheet and file names.
 */
const zh = {
  'column.equipment.kind': '设备类型',
  'column.equipment.name': '设备名称',
  'column.equipment.model': '型号',
  'column.equipment.serial': '编号',
  'column.equipment.location': '存放位置',
  'column.equipment.custodianA': '保管人A',
  'column.equipment.custodianB': '保管人B',
  'column.equipment.interval': '检查周期',
  'column.equipment.status': '状态',
  'column.equipment.handover': '交接物品',
  'columnHint.equipment.kind':
    '卫星电话、对讲机、通讯基站、机房、视频会议系统、值班电话/传真、应急通信车、其他',
  'columnHint.equipment.interval': '每日、每周、每月、每N天（空白按类型默认）',
  'columnHint.equipment.status': '在用、故障、维修中、停用（空白为在用）',
  'columnHint.equipment.handover': '是/否',
  'exportSheet.equipment': '通讯设备台账',
  'exportFile.equipment': '通讯设备台账',
  'printFile.equipment': '通讯设备检查记录表',
} as const;

const en: Record<keyof typeof zh, string> = {
  'column.equipment.kind': 'Kind',
  'column.equipment.name': 'Name',
  'column.equipment.model': 'Model',
  'column.equipment.serial': 'Serial / number',
  'column.equipment.location': 'Location',
  'column.equipment.custodianA': 'Custodian A',
  'column.equipment.custodianB': 'Custodian B',
  'column.equipment.interval': 'Check interval',
  'column.equipment.status': 'Status',
  'column.equipment.handover': 'Handed over',
  'columnHint.equipment.kind': 'Satellite phone, Radio, Base station, Machine room, ...',
  'columnHint.equipment.interval': "daily, weekly, monthly, every N days (blank: the kind's default)",
  'columnHint.equipment.status': 'In use, Faulty, Under repair, Retired',
  'columnHint.equipment.handover': 'yes/no',
  'exportSheet.equipment': 'Equipment',
  'exportFile.equipment': 'equipment',
  'printFile.equipment': 'Equipment check sheet',
};

export const equipmentFiles = catalog(zh, en);
