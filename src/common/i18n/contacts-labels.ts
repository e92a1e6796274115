import { catalog } from './catalog';

/**
 * Labels of 通讯录: the kinds of unit, the register's columns (import headers and the
 * export's), its file name. Both locales; core (exports, import headers) and the
 * renderer read them alike.
 */
const zh = {
  'contactCategory.superior': '上级单位',
  'contactCategory.county_leader': '县领导',
  'contactCategory.department': '县直部门',
  'contactCategory.town': '乡镇（街道）',
  'contactCategory.village': '村（社区）',
  'contactCategory.team': '救援队伍',
  'contactCategory.enterprise': '企业',
  'contactCategory.other': '其他',
  'column.contacts.category': '类别',
  'column.contacts.unit': '单位',
  'column.contacts.person': '姓名',
  'column.contacts.post': '职务',
  'column.contacts.dutyPhone': '24小时值班电话',
  'column.contacts.mobile': '手机',
  'column.contacts.officePhone': '办公电话',
  'column.contacts.town': '所属乡镇',
  'column.contacts.callList': '叫应名单',
  'column.contacts.reviewedOn': '核对日期',
  'columnHint.contacts.category':
    '上级单位、县领导、县直部门、乡镇（街道）、村（社区）、救援队伍、企业、其他',
  'columnHint.contacts.callList': '是 / 否',
  'columnHint.contacts.reviewedOn': '如 2026-04-15',
  'exportFile.contacts': '通讯录',
  'exportSheet.contacts': '通讯录',
};

const en: Record<keyof typeof zh, string> = {
  'contactCategory.superior': 'Superior',
  'contactCategory.county_leader': 'County leader',
  'contactCategory.department': 'County department',
  'contactCategory.town': 'Town',
  'contactCategory.village': 'Village',
  'contactCategory.team': 'Rescue team',
  'contactCategory.enterprise': 'Enterprise',
  'contactCategory.other': 'Other',
  'column.contacts.category': 'Category',
  'column.contacts.unit': 'Unit',
  'column.contacts.person': 'Name',
  'column.contacts.post': 'Post',
  'column.contacts.dutyPhone': '24-hour duty phone',
  'column.contacts.mobile': 'Mobile',
  'column.contacts.officePhone': 'Office phone',
  'column.contacts.town': 'Town',
  'column.contacts.callList': 'Call list',
  'column.contacts.reviewedOn': 'Reviewed on',
  'columnHint.contacts.category':
    'Superior, county leader, county department, town, village, rescue team, enterprise, other',
  'columnHint.contacts.callList': 'yes / no',
  'columnHint.contacts.reviewedOn': 'e.g. 2026-04-15',
  'exportFile.contacts': 'Contacts',
  'exportSheet.contacts': 'Contacts',
};

export const contactsLabels = catalog(zh, en);
