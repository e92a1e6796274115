import { AlertFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** The product mark: an emblem and the product's name, for pages outside the shell. */
export function BrandMark({ subtitle }: { subtitle?: string }) {
  const { t } = useTranslation();
  return (
    <div className="dr-brand">
      <span className="dr-brand-emblem" aria-hidden>
        <AlertFilled />
      </span>
      <span className="dr-brand-text">
        <span className="dr-brand-name">{t('app.productName')}</span>
        {subtitle ? <span className="dr-brand-sub">{subtitle}</span> : null}
      </span>
    </div>
  );
}
