import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { hrefOf } from '../../router/hash';
import { reserveLine } from '../supplies/reserveLine';

/**
 * 周边分析's agreement reserves: beside the nearest depots' physical stock, what the county
 * can call on by agreement for each item (实物 + 协议 + 产能, and how fast the quickest
 * enterprise delivers), so the room sees at once whether a 调拨 can come from an agreement.
 */
export function AroundReserves() {
  const { t } = useTranslation();
  const q = useApiQuery('supplies.reserves', {});
  const agreed = (q.data ?? []).filter((r) => r.agreed > 0 || r.capacityPerDay > 0);
  return (
    <>
      <h3 className="dr-around-h">
        {t('map.around.reserves')}{' '}
        <a href={hrefOf('supplies', ['agreements'])} className="dr-around-more">
          {t('map.around.reservesAll')}
        </a>
      </h3>
      <ErrorAlert error={q.error} />
      {q.data && agreed.length === 0 ? <p className="dr-muted">{t('map.around.noReserves')}</p> : null}
      <ul className="dr-around-depots" data-testid="around-reserves">
        {agreed.map((r) => (
          <li key={r.itemId}>
            <div className="dr-around-name">{[r.item, r.spec].filter(Boolean).join(' ')}</div>
            <div className="dr-around-meta dr-tabular">{reserveLine(t, r)}</div>
          </li>
        ))}
      </ul>
    </>
  );
}
