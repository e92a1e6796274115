import { Card, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CampaignDomainView, CampaignView } from '../../../../common/contract/drills';

/** 距时限还有 12 天 / 今天到期 / 已超过时限 3 天 (red). */
export function DeadlineTag({ campaign }: { campaign: CampaignView }) {
  const { t } = useTranslation();
  const d = campaign.daysLeft;
  const text =
    d > 0
      ? t('drills.campaign.daysLeft', { days: d })
      : d === 0
        ? t('drills.campaign.today')
        : t('drills.campaign.overdue', { days: -d });
  return (
    <Tag color={d < 0 ? 'red' : d <= 7 ? 'orange' : 'blue'} data-testid="campaign-countdown" data-days={d}>
      {text}
    </Tag>
  );
}

export function useDomainLabel() {
  const { t } = useTranslation();
  return (d: Pick<CampaignDomainView, 'domain' | 'name'>) => (d.name ? d.name : t(`drillDomain.${d.domain}`));
}

/**
 * The campaign board: per domain, its named lead and how far its drills are — planned,
 * done, evaluated, 整改 closed — with the countdown to the deadline; a domain still
 * undone after the deadline is red.
 */
export function CampaignBoard({ campaign, extra }: { campaign: CampaignView; extra?: React.ReactNode }) {
  const { t } = useTranslation();
  const domainLabel = useDomainLabel();
  const num = (k: keyof CampaignDomainView['counts']) => ({
    title: t(`drills.board.${k}`),
    key: k,
    align: 'right' as const,
    width: 90,
    render: (_: unknown, d: CampaignDomainView) => d.counts[k],
  });
  return (
    <Card
      className="dr-campaign"
      data-testid="campaign-board"
      title={
        <span className="dr-campaign-title">
          {campaign.title} <DeadlineTag campaign={campaign} />
        </span>
      }
      extra={extra}
    >
      <div className="dr-campaign-meta">
        {campaign.documentNo ? (
          <span>{t('drills.campaign.document', { no: campaign.documentNo })}</span>
        ) : null}
        {campaign.issuedBy ? <span>{t('drills.campaign.issuedBy', { by: campaign.issuedBy })}</span> : null}
        <span>{t('drills.campaign.deadline', { date: campaign.deadline })}</span>
        {campaign.requirements.map((r) => (
          <Tag key={r}>{t(`campaignRequirement.${r}`)}</Tag>
        ))}
      </div>
      <Table<CampaignDomainView>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={campaign.domains}
        rowClassName={(d) => (d.overdue ? 'dr-row-overdue' : '')}
        columns={[
          {
            title: t('drills.board.domain'),
            key: 'domain',
            render: (_, d) => (
              <span>
                {domainLabel(d)}
                {d.overdue ? (
                  <Tag color="red" className="dr-campaign-overdue">
                    {t('drills.board.overdueTag')}
                  </Tag>
                ) : null}
              </span>
            ),
          },
          { title: t('drills.board.lead'), dataIndex: 'leadLeader' },
          { title: t('drills.board.unit'), dataIndex: 'leadUnit' },
          num('planned'),
          num('done'),
          num('evaluated'),
          num('closed'),
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={3}>
              {t('drills.board.total')}
            </Table.Summary.Cell>
            {(['planned', 'done', 'evaluated', 'closed'] as const).map((k, i) => (
              <Table.Summary.Cell key={k} index={3 + i} align="right">
                {campaign.totals[k]}
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        )}
      />
    </Card>
  );
}
