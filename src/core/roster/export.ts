import type { RosterShift } from '../../common/contract/roster';
import type { Locale } from '../../common/domain/roles';
import { label, type LabelKey } from '../../common/i18n/domain-labels';
import { formatLocal } from '../../common/time/zone';
import { ROSTER_FIELDS } from './import-target';
import { fieldLabel } from '../imports/registry';
import { addSheet, newWorkbook } from '../exports/files';

const WEEKDAYS = [
  'weekday.0',
  'weekday.1',
  'weekday.2',
  'weekday.3',
  'weekday.4',
  'weekday.5',
  'weekday.6',
] as const satisfies readonly LabelKey[];

/** The columns after the import's, for reading only. */
const EXTRA = [
  'column.roster.weekday',
  'column.roster.starts',
  'column.roster.ends',
  'column.roster.leaderPhone',
  'column.roster.chiefPhone',
  'column.roster.officerPhones',
] as const satisfies readonly LabelKey[];

/**
 * A month of the roster as XLSX: the import's columns first (edit and import back),
 * then weekday, times and phones for reading. Dates are text, never Excel dates, so a
 * time zone cannot move them.
 */
export async function rosterXlsx(
  shifts: RosterShift[],
  locale: Locale,
  tz: string,
  month: string,
): Promise<Buffer> {
  const wb = await newWorkbook(locale);
  const ws = addSheet(wb, locale, 'exportSheet.roster', { month });
  ws.addRow([
    ...ROSTER_FIELDS.map((f) => fieldLabel(f, locale)),
    ...EXTRA.map((k) => label(locale, k)),
  ]).font = { bold: true };
  const sep = label(locale, 'list.comma');
  for (const s of shifts) {
    const [y, m, d] = s.date.split('-').map(Number);
    const weekday = new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay();
    ws.addRow([
      s.date,
      s.slot === 'full' ? '' : label(locale, `shiftSlot.${s.slot}`),
      s.leader?.name ?? '',
      s.chief?.name ?? '',
      s.officers.map((o) => o.name).join(sep),
      label(locale, WEEKDAYS[weekday]!),
      formatLocal(new Date(s.start), tz),
      formatLocal(new Date(s.end), tz),
      s.leader?.phone ?? '',
      s.chief?.phone ?? '',
      s.officers
        .map((o) => o.phone)
        .filter(Boolean)
        .join(sep),
    ]);
  }
  const widths = [12, 8, 12, 12, 24, 8, 17, 17, 15, 15, 30];
  ws.columns.forEach((c, i) => {
    c.width = widths[i] ?? 14;
  });
  ws.getColumn(1).numFmt = '@';
  return Buffer.from(await wb.xlsx.writeBuffer());
}
