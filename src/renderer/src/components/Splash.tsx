import { Button, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/errors';

export function Splash() {
  const { t } = useTranslation();
  return (
    <div className="dr-center-page" role="status" aria-live="polite">
      <Spin size="large" />
      <div className="dr-splash-text">{t('app.loading')}</div>
    </div>
  );
}

export function HostUnreachable({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="dr-center-page">
      <Result
        status="warning"
        title={t('app.unreachableTitle')}
        subTitle={errorText(t, error)}
        extra={
          <Button type="primary" onClick={onRetry} autoFocus>
            {t('common.retry')}
          </Button>
        }
      />
    </div>
  );
}
