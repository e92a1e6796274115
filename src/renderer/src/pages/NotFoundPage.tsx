import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { navigate, hrefOf } from '../router/hash';

/** An address the app cannot read (a broken link, a mistyped bookmark): said plainly, with a way back. */
export function NotFoundPage({ address }: { address: string }) {
  const { t } = useTranslation();
  return (
    <div className="dr-page" data-testid="not-found">
      <Result
        status="404"
        title={t('notFound.title')}
        subTitle={t('notFound.detail', { address })}
        extra={
          <Button type="primary" onClick={() => navigate(hrefOf(''))}>
            {t('boundary.page.home')}
          </Button>
        }
      />
    </div>
  );
}
