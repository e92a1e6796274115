import type { TFunction } from 'i18next';
import { CAPACITY_UNIT, HOUSEHOLD_KINDS, type FacilityKind } from '../../../common/domain/facilities';

/**
 * A facility's size in its kind's words: "学生 860 人", "容纳 5,000 人", and for a hazard
 * point both counts evacuation is planned by: "威胁 120 人 · 35 户". Null when nothing is known.
 */
export function capacityText(
  t: TFunction,
  f: { kind: FacilityKind; capacity: number | null; households: number | null },
): string | null {
  const parts: string[] = [];
  if (f.capacity !== null)
    parts.push(t(`capacity.${CAPACITY_UNIT[f.kind]}`, { n: f.capacity.toLocaleString() }));
  if (f.households !== null && HOUSEHOLD_KINDS.includes(f.kind))
    parts.push(t('capacity.households', { n: f.households.toLocaleString() }));
  return parts.length ? parts.join(' · ') : null;
}
