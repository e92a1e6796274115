import { useTranslation } from 'react-i18next';
import { formatClock, formatDateWithWeekday, useNow } from '../time/format';

/** Date with weekday and a ticking clock in the room's time zone (not the PC's). */
export function Clock({ timeZone, className }: { timeZone: string; className?: string }) {
  const { i18n } = useTranslation();
  const now = useNow();
  return (
    <div className={className ?? 'dr-clock'} data-testid="clock">
      <span className="dr-clock-date">{formatDateWithWeekday(now, i18n.language, timeZone)}</span>
      <span className="dr-clock-time">{formatClock(now, i18n.language, timeZone)}</span>
    </div>
  );
}
