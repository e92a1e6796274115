import type { EquipmentView } from '../../common/contract/equipment';
import type { Locale } from '../../common/domain/roles';
import { label } from '../../common/i18n/domain-labels';
import { EQUIPMENT_FIELDS } from './import-target';

export function intervalText(locale: Locale, v: EquipmentView['interval']): string {
  return v.kind === 'days'
    ? label(locale, 'interval.days').replace('{{days}}', String(v.days))
    : label(locale, `interval.${v.kind}`).replace(/（.*）|\s*\(.*\)/, '');
}

/** The register as XLSX, its header the import's column names: edit and import back. */
export async function equipmentXlsx(items: EquipmentView[], locale: Locale): Promise<Buffer> {
  // Loaded on first export: exceljs adds ~0.3 s to every start otherwise.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = '应急值班指挥台';
  const ws = wb.addWorksheet(locale === 'zh-CN' ? '通讯设备台账' : 'Equipment', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  ws.addRow(EQUIPMENT_FIELDS.map((f) => f.labels[locale])).font = { bold: true };
  const yes = locale === 'zh-CN' ? '是' : 'yes';
  const no = locale === 'zh-CN' ? '否' : 'no';
  for (const e of items) {
    ws.addRow([
      label(locale, `equipmentKind.${e.kind}`),
      e.name,
      e.model,
      e.serial,
      e.location,
      e.point ? e.point[0] : '',
      e.point ? e.point[1] : '',
      e.custodianA,
      e.custodianB,
      intervalText(locale, e.interval),
      label(locale, `equipmentStatus.${e.status}`),
      e.handover ? yes : no,
      e.notes,
    ]);
  }
  const widths = [14, 22, 16, 16, 18, 11, 11, 10, 10, 10, 9, 9, 30];
  ws.columns.forEach((c, i) => {
    c.width = widths[i] ?? 14;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
