import { uncounted, type Counted } from '../progress';
import type { ColumnMapping, ImportOptions, ImportRowError } from '../../common/contract/imports';
import type { CrsCode } from '../../common/domain/facilities';
import { LOCALES, type Locale } from '../../common/domain/roles';
import { label } from '../../common/i18n/domain-labels';
import { formatMessage } from '../../common/i18n/messages';
import { DomainError } from '../errors';
import type { Sheet } from './decode';
import { coordText, toWgs84 } from './crs';
import { fieldLabel, pointFieldsOf, type ImportFieldDef, type ImportTarget, type RowIssue } from './registry';
import type { ReadDb } from '../db/handles';

export const MAX_ROWS = 5000;
/** Rows read between two breaths of the host (progress out, other screens answered). */
const ROWS_PER_BREATH = 250;
const PREVIEW_ROWS = 50;
const MAX_ERRORS = 500;

/** Header text compared loosely: no spaces, brackets, required marks or case. */
export function normalizeHeader(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\s*＊:：()（）[\]【】/／_\-—.。,，]/g, '')
    .trim();
}

function namesOf(f: ImportFieldDef): string[] {
  const labels = LOCALES.map((l) => fieldLabel(f, l));
  return [f.key, ...labels, ...f.synonyms].map(normalizeHeader).filter(Boolean);
}

/** The header row: among the first ten, the one whose cells name the most fields. */
export function findHeaderRow(rows: string[][], fields: ImportFieldDef[]): number {
  const names = new Set(fields.flatMap(namesOf));
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < Math.min(rows.length, 10); i++) {
    const score = (rows[i] ?? []).filter((c) => names.has(normalizeHeader(c))).length;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  if (best >= 0) return best;
  return Math.max(
    0,
    rows.findIndex((r) => r.some((c) => c.trim() !== '')),
  );
}

/** Field → column, by exact (loose) name first, then by a header containing the name. */
export function suggestMapping(columns: string[], fields: ImportFieldDef[]): ColumnMapping {
  const norm = columns.map(normalizeHeader);
  const used = new Set<number>();
  const out: ColumnMapping = {};
  for (const pass of ['exact', 'contains'] as const) {
    for (const f of fields) {
      if (out[f.key] !== undefined && out[f.key] !== null) continue;
      const names = namesOf(f);
      const idx = norm.findIndex(
        (h, i) =>
          !used.has(i) &&
          h !== '' &&
          (pass === 'exact' ? names.includes(h) : names.some((n) => n.length >= 2 && h.includes(n))),
      );
      if (idx >= 0) {
        out[f.key] = idx;
        used.add(idx);
      } else out[f.key] = null;
    }
  }
  return out;
}

export interface Analysis<R> {
  headerRow: number;
  columns: string[];
  suggestedMapping: ColumnMapping;
  mapping: ColumnMapping;
  rows: { row: number; values: Record<string, string>; action: 'create' | 'update'; ok: boolean }[];
  errors: ImportRowError[];
  total: number;
  valid: R[];
  /** The coordinate system the points were read in, or null for a target without points. */
  crs: CrsCode | null;
}

/**
 * Cells with the point converted to WGS-84. Cells that are not a pair of numbers in
 * range are left as they are, for the target to report in its own words.
 */
function convertPoint(
  cells: Record<string, string>,
  fields: { lon: string; lat: string },
  crs: CrsCode,
): Record<string, string> {
  if (crs === 'wgs84') return cells;
  const lonText = cells[fields.lon] ?? '';
  const latText = cells[fields.lat] ?? '';
  const lon = Number(lonText);
  const lat = Number(latText);
  if (!lonText || !latText || !Number.isFinite(lon) || !Number.isFinite(lat)) return cells;
  if (Math.abs(lon) > 180 || Math.abs(lat) > 90) return cells;
  const [x, y] = toWgs84(crs, lon, lat);
  return { ...cells, [fields.lon]: coordText(x), [fields.lat]: coordText(y) };
}

/**
 * Reads the sheet through a target: header, mapping, every row parsed and planned.
 * Writes nothing. Row numbers are the spreadsheet's own (1-based). A sheet of thousands
 * of rows takes seconds on a duty PC: `rowsRead` hears how far it is every few hundred.
 */
export async function analyse<R>(
  db: ReadDb,
  target: ImportTarget<R>,
  sheet: Sheet,
  mapping: ColumnMapping | undefined,
  locale: Locale,
  options: ImportOptions = {},
  rowsRead: Counted = uncounted,
): Promise<Analysis<R>> {
  const pointFields = pointFieldsOf(target as ImportTarget<unknown>);
  const crs: CrsCode | null = pointFields ? (options.crs ?? 'wgs84') : null;
  const headerIdx = findHeaderRow(sheet.rows, target.fields);
  const header = sheet.rows[headerIdx] ?? [];
  const columns = header.map((c, i) => c.trim() || label(locale, 'column.numbered', { n: i + 1 }));
  const suggested = suggestMapping(columns, target.fields);
  const effective: ColumnMapping = {};
  for (const f of target.fields) {
    const m = mapping ? mapping[f.key] : suggested[f.key];
    if (m !== undefined && m !== null && m >= columns.length)
      throw new DomainError('invalid_input', 'errors.import_column_unknown', { column: m + 1 });
    effective[f.key] = m ?? null;
  }
  const errors: ImportRowError[] = [];
  const push = (row: number, issue: RowIssue) => {
    if (errors.length >= MAX_ERRORS) return;
    const params = issue.params ?? {};
    errors.push({
      row,
      field: issue.field,
      key: issue.key,
      params,
      message: formatMessage(locale, issue.key, params),
    });
  };
  for (const f of target.fields) {
    if (f.required && effective[f.key] === null)
      push(headerIdx + 1, {
        field: f.key,
        key: 'errors.import_unmapped',
        params: { field: fieldLabel(f, locale) },
      });
  }

  const data: { row: number; cells: Record<string, string> }[] = [];
  for (let i = headerIdx + 1; i < sheet.rows.length; i++) {
    const raw = sheet.rows[i] ?? [];
    if (raw.every((c) => c.trim() === '')) continue;
    const cells: Record<string, string> = {};
    for (const f of target.fields) {
      const col = effective[f.key];
      cells[f.key] = col === null || col === undefined ? '' : (raw[col] ?? '').trim();
    }
    data.push({ row: i + 1, cells });
  }
  if (data.length > MAX_ROWS)
    throw new DomainError('invalid_input', 'errors.import_too_many', { max: MAX_ROWS, count: data.length });
  if (data.length === 0) throw new DomainError('invalid_input', 'errors.import_empty');

  const parsed: { row: number; value: R; index: number }[] = [];
  const okByIndex: boolean[] = [];
  const rowCtx = { db, memo: new Map<string, unknown>() };
  for (const [index, d] of data.entries()) {
    if (index > 0 && index % ROWS_PER_BREATH === 0) await rowsRead(index, data.length);
    // The preview shows the file's own text; the target reads WGS-84.
    const cells = pointFields && crs ? convertPoint(d.cells, pointFields, crs) : d.cells;
    const p = target.parseRow(cells, rowCtx);
    if (p.ok) {
      parsed.push({ row: d.row, value: p.value, index });
      okByIndex[index] = true;
    } else {
      for (const issue of p.issues) push(d.row, issue);
      okByIndex[index] = false;
    }
  }
  await rowsRead(data.length, data.length);
  const plan = target.plan(db, parsed);
  const actions: ('create' | 'update')[] = data.map(() => 'create');
  parsed.forEach((p, i) => (actions[p.index] = plan.actions[i] ?? 'create'));
  for (const { index, issue } of plan.issues) {
    const p = parsed[index]!;
    okByIndex[p.index] = false;
    push(p.row, issue);
  }
  errors.sort((a, b) => a.row - b.row);
  return {
    headerRow: headerIdx + 1,
    columns,
    suggestedMapping: suggested,
    mapping: effective,
    rows: data.slice(0, PREVIEW_ROWS).map((d, i) => ({
      row: d.row,
      values: d.cells,
      action: actions[i]!,
      ok: okByIndex[i]!,
    })),
    errors,
    total: data.length,
    valid: parsed.filter((p) => okByIndex[p.index]).map((p) => p.value),
    crs,
  };
}
