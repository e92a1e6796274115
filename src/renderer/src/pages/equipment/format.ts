import type { TFunction } from 'i18next';
import type { CheckView, EquipmentView } from '../../../../common/contract/equipment';
import type { CheckItem, CheckValue } from '../../../../common/domain/equipment';

/** "每日（每班）", "每 3 天". */
export function intervalLabel(t: TFunction, iv: EquipmentView['interval']): string {
  return iv.kind === 'days' ? t('interval.days', { days: iv.days }) : t(`interval.${iv.kind}`);
}

/** What a number item requires: "≥ 50 %", "10–28 °C". */
export function boundsText(
  t: TFunction,
  it: { min: number | null; max: number | null; unit: string | null },
): string {
  const u = it.unit ?? '';
  if (it.min !== null && it.max !== null)
    return t('equipment.bounds.between', { min: it.min, max: it.max, unit: u });
  if (it.min !== null) return t('equipment.bounds.min', { min: it.min, unit: u });
  if (it.max !== null) return t('equipment.bounds.max', { max: it.max, unit: u });
  return '';
}

export function requirementOf(t: TFunction, it: CheckItem): string {
  if (it.type === 'number') return boundsText(t, it);
  if (it.type === 'choice')
    return t('equipment.bounds.choice', { pass: it.pass.join(t('equipment.listSep')) });
  if (it.type === 'bool') return t('equipment.bounds.yes');
  return '';
}

export function valueText(t: TFunction, v: CheckValue, unit?: string | null): string {
  if (v === null || v === '') return '—';
  if (typeof v === 'boolean') return v ? t('equipment.yes') : t('equipment.no');
  if (typeof v === 'number')
    return `${v}${unit ? (unit.length > 1 && !unit.startsWith('°') ? ' ' : '') + unit : ''}`;
  return v;
}

/** One line per check for tables and the printed sheet: "试拨通话接通：是；电池电量：95%". */
export function resultsLine(t: TFunction, c: CheckView): string {
  return c.results
    .filter((r) => r.value !== null)
    .map(
      (r) =>
        `${r.label}${t('equipment.colon')}${valueText(t, r.value, r.unit)}${r.ok ? '' : t('equipment.failMark')}`,
    )
    .join(t('equipment.sep'));
}

/** The requirement stored with a check result (its own bounds, not today's template). */
export function requirementOfResult(t: TFunction, r: CheckView['results'][number]): string {
  if (r.type === 'number') return boundsText(t, r);
  if (r.type === 'choice' && r.pass)
    return t('equipment.bounds.choice', { pass: r.pass.join(t('equipment.listSep')) });
  return '';
}
