import type { RosterShift } from '../../common/contract/roster';
import type { Locale } from '../../common/domain/roles';
import { label } from '../../common/i18n/domain-labels';
import { formatLocal } from '../../common/time/zone';
import { ROSTER_FIELDS } from './import-target';

const WEEKDAYS: Record<Locale, string[]> = {
  'zh-CN': ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'],
  'en-US': ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};

const EXTRA: Record<Locale, string[]> = {
  'zh-CN': ['星期', '开始', '结束', '带班领导电话', '值班长电话', '值班员电话'],
  'en-US': ['Weekday', 'Starts', 'Ends', 'Leader phone', 'Chief phone', 'Officer phones'],
};

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
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = '应急值班指挥台';
  const ws = wb.addWorksheet(locale === 'zh-CN' ? `值班表${month}` : `Roster ${month}`, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  ws.addRow([...ROSTER_FIELDS.map((f) => f.labels[locale]), ...EXTRA[locale]]).font = { bold: true };
  const sep = locale === 'zh-CN' ? '、' : ', ';
  for (const s of shifts) {
    const [y, m, d] = s.date.split('-').map(Number);
    const weekday = new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay();
    ws.addRow([
      s.date,
      s.slot === 'full' ? '' : label(locale, `shiftSlot.${s.slot}`),
      s.leader?.name ?? '',
      s.chief?.name ?? '',
      s.officers.map((o) => o.name).join(sep),
      WEEKDAYS[locale][weekday],
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
