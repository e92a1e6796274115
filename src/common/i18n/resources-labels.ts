import { catalog } from './catalog';

/**
 * Labels of the facility codes (kinds, capacity units, coordinate systems), both
 * locales. Spread into domain-labels.ts: `label(locale, 'facilityKind.school')` works
 * in core (exports, import headers) and the renderer merges them into i18next.
 */
const zh = {
  'facilityKind.school': '学校',
  'facilityKind.hospital': '医院',
  'facilityKind.water': '供水',
  'facilityKind.power': '供电',
  'facilityKind.gas': '供气',
  'facilityKind.transport': '交通',
  'facilityKind.other': '其他',
  'capacityUnit.students': '在校学生（人）',
  'capacityUnit.beds': '床位（张）',
  'capacityUnit.m3_per_day': '日供水能力（立方米）',
  'capacityUnit.kva': '容量（千伏安）',
  'capacityUnit.m3': '储气量（立方米）',
  'capacityUnit.passengers': '日客流（人次）',
  'capacityUnit.people': '容纳人数（人）',
  'capacity.students': '学生 {{n}} 人',
  'capacity.beds': '床位 {{n}} 张',
  'capacity.m3_per_day': '日供水 {{n}} 立方米',
  'capacity.kva': '容量 {{n}} 千伏安',
  'capacity.m3': '储气 {{n}} 立方米',
  'capacity.passengers': '日客流 {{n}} 人次',
  'capacity.people': '容纳 {{n}} 人',
  'crs.wgs84': 'WGS-84 / CGCS2000（GPS、天地图）',
  'crs.gcj02': 'GCJ-02（高德、腾讯地图）',
  'crs.bd09': 'BD-09（百度地图）',
};

const en: Record<keyof typeof zh, string> = {
  'facilityKind.school': 'School',
  'facilityKind.hospital': 'Hospital',
  'facilityKind.water': 'Water supply',
  'facilityKind.power': 'Power',
  'facilityKind.gas': 'Gas',
  'facilityKind.transport': 'Transport hub',
  'facilityKind.other': 'Other',
  'capacityUnit.students': 'Students',
  'capacityUnit.beds': 'Beds',
  'capacityUnit.m3_per_day': 'Output (m³/day)',
  'capacityUnit.kva': 'Rating (kVA)',
  'capacityUnit.m3': 'Storage (m³)',
  'capacityUnit.passengers': 'Passengers/day',
  'capacityUnit.people': 'Capacity (people)',
  'capacity.students': '{{n}} students',
  'capacity.beds': '{{n}} beds',
  'capacity.m3_per_day': '{{n}} m³/day',
  'capacity.kva': '{{n}} kVA',
  'capacity.m3': '{{n}} m³ stored',
  'capacity.passengers': '{{n}} passengers/day',
  'capacity.people': '{{n}} people',
  'crs.wgs84': 'WGS-84 / CGCS2000 (GPS, Tianditu)',
  'crs.gcj02': 'GCJ-02 (Amap, Tencent)',
  'crs.bd09': 'BD-09 (Baidu)',
};

export const resourcesLabels = catalog(zh, en);
