/**
 * Key facilities (重点单位/重要部位) and supply depots (应急物资储备库): the codes of the
 * registers and of the map. Labels live in src/common/i18n/resources-labels.ts.
 */
export const FACILITY_KINDS = [
  'school',
  'hospital',
  'water',
  'power',
  'gas',
  'transport',
  // 应急避难场所: where people go when they leave their homes (capacity in persons).
  'shelter',
  // 危化企业 / 加油站: sites that store or handle hazardous chemicals or fuel.
  'hazmat',
  // 地质灾害隐患点: a surveyed slope, gully or cavity that threatens persons and households.
  'geohazard',
  // 水库 / 堤防: a dam or dike whose failure floods what lies below it.
  'reservoir',
  'other',
] as const;
export type FacilityKind = (typeof FACILITY_KINDS)[number];

/**
 * What a facility's capacity counts, by kind: a school's students, a hospital's beds,
 * a water works' daily output, a substation's rating, a gas site's storage, a hub's
 * daily passengers, a shelter's places, a hazardous site's stored tonnes, the persons
 * a hazard point threatens, a reservoir's storage (万立方米). The number is stored
 * bare; the unit follows from the kind.
 */
export const CAPACITY_UNITS = [
  'students',
  'beds',
  'm3_per_day',
  'kva',
  'm3',
  'passengers',
  'people',
  'tonnes',
  'threatened',
  'wan_m3',
] as const;
export type CapacityUnit = (typeof CAPACITY_UNITS)[number];

export const CAPACITY_UNIT: Record<FacilityKind, CapacityUnit> = {
  school: 'students',
  hospital: 'beds',
  water: 'm3_per_day',
  power: 'kva',
  gas: 'm3',
  transport: 'passengers',
  shelter: 'people',
  hazmat: 'tonnes',
  geohazard: 'threatened',
  reservoir: 'wan_m3',
  other: 'people',
};

/**
 * Kinds that count households as well as persons: a 地质灾害隐患点's card names both
 * (受威胁户数 and 受威胁人数), because evacuation is organised by household.
 */
export const HOUSEHOLD_KINDS: readonly FacilityKind[] = ['geohazard'];

/**
 * Map colours of the kinds: saturated hues kept apart from the incident grades'
 * red/orange/yellow/blue and from the basemap's pale tints, so each reads at a glance
 * (and a test can find each kind's pixels on the rendered map).
 */
export const FACILITY_COLORS: Record<FacilityKind, string> = {
  school: '#722ed1',
  hospital: '#c41d7f',
  water: '#08979c',
  power: '#7cb305',
  gas: '#ad4e00',
  transport: '#1d39c4',
  shelter: '#00875a',
  hazmat: '#a8071a',
  geohazard: '#876800',
  reservoir: '#0050b3',
  other: '#595959',
};
export const DEPOT_COLOR = '#389e0d';

/**
 * Coordinate systems a spreadsheet may use. WGS-84 and CGCS2000 (China's geodetic
 * datum, what Tianditu and GPS receivers give) agree to a few centimetres, so they are
 * one choice; GCJ-02 (Amap, Tencent, Google China) and BD-09 (Baidu) are offset by
 * hundreds of metres and are converted to WGS-84 on import.
 */
export const CRS_CODES = ['wgs84', 'gcj02', 'bd09'] as const;
export type CrsCode = (typeof CRS_CODES)[number];

/** Default rings around an incident, metres (1, 3 and 5 km: what a duty room asks first). */
export const DEFAULT_RADII_M = [1000, 3000, 5000] as const;
