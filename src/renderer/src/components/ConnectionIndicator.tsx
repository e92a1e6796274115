import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { useConnectionStatus } from '../api/events';

/** Whether live updates are arriving: the events stream's state, in words and a dot. */
export function ConnectionIndicator({ tone = 'dark' }: { tone?: 'dark' | 'light' }) {
  const { t } = useTranslation();
  const status = useConnectionStatus();
  return (
    <Tooltip title={t(`connection.${status}.hint`)}>
      <span
        className={`dr-conn dr-conn-${status} dr-conn-${tone}`}
        data-testid="connection"
        data-status={status}
        role="status"
      >
        <span className="dr-conn-dot" aria-hidden />
        {t(`connection.${status}`)}
      </span>
    </Tooltip>
  );
}
