import { Card, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useNow } from '../../time/format';
import { hrefOf } from '../../router/hash';
import { ReminderDue, ReminderState, reminderHref, reminderWhat } from './reminderText';
import './reminders.css';

const SHOWN = 6;

/** The desk's reminders: the open ones, overdue first, each a link to its record. */
export function RemindersCard({ tz }: { tz: string }) {
  const { t } = useTranslation();
  const list = useApiQuery('reminders.list', {});
  const now = useNow(30_000).getTime();
  const open = (list.data?.items ?? []).filter((r) => !r.acknowledged);
  return (
    <Card
      title={t('reminders.card.title')}
      className="dr-stat-card"
      data-testid="card-reminders"
      extra={<a href={hrefOf('reminders')}>{t('reminders.card.all')}</a>}
    >
      {list.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : list.isError ? (
        <ErrorAlert error={list.error} />
      ) : open.length === 0 ? (
        <span className="dr-muted">{t('reminders.card.none')}</span>
      ) : (
        <ul className="dr-reminder-list">
          {open.slice(0, SHOWN).map((r) => (
            <li key={`${r.source}|${r.ref}|${r.cycle}`} data-testid="card-reminder">
              <ReminderState r={r} />
              <a href={reminderHref(r)}>{reminderWhat(t, r)}</a>
              <ReminderDue r={r} now={now} tz={tz} />
            </li>
          ))}
          {open.length > SHOWN ? (
            <li>
              <a href={hrefOf('reminders')}>{t('reminders.card.more', { n: open.length - SHOWN })}</a>
            </li>
          ) : null}
        </ul>
      )}
    </Card>
  );
}
