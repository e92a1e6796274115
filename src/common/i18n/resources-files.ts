import { catalog } from './catalog';

/**
 * Words of the resources area's files: the columns of the facility register, the
 * depots and their stock (import and export share them), sheet and file names.
 */
const zh = {
  'column.resources.town': '乡镇（街道）',
  'columnHint.resources.town': '乡镇（街道）名称或代码',
  'column.facilities.kind': '类型',
  'column.facilities.name': '名称',
  'column.facilities.address': '地址',
  'column.facilities.capacity': '规模（学生数/床位等）',
  'column.facilities.contact': '24小时联系人',
  'column.facilities.phone': '联系电话',
  'column.facilities.households': '受威胁户数',
  'columnHint.facilities.kind':
    '学校、医院、供水、供电、供气、交通、避难场所、危化企业/加油站、地质灾害隐患点、水库/堤防、其他',
  'columnHint.facilities.capacity':
    '学校填学生数，医院填床位数，供水填日供水能力（立方米），供电填容量（千伏安），避难场所填可容纳人数，地质灾害隐患点填受威胁人数，危化企业填储量（吨），水库填库容（万立方米）',
  'columnHint.facilities.households': '地质灾害隐患点填写',
  'column.depots.name': '储备库名称',
  'column.depots.address': '地址',
  'column.depots.keeper': '保管员',
  'column.depots.phone': '联系电话',
  'column.stock.depot': '储备库名称',
  'column.stock.item': '物资名称',
  'column.stock.unit': '单位',
  'column.stock.quantity': '库存数量',
  'column.stock.minimum': '最低储备',
  'columnHint.stock.minimum': '空白为 0',
  'exportSheet.facilities': '重点单位',
  'exportSheet.depots': '储备库',
  'exportSheet.stock': '物资库存',
  'exportFile.facilities': '重点单位',
  'exportFile.depots': '应急物资储备库',
} as const;

const en: Record<keyof typeof zh, string> = {
  'column.resources.town': 'Town',
  'columnHint.resources.town': 'Town name or code',
  'column.facilities.kind': 'Kind',
  'column.facilities.name': 'Name',
  'column.facilities.address': 'Address',
  'column.facilities.capacity': 'Capacity (students, beds...)',
  'column.facilities.contact': '24-hour contact',
  'column.facilities.phone': 'Phone',
  'column.facilities.households': 'Households threatened',
  'columnHint.facilities.kind':
    'School, Hospital, Water supply, Power, Gas, Transport hub, Emergency shelter, Hazardous site / fuel station, Geohazard point, Reservoir / dike, Other',
  'columnHint.facilities.capacity':
    'Students for schools, beds for hospitals, m³/day for water, kVA for power, places for shelters, persons threatened for hazard points, tonnes for hazardous sites, 10⁴ m³ for reservoirs',
  'columnHint.facilities.households': 'For geohazard points',
  'column.depots.name': 'Depot',
  'column.depots.address': 'Address',
  'column.depots.keeper': 'Keeper',
  'column.depots.phone': 'Phone',
  'column.stock.depot': 'Depot',
  'column.stock.item': 'Item',
  'column.stock.unit': 'Unit',
  'column.stock.quantity': 'Quantity',
  'column.stock.minimum': 'Minimum level',
  'columnHint.stock.minimum': 'blank: 0',
  'exportSheet.facilities': 'Facilities',
  'exportSheet.depots': 'Depots',
  'exportSheet.stock': 'Stock',
  'exportFile.facilities': 'facilities',
  'exportFile.depots': 'depots',
};

export const resourcesFiles = catalog(zh, en);
