import type { Blocking, HandoverSheet } from '../../common/contract/handover';
import type { Locale } from '../../common/domain/roles';
import { formatMessage } from '../../common/i18n/messages';

type Sheet = HandoverSheet;

/**
 * What must be explained before the outgoing chief can sign. Items handed over are not
 * among them: their receipt is the incoming chief's, at their signature.
 */
export function blockingOf(sheet: Sheet, locale: Locale): Blocking[] {
  const out: Blocking[] = [];
  for (const u of sheet.unfinished) {
    if (!u.owed?.overdue) continue;
    out.push({
      key: u.key,
      kind: 'overdue_report',
      label: formatMessage(locale, 'blockingLine.overdue_report', {
        number: u.number,
        title: u.title,
        kind: u.owed.kind,
      }),
      explained: u.explanation !== '',
    });
  }
  for (const f of sheet.equipment.faults) {
    if (!f.overdue) continue;
    out.push({
      key: f.key,
      kind: 'overdue_fault',
      label: formatMessage(locale, 'blockingLine.overdue_fault', {
        number: f.number,
        equipment: f.equipmentName,
        description: f.description,
      }),
      explained: f.explanation !== '',
    });
  }
  return out;
}
