import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useSharedNow } from './useSharedNow';

/** Less than this left: the countdown turns orange. */
const SOON_MS = 15 * 60_000;

const pad = (n: number) => String(n).padStart(2, '0');

/** 12:05, 1:02:09, or "2 天 3 小时" beyond a day. */
export function formatSpan(ms: number, t: TFunction): string {
  const s = Math.floor(Math.abs(ms) / 1000);
  const d = Math.floor(s / 86_400);
  const h = Math.floor((s % 86_400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  if (d > 0) return t('dutylog.span.days', { d, h });
  return h > 0 ? `${h}:${pad(m)}:${pad(sec)}` : `${pad(m)}:${pad(sec)}`;
}

export type DueState = 'ok' | 'soon' | 'overdue';

export function dueState(dueAt: string, now: number): DueState {
  const left = new Date(dueAt).getTime() - now;
  if (left < 0) return 'overdue';
  return left < SOON_MS ? 'soon' : 'ok';
}

/**
 * A live countdown to a reporting deadline: "电话报告 剩余 12:05", red "已超时 1:02:09"
 * once past. All countdowns share one timer (useSharedNow).
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
  const span = formatSpan(left, t);
  return (
    <span
      className={`dr-countdown dr-countdown-${state}${className ? ` ${className}` : ''}`}
      data-testid="countdown"
      data-state={state}
    >
      {kind ? <span className="dr-countdown-kind">{t(`deadline.${kind}`)}</span> : null}
      <span className="dr-countdown-text dr-tabular">
        {state === 'overdue' ? t('dutylog.countdown.over', { span }) : t('dutylog.countdown.left', { span })}
      </span>
    </span>
  );
}
