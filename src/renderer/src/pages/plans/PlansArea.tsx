import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { useHashRoute } from '../../router/hash';
import { PlanDetail } from './PlanDetail';
import { PlansRegister } from './PlansRegister';
import './plans.css';

/** 应急预案 (`#/plans?q=`): the register; `#/plans/<id>` one plan with its versions. */
export function PlansArea({ sub, admin }: { sub: string | undefined; admin: boolean }) {
  const { t } = useTranslation();
  const route = useHashRoute();
  return (
    <div className="dr-page">
      <PageHeader title={t('nav.plans')} subtitle={t('plans.subtitle')} />
      {sub ? <PlanDetail id={sub} /> : <PlansRegister initialQ={route.query.get('q') ?? ''} admin={admin} />}
    </div>
  );
}
