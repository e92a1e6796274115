import type { DepotView, FacilityView } from '../../common/contract/facilities';
import type { Locale } from '../../common/domain/roles';
import { label } from '../../common/i18n/domain-labels';
import { DEPOT_FIELDS, FACILITY_FIELDS, STOCK_FIELDS } from './import-targets';

async function workbook() {
  // Loaded on first export: exceljs adds ~0.3 s to every start otherwise.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = '应急值班指挥台';
  return wb;
}

type Sheet = Awaited<ReturnType<typeof workbook>>['worksheets'][number];

function header(ws: Sheet, labels: string[], widths: number[]): void {
  ws.addRow(labels).font = { bold: true };
  ws.columns.forEach((c, i) => {
    c.width = widths[i] ?? 14;
  });
}

/** The facility register as XLSX, its header the import's column names: edit and import back. */
export async function facilitiesXlsx(items: FacilityView[], locale: Locale): Promise<Buffer> {
  const wb = await workbook();
  const ws = wb.addWorksheet(locale === 'zh-CN' ? '重点单位' : 'Facilities', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  header(
    ws,
    FACILITY_FIELDS.map((f) => f.labels[locale]),
    [10, 28, 12, 30, 12, 12, 14, 14, 16, 30],
  );
  for (const e of items) {
    ws.addRow([
      label(locale, `facilityKind.${e.kind}`),
      e.name,
      e.townName ?? e.townCode ?? '',
      e.address,
      e.point ? e.point[0] : '',
      e.point ? e.point[1] : '',
      e.capacity ?? '',
      e.contact,
      e.phone,
      e.notes,
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Depots on the first sheet, their stock by item on the second; each imports back (储备库 / 物资库存). */
export async function depotsXlsx(items: DepotView[], locale: Locale): Promise<Buffer> {
  const wb = await workbook();
  const zh = locale === 'zh-CN';
  const ws = wb.addWorksheet(zh ? '储备库' : 'Depots', { views: [{ state: 'frozen', ySplit: 1 }] });
  header(
    ws,
    DEPOT_FIELDS.map((f) => f.labels[locale]),
    [28, 12, 30, 12, 12, 12, 16, 30],
  );
  for (const d of items) {
    ws.addRow([
      d.name,
      d.townName ?? d.townCode ?? '',
      d.address,
      d.point ? d.point[0] : '',
      d.point ? d.point[1] : '',
      d.keeper,
      d.phone,
      d.notes,
    ]);
  }
  const st = wb.addWorksheet(zh ? '物资库存' : 'Stock', { views: [{ state: 'frozen', ySplit: 1 }] });
  header(
    st,
    STOCK_FIELDS.map((f) => f.labels[locale]),
    [28, 20, 8, 12, 12],
  );
  for (const d of items) for (const s of d.stock) st.addRow([d.name, s.item, s.unit, s.quantity, s.minimum]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
