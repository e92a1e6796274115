import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isRouteName } from '../../../../common/areas';
import type { Reminder } from '../../../../common/contract/reminders';
import { toLocalText } from '../../components/localTime';
import { formatDuration } from '../../time/duration';
import { hrefOf, type AppHref } from '../../router/hash';

/** What the reminder says: its source's sentence with the record's names and figures (`…Label` params translated). */
export const reminderWhat = (t: TFunction, r: Reminder): string =>
  t(
    `reminders.source.${r.source}`,
    Object.fromEntries(
      Object.entries(r.params).map(([k, v]) => [k, k.endsWith('Label') ? t(String(v) as never) : v]),
    ),
  );

/** Where its record is; the desk's own page when the route is unknown (an older build). */
export const reminderHref = (r: Reminder): AppHref =>
  isRouteName(r.link.route) ? hrefOf(r.link.route, r.link.parts, r.link.query) : hrefOf('reminders');

/** 已超期 / 即将到期, in the grade colours' neighbours: red for overdue, orange for due. */
export function ReminderState({ r }: { r: Reminder }) {
  const { t } = useTranslation();
  return (
    <Tag color={r.state === 'overdue' ? 'red' : 'orange'} data-testid="reminder-state">
      {t(`reminders.state.${r.state}`)}
    </Tag>
  );
}

/** When: "当前" for a condition that holds now, else the date and the duration to or past it. */
export function ReminderDue({ r, now, tz }: { r: Reminder; now: number; tz: string }) {
  const { t } = useTranslation();
  if (!r.dueAt) return <span className="dr-muted">{t('reminders.condition')}</span>;
  const ms = Date.parse(r.dueAt) - now;
  const d = formatDuration(ms, t);
  return (
    <span className={ms <= 0 ? 'dr-reminder-overdue' : undefined}>
      <span className="dr-tabular">{toLocalText(r.dueAt, tz)}</span>{' '}
      <span>{ms > 0 ? t('reminders.dueIn', { d }) : t('reminders.dueAgo', { d })}</span>
    </span>
  );
}
