import { Card, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Person, RosterShift } from '../../../../common/contract/roster';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useRoomTimeZone } from '../../time/useRoomTime';
import { periodText, shiftName } from './format';
import './roster.css';
import { hrefOf } from '../../router/hash';

/** 今日值班: who is on duty now and next, with phones (one call: roster.onDuty). */
export function OnDutyCard() {
  const { t } = useTranslation();
  const q = useApiQuery('roster.onDuty', {});
  return (
    <Card
      title={t('roster.card.title')}
      className="dr-stat-card"
      data-testid="card-on-duty"
      extra={<a href={hrefOf('roster', ['month'])}>{t('roster.card.open')}</a>}
    >
      {q.isPending ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : q.isError ? (
        <ErrorAlert error={q.error} />
      ) : (
        <div className="dr-ro-duty">
          <Crew shift={q.data.now} label={t('roster.card.now')} testId="on-duty-now" />
          <Crew shift={q.data.next} label={t('roster.card.next')} testId="on-duty-next" compact />
          <a className="dr-ro-duty-link" href={hrefOf('roster', ['handover'])}>
            {t('roster.card.handover')}
          </a>
        </div>
      )}
    </Card>
  );
}

function Crew({
  shift,
  label,
  testId,
  compact,
}: {
  shift: RosterShift;
  label: string;
  testId: string;
  compact?: boolean;
}) {
  const { t } = useTranslation();
  const tz = useRoomTimeZone();
  const row = (pos: 'leader' | 'chief' | 'officer', people: Person[]) => (
    <div className="dr-ro-duty-row">
      <span className="dr-ro-duty-pos">{t(`position.${pos}`)}</span>
      <span>
        {people.length
          ? people.map((p, i) => (
              <span key={p.id} className="dr-ro-duty-person">
                {i > 0 ? t('roster.listSeparator') : ''}
                <strong>{p.name}</strong>
                {p.phone && !compact ? <span className="dr-tabular dr-muted"> {p.phone}</span> : null}
              </span>
            ))
          : t('roster.nobody')}
      </span>
    </div>
  );
  return (
    <div className="dr-ro-duty-shift" data-testid={testId}>
      <div className="dr-ro-duty-label">
        {label}{' '}
        <span className="dr-muted">
          {shiftName(t, shift)} · {periodText(t, shift, tz)}
        </span>
      </div>
      {row('leader', shift.leader ? [shift.leader] : [])}
      {row('chief', shift.chief ? [shift.chief] : [])}
      {compact ? null : row('officer', shift.officers)}
    </div>
  );
}
