import type { Locale } from '../../common/domain/roles';
import { label, type LabelKey } from '../../common/i18n/domain-labels';
import { formatLocal } from '../../common/time/zone';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** An export's time stamp in the bureau's zone, minutes included: 202612031405. */
export function fileStamp(now: Date, timeZone: string): string {
  return formatLocal(now, timeZone).replace(/[-: ]/g, '').slice(0, 12);
}

/** An export's file name in the reader's language: 值班表-2026-12-202612031405.xlsx. */
export function exportFileName(locale: Locale, key: LabelKey, parts: readonly string[], ext: string): string {
  return `${[label(locale, key), ...parts].join('-')}.${ext}`;
}

/** A new workbook, its author the app's name in the reader's language. */
export async function newWorkbook(locale: Locale) {
  // Loaded on first export: exceljs and its zip stack add ~0.3 s to every start otherwise.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = label(locale, 'exportFile.creator');
  return wb;
}

export type Workbook = Awaited<ReturnType<typeof newWorkbook>>;
export type Worksheet = Workbook['worksheets'][number];

/** A sheet whose header row stays in view, its name from the catalog. */
export function addSheet(
  wb: Workbook,
  locale: Locale,
  key: LabelKey,
  params: Readonly<Record<string, string | number>> = {},
): Worksheet {
  return wb.addWorksheet(label(locale, key, params), { views: [{ state: 'frozen', ySplit: 1 }] });
}
