/**
 * Communication equipment (domain.md "Communication equipment"): kinds, statuses,
 * check intervals, check templates and fault states. Codes are English; labels live in
 * src/common/i18n/equipment-labels.ts.
 */
export const EQUIPMENT_KINDS = [
  'satellite_phone',
  'radio',
  'base_station',
  'machine_room',
  'video_conf',
  'phone_fax',
  'comm_vehicle',
  'other',
] as const;
export type EquipmentKind = (typeof EQUIPMENT_KINDS)[number];

/** 在用, 故障, 维修中, 停用. Only items in use or faulty are due for checks. */
export const EQUIPMENT_STATUSES = ['in_use', 'fault', 'repair', 'retired'] as const;
export type EquipmentStatus = (typeof EQUIPMENT_STATUSES)[number];
export const CHECKED_STATUSES: readonly EquipmentStatus[] = ['in_use', 'fault'];

export const INTERVAL_KINDS = ['daily', 'weekly', 'monthly', 'days'] as const;
export type IntervalKind = (typeof INTERVAL_KINDS)[number];
export type Interval = { kind: 'daily' | 'weekly' | 'monthly' } | { kind: 'days'; days: number };

/** 待整改 → 整改中 → 已修复待复验 → 已关闭 (a passing re-check closes). */
export const FAULT_STATUSES = ['open', 'in_progress', 'repaired', 'closed'] as const;
export type FaultStatus = (typeof FAULT_STATUSES)[number];
export const OPEN_FAULT_STATUSES: readonly FaultStatus[] = ['open', 'in_progress', 'repaired'];

/** What a step in a fault's history did (the fault_actions table's kinds). */
export const FAULT_ACTIONS = [
  'opened',
  'status',
  'note',
  'deadline',
  'reported',
  'recheck_failed',
  'closed',
] as const;
export type FaultAction = (typeof FAULT_ACTIONS)[number];

export const CHECK_ITEM_TYPES = ['bool', 'number', 'choice', 'text'] as const;
export type CheckItemType = (typeof CHECK_ITEM_TYPES)[number];

/** One line of a check template, as an admin wrote it. */
export type CheckItem =
  | { key: string; label: string; type: 'bool'; required: boolean }
  | {
      key: string;
      label: string;
      type: 'number';
      required: boolean;
      unit: string;
      min: number | null;
      max: number | null;
    }
  | { key: string; label: string; type: 'choice'; required: boolean; options: string[]; pass: string[] }
  | { key: string; label: string; type: 'text'; required: boolean };

export type CheckValue = boolean | number | string | null;

/**
 * Whether one value passes its item. A bool passes when true (the test call connected),
 * a number inside its bounds, a choice when it is one of the passing options; text is
 * information and never fails. A missing value fails a required item and passes an
 * optional one.
 */
export function itemPasses(item: CheckItem, value: CheckValue): boolean {
  if (value === null || value === '') return !item.required;
  switch (item.type) {
    case 'bool':
      return value === true;
    case 'number':
      return (
        typeof value === 'number' &&
        Number.isFinite(value) &&
        (item.min === null || value >= item.min) &&
        (item.max === null || value <= item.max)
      );
    case 'choice':
      return typeof value === 'string' && item.pass.includes(value);
    case 'text':
      return true;
  }
}

/** Is the value of the right type for the item (a bool for yes/no, one of the options...)? */
export function valueFits(item: CheckItem, value: CheckValue): boolean {
  if (value === null) return true;
  switch (item.type) {
    case 'bool':
      return typeof value === 'boolean';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'choice':
      return typeof value === 'string' && item.options.includes(value);
    case 'text':
      return typeof value === 'string';
  }
}

export interface DefaultTemplate {
  items: CheckItem[];
  /** Hours from a fault's opening to its repair deadline (整改期限). */
  faultHours: number;
}

const yes = (key: string, label: string): CheckItem => ({ key, label, type: 'bool', required: true });
const num = (
  key: string,
  label: string,
  unit: string,
  min: number | null,
  max: number | null,
): CheckItem => ({ key, label, type: 'number', required: true, unit, min, max });
const signal = (key: string, label: string): CheckItem => ({
  key,
  label,
  type: 'choice',
  required: true,
  options: ['良', '中', '差'],
  pass: ['良', '中'],
});
const note = (key: string, label: string): CheckItem => ({ key, label, type: 'text', required: false });

/**
 * Default check templates per kind, from domain.md: satellite phone test call,
 * battery ≥ 50 %, charged; radio channel test and battery; machine room UPS,
 * temperature, network; video link test session with city and province. Labels are
 * data (what the sheet prints), so they are Chinese in every UI language.
 */
export const DEFAULT_TEMPLATES: Record<EquipmentKind, DefaultTemplate> = {
  satellite_phone: {
    faultHours: 72,
    items: [
      yes('call', '试拨通话接通'),
      num('battery', '电池电量', '%', 50, 100),
      yes('charged', '已充电、充电器完好'),
    ],
  },
  radio: {
    faultHours: 72,
    items: [yes('channel', '频道通话测试'), num('battery', '电池电量', '%', 50, 100)],
  },
  base_station: {
    faultHours: 48,
    items: [yes('running', '设备运行正常'), signal('signal', '信号'), yes('backup_power', '备用电源正常')],
  },
  machine_room: {
    faultHours: 24,
    items: [
      num('ups', 'UPS 续航', '分钟', 30, null),
      num('temperature', '室温', '°C', 10, 28),
      yes('network', '网络连通'),
      note('remark', '其他情况'),
    ],
  },
  video_conf: {
    faultHours: 48,
    items: [
      yes('city', '与市级测试会话'),
      yes('province', '与省级测试会话'),
      signal('quality', '音视频质量'),
    ],
  },
  phone_fax: {
    faultHours: 24,
    items: [yes('phone', '值班电话拨测'), yes('fax', '传真收发测试')],
  },
  comm_vehicle: {
    faultHours: 72,
    items: [
      yes('engine', '车辆启动正常'),
      yes('satellite', '卫星链路测试'),
      num('fuel', '油量', '%', 50, 100),
      yes('generator', '发电机运行'),
    ],
  },
  other: {
    faultHours: 72,
    items: [yes('working', '外观及运行正常'), note('remark', '情况说明')],
  },
};

/** Default check interval per kind, for a new register entry. */
export const DEFAULT_INTERVALS: Record<EquipmentKind, Interval> = {
  satellite_phone: { kind: 'daily' },
  radio: { kind: 'daily' },
  base_station: { kind: 'weekly' },
  machine_room: { kind: 'daily' },
  video_conf: { kind: 'weekly' },
  phone_fax: { kind: 'daily' },
  comm_vehicle: { kind: 'monthly' },
  other: { kind: 'monthly' },
};
