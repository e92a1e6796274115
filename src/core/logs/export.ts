import type { LogItem } from '../../common/contract/logs';
import type { Locale } from '../../common/domain/roles';
import { label, type LabelKey } from '../../common/i18n/domain-labels';
import { addSheet, newWorkbook } from '../exports/files';
import { formatLocal } from '../../common/time/zone';

const COLUMNS = [
  'column.logs.occurredAt',
  'column.logs.kind',
  'column.logs.incidentNumber',
  'column.logs.incident',
  'column.logs.grade',
  'column.logs.status',
  'column.logs.content',
  'column.logs.author',
  'column.logs.enteredAt',
  'column.logs.corrections',
] as const satisfies readonly LabelKey[];

/** The export's header row in the reader's language. */
export function exportHeader(locale: Locale): string[] {
  return COLUMNS.map((k) => label(locale, k));
}

export function exportRows(items: LogItem[], locale: Locale, tz: string): string[][] {
  return items.map((it) => [
    formatLocal(new Date(it.occurredAt), tz),
    label(locale, `kind.${it.kind}`),
    it.incidentNumber ?? '',
    it.incidentTitle ?? '',
    it.incidentGrade ? label(locale, `grade.${it.incidentGrade}`) : '',
    it.incidentStatus ? label(locale, `status.${it.incidentStatus}`) : '',
    it.summary,
    it.authorName,
    formatLocal(new Date(it.enteredAt), tz),
    it.corrections
      .map((c) =>
        label(locale, 'cell.logs.correction', {
          at: formatLocal(new Date(c.at), tz),
          author: c.authorName,
          reason: c.reason,
        }),
      )
      .join(label(locale, 'list.semicolon')),
  ]);
}

/**
 * CSV as Excel and WPS on a Chinese Windows open it: UTF-8 with a BOM, CRLF, every
 * field quoted. A leading = + - @ is defused so a record cannot run as a formula.
 */
export function toCsv(header: string[], rows: string[][]): string {
  const cell = (v: string) => {
    const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
    return `"${safe.replace(/"/g, '""')}"`;
  };
  return '\ufeff' + [header, ...rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

export async function toXlsx(locale: Locale, rows: string[][]): Promise<Buffer> {
  const wb = await newWorkbook(locale);
  const ws = addSheet(wb, locale, 'exportSheet.logs');
  ws.addRow(exportHeader(locale)).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  const widths = [17, 12, 11, 28, 14, 10, 60, 10, 17, 30];
  ws.columns.forEach((c, i) => {
    c.width = widths[i] ?? 14;
    c.alignment = { wrapText: i === 6 || i === 9, vertical: 'top' };
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
