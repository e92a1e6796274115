import { z } from '../zod-setup';
import { defineMethod } from './define';
import { id, name, oneLine, phone, text, townCode } from './shared';
import { lonLat } from './geo';
import { ColumnMapping, ImportOptions, importBase64, importFileName } from './imports';
import { FACILITY_KINDS } from '../domain/facilities';
import { DEPOT_KINDS } from '../domain/supplies';

// Messages are i18n keys; see src/common/i18n/resources-messages.ts.
const kind = z.enum(FACILITY_KINDS);
const amount = z.number().min(0).max(1_000_000_000);

const FacilityFields = {
  kind,
  name: name(80),
  address: oneLine(200),
  townCode,
  /** WGS-84; null while the facility has not been located. */
  point: lonLat.nullable(),
  /** Students, beds, m³/day, kVA, m³, passengers/day or people: the unit follows the kind. */
  capacity: z.number().int().min(0).max(100_000_000).nullable(),
  /** Households a 地质灾害隐患点 threatens (its persons are the capacity); absent or null for other kinds. */
  households: z.number().int().min(0).max(10_000_000).nullable().optional(),
  /** The 24-hour contact (24小时值班联系人) and phone. */
  contact: oneLine(40),
  phone,
  notes: text(500),
};
export const FacilityInput = z.strictObject(FacilityFields);
export type FacilityInput = z.infer<typeof FacilityInput>;

export const FacilityView = z.strictObject({
  id: z.string(),
  kind,
  name: z.string(),
  address: z.string(),
  townCode: z.string().nullable(),
  townName: z.string().nullable(),
  point: lonLat.nullable(),
  capacity: z.number().int().nullable(),
  households: z.number().int().nullable(),
  contact: z.string(),
  phone: z.string(),
  notes: z.string(),
  archived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type FacilityView = z.infer<typeof FacilityView>;

export const StockItem = z.strictObject({
  item: name(40),
  unit: name(10),
  /**
   * The quantity counted (a new line's opening balance, an import's count): a difference
   * from the ledger is recorded as a 盘点调整. Absent, the ledger's quantity stays: the
   * depot dialog moves nothing, it sets the list and the minimum levels.
   */
  quantity: amount.optional(),
  /** The minimum level (最低储备): below it the item shows as short. */
  minimum: amount,
});
export type StockItem = z.infer<typeof StockItem>;

const DepotFields = {
  name: name(80),
  /** 县级储备库, 乡镇储备点 or 代储单位; a new depot without one is the county's, an edit without one keeps it. */
  kind: z.enum(DEPOT_KINDS).optional(),
  address: oneLine(200),
  townCode,
  point: lonLat.nullable(),
  /** The keeper (保管员) and their phone. */
  keeper: oneLine(40),
  phone,
  notes: text(500),
  /**
   * The depot's list as the keeper has it (the whole list: an edit replaces it). Stock is
   * the supplies ledger's: a quantity that differs from it is recorded as a 盘点调整.
   */
  stock: z.array(StockItem).max(300),
};
export const DepotInput = z.strictObject(DepotFields);
export type DepotInput = z.infer<typeof DepotInput>;

export const DepotView = z.strictObject({
  id: z.string(),
  name: z.string(),
  kind: z.enum(DEPOT_KINDS),
  address: z.string(),
  townCode: z.string().nullable(),
  townName: z.string().nullable(),
  point: lonLat.nullable(),
  keeper: z.string(),
  phone: z.string(),
  notes: z.string(),
  stock: z.array(
    z.strictObject({
      item: z.string(),
      unit: z.string(),
      quantity: z.number(),
      minimum: z.number(),
      short: z.boolean(),
    }),
  ),
  /** Items below their minimum level. */
  short: z.number().int(),
  archived: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DepotView = z.infer<typeof DepotView>;

const ExportFile = z.strictObject({
  fileName: z.string(),
  mime: z.string(),
  base64: z.string(),
  rows: z.number().int(),
});

const filter = {
  townCode: townCode.unwrap().optional(),
  /** Words in the name, address, contact or phone. */
  q: oneLine(60).optional(),
  includeArchived: z.boolean().optional(),
};

const facilityExample: FacilityInput = {
  kind: 'school',
  name: '青石镇中心小学',
  address: '青石镇石坝村一组 18 号',
  townCode: '990101101',
  point: [111.61, 27.57],
  capacity: 860,
  contact: '刘校长',
  phone: '0812-5551234',
  notes: '',
};

const depotExample: DepotInput = {
  name: '县应急物资储备库',
  kind: 'county',
  address: '城关街道工业园路 6 号',
  townCode: '990101001',
  point: [111.53, 27.45],
  keeper: '罗保管',
  phone: '13800005555',
  notes: '',
  stock: [{ item: '帐篷', unit: '顶', quantity: 200, minimum: 100 }],
};

export const facilityMethods = {
  'facilities.list': defineMethod({
    name: 'facilities.list',
    input: z.strictObject({
      kind: kind.optional(),
      ...filter,
      /** Only those without coordinates: the ones the map cannot show. */
      unlocated: z.boolean().optional(),
    }),
    output: z.array(FacilityView),
    access: 'read',
    example: { kind: 'school', townCode: '990101101', q: '小学', includeArchived: false },
  }),
  'facilities.upsert': defineMethod({
    name: 'facilities.upsert',
    input: z.strictObject({ id: id.optional(), ...FacilityFields }),
    output: FacilityView,
    access: 'write',
    emits: ['facilities.changed'],
    example: facilityExample,
  }),
  'facilities.archive': defineMethod({
    name: 'facilities.archive',
    // Archived facilities leave the map and the lists; nothing is deleted, and restoring is one click.
    input: z.strictObject({ id, archived: z.boolean() }),
    output: FacilityView,
    access: 'write',
    emits: ['facilities.changed'],
    example: { id: 'fac_0123456789abcdef', archived: true },
  }),
  'facilities.import': defineMethod({
    name: 'facilities.import',
    // The same as imports.commit with target 'facilities' (one importer for every register).
    input: z.strictObject({
      fileName: importFileName,
      base64: importBase64,
      mapping: ColumnMapping,
      options: ImportOptions.optional(),
    }),
    output: z.strictObject({ created: z.number().int(), updated: z.number().int() }),
    access: 'write',
    emits: ['facilities.changed'],
    example: {
      fileName: '重点单位.csv',
      // "类型,名称\n学校,青石镇中心小学\n" in UTF-8.
      base64: '57G75Z6LLOWQjeensArlrabmoKEs6Z2S55+z6ZWH5Lit5b+D5bCP5a2mCg==',
      mapping: { kind: 0, name: 1 },
      options: { crs: 'gcj02' },
    },
  }),
  'facilities.export': defineMethod({
    name: 'facilities.export',
    input: z.strictObject({ includeArchived: z.boolean().optional() }),
    output: ExportFile,
    access: 'read',
    example: { includeArchived: false },
  }),
  'depots.list': defineMethod({
    name: 'depots.list',
    input: z.strictObject(filter),
    output: z.array(DepotView),
    access: 'read',
    example: { townCode: '990101001', q: '储备库', includeArchived: false },
  }),
  'depots.upsert': defineMethod({
    name: 'depots.upsert',
    input: z.strictObject({ id: id.optional(), ...DepotFields }),
    output: DepotView,
    access: 'write',
    emits: ['depots.changed'],
    example: depotExample,
  }),
  'depots.archive': defineMethod({
    name: 'depots.archive',
    input: z.strictObject({ id, archived: z.boolean() }),
    output: DepotView,
    access: 'write',
    emits: ['depots.changed'],
    example: { id: 'dep_0123456789abcdef', archived: true },
  }),
  'depots.export': defineMethod({
    name: 'depots.export',
    // Two sheets: the depots, and their stock by item (each importable back).
    input: z.strictObject({ includeArchived: z.boolean().optional() }),
    output: ExportFile,
    access: 'read',
    example: { includeArchived: false },
  }),
} as const;
