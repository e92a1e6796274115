import { App, Button, Popconfirm, Space, Table, Tag } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useRecordFocus } from '../../components/recordFocus';
import type { CampaignView, DrillView } from '../../../../common/contract/drills';
import { errorText } from '../../api/errors';
import { useApiMutation } from '../../api/hooks';
import { useFormatDateTime } from '../../time/useRoomTime';
import { useDomainLabel } from './CampaignBoard';

const STATE_COLOR: Record<DrillView['state'], string> = {
  planned: 'default',
  started: 'red',
  ended: 'blue',
  evaluating: 'gold',
  evaluated: 'cyan',
  rectifying: 'orange',
  closed: 'green',
};

/**
 * The drills, as the caller may see them: a sealed drill is one line saying that it is
 * registered and sealed — core sent nothing more. Its controllers start and end it here.
 */
export function DrillsTable({
  drills,
  campaigns,
  onOpen,
  onEdit,
}: {
  drills: DrillView[];
  campaigns: CampaignView[];
  onOpen(d: DrillView): void;
  onEdit(d: DrillView): void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const fmt = useFormatDateTime();
  const domainLabel = useDomainLabel();
  const focus = useRecordFocus(
    drills.map((d) => d.id),
    20,
  );
  const onError = (e: unknown) => void message.error(errorText(t, e));
  const start = useApiMutation('drills.start', {
    onError,
    onSuccess: () => void message.success(t('drills.started')),
  });
  const end = useApiMutation('drills.end', {
    onError,
    onSuccess: () => void message.success(t('drills.ended')),
  });
  const domainOf = (d: DrillView) => {
    const c = campaigns.find((x) => x.id === d.campaignId);
    const dom = c?.domains.find((x) => x.id === d.domainId);
    return dom ? domainLabel(dom) : t('drills.noCampaign');
  };
  return (
    <Table<DrillView>
      rowKey="id"
      size="middle"
      data-testid="drills-table"
      dataSource={drills}
      locale={{ emptyText: t('drills.list.none') }}
      pagination={{ pageSize: 20, hideOnSinglePage: true, ...focus.paging }}
      rowClassName={(d) => focus.rowClass(d.id) || (d.sealed ? 'dr-drill-sealed' : '')}
      columns={[
        { title: t('drills.col.number'), dataIndex: 'number', width: 130 },
        {
          title: t('drills.col.title'),
          key: 'title',
          render: (_, d) =>
            d.detail ? (
              <span>
                {d.detail.title}
                {d.controller ? (
                  <Tag color="purple" className="dr-drill-tag">
                    {t('drills.controllerTag')}
                  </Tag>
                ) : null}
              </span>
            ) : (
              <span className="dr-drill-sealed-text" data-testid="drill-sealed">
                <LockOutlined /> {t('drills.sealed')}
              </span>
            ),
        },
        { title: t('drills.col.domain'), key: 'domain', render: (_, d) => domainOf(d) },
        {
          title: t('drills.col.form'),
          key: 'form',
          render: (_, d) => (d.detail ? t(`drillForm.${d.detail.form}`) : t('drills.sealedShort')),
        },
        {
          title: t('drills.col.announce'),
          key: 'announce',
          render: (_, d) => t(`announceMode.${d.announce}`),
        },
        {
          title: t('drills.col.state'),
          key: 'state',
          render: (_, d) => (
            <Tag color={STATE_COLOR[d.state]} data-testid="drill-state">
              {t(`drillState.${d.state}`)}
            </Tag>
          ),
        },
        {
          title: t('drills.col.when'),
          key: 'when',
          render: (_, d) => fmt(d.startedAt ?? d.detail?.scheduledAt ?? null),
        },
        {
          title: t('drills.col.actions'),
          key: 'actions',
          render: (_, d) => (
            <Space>
              <Button size="small" onClick={() => onOpen(d)}>
                {t('drills.open')}
              </Button>
              {d.controller && d.state === 'planned' ? (
                <Button size="small" onClick={() => onEdit(d)}>
                  {t('drills.edit')}
                </Button>
              ) : null}
              {d.controller ? (
                <>
                  {d.state === 'planned' ? (
                    <Popconfirm title={t('drills.startConfirm')} onConfirm={() => start.mutate({ id: d.id })}>
                      <Button size="small" type="primary" danger>
                        {t('drills.start')}
                      </Button>
                    </Popconfirm>
                  ) : null}
                  {d.state === 'started' ? (
                    <Popconfirm title={t('drills.endConfirm')} onConfirm={() => end.mutate({ id: d.id })}>
                      <Button size="small">{t('drills.end')}</Button>
                    </Popconfirm>
                  ) : null}
                </>
              ) : null}
            </Space>
          ),
        },
      ]}
    />
  );
}
