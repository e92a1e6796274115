import { useState } from 'react';
import { Card, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MovementView } from '../../../../common/contract/supplies';
import { useApiQuery } from '../../api/hooks';
import { DepotFilter } from './DepotFilter';
import { formatDateTime } from '../../time/format';
import { useRoomTimeZone } from '../../time/useRoomTime';

/** The ledger, newest first: every movement with its lot, who entered it and why; the chain's check. */
export function MovementsTab() {
  const { t, i18n } = useTranslation();
  const tz = useRoomTimeZone();
  const [depotId, setDepotId] = useState<string | undefined>();
  const list = useApiQuery('supplies.movements', { ...(depotId ? { depotId } : {}), limit: 500 });
  const chain = useApiQuery('supplies.verifyChain', {});
  return (
    <Card
      title={t('supplies.movements.title')}
      extra={
        <Space wrap>
          {chain.data ? (
            <Tag color={chain.data.ok ? 'green' : 'red'} bordered={false} data-testid="supplies-chain">
              {chain.data.ok
                ? t('supplies.chain.ok', { n: chain.data.checked })
                : t('supplies.chain.broken', { id: chain.data.firstBrokenId ?? '' })}
            </Tag>
          ) : null}
          <DepotFilter value={depotId} onChange={setDepotId} />
        </Space>
      }
    >
      <Table<MovementView>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        data-testid="supplies-movements"
        columns={[
          { title: t('supplies.col.at'), render: (_v, m) => formatDateTime(m.at, i18n.language, tz) },
          {
            title: t('supplies.col.kind'),
            render: (_v, m) => (
              <span>
                {t(`movementKind.${m.kind}`)}
                {m.drill ? (
                  <Tag color="purple" bordered={false}>
                    {t('supplies.drill')}
                  </Tag>
                ) : null}
              </span>
            ),
          },
          { title: t('supplies.col.depot'), dataIndex: 'depotName' },
          { title: t('supplies.col.item'), dataIndex: 'item' },
          {
            title: t('supplies.col.lot'),
            render: (_v, m) =>
              [
                m.lotNo || t('supplies.lot.unnumbered'),
                m.expiresOn ? t('supplies.lot.until', { d: m.expiresOn }) : '',
              ]
                .filter(Boolean)
                .join(' '),
          },
          {
            title: t('supplies.col.change'),
            align: 'right',
            render: (_v, m) => (
              <span className={`dr-sup-qty ${m.quantity < 0 ? 'dr-sup-out' : 'dr-sup-in'}`}>
                {m.quantity > 0 ? '+' : ''}
                {m.quantity.toLocaleString()} {m.unit}
              </span>
            ),
          },
          {
            title: t('supplies.col.reason'),
            render: (_v, m) =>
              m.reason ||
              (m.kind === 'count_adjust' && !m.ref ? t('supplies.movements.registerEdit') : '') ||
              (m.kind === 'opening' ? t('supplies.movements.opening') : ''),
          },
          { title: t('supplies.col.by'), render: (_v, m) => m.actorName || '—' },
        ]}
      />
    </Card>
  );
}
