import { useState } from 'react';
import { Button, Card, Dropdown, Input, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StockLineView } from '../../../../common/contract/supplies';
import { MOVE_KINDS, type MoveKind } from '../../../../common/domain/supplies';
import { useApiQuery } from '../../api/hooks';
import { useRecordFocus } from '../../components/recordFocus';
import { DepotFilter } from './DepotFilter';
import { LotTags } from './LotTags';
import { MoveDialog } from './MoveDialog';

/** Stock by depot and item, as the ledger sums it; a move starts from a line. */
export function StockTab({
  initialQ,
  initialDepot,
}: {
  initialQ: string;
  initialDepot?: string | undefined;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState(initialQ);
  const [depotId, setDepotId] = useState<string | undefined>(initialDepot);
  const [moving, setMoving] = useState<{ kind: MoveKind; line?: StockLineView } | null>(null);
  const stock = useApiQuery('supplies.stock', {
    ...(depotId ? { depotId } : {}),
    ...(q.trim() ? { q: q.trim().slice(0, 60) } : {}),
  });
  const lineKey = (s: StockLineView) => `${s.depotId}/${s.itemId}`;
  const focus = useRecordFocus(stock.data?.map(lineKey), 50);
  return (
    <Card
      title={t('supplies.stock.title')}
      extra={
        <Space wrap>
          <Input.Search
            allowClear
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder={t('supplies.stock.search')}
            aria-label={t('supplies.stock.search')}
            className="dr-res-search"
          />
          <DepotFilter value={depotId} onChange={setDepotId} />
          <Button type="primary" onClick={() => setMoving({ kind: 'receive' })}>
            {t('supplies.move.receiveNew')}
          </Button>
        </Space>
      }
    >
      <Table<StockLineView>
        rowKey={lineKey}
        size="small"
        loading={stock.isLoading}
        dataSource={stock.data ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true, ...focus.paging }}
        rowClassName={(s) => focus.rowClass(lineKey(s))}
        data-testid="supplies-stock"
        locale={{ emptyText: t('supplies.stock.empty') }}
        columns={[
          {
            title: t('supplies.col.depot'),
            render: (_v, s) => (
              <span>
                {s.depotName} <Tag bordered={false}>{t(`depotKind.${s.depotKind}`)}</Tag>
              </span>
            ),
          },
          {
            title: t('supplies.col.item'),
            render: (_v, s) => (
              <span>
                {s.item}
                {s.spec ? <span className="dr-muted"> {s.spec}</span> : null}
                {s.code ? <span className="dr-muted dr-tabular"> [{s.code}]</span> : null}
              </span>
            ),
          },
          {
            title: t('supplies.col.quantity'),
            align: 'right',
            render: (_v, s) => (
              <span className={`dr-sup-qty${s.short ? ' dr-sup-out' : ''}`}>
                {t('supplies.stock.quantity', { n: s.quantity.toLocaleString(), unit: s.unit })}
              </span>
            ),
          },
          {
            title: t('supplies.col.minimum'),
            align: 'right',
            render: (_v, s) => <span className="dr-sup-qty">{s.minimum.toLocaleString()}</span>,
          },
          { title: t('supplies.col.lots'), render: (_v, s) => <LotTags lots={s.lots} unit={s.unit} /> },
          {
            title: t('supplies.col.actions'),
            render: (_v, s) => (
              <Dropdown
                trigger={['click']}
                menu={{
                  items: MOVE_KINDS.filter((k) => k !== 'receive').map((k) => ({
                    key: k,
                    label: t(`moveKind.${k}`),
                  })),
                  onClick: ({ key }) => setMoving({ kind: key as MoveKind, line: s }),
                }}
              >
                <Button
                  size="small"
                  aria-label={t('supplies.move.pickFor', { item: s.item, depot: s.depotName })}
                >
                  {t('supplies.move.pick')}
                </Button>
              </Dropdown>
            ),
          },
        ]}
      />
      {moving ? <MoveDialog kind={moving.kind} line={moving.line} onClose={() => setMoving(null)} /> : null}
    </Card>
  );
}
