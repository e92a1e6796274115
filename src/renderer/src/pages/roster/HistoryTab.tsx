import { useState } from 'react';
import { Button, Space, Table, Tag } from 'antd';
import { CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { HandoverListItem } from '../../../../common/contract/handover';
import { parseShiftKey } from '../../../../common/shifts';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { toLocalText } from '../../components/localTime';
import { navigate, hrefOf } from '../../router/hash';
import { useRoomTimeZone } from '../../time/useRoomTime';
import { shiftName } from './format';

const PAGE = 20;

/** 交接记录: past handovers, newest first; each opens as signed and reprints exactly so. */
export function HistoryTab() {
  const { t } = useTranslation();
  const tz = useRoomTimeZone();
  const [page, setPage] = useState(1);
  const q = useApiQuery('handover.list', { limit: PAGE, offset: (page - 1) * PAGE });
  const chain = useApiQuery('handover.verifyChain', {});
  const name = (key: string) => {
    const k = parseShiftKey(key);
    return k ? shiftName(t, k) : key;
  };
  return (
    <div data-testid="handover-history">
      <div className="dr-ro-toolbar">
        <span className="dr-muted">{t('handover.history.help')}</span>
        {chain.data ? (
          chain.data.ok ? (
            <Tag icon={<CheckCircleOutlined />} color="green" data-testid="handover-chain">
              {t('handover.history.chainOk', { n: chain.data.checked })}
            </Tag>
          ) : (
            <Tag icon={<WarningOutlined />} color="red" data-testid="handover-chain">
              {t('handover.history.chainBroken')}
            </Tag>
          )
        ) : null}
      </div>
      <ErrorAlert error={q.error} />
      <Table<HandoverListItem>
        size="small"
        rowKey="id"
        loading={q.isPending}
        dataSource={q.data?.items ?? []}
        pagination={{
          current: page,
          pageSize: PAGE,
          total: q.data?.total ?? 0,
          showSizeChanger: false,
          onChange: setPage,
        }}
        columns={[
          {
            title: t('handover.col.shift'),
            key: 's',
            render: (_, h) => (
              <span className="dr-tabular" data-testid="history-shift">
                {name(h.shiftKey)}
              </span>
            ),
          },
          {
            title: t('handover.col.status'),
            key: 'st',
            render: (_, h) => (
              <Tag color={h.status === 'signed' ? 'green' : h.status === 'signing' ? 'orange' : 'default'}>
                {t(`handoverStatus.${h.status}`)}
              </Tag>
            ),
          },
          { title: t('signRole.outgoing'), dataIndex: 'outgoing' },
          { title: t('signRole.incoming'), dataIndex: 'incoming' },
          { title: t('signRole.leader'), dataIndex: 'leader' },
          {
            title: t('handover.col.signedAt'),
            key: 'at',
            render: (_, h) => <span className="dr-tabular">{toLocalText(h.signedAt, tz) || '—'}</span>,
          },
          { title: t('handover.col.entries'), dataIndex: 'entries', className: 'dr-tabular' },
          { title: t('handover.col.unfinishedN'), dataIndex: 'unfinished', className: 'dr-tabular' },
          {
            title: t('handover.col.amendments'),
            key: 'am',
            render: (_, h) => (h.amendments ? <Tag color="orange">{h.amendments}</Tag> : null),
          },
          {
            title: t('common.actions'),
            key: 'a',
            render: (_, h) => (
              <Space size={0}>
                <Button
                  type="link"
                  size="small"
                  onClick={() => navigate(hrefOf('roster', ['handover', h.shiftKey]))}
                >
                  {t('handover.history.open')}
                </Button>
                <Button
                  type="link"
                  size="small"
                  onClick={() => navigate(hrefOf('print/handover', [h.shiftKey]))}
                >
                  {t('handover.history.print')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
    </div>
  );
}
