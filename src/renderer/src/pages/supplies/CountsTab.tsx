import { useState } from 'react';
import { Button, Card, List, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CountView } from '../../../../common/contract/supplies';
import { useApiQuery } from '../../api/hooks';
import { DepotFilter } from './DepotFilter';
import { formatDateTime } from '../../time/format';
import { useRoomTimeZone } from '../../time/useRoomTime';
import { CountDialog } from './CountDialog';

/** 盘点: each count with what the ledger expected, what was on the shelf, and why they differ. */
export function CountsTab() {
  const { t, i18n } = useTranslation();
  const tz = useRoomTimeZone();
  const [depotId, setDepotId] = useState<string | undefined>();
  const [counting, setCounting] = useState(false);
  const counts = useApiQuery('supplies.counts', depotId ? { depotId } : {});
  return (
    <Card
      title={t('supplies.counts.title')}
      extra={
        <Space wrap>
          <DepotFilter value={depotId} onChange={setDepotId} />
          <Button type="primary" onClick={() => setCounting(true)}>
            {t('supplies.counts.new')}
          </Button>
        </Space>
      }
    >
      <List<CountView>
        dataSource={counts.data ?? []}
        locale={{ emptyText: t('supplies.counts.empty') }}
        renderItem={(c) => (
          <List.Item key={c.id}>
            <div style={{ width: '100%' }}>
              <div>
                <strong>{c.depotName}</strong> · {formatDateTime(c.countedAt, i18n.language, tz)} ·{' '}
                {c.actorName}
                {c.note ? ` · ${c.note}` : ''}
              </div>
              <Table
                rowKey="lotId"
                size="small"
                pagination={false}
                dataSource={c.lines}
                columns={[
                  { title: t('supplies.col.item'), dataIndex: 'item' },
                  {
                    title: t('supplies.col.lot'),
                    render: (_v, l) => l.lotNo || t('supplies.lot.unnumbered'),
                  },
                  { title: t('supplies.counts.expected'), align: 'right', dataIndex: 'expected' },
                  { title: t('supplies.counts.counted'), align: 'right', dataIndex: 'counted' },
                  {
                    title: t('supplies.counts.difference'),
                    align: 'right',
                    render: (_v, l) => (
                      <span className={l.difference < 0 ? 'dr-sup-out' : l.difference > 0 ? 'dr-sup-in' : ''}>
                        {l.difference > 0 ? '+' : ''}
                        {l.difference}
                      </span>
                    ),
                  },
                  { title: t('supplies.col.reason'), dataIndex: 'reason' },
                ]}
              />
            </div>
          </List.Item>
        )}
      />
      {counting ? <CountDialog onClose={() => setCounting(false)} /> : null}
    </Card>
  );
}
