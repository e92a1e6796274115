import type { TFunction } from 'i18next';
import type { ItemReserveView } from '../../../../common/contract/supply-orders';

/** "实物 120顶 + 协议 500顶 + 产能 200顶/日，24 小时内送达": what the county can count on of one item. */
export function reserveLine(t: TFunction, r: ItemReserveView): string {
  const parts = [
    t('supplyAgreements.physical', { n: r.physical.toLocaleString(), unit: r.unit }),
    r.agreed > 0 ? t('supplyAgreements.agreed', { n: r.agreed.toLocaleString(), unit: r.unit }) : null,
    r.capacityPerDay > 0
      ? t('supplyAgreements.capacity', { n: r.capacityPerDay.toLocaleString(), unit: r.unit })
      : null,
  ];
  const hours = r.fastestHours !== null ? t('supplyAgreements.hours', { h: r.fastestHours }) : '';
  return parts.filter(Boolean).join(' + ') + hours;
}
