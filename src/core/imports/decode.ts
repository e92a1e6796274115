import type ExcelJS from 'exceljs';
import { DomainError } from '../errors';
import { parseCsv } from './csv';

export interface Sheet {
  format: 'xlsx' | 'csv';
  /** For CSV: the text encoding found (utf-8, utf-16le, gb18030). */
  encoding: string | null;
  /** Cell text by row; index 0 is the spreadsheet's row 1. */
  rows: string[][];
}

const unreadable = () => new DomainError('invalid_input', 'errors.import_unreadable');

/**
 * Turns an uploaded file into rows of cell text. XLSX by its zip signature; anything
 * else is CSV text: a BOM decides the encoding, else strict UTF-8, else GB18030 (what
 * Excel on a Chinese Windows saves "CSV" as).
 */
export async function readSheet(bytes: Buffer): Promise<Sheet> {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    return { format: 'xlsx', encoding: null, rows: await readXlsx(bytes) };
  }
  const { text, encoding } = decodeText(bytes);
  // A binary file that happens to decode: NULs never appear in a real CSV.
  if (text.includes('\u0000')) throw unreadable();
  return { format: 'csv', encoding, rows: parseCsv(text) };
}

export function decodeText(bytes: Buffer): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    try {
      return { text: new TextDecoder('gb18030', { fatal: true }).decode(bytes), encoding: 'gb18030' };
    } catch {
      throw unreadable();
    }
  }
}

async function readXlsx(bytes: Buffer): Promise<string[][]> {
  // Loaded on first use: exceljs adds ~0.3 s to every start otherwise.
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw unreadable();
  }
  // The first sheet that has anything in it.
  const ws = wb.worksheets.find((w) => w.actualRowCount > 0);
  if (!ws) return [];
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cells[col - 1] = cellText(cell);
    });
    rows[n - 1] = Array.from(cells, (c) => c ?? '');
  });
  return Array.from(rows, (r) => r ?? []);
}

function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('result' in v) return v.result === undefined || v.result === null ? '' : String(v.result as unknown);
    if ('text' in v) return String(v.text);
    if ('error' in v) return '';
  }
  return String(v as string | number | boolean);
}
