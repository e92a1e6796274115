import { useState } from 'react';
import { Card, Select, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FacilityView } from '../../../../common/contract/facilities';
import { FACILITY_COLORS, FACILITY_KINDS, type FacilityKind } from '../../../../common/domain/facilities';
import { capacityText } from '../../components/facilityCapacity';
import { useApiQuery } from '../../api/hooks';
import { ImportDialog } from '../../components/ImportDialog';
import { RegisterTable } from '../../components/RegisterTable';
import { ResourceToolbar } from '../../components/ResourceToolbar';
import { useResourceColumns } from '../../components/useResourceColumns';
import { useResourceFilters } from '../../components/useResourceFilters';
import { FacilityDialog } from './FacilityDialog';

type Dialog = { kind: 'edit'; f?: FacilityView } | { kind: 'import' } | null;

/** 重点单位: schools, hospitals, water, power, gas, transport and other key sites. */
export function FacilitiesTab({
  initialQ,
  initialKind = null,
  initialUnlocated = false,
}: {
  initialQ: string;
  initialKind?: string | null;
  initialUnlocated?: boolean;
}) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<FacilityKind | undefined>(
    (FACILITY_KINDS as readonly string[]).includes(initialKind ?? '')
      ? (initialKind as FacilityKind)
      : undefined,
  );
  const [unlocated, setUnlocated] = useState(initialUnlocated);
  const filters = useResourceFilters(initialQ);
  const [dialog, setDialog] = useState<Dialog>(null);
  const list = useApiQuery('facilities.list', {
    ...(kind ? { kind } : {}),
    ...(unlocated ? { unlocated } : {}),
    ...filters.listInput,
  });
  const cols = useResourceColumns<FacilityView>({
    nameTitle: t('resources.col.name'),
    contactTitle: t('resources.col.contact'),
    contactOf: (f) => f.contact,
    mapLayer: 'facility',
    showCoords: true,
    archiveMethod: 'facilities.archive',
    onEdit: (f) => setDialog({ kind: 'edit', f }),
  });

  return (
    <Card
      title={t('resources.facilities.title')}
      extra={
        <ResourceToolbar
          filters={filters}
          searchPlaceholder={t('resources.searchPlaceholder')}
          searchTestId="facility-search"
          onImport={() => setDialog({ kind: 'import' })}
          exportMethod="facilities.export"
          addLabel={t('resources.facilities.add')}
          onAdd={() => setDialog({ kind: 'edit' })}
        >
          <Select<FacilityKind | undefined>
            allowClear
            placeholder={t('resources.allKinds')}
            value={kind}
            onChange={setKind}
            className="dr-res-filter"
            aria-label={t('resources.col.kind')}
            options={FACILITY_KINDS.map((k) => ({ value: k, label: t(`facilityKind.${k}`) }))}
          />
          {unlocated ? (
            // Shown while it applies (the map links here for those it cannot draw); closing it lists all.
            <Tag closable onClose={() => setUnlocated(false)} data-testid="facility-unlocated">
              {t('resources.unlocatedOnly')}
            </Tag>
          ) : null}
        </ResourceToolbar>
      }
    >
      <RegisterTable<FacilityView>
        query={list}
        pagination={{
          pageSize: 20,
          showSizeChanger: false,
          hideOnSinglePage: true,
          showTotal: (n) => t('resources.total', { n }),
        }}
        data-testid="facilities-table"
        locale={{ emptyText: t('resources.facilities.empty') }}
        rowClassName={(f) => (f.archived ? 'dr-row-inactive' : '')}
        columns={[
          cols.name,
          {
            title: t('resources.col.kind'),
            width: 96,
            render: (_v, f) => (
              <Tag color={FACILITY_COLORS[f.kind]} variant="solid">
                {t(`facilityKind.${f.kind}`)}
              </Tag>
            ),
          },
          cols.town,
          {
            title: t('resources.col.capacity'),
            width: 170,
            render: (_v, f) => capacityText(t, f) ?? <span className="dr-muted">—</span>,
          },
          cols.contact,
          cols.point,
          cols.actions,
        ]}
      />
      {dialog?.kind === 'edit' ? (
        <FacilityDialog facility={dialog.f} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'import' ? (
        <ImportDialog
          target="facilities"
          title={t('resources.facilities.importTitle')}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </Card>
  );
}
