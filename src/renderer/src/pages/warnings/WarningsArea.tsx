import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { WarningDetail } from './WarningDetail';
import { WarningsList } from './WarningsList';
import './warnings.css';

/** 预警叫应 (`#/warnings`): the warnings in force; `#/warnings/<id>` one warning with its recipients. */
export function WarningsArea({ sub }: { sub: string | undefined; admin: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="dr-page">
      <PageHeader title={t('nav.warnings')} subtitle={t('warnings.subtitle')} />
      {sub ? <WarningDetail id={sub} /> : <WarningsList />}
    </div>
  );
}
