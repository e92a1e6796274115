import { useState } from 'react';
import { Card, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DepotView } from '../../../../common/contract/facilities';
import { useApiQuery } from '../../api/hooks';
import { ImportDialog } from '../../components/ImportDialog';
import { RegisterTable } from '../../components/RegisterTable';
import { ResourceToolbar } from '../../components/ResourceToolbar';
import { useResourceColumns } from '../../components/useResourceColumns';
import { useResourceFilters } from '../../components/useResourceFilters';
import { DepotDialog } from './DepotDialog';

type Dialog = { kind: 'edit'; d?: DepotView } | { kind: 'import'; target: 'depots' | 'depotStock' } | null;

/** 应急物资储备库: depots, their keepers and what they hold; short items in red. */
export function DepotsTab({ initialQ }: { initialQ: string }) {
  const { t } = useTranslation();
  const filters = useResourceFilters(initialQ);
  const [dialog, setDialog] = useState<Dialog>(null);
  const list = useApiQuery('depots.list', filters.listInput);
  const cols = useResourceColumns<DepotView>({
    nameTitle: t('resources.col.depot'),
    contactTitle: t('resources.col.keeper'),
    contactOf: (d) => d.keeper,
    mapLayer: 'depot',
    archiveMethod: 'depots.archive',
    onEdit: (d) => setDialog({ kind: 'edit', d }),
  });

  return (
    <Card
      title={t('resources.depots.title')}
      extra={
        <ResourceToolbar
          filters={filters}
          searchPlaceholder={t('resources.depots.searchPlaceholder')}
          importMenu={[
            { key: 'depots', label: t('resources.depots.importDepots') },
            { key: 'depotStock', label: t('resources.depots.importStock') },
          ]}
          onImport={(key) => setDialog({ kind: 'import', target: key as 'depots' | 'depotStock' })}
          exportMethod="depots.export"
          addLabel={t('resources.depots.add')}
          onAdd={() => setDialog({ kind: 'edit' })}
        />
      }
    >
      <RegisterTable<DepotView>
        query={list}
        pagination={false}
        data-testid="depots-table"
        locale={{ emptyText: t('resources.depots.empty') }}
        rowClassName={(d) => (d.archived ? 'dr-row-inactive' : '')}
        expandable={{
          expandedRowRender: (d) => (
            <div className="dr-res-stock">
              {d.stock.length === 0 ? (
                <span className="dr-muted">{t('resources.depots.noStock')}</span>
              ) : null}
              {d.stock.map((s) => (
                <Tag key={s.item} bordered={false} color={s.short ? 'red' : undefined} className="dr-tabular">
                  {t('resources.depots.stockLine', {
                    item: s.item,
                    n: s.quantity.toLocaleString(),
                    unit: s.unit,
                    min: s.minimum.toLocaleString(),
                  })}
                </Tag>
              ))}
            </div>
          ),
        }}
        columns={[
          cols.name,
          cols.town,
          cols.contact,
          {
            title: t('resources.col.stock'),
            width: 180,
            render: (_v, d) => (
              <span>
                {t('resources.depots.items', { n: d.stock.length })}
                {d.short > 0 ? (
                  <Tag color="red" bordered={false} className="dr-res-inline-tag">
                    {t('resources.depots.short', { n: d.short })}
                  </Tag>
                ) : null}
              </span>
            ),
          },
          cols.point,
          cols.actions,
        ]}
      />
      {dialog?.kind === 'edit' ? <DepotDialog depot={dialog.d} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'import' ? (
        <ImportDialog
          target={dialog.target}
          title={t(
            dialog.target === 'depots' ? 'resources.depots.importDepots' : 'resources.depots.importStock',
          )}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </Card>
  );
}
