import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/errors';

/** An error from the host, in the UI's language. Renders nothing without an error. */
export function ErrorAlert({ error, className }: { error: unknown; className?: string }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <Alert
      className={className ?? 'dr-form-alert'}
      type="error"
      showIcon
      title={errorText(t, error)}
      role="alert"
    />
  );
}
