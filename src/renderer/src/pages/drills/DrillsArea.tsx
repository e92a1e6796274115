import { Empty, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Operator } from '../../../../common/contract/operators';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { CampaignBoard } from './CampaignBoard';
import { DrillsTable } from './DrillsTable';
import './drills.css';

/** 应急准备 → 应急演练: the campaign boards and the drills. */
export function DrillsArea(_props: { operator: Operator }) {
  const { t } = useTranslation();
  const campaigns = useApiQuery('drills.campaigns', {});
  const drills = useApiQuery('drills.list', {});
  if (campaigns.isPending || drills.isPending) return <Skeleton active />;
  const list = drills.data?.drills ?? [];
  return (
    <div className="dr-page">
      <PageHeader
        title={t('nav.drills')}
        subtitle={t('drills.subtitle', {
          campaigns: campaigns.data?.campaigns.length ?? 0,
          drills: list.length,
          running: list.filter((d) => d.state === 'started').length,
        })}
      />
      <ErrorAlert error={campaigns.error ?? drills.error} />
      {campaigns.data?.campaigns.length ? (
        campaigns.data.campaigns.map((c) => <CampaignBoard key={c.id} campaign={c} />)
      ) : (
        <Empty description={t('drills.campaign.none')} />
      )}
      <h2 className="dr-section-title">{t('drills.list.title')}</h2>
      <DrillsTable drills={list} campaigns={campaigns.data?.campaigns ?? []} />
    </div>
  );
}
