import { catalog } from './catalog';

/** Words of the plans area's files: the columns of a 预案汇编 list (import). */
const zh = {
  'column.plans.name': '预案名称',
  'column.plans.kind': '预案类别',
  'column.plans.domain': '事件类别',
  'column.plans.hazard': '灾种',
  'column.plans.ownerUnit': '编制单位',
  'column.plans.level': '层级',
  'column.plans.version': '版本',
  'column.plans.docNo': '印发文号',
  'column.plans.issuer': '印发机关',
  'column.plans.issuedOn': '印发日期',
  'column.plans.filedOn': '备案日期',
  'column.plans.evaluatedOn': '最近评估日期',
  'column.plans.lastDrilledOn': '最近演练日期',
  'columnHint.plans.kind': '总体、专项、部门、基层组织、企事业单位、巨灾、联合、工作手册、行动方案',
  'columnHint.plans.domain': '自然灾害、事故灾难、公共卫生、社会安全、综合；空白时按名称判断',
  'columnHint.plans.level': '县级、乡镇、村（社区）、单位；空白为县级',
  'columnHint.plans.version': '空白时按印发年份记为“某年版”',
  'columnHint.plans.date': '如 2024-05-06、2024/5/6 或 2024年5月6日',
} as const;

const en: Record<keyof typeof zh, string> = {
  'column.plans.name': 'Plan',
  'column.plans.kind': 'Kind',
  'column.plans.domain': 'Domain',
  'column.plans.hazard': 'Hazard',
  'column.plans.ownerUnit': 'Owner unit',
  'column.plans.level': 'Level',
  'column.plans.version': 'Version',
  'column.plans.docNo': 'Document no.',
  'column.plans.issuer': 'Issued by',
  'column.plans.issuedOn': 'Issued on',
  'column.plans.filedOn': 'Filed on',
  'column.plans.evaluatedOn': 'Last evaluated',
  'column.plans.lastDrilledOn': 'Last drilled',
  'columnHint.plans.kind':
    'Overall, special, department, grassroots, enterprise, catastrophe, joint, work manual, action plan',
  'columnHint.plans.domain':
    'Natural, accident, public health, social security, cross-domain; blank: guessed from the name',
  'columnHint.plans.level': 'County, town, village, unit; blank: county',
  'columnHint.plans.version': 'Blank: "<year of issue> edition"',
  'columnHint.plans.date': 'e.g. 2024-05-06, 2024/5/6 or 2024年5月6日',
} as const;

export const plansFiles = catalog(zh, en);
