import { EquipmentInput } from '../../common/contract/equipment';
import {
  DEFAULT_INTERVALS,
  EQUIPMENT_KINDS,
  EQUIPMENT_STATUSES,
  type EquipmentKind,
  type EquipmentStatus,
  type Interval,
} from '../../common/domain/equipment';
import { describeIssues } from '../../common/i18n/issues';
import { equipmentLabels } from '../../common/i18n/equipment-labels';
import { newId } from '../auth/secrets';
import { defineImportTarget, importField, type ImportFieldDef, type RowIssue } from '../imports/registry';
import { normalizeHeader } from '../imports/analyse';
import { equipmentBySerial, inputOf, insertEquipment, updateEquipment } from './repo';

const f = importField;

/** The register's columns, in export order: an export can be edited and imported back. */
export const EQUIPMENT_FIELDS: ImportFieldDef[] = [
  f('kind', 'column.equipment.kind', true, ['类型', '类别', '设备类别', 'type'], 'columnHint.equipment.kind'),
  f('name', 'column.equipment.name', true, ['名称', '设备', 'equipment']),
  f('model', 'column.equipment.model', false, ['规格型号', '规格', '品牌型号']),
  f('serial', 'column.equipment.serial', false, [
    '序列号',
    '设备编号',
    '号码',
    '串号',
    '资产编号',
    'serial',
    'sn',
    'number',
  ]),
  f('location', 'column.equipment.location', false, ['位置', '存放地点', '安装位置', '地点', '所在位置']),
  f('lon', 'column.lon', false, ['lng', 'lon', 'longitude', 'x']),
  f('lat', 'column.lat', false, ['lat', 'latitude', 'y']),
  f('custodianA', 'column.equipment.custodianA', false, [
    '保管人',
    '责任人',
    '第一保管人',
    '管理人',
    '保管人1',
    'custodian',
  ]),
  f('custodianB', 'column.equipment.custodianB', false, ['第二保管人', '保管人2', '备用保管人', 'ab角b']),
  f(
    'interval',
    'column.equipment.interval',
    false,
    ['周期', '检查频次', '频次', '检查频率'],
    'columnHint.equipment.interval',
  ),
  f('status', 'column.equipment.status', false, ['设备状态', '使用状态'], 'columnHint.equipment.status'),
  f(
    'handover',
    'column.equipment.handover',
    false,
    ['随班交接', '交接', '是否交接', '交接班物品'],
    'columnHint.equipment.handover',
  ),
  f('notes', 'column.notes', false, ['说明', 'remark', 'remarks']),
];

const byLabel = <T extends string>(codes: readonly T[], prefix: string) => {
  const m = new Map<string, T>();
  for (const c of codes) {
    m.set(normalizeHeader(c), c);
    for (const loc of ['zh-CN', 'en-US'] as const)
      m.set(normalizeHeader((equipmentLabels[loc] as Record<string, string>)[`${prefix}.${c}`] ?? c), c);
  }
  return m;
};
const KINDS = byLabel<EquipmentKind>(EQUIPMENT_KINDS, 'equipmentKind');
KINDS.set(normalizeHeader('值班电话'), 'phone_fax');
KINDS.set(normalizeHeader('传真'), 'phone_fax');
KINDS.set(normalizeHeader('视频会议'), 'video_conf');
KINDS.set(normalizeHeader('通信车'), 'comm_vehicle');
KINDS.set(normalizeHeader('基站'), 'base_station');
const STATUSES = byLabel<EquipmentStatus>(EQUIPMENT_STATUSES, 'equipmentStatus');
STATUSES.set(normalizeHeader('正常'), 'in_use');
STATUSES.set(normalizeHeader('维修'), 'repair');
STATUSES.set(normalizeHeader('报废'), 'retired');

export function parseInterval(s: string): Interval | null {
  const t = s.replace(/\s/g, '').toLowerCase();
  if (/^(每日|每天|日|天|每班|daily|day)$/.test(t) || t.startsWith('每日')) return { kind: 'daily' };
  if (/^(每周|周|每星期|weekly|week)$/.test(t) || t.startsWith('每周')) return { kind: 'weekly' };
  if (/^(每月|月|monthly|month)$/.test(t) || t.startsWith('每月')) return { kind: 'monthly' };
  const m = /^(?:每|every)?(\d{1,3})(?:天|日|days?)?$/.exec(t);
  if (m) {
    const days = Number(m[1]);
    if (days === 1) return { kind: 'daily' };
    if (days >= 1 && days <= 366) return { kind: 'days', days };
  }
  return null;
}

function parseYesNo(s: string): boolean | null {
  const t = s.trim().toLowerCase();
  if (['是', '√', 'y', 'yes', 'true', '1', '交接'].includes(t)) return true;
  if (['否', '×', 'n', 'no', 'false', '0', '不交接'].includes(t)) return false;
  return null;
}

function parseRow(
  c: Record<string, string>,
): { ok: true; value: EquipmentInput } | { ok: false; issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  const kind = KINDS.get(normalizeHeader(c.kind ?? ''));
  if (!kind && c.kind)
    issues.push({
      field: 'kind',
      key: 'errors.import_unknown_value',
      params: { value: c.kind.slice(0, 40) },
    });
  let interval: Interval | null = kind ? DEFAULT_INTERVALS[kind] : { kind: 'daily' };
  if (c.interval) {
    interval = parseInterval(c.interval);
    if (!interval) issues.push({ field: 'interval', key: 'errors.import_not_interval' });
  }
  let status: EquipmentStatus | undefined = 'in_use';
  if (c.status) {
    status = STATUSES.get(normalizeHeader(c.status));
    if (!status)
      issues.push({
        field: 'status',
        key: 'errors.import_unknown_value',
        params: { value: c.status.slice(0, 40) },
      });
  }
  let handover: boolean | null = kind === 'satellite_phone' || kind === 'radio';
  if (c.handover) {
    handover = parseYesNo(c.handover);
    if (handover === null) issues.push({ field: 'handover', key: 'errors.import_not_yes_no' });
  }
  let point: [number, number] | null = null;
  if (c.lon || c.lat) {
    const lon = Number(c.lon);
    const lat = Number(c.lat);
    if (!c.lon || !c.lat) issues.push({ field: c.lon ? 'lat' : 'lon', key: 'errors.import_point_pair' });
    else if (!Number.isFinite(lon)) issues.push({ field: 'lon', key: 'errors.import_not_number' });
    else if (!Number.isFinite(lat)) issues.push({ field: 'lat', key: 'errors.import_not_number' });
    else point = [lon, lat];
  }
  const candidate = {
    kind: kind ?? 'other',
    name: c.name ?? '',
    model: c.model ?? '',
    serial: c.serial ?? '',
    location: c.location ?? '',
    point,
    custodianA: c.custodianA ?? '',
    custodianB: c.custodianB ?? '',
    interval: interval ?? { kind: 'daily' },
    status: status ?? 'in_use',
    handover: handover ?? false,
    notes: c.notes ?? '',
  };
  const parsed = EquipmentInput.safeParse(candidate);
  if (!parsed.success) {
    for (const i of describeIssues(parsed.error.issues, 'zh-CN')) {
      const top = i.path.split('.')[0] ?? '';
      const field = top === 'point' ? (i.path.endsWith('1') ? 'lat' : 'lon') : top;
      if (!issues.some((x) => x.field === field)) issues.push({ field, key: i.key, params: i.params });
    }
  }
  if (!c.kind) issues.unshift({ field: 'kind', key: 'errors.field.required' });
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  return { ok: true, value: parsed.data };
}

export const equipmentImportTarget = defineImportTarget<EquipmentInput>({
  name: 'equipment',
  event: 'equipment.changed',
  fields: EQUIPMENT_FIELDS,
  parseRow,
  plan(db, rows) {
    const seen = new Map<string, number>();
    const issues: { index: number; issue: RowIssue }[] = [];
    const actions = rows.map((r, index) => {
      if (r.value.serial) {
        const k = `${r.value.kind}\u0000${r.value.serial}`;
        const other = seen.get(k);
        if (other !== undefined)
          issues.push({
            index,
            issue: { field: 'serial', key: 'errors.import_duplicate_in_file', params: { other } },
          });
        else seen.set(k, r.row);
      }
      return equipmentBySerial(db, r.value.kind, r.value.serial) ? ('update' as const) : ('create' as const);
    });
    return { actions, issues };
  },
  write(ctx, rows) {
    let created = 0;
    let updated = 0;
    const at = ctx.nowIso();
    for (const e of rows) {
      const existing = equipmentBySerial(ctx.db, e.kind, e.serial);
      if (existing) {
        updateEquipment(ctx.db, existing.id, e, at);
        ctx.changed('equipment', existing.id, inputOf(existing), e);
        updated++;
      } else {
        const id = newId('eq');
        insertEquipment(ctx.db, id, e, at);
        ctx.changed('equipment', id, undefined, e);
        created++;
      }
    }
    return { created, updated };
  },
});
