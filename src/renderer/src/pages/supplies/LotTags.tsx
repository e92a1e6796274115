import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LotView } from '../../../../common/contract/supplies';

/** A line's lots: number, quantity and expiry; expired in red, expiring within 30 days in orange. */
export function LotTags({ lots, unit }: { lots: LotView[]; unit: string }) {
  const { t } = useTranslation();
  return (
    <span className="dr-sup-lots">
      {lots.map((l) => (
        <Tag
          key={l.id}
          bordered={false}
          color={l.expired ? 'red' : l.expiring ? 'orange' : undefined}
          className="dr-tabular"
          data-testid="supply-lot"
        >
          {t(l.expiresOn ? 'supplies.lot.withExpiry' : 'supplies.lot.noExpiry', {
            lot: l.lotNo || t('supplies.lot.unnumbered'),
            n: l.quantity.toLocaleString(),
            unit,
            expiresOn: l.expiresOn ?? '',
          })}
          {l.expired
            ? ` · ${t('supplies.lot.expired')}`
            : l.expiring
              ? ` · ${t('supplies.lot.expiring')}`
              : ''}
        </Tag>
      ))}
    </span>
  );
}
