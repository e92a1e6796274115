import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Clock } from '../../../../common/contract/plans';

/** Less than this many days left (calendar days; working days for 备案: a quarter): orange. */
const SOON_DAYS = 90;
const SOON_WORKDAYS = 5;

/**
 * A plan clock: "剩 18 个工作日" (备案) or "剩 420 天" (评估, 演练), red "逾期 …" once past,
 * orange when close; the due date in the tooltip and in `data-due` for the tests.
 */
export function ClockTag({ clock, working }: { clock: Clock | null; working?: boolean }) {
  const { t } = useTranslation();
  if (!clock) return <span className="dr-muted">{t('plans.notDue')}</span>;
  const n = Math.abs(clock.daysLeft);
  const text = clock.overdue
    ? t(working ? 'plans.clock.workOver' : 'plans.clock.daysOver', { n })
    : working && clock.daysLeft === 0
      ? t('plans.clock.workToday')
      : t(working ? 'plans.clock.workLeft' : 'plans.clock.daysLeft', { n });
  const soon = clock.daysLeft <= (working ? SOON_WORKDAYS : SOON_DAYS);
  const color = clock.overdue ? 'red' : soon ? 'orange' : 'green';
  return (
    <Tooltip title={t('plans.clock.due', { date: clock.due })}>
      <Tag
        color={color}
        bordered={false}
        data-due={clock.due}
        data-overdue={clock.overdue}
        className="dr-plan-clock"
      >
        {text}
      </Tag>
    </Tooltip>
  );
}
