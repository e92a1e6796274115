import type { EquipmentView } from '../../common/contract/equipment';
import type { Locale } from '../../common/domain/roles';
import { label } from '../../common/i18n/domain-labels';
import { EQUIPMENT_FIELDS } from './import-target';
import { fieldLabel } from '../imports/registry';
import { addSheet, newWorkbook } from '../exports/files';

export function intervalText(locale: Locale, v: EquipmentView['interval']): string {
  return v.kind === 'days'
    ? label(locale, 'interval.days').replace('{{days}}', String(v.days))
    : label(locale, `interval.${v.kind}`).replace(/（.*）|\s*\(.*\)/, '');
}

/** The register as XLSX, its header the import's column names: edit and import back. */
export async function equipmentXlsx(items: EquipmentView[], locale: Locale): Promise<Buffer> {
  const wb = await newWorkbook(locale);
  const ws = addSheet(wb, locale, 'exportSheet.equipment');
  ws.addRow(EQUIPMENT_FIELDS.map((f) => fieldLabel(f, locale))).font = { bold: true };
  const yes = label(locale, 'answer.yes');
  const no = label(locale, 'answer.no');
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
