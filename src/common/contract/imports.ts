import { z } from '../zod-setup';
import { defineMethod } from './define';
import { text } from './shared';
import { CRS_CODES } from '../domain/facilities';

/**
 * Spreadsheet imports (XLSX, or CSV in UTF-8 or GB18030), shared by every register:
 * equipment now, facilities, depots and the roster later. Each target registers itself
 * in core (src/core/imports/registry.ts); the contract stays the same for all of them.
 * Preview writes nothing; commit re-validates and writes all rows or none.
 */
export const importTarget = z.string().regex(/^[a-z][A-Za-z]{1,30}$/, 'errors.field.id');
/** A file as base64 of at most `max` characters. */
export const base64Up = (max: number) =>
  z
    .string()
    .min(4)
    .max(max)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'errors.field.invalid');
// ~1.4 MB of base64 is ~1 MB of file: the HTTP body limit is 2 MB.
export const importBase64 = base64Up(1_400_000);
export const importFileName = text(200).refine((s) => s.trim().length > 0 && !/[\\/\r\n]/.test(s), {
  message: 'errors.field.invalid',
});
/** Field key → 0-based column index of the file, or null for "not in the file". */
export const ColumnMapping = z.record(
  z.string().regex(/^[a-z][A-Za-z0-9]{0,30}$/, 'errors.field.id'),
  z.number().int().min(0).max(200).nullable(),
);
export type ColumnMapping = z.infer<typeof ColumnMapping>;

export const ImportField = z.strictObject({
  key: z.string(),
  labels: z.strictObject({ 'zh-CN': z.string(), 'en-US': z.string() }),
  required: z.boolean(),
  hint: z.strictObject({ 'zh-CN': z.string(), 'en-US': z.string() }),
});

export const ImportRowError = z.strictObject({
  /** The row number as the spreadsheet shows it (1-based, counting the header). */
  row: z.number().int(),
  /** The field key, or null for a problem with the whole row. */
  field: z.string().nullable(),
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof ImportRowError>;

/**
 * How to read the file. `crs`: the coordinate system of its longitude/latitude columns
 * (default WGS-84/CGCS2000); GCJ-02 and BD-09 are converted to WGS-84 before the rows
 * are checked. Targets without coordinates ignore it.
 */
export const ImportOptions = z.strictObject({ crs: z.enum(CRS_CODES).optional() });
export type ImportOptions = z.infer<typeof ImportOptions>;

const fileInput = {
  target: importTarget,
  fileName: importFileName,
  base64: importBase64,
  mapping: ColumnMapping.optional(),
  options: ImportOptions.optional(),
};

const example = {
  target: 'equipment',
  fileName: '通讯设备台账.csv',
  // "类型,名称\n卫星电话,卫星电话1号\n" in UTF-8.
  base64: '57G75Z6LLOWQjeensArljavmmJ/nlLXor50s5Y2r5pif55S16K+dMeWPtwo=',
  mapping: { kind: 0, name: 1 },
};

export const importMethods = {
  'imports.preview': defineMethod({
    name: 'imports.preview',
    input: z.strictObject(fileInput),
    output: z.strictObject({
      format: z.enum(['xlsx', 'csv']),
      encoding: z.string().nullable(),
      headerRow: z.number().int(),
      columns: z.array(z.string()),
      fields: z.array(ImportField),
      suggestedMapping: ColumnMapping,
      mapping: ColumnMapping,
      rows: z.array(
        z.strictObject({
          row: z.number().int(),
          values: z.record(z.string(), z.string()),
          action: z.enum(['create', 'update']),
          ok: z.boolean(),
        }),
      ),
      errors: z.array(ImportRowError),
      total: z.number().int(),
      valid: z.number().int(),
      /** The coordinate system the file's points were read in; null when the target has none. */
      crs: z.enum(CRS_CODES).nullable(),
    }),
    access: 'read',
    example,
  }),
  'imports.commit': defineMethod({
    name: 'imports.commit',
    input: z.strictObject({ ...fileInput, mapping: ColumnMapping }),
    output: z.strictObject({ created: z.number().int(), updated: z.number().int() }),
    access: 'write',
    example,
  }),
} as const;
