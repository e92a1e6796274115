import type { EventName } from '../../common/areas';
import type { ReadDb } from '../db/handles';
import { LOCALES, type Locale } from '../../common/domain/roles';
import type { WriteCtx } from '../handler';
import type { ErrorKey } from '../../common/i18n/messages';
import { label, type LabelKey } from '../../common/i18n/domain-labels';

/** One column a target understands. */
export interface ImportFieldDef {
  key: string;
  /** The column's name in the catalogs (`column.equipment.kind`): the export's header too. */
  label: LabelKey;
  /** What a cell may hold, shown beside the mapping ("每日/每周/每月/每N天"), if anything needs saying. */
  hint: LabelKey | null;
  required: boolean;
  /** Header texts that name this column, besides its labels and key (compared loosely). */
  synonyms: string[];
}

/**
 * Declares a column: its key, its catalog label, whether it must be mapped, the other
 * header texts that name it (data, compared loosely; the labels in every language
 * match anyway), and the catalog key of what a cell may hold.
 */
export function importField(
  key: string,
  labelKey: LabelKey,
  required: boolean,
  synonyms: string[],
  hint: LabelKey | null = null,
): ImportFieldDef {
  return { key, label: labelKey, hint, required, synonyms };
}

/** A column's name in a language: the export's header, the mapping's label. */
export function fieldLabel(f: ImportFieldDef, locale: Locale): string {
  return label(locale, f.label);
}

/** A column's name and hint in every language, as the preview sends them. */
export function fieldTexts(f: ImportFieldDef): {
  labels: Record<Locale, string>;
  hint: Record<Locale, string>;
} {
  const each = (k: LabelKey | null) =>
    Object.fromEntries(LOCALES.map((l) => [l, k ? label(l, k) : ''])) as Record<Locale, string>;
  return { labels: each(f.label), hint: each(f.hint) };
}

export interface RowIssue {
  field: string | null;
  key: ErrorKey;
  params?: Record<string, string | number>;
}

export type ParsedRow<R> = { ok: true; value: R } | { ok: false; issues: RowIssue[] };

/** What a row parser may look things up in: the database, and a memo that lives for one file. */
export interface RowContext {
  db: ReadDb;
  memo: Map<string, unknown>;
}

/**
 * A register that can be filled from a spreadsheet. Each area's core manifest lists its
 * targets (src/core/areas) and the shared machinery does the rest: decoding, header
 * detection, column mapping, preview with row errors, all-or-nothing commit.
 */
export interface ImportTarget<R> {
  name: string;
  /** The change event of the area the commit writes (`equipment.changed`). */
  event: EventName;
  fields: ImportFieldDef[];
  /**
   * The longitude and latitude fields, if rows carry a point: the machinery converts them
   * from the file's coordinate system (options.crs) to WGS-84 before parseRow sees them.
   * Default: the fields keyed `lon` and `lat`, when the target has both.
   */
  points?: { lon: string; lat: string } | null;
  /** One row's cells by field key (trimmed; '' when empty or unmapped) → a record or its problems. */
  parseRow(cells: Record<string, string>, ctx: RowContext): ParsedRow<R>;
  /** Per valid row: create or update, and problems that need the other rows or the database. */
  plan(
    db: ReadDb,
    rows: { row: number; value: R }[],
  ): {
    actions: ('create' | 'update')[];
    issues: { index: number; issue: RowIssue }[];
  };
  /** Writes every row inside the caller's transaction. */
  write(ctx: WriteCtx, rows: R[]): { created: number; updated: number };
}

/** Declares a target, typed by its row; the manifests list it among their area's targets. */
export function defineImportTarget<R>(t: ImportTarget<R>): ImportTarget<unknown> {
  return t as ImportTarget<unknown>;
}

/** Name -> target over a list of areas' core manifests; a name used twice is refused. */
export function importTargetTable(
  areas: readonly { importTargets: readonly ImportTarget<unknown>[] }[],
): ReadonlyMap<string, ImportTarget<unknown>> {
  const table = new Map<string, ImportTarget<unknown>>();
  for (const t of areas.flatMap((a) => a.importTargets)) {
    if (table.has(t.name)) throw new Error(`import target ${t.name} is declared twice`);
    table.set(t.name, t);
  }
  return table;
}

/** The point fields of a target (see ImportTarget.points), or null. */
export function pointFieldsOf(t: ImportTarget<unknown>): { lon: string; lat: string } | null {
  if (t.points !== undefined) return t.points;
  const keys = new Set(t.fields.map((f) => f.key));
  return keys.has('lon') && keys.has('lat') ? { lon: 'lon', lat: 'lat' } : null;
}
