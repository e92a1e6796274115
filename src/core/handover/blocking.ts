import type { Blocking, HandoverSheet } from '../../common/contract/handover';
import type { Locale } from '../../common/domain/roles';
import { label } from '../../common/i18n/domain-labels';

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
      label: `${u.number} ${u.title}：${label(locale, `deadline.${u.owed.kind}`)}`,
      explained: u.explanation !== '',
    });
  }
  for (const f of sheet.equipment.faults) {
    if (!f.overdue) continue;
    out.push({
      key: f.key,
      kind: 'overdue_fault',
      label: `${f.number} ${f.equipmentName}：${f.description}`,
      explained: f.explanation !== '',
    });
  }
  return out;
}
