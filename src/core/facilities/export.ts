import type { DepotView, FacilityView } from '../../common/contract/facilities';
import type { Locale } from '../../common/domain/roles';
import { label } from '../../common/i18n/domain-labels';
import { DEPOT_FIELDS, FACILITY_FIELDS, STOCK_FIELDS } from './import-targets';
import { fieldLabel, type ImportFieldDef } from '../imports/registry';
import { addSheet, newWorkbook, type Worksheet } from '../exports/files';

function header(ws: Worksheet, locale: Locale, fields: ImportFieldDef[], widths: number[]): void {
  ws.addRow(fields.map((f) => fieldLabel(f, locale))).font = { bold: true };
  ws.columns.forEach((c, i) => {
    c.width = widths[i] ?? 14;
  });
}

/** The facility register as XLSX, its header the import's column names: edit and import back. */
export async function facilitiesXlsx(items: FacilityView[], locale: Locale): Promise<Buffer> {
  const wb = await newWorkbook(locale);
  const ws = addSheet(wb, locale, 'exportSheet.facilities');
  header(ws, locale, FACILITY_FIELDS, [10, 28, 12, 30, 12, 12, 14, 12, 14, 16, 30]);
  for (const e of items) {
    ws.addRow([
      label(locale, `facilityKind.${e.kind}`),
      e.name,
      e.townName ?? e.townCode ?? '',
      e.address,
      e.point ? e.point[0] : '',
      e.point ? e.point[1] : '',
      e.capacity ?? '',
      e.households ?? '',
      e.contact,
      e.phone,
      e.notes,
    ]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Depots on the first sheet, their stock by item on the second; each imports back (储备库 / 物资库存). */
export async function depotsXlsx(items: DepotView[], locale: Locale): Promise<Buffer> {
  const wb = await newWorkbook(locale);
  const ws = addSheet(wb, locale, 'exportSheet.depots');
  header(ws, locale, DEPOT_FIELDS, [28, 12, 30, 12, 12, 12, 16, 30]);
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
  const st = addSheet(wb, locale, 'exportSheet.stock');
  header(st, locale, STOCK_FIELDS, [28, 20, 8, 12, 12]);
  for (const d of items) for (const s of d.stock) st.addRow([d.name, s.item, s.unit, s.quantity, s.minimum]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
