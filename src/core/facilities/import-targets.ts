import { DepotInput, FacilityInput, StockItem } from '../../common/contract/facilities';
import { FACILITY_KINDS, type FacilityKind } from '../../common/domain/facilities';
import { resourcesLabels } from '../../common/i18n/resources-labels';
import { describeIssues } from '../../common/i18n/issues';
import { newId } from '../auth/secrets';
import { stmt } from '../db/sql';
import { normalizeHeader } from '../imports/analyse';
import {
  defineImportTarget,
  importField,
  type ImportFieldDef,
  type ParsedRow,
  type RowContext,
  type RowIssue,
} from '../imports/registry';
import {
  depotByName,
  depotInputOf,
  facilityByName,
  facilityInputOf,
  insertDepot,
  insertFacility,
  stockOf,
  updateDepot,
  updateFacility,
  upsertStockItem,
} from './repo';

const f = importField;

const TOWN = f(
  'town',
  'column.resources.town',
  false,
  ['乡镇', '街道', '镇街', '所属乡镇', '所在乡镇', '乡镇街道', '行政区', 'town'],
  'columnHint.resources.town',
);
const LON = f('lon', 'column.lon', false, ['lng', 'lon', 'longitude', 'x', '东经']);
const LAT = f('lat', 'column.lat', false, ['lat', 'latitude', 'y', '北纬']);
const NOTES = f('notes', 'column.notes', false, ['说明', 'remark', 'remarks']);

/** The facility register's columns, in export order: an export can be edited and imported back. */
export const FACILITY_FIELDS: ImportFieldDef[] = [
  f(
    'kind',
    'column.facilities.kind',
    true,
    ['单位类型', '设施类型', '类别', '单位类别', 'type', 'kind'],
    'columnHint.facilities.kind',
  ),
  f('name', 'column.facilities.name', true, ['单位名称', '设施名称', '重点单位', '名称全称', 'name']),
  TOWN,
  f('address', 'column.facilities.address', false, ['详细地址', '所在地址', '位置', '地点', 'address']),
  LON,
  LAT,
  f(
    'capacity',
    'column.facilities.capacity',
    false,
    [
      '规模',
      '容量',
      '学生数',
      '在校学生',
      '在校学生数',
      '床位',
      '床位数',
      '供水能力',
      '容纳人数',
      '可容纳人数',
      '威胁人数',
      '受威胁人数',
      '库容',
      '储量',
      'capacity',
    ],
    'columnHint.facilities.capacity',
  ),
  f(
    'households',
    'column.facilities.households',
    false,
    ['威胁户数', '户数', '受威胁户', '威胁户', 'households'],
    'columnHint.facilities.households',
  ),
  f('contact', 'column.facilities.contact', false, [
    '联系人',
    '值班联系人',
    '负责人',
    '24小时值班联系人',
    'contact',
  ]),
  f('phone', 'column.facilities.phone', false, [
    '电话',
    '值班电话',
    '24小时电话',
    '24小时值班电话',
    '手机',
    'phone',
  ]),
  NOTES,
];

export const DEPOT_FIELDS: ImportFieldDef[] = [
  f('name', 'column.depots.name', true, ['名称', '储备库', '仓库', '仓库名称', '库名', 'name', 'depot']),
  TOWN,
  f('address', 'column.depots.address', false, ['详细地址', '位置', '地点', 'address']),
  LON,
  LAT,
  f('keeper', 'column.depots.keeper', false, ['管理员', '负责人', '联系人', '保管人', 'keeper']),
  f('phone', 'column.depots.phone', false, ['电话', '手机', '值班电话', 'phone']),
  NOTES,
];

export const STOCK_FIELDS: ImportFieldDef[] = [
  f('depot', 'column.stock.depot', true, ['储备库', '仓库', '仓库名称', '库名', '所在储备库', 'depot']),
  f('item', 'column.stock.item', true, ['物资', '品名', '物资品名', '名称', 'item']),
  f('unit', 'column.stock.unit', true, ['计量单位', 'unit']),
  f('quantity', 'column.stock.quantity', true, ['数量', '库存', '现有数量', '储备数量', 'quantity']),
  f(
    'minimum',
    'column.stock.minimum',
    false,
    ['最低库存', '储备下限', '下限', '最低储备量', 'minimum'],
    'columnHint.stock.minimum',
  ),
];

// ---------------------------------------------------------------- cell readers

const KINDS = new Map<string, FacilityKind>();
for (const k of FACILITY_KINDS) {
  KINDS.set(normalizeHeader(k), k);
  for (const loc of ['zh-CN', 'en-US'] as const)
    KINDS.set(normalizeHeader(resourcesLabels[loc][`facilityKind.${k}`]), k);
}
const KIND_WORDS: [FacilityKind, string[]][] = [
  ['school', ['学校', '小学', '中学', '初中', '高中', '中心校', '幼儿园', '职业学校', '职中', '完小']],
  ['hospital', ['医院', '卫生院', '卫生室', '医疗机构', '妇幼保健院', '疾控中心', '社区卫生服务中心']],
  ['water', ['供水', '水厂', '自来水厂', '水源地', '净水厂', '供水站']],
  ['power', ['供电', '变电站', '电厂', '电站', '电力', '供电所', '水电站']],
  ['gas', ['供气', '燃气', '加气站', '天然气', '门站', '液化气站', '储气站']],
  ['transport', ['交通', '车站', '客运站', '汽车站', '火车站', '码头', '收费站', '交通枢纽', '公交站']],
  [
    'shelter',
    ['避难场所', '应急避难场所', '避难所', '避险场所', '安置点', '临时安置点', '集中安置点', '应急疏散场地'],
  ],
  [
    'hazmat',
    [
      '危化企业',
      '危化',
      '危化品',
      '危险化学品',
      '危险化学品企业',
      '危化品企业',
      '化工企业',
      '加油站',
      '加油加气站',
      '油库',
      '烟花爆竹',
    ],
  ],
  [
    'geohazard',
    [
      '地质灾害隐患点',
      '地灾隐患点',
      '地质灾害点',
      '隐患点',
      '滑坡',
      '崩塌',
      '泥石流',
      '地面塌陷',
      '不稳定斜坡',
    ],
  ],
  ['reservoir', ['水库', '堤防', '堤坝', '大坝', '山塘', '河堤', '水闸', '病险水库']],
  ['other', ['其他', '其它', '其他重点单位']],
];
for (const [k, ws] of KIND_WORDS) for (const w of ws) KINDS.set(normalizeHeader(w), k);

/** A facility kind from a cell: the code, either label, or a common name of the kind ("卫生院"). */
export function kindOf(cell: string): FacilityKind | undefined {
  return KINDS.get(normalizeHeader(cell));
}

/** Whole numbers as registers write them: "1,230", "1230 人", "860.0". */
export function wholeNumber(cell: string): number | null {
  const m = /^(\d{1,12})(?:\.0+)?\s*[^\d.,-]{0,6}$/.exec(cell.replace(/[,，\s]/g, ''));
  return m ? Number(m[1]) : null;
}

export function amountOf(cell: string): number | null {
  const m = /^(\d{1,12}(?:\.\d{1,4})?)\s*[^\d.,-]{0,6}$/.exec(cell.replace(/[,，\s]/g, ''));
  return m ? Number(m[1]) : null;
}

/** Town by name or code (a blank county with no towns accepts no names); shared by the registers with a town column. */
export function townOf(ctx: RowContext, cell: string): string | null | undefined {
  if (!cell) return null;
  let towns = ctx.memo.get('towns') as Map<string, string> | undefined;
  if (!towns) {
    towns = new Map();
    for (const t of stmt<[], { code: string; name: string }>(ctx.db, 'SELECT code, name FROM towns').all()) {
      towns.set(t.code, t.code);
      towns.set(normalizeHeader(t.name), t.code);
    }
    ctx.memo.set('towns', towns);
  }
  return towns.get(cell.trim()) ?? towns.get(normalizeHeader(cell)) ?? undefined;
}

function pointOf(c: Record<string, string>, issues: RowIssue[]): [number, number] | null {
  if (!c.lon && !c.lat) return null;
  if (!c.lon || !c.lat) {
    issues.push({ field: c.lon ? 'lat' : 'lon', key: 'errors.import_point_pair' });
    return null;
  }
  const lon = Number(c.lon);
  const lat = Number(c.lat);
  if (!Number.isFinite(lon)) issues.push({ field: 'lon', key: 'errors.import_not_number' });
  else if (!Number.isFinite(lat)) issues.push({ field: 'lat', key: 'errors.import_not_number' });
  else if (Math.abs(lon) > 180) issues.push({ field: 'lon', key: 'errors.import_point_range' });
  else if (Math.abs(lat) > 90) issues.push({ field: 'lat', key: 'errors.import_point_range' });
  else return [lon, lat];
  return null;
}

/** zod's problems with the assembled record, by the import column they came from. */
export function schemaIssues(
  issues: RowIssue[],
  zodIssues: Parameters<typeof describeIssues>[0],
  fieldOf: (top: string, path: string) => string,
): void {
  for (const i of describeIssues(zodIssues, 'zh-CN')) {
    const field = fieldOf(i.path.split('.')[0] ?? '', i.path);
    if (!issues.some((x) => x.field === field)) issues.push({ field, key: i.key, params: i.params });
  }
}

const fieldOfPlace = (top: string, path: string) =>
  top === 'point' ? (path.endsWith('1') ? 'lat' : 'lon') : top === 'townCode' ? 'town' : top;

function parseFacility(c: Record<string, string>, ctx: RowContext): ParsedRow<FacilityInput> {
  const issues: RowIssue[] = [];
  const kind = c.kind ? kindOf(c.kind) : undefined;
  if (!c.kind) issues.push({ field: 'kind', key: 'errors.field.required' });
  else if (!kind)
    issues.push({
      field: 'kind',
      key: 'errors.import_unknown_value',
      params: { value: c.kind.slice(0, 40) },
    });
  const townCode = townOf(ctx, c.town ?? '');
  if (townCode === undefined)
    issues.push({
      field: 'town',
      key: 'errors.import_town_unknown',
      params: { value: (c.town ?? '').slice(0, 40) },
    });
  const point = pointOf(c, issues);
  const count = (field: 'capacity' | 'households'): number | null => {
    const cell = c[field];
    if (!cell) return null;
    const n = wholeNumber(cell);
    if (n === null) issues.push({ field, key: 'errors.import_not_whole_number' });
    return n;
  };
  const capacity = count('capacity');
  const households = count('households');
  const parsed = FacilityInput.safeParse({
    kind: kind ?? 'other',
    name: c.name ?? '',
    address: c.address ?? '',
    townCode: townCode ?? null,
    point,
    capacity,
    households,
    contact: c.contact ?? '',
    phone: c.phone ?? '',
    notes: c.notes ?? '',
  });
  if (!parsed.success) schemaIssues(issues, parsed.error.issues, fieldOfPlace);
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  return { ok: true, value: parsed.data };
}

type DepotLine = Omit<DepotInput, 'stock'>;

function parseDepot(c: Record<string, string>, ctx: RowContext): ParsedRow<DepotLine> {
  const issues: RowIssue[] = [];
  const townCode = townOf(ctx, c.town ?? '');
  if (townCode === undefined)
    issues.push({
      field: 'town',
      key: 'errors.import_town_unknown',
      params: { value: (c.town ?? '').slice(0, 40) },
    });
  const point = pointOf(c, issues);
  const parsed = DepotInput.omit({ stock: true }).safeParse({
    name: c.name ?? '',
    address: c.address ?? '',
    townCode: townCode ?? null,
    point,
    keeper: c.keeper ?? '',
    phone: c.phone ?? '',
    notes: c.notes ?? '',
  });
  if (!parsed.success) schemaIssues(issues, parsed.error.issues, fieldOfPlace);
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  return { ok: true, value: parsed.data };
}

type StockLine = StockItem & { depot: string };

function parseStock(c: Record<string, string>): ParsedRow<StockLine> {
  const issues: RowIssue[] = [];
  const quantity = c.quantity ? amountOf(c.quantity) : null;
  if (c.quantity && quantity === null) issues.push({ field: 'quantity', key: 'errors.import_not_number' });
  const minimum = c.minimum ? amountOf(c.minimum) : 0;
  if (minimum === null) issues.push({ field: 'minimum', key: 'errors.import_not_number' });
  if (!c.depot) issues.push({ field: 'depot', key: 'errors.field.required' });
  if (!c.quantity) issues.push({ field: 'quantity', key: 'errors.field.required' });
  const parsed = StockItem.safeParse({
    item: c.item ?? '',
    unit: c.unit ?? '',
    quantity: quantity ?? 0,
    minimum: minimum ?? 0,
  });
  if (!parsed.success) schemaIssues(issues, parsed.error.issues, (top) => top);
  if (issues.length > 0 || !parsed.success) return { ok: false, issues };
  return { ok: true, value: { ...parsed.data, depot: (c.depot ?? '').trim() } };
}

/** Rows naming the same thing twice: the later one is the problem, pointing at the first. */
export function duplicates<R>(
  rows: { row: number; value: R }[],
  keyOf: (r: R) => string,
  field: string,
): { index: number; issue: RowIssue }[] {
  const seen = new Map<string, number>();
  const out: { index: number; issue: RowIssue }[] = [];
  rows.forEach((r, index) => {
    const k = keyOf(r.value);
    const other = seen.get(k);
    if (other !== undefined)
      out.push({ index, issue: { field, key: 'errors.import_duplicate_in_file', params: { other } } });
    else seen.set(k, r.row);
  });
  return out;
}

export const facilityImportTarget = defineImportTarget<FacilityInput>({
  name: 'facilities',
  event: 'facilities.changed',
  fields: FACILITY_FIELDS,
  parseRow: parseFacility,
  plan(db, rows) {
    return {
      actions: rows.map((r) =>
        facilityByName(db, r.value.kind, r.value.name.trim()) ? ('update' as const) : ('create' as const),
      ),
      issues: duplicates(rows, (v) => `${v.kind}\u0000${v.name.trim()}`, 'name'),
    };
  },
  write(ctx, rows) {
    let created = 0;
    let updated = 0;
    const at = ctx.nowIso();
    for (const e of rows) {
      const existing = facilityByName(ctx.db, e.kind, e.name.trim());
      if (existing) {
        updateFacility(ctx.db, existing.id, e, at, true);
        ctx.changed('facility', existing.id, facilityInputOf(existing), e);
        updated++;
      } else {
        const id = newId('fac');
        insertFacility(ctx.db, id, e, at);
        ctx.changed('facility', id, undefined, e);
        created++;
      }
    }
    return { created, updated };
  },
});

export const depotImportTarget = defineImportTarget<DepotLine>({
  name: 'depots',
  event: 'depots.changed',
  fields: DEPOT_FIELDS,
  parseRow: parseDepot,
  plan(db, rows) {
    return {
      actions: rows.map((r) =>
        depotByName(db, r.value.name.trim()) ? ('update' as const) : ('create' as const),
      ),
      issues: duplicates(rows, (v) => v.name.trim(), 'name'),
    };
  },
  write(ctx, rows) {
    let created = 0;
    let updated = 0;
    const at = ctx.nowIso();
    for (const e of rows) {
      const existing = depotByName(ctx.db, e.name.trim());
      if (existing) {
        // The depot sheet says nothing about stock: what the depot holds stays as it is.
        updateDepot(ctx.db, existing.id, e, { actor: ctx.actor, at }, true);
        ctx.changed('depot', existing.id, depotInputOf(existing, []), e);
        updated++;
      } else {
        const id = newId('dep');
        insertDepot(ctx.db, id, { ...e, stock: [] }, { actor: ctx.actor, at });
        ctx.changed('depot', id, undefined, e);
        created++;
      }
    }
    return { created, updated };
  },
});

export const stockImportTarget = defineImportTarget<StockLine>({
  name: 'depotStock',
  event: 'depots.changed',
  fields: STOCK_FIELDS,
  points: null,
  parseRow: (cells) => parseStock(cells),
  plan(db, rows) {
    const issues = duplicates(rows, (v) => `${v.depot}\u0000${v.item.trim()}`, 'item');
    const actions = rows.map((r, index) => {
      const depot = depotByName(db, r.value.depot);
      if (!depot) {
        issues.push({
          index,
          issue: {
            field: 'depot',
            key: 'errors.import_depot_unknown',
            params: { value: r.value.depot.slice(0, 40) },
          },
        });
        return 'create' as const;
      }
      return stockOf(db, depot.id).some((s) => s.item === r.value.item.trim())
        ? ('update' as const)
        : ('create' as const);
    });
    return { actions, issues };
  },
  write(ctx, rows) {
    let created = 0;
    let updated = 0;
    const at = ctx.nowIso();
    const touched = new Set<string>();
    for (const { depot: depotName, ...item } of rows) {
      const depot = depotByName(ctx.db, depotName)!;
      const before = stockOf(ctx.db, depot.id).find((s) => s.item === item.item.trim());
      upsertStockItem(ctx.db, depot.id, item, { actor: ctx.actor, at });
      ctx.changed('depotStock', `${depot.id}/${item.item.trim()}`, before, item);
      if (before) updated++;
      else created++;
      touched.add(depot.id);
    }
    for (const id of touched) stmt(ctx.db, 'UPDATE depots SET updated_at = ? WHERE id = ?').run(at, id);
    return { created, updated };
  },
});
