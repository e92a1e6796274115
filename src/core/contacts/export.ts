import type { ContactView } from '../../common/contract/contacts';
import type { Locale } from '../../common/domain/roles';
import { label } from '../../common/i18n/domain-labels';
import { addSheet, newWorkbook } from '../exports/files';
import { fieldLabel } from '../imports/registry';
import { CONTACT_FIELDS } from './import-target';

const WIDTHS = [12, 28, 10, 16, 18, 16, 16, 12, 10, 12, 30];

/** 通讯录 as XLSX, its header the import's column names: edit it and import it back. */
export async function contactsXlsx(items: ContactView[], locale: Locale): Promise<Buffer> {
  const wb = await newWorkbook(locale);
  const ws = addSheet(wb, locale, 'exportSheet.contacts');
  ws.addRow(CONTACT_FIELDS.map((f) => fieldLabel(f, locale))).font = { bold: true };
  ws.columns.forEach((c, i) => {
    c.width = WIDTHS[i] ?? 14;
  });
  const yes = label(locale, 'answer.yes');
  const no = label(locale, 'answer.no');
  for (const c of items)
    ws.addRow([
      label(locale, `contactCategory.${c.category}`),
      c.unit,
      c.person,
      c.post,
      c.dutyPhone,
      c.mobile,
      c.officePhone,
      c.townName ?? c.townCode ?? '',
      c.callList ? yes : no,
      c.reviewedOn ?? '',
      c.notes,
    ]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
