import { Card, Skeleton } from 'antd';
import './equipment-card.css';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { TKey } from '../../i18n/keys';
import { hrefOf, type AppHref } from '../../router/hash';

/**
 * The desk's equipment card: checks due and overdue, faults open and past their
 * deadline. Live: every check or fault change invalidates `equipment.*`.
 */
export function EquipmentCard() {
  const { t } = useTranslation();
  const s = useApiQuery('equipment.summary', {});
  const figure = (key: TKey, n: number, href: AppHref, alarm: boolean, testId: string) => (
    <a
      href={href}
      className={`dr-eq-figure${alarm && n > 0 ? ' dr-eq-figure-alarm' : ''}`}
      data-testid={testId}
    >
      <strong className="dr-tabular">{n}</strong>
      <span>{t(key)}</span>
    </a>
  );
  return (
    <Card
      title={t('equipment.card.title')}
      className="dr-stat-card"
      data-testid="card-equipment"
      extra={<a href={hrefOf('equipment', ['round'])}>{t('equipment.card.round')}</a>}
    >
      {s.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : s.isError ? (
        <ErrorAlert error={s.error} />
      ) : (
        <div className="dr-eq-figures">
          {figure('equipment.card.due', s.data.due, hrefOf('equipment', ['round']), false, 'eq-due')}
          {figure(
            'equipment.card.overdue',
            s.data.overdue,
            hrefOf('equipment', ['round']),
            true,
            'eq-overdue',
          )}
          {figure(
            'equipment.card.faults',
            s.data.openFaults,
            hrefOf('equipment', ['faults']),
            true,
            'eq-faults',
          )}
          {figure(
            'equipment.card.overdueFaults',
            s.data.overdueFaults,
            hrefOf('equipment', ['faults']),
            true,
            'eq-overdue-faults',
          )}
        </div>
      )}
    </Card>
  );
}
