import type { TFunction } from 'i18next';
import type { DrillDomain } from '../../../../common/domain/drills';
/** A score share as the screens and sheets print it: 87.5%, or a dash when nothing is scored. */
export const percentText = (p: number | null): string => (p === null ? '—' : `${p}%`);

/** Tag colours of the 整改 states. */
export const RECTIFICATION_COLORS = { open: 'orange', in_progress: 'blue', closed: 'green' } as const;

/** A campaign domain as people call it: its own name, else its kind's label. */
export function domainText(t: TFunction, name: string | null, code: DrillDomain | null): string {
  if (name?.trim()) return name;
  return code ? t(`drillDomain.${code}`) : t('review.summary.noDomain');
}
