import { useState } from 'react';
import { Button, Card, Empty, Select, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CampaignSummary } from '../../../../common/contract/review';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { hrefOf } from '../../router/hash';
import { domainText, percentText } from './format';

type DomainBlock = CampaignSummary['domains'][number];

/** The campaign's 总结报告 on screen, per domain, with the printed sheet one click away. */
export function SummaryTab() {
  const { t } = useTranslation();
  const campaigns = useApiQuery('drills.campaigns', {});
  const list = campaigns.data?.campaigns ?? [];
  const [picked, setPicked] = useState<string | null>(null);
  const campaignId = picked ?? list[0]?.id ?? null;
  const summary = useApiQuery(
    'evaluations.summary',
    { campaignId: campaignId ?? '' },
    { enabled: campaignId !== null },
  );
  if (campaigns.data && list.length === 0) return <Empty description={t('review.summary.none')} />;
  return (
    <Card
      title={
        <Space>
          <span>{t('review.summary.pick')}</span>
          <Select
            aria-label={t('review.summary.pick')}
            className="dr-review-campaign-select"
            value={campaignId}
            onChange={setPicked}
            options={list.map((c) => ({ value: c.id, label: c.title }))}
          />
        </Space>
      }
      extra={
        campaignId ? (
          <Button href={hrefOf('print/campaignSummary', [campaignId])}>{t('review.summary.print')}</Button>
        ) : null
      }
    >
      <ErrorAlert error={campaigns.error ?? summary.error} />
      <Table<DomainBlock>
        rowKey={(d) => d.domainId ?? ''}
        size="middle"
        loading={summary.isPending && campaignId !== null}
        dataSource={summary.data?.domains ?? []}
        pagination={false}
        data-testid="summary-table"
        columns={[
          {
            title: t('review.summary.domain'),
            render: (_v, d) => (
              <span>
                <span className="dr-strong">{domainText(t, d.name, d.code)}</span>
                <div className="dr-muted">{[d.leadLeader, d.leadUnit].filter(Boolean).join(' · ')}</div>
              </span>
            ),
          },
          { title: t('review.summary.drills'), width: 90, dataIndex: 'drills' },
          { title: t('review.summary.ended'), width: 90, dataIndex: 'ended' },
          { title: t('review.summary.evaluated'), width: 90, dataIndex: 'evaluated' },
          {
            title: t('review.summary.average'),
            width: 110,
            render: (_v, d) => percentText(d.averagePercent),
          },
          {
            title: t('review.summary.findings'),
            render: (_v, d) =>
              d.findings.map((f) => (
                <Tag key={f.category} bordered={false}>
                  {t(`rectificationCategory.${f.category}`)} {f.count}
                </Tag>
              )),
          },
          {
            title: t('review.summary.rect'),
            width: 200,
            render: (_v, d) => (
              <span className={d.rectifications.overdue ? 'dr-review-due' : undefined}>
                {t('review.summary.rectCell', d.rectifications)}
              </span>
            ),
          },
        ]}
      />
    </Card>
  );
}
