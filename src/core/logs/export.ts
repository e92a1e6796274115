import type { LogItem } from '../../common/contract/logs';
import type { Locale } from '../../common/domain/roles';
import { label } from '../../common/i18n/domain-labels';
import { formatLocal } from '../../common/time/zone';

const HEADERS: Record<Locale, string[]> = {
  'zh-CN': ['发生时间', '类别', '事件编号', '事件', '等级', '状态', '内容', '记录人', '录入时间', '更正'],
  'en-US': [
    'Occurred',
    'Kind',
    'Incident no.',
    'Incident',
    'Grade',
    'Status',
    'Content',
    'Recorded by',
    'Entered',
    'Corrections',
  ],
};

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
    it.corrections.map((c) => `${formatLocal(new Date(c.at), tz)} ${c.authorName}：${c.reason}`).join('；'),
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

export async function toXlsx(sheetName: string, header: string[], rows: string[][]): Promise<Buffer> {
  // Loaded on first export: exceljs and its zip stack add ~0.3 s to every start otherwise.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = '应急值班指挥台';
  const ws = wb.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(header).font = { bold: true };
  for (const r of rows) ws.addRow(r);
  const widths = [17, 12, 11, 28, 14, 10, 60, 10, 17, 30];
  ws.columns.forEach((c, i) => {
    c.width = widths[i] ?? 14;
    c.alignment = { wrapText: i === 6 || i === 9, vertical: 'top' };
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export { HEADERS as EXPORT_HEADERS };
