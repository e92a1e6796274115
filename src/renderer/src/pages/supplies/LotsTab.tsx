import { useMemo, useState } from 'react';
import { Card, Input, Space, Switch, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LotView } from '../../../../common/contract/supplies';
import { useApiQuery } from '../../api/hooks';
import { FOCUS_PARAM, useRecordFocus } from '../../components/recordFocus';
import { useHashRoute } from '../../router/hash';
import { DepotFilter } from './DepotFilter';

interface LotRow extends LotView {
  depotName: string;
  item: string;
  unit: string;
}

/**
 * Lots (批次) held, earliest expiry first, from the same stock lines as 库存; the expired and
 * those expiring within 30 days marked. `?focus=<lot id>` (统计's 过期及临期批次) marks that lot,
 * shown even when the switch keeps only expiring ones.
 */
export function LotsTab({ initialDepot }: { initialDepot?: string | undefined }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [depotId, setDepotId] = useState<string | undefined>(initialDepot);
  const [expiringOnly, setExpiringOnly] = useState(false);
  const stock = useApiQuery('supplies.stock', {
    ...(depotId ? { depotId } : {}),
    ...(q.trim() ? { q: q.trim().slice(0, 60) } : {}),
  });
  const all = useMemo<LotRow[] | undefined>(
    () =>
      stock.data
        ?.flatMap((s) => s.lots.map((l) => ({ ...l, depotName: s.depotName, item: s.item, unit: s.unit })))
        .sort(
          (a, b) =>
            Number(a.expiresOn === null) - Number(b.expiresOn === null) ||
            (a.expiresOn ?? '').localeCompare(b.expiresOn ?? ''),
        ),
    [stock.data],
  );
  const focusId = useHashRoute().query.get(FOCUS_PARAM);
  const rows = all?.filter((l) => !expiringOnly || l.expiring || l.expired || l.id === focusId);
  const focus = useRecordFocus(
    rows?.map((l) => l.id),
    50,
  );
  return (
    <Card
      title={t('supplies.lots.title')}
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
          <span className="dr-inline-switch">
            <Switch
              size="small"
              checked={expiringOnly}
              onChange={setExpiringOnly}
              aria-label={t('supplies.lots.expiringOnly')}
            />
            {t('supplies.lots.expiringOnly')}
          </span>
        </Space>
      }
    >
      <Table<LotRow>
        rowKey="id"
        size="small"
        loading={stock.isLoading}
        dataSource={rows ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true, ...focus.paging }}
        rowClassName={(l) => focus.rowClass(l.id)}
        data-testid="supplies-lots"
        locale={{ emptyText: t('supplies.lots.empty') }}
        columns={[
          { title: t('supplies.col.lot'), render: (_v, l) => l.lotNo || t('supplies.lot.unnumbered') },
          { title: t('supplies.col.item'), dataIndex: 'item' },
          { title: t('supplies.col.depot'), dataIndex: 'depotName' },
          {
            title: t('supplies.col.quantity'),
            align: 'right',
            render: (_v, l) => (
              <span className="dr-sup-qty">
                {t('supplies.stock.quantity', { n: l.quantity.toLocaleString(), unit: l.unit })}
              </span>
            ),
          },
          {
            title: t('supplies.lots.expiresOn'),
            render: (_v, l) => (
              <span className="dr-tabular">
                {l.expiresOn ?? t('supplies.lot.noExpiryShort')}
                {l.expired || l.expiring ? (
                  <Tag bordered={false} color={l.expired ? 'red' : 'orange'} style={{ marginLeft: 8 }}>
                    {t(l.expired ? 'supplies.lot.expired' : 'supplies.lot.expiring')}
                  </Tag>
                ) : null}
              </span>
            ),
          },
        ]}
      />
    </Card>
  );
}
