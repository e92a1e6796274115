import { useTranslation } from 'react-i18next';
import { formatDuration } from '../time/duration';
import { useSharedNow } from './useSharedNow';

/** Less than this left: the countdown turns orange. */
const SOON_MS = 15 * 60_000;

export type DueState = 'ok' | 'soon' | 'overdue';

export function dueState(dueAt: string, now: number): DueState {
  const left = new Date(dueAt).getTime() - now;
  if (left < 0) return 'overdue';
  return left < SOON_MS ? 'soon' : 'ok';
}

/**
 * A live countdown to a reporting deadline: "电话报告 剩余 12分钟", red "已超时 1小时2分"
 * once past (time/duration.ts has the rule). All countdowns share one timer (useSharedNow).
 */
export function Countdown({
  dueAt,
  kind,
  className,
}: {
  dueAt: string;
  kind?: 'phone' | 'written' | 'followup' | null;
  className?: string;
}) {
  const { t } = useTranslation();
  const now = useSharedNow();
  const left = new Date(dueAt).getTime() - now;
  const state = dueState(dueAt, now);
  const span = formatDuration(left, t);
  return (
    <span
      className={`dr-countdown dr-countdown-${state}${className ? ` ${className}` : ''}`}
      data-testid="countdown"
      data-state={state}
    >
      {kind ? <span className="dr-countdown-kind">{t(`deadline.${kind}`)}</span> : null}
      <span className="dr-countdown-text dr-tabular">
        {state === 'overdue' ? t('logs.countdown.over', { span }) : t('logs.countdown.left', { span })}
      </span>
    </span>
  );
}
