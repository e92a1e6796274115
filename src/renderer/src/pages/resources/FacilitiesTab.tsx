import { useState } from 'react';
import { App, Button, Card, Input, Popconfirm, Select, Space, Switch, Table, Tag, Tooltip } from 'antd';
import { DownloadOutlined, EditOutlined, EnvironmentOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { FacilityView } from '../../../../common/contract/facilities';
import { CAPACITY_UNIT, FACILITY_COLORS, FACILITY_KINDS, type FacilityKind } from '../../../../common/domain/facilities';
import { errorText } from '../../api/errors';
import { apiClient } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { downloadBase64 } from '../../components/download';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ImportDialog } from '../../components/ImportDialog';
import { navigate } from '../../router/hash';
import { FacilityDialog } from './FacilityDialog';

type Dialog = { kind: 'edit'; f?: FacilityView } | { kind: 'import' } | null;

/** 重点单位: schools, hospitals, water, power, gas, transport and other key sites. */
export function FacilitiesTab({ initialQ }: { initialQ: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [kind, setKind] = useState<FacilityKind | undefined>();
  const [town, setTown] = useState<string | undefined>();
  const [q, setQ] = useState(initialQ);
  const [archived, setArchived] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [exporting, setExporting] = useState(false);
  const towns = useApiQuery('geo.towns', {}, { staleTime: Infinity });
  const list = useApiQuery('facilities.list', {
    ...(kind ? { kind } : {}),
    ...(town ? { townCode: town } : {}),
    ...(q.trim() ? { q: q.trim().slice(0, 60) } : {}),
    includeArchived: archived,
  });
  const archive = useApiMutation('facilities.archive', {
    onSuccess: (f) => void message.success(t(f.archived ? 'res.archived' : 'res.restored', { name: f.name })),
    onError: (e) => void message.error(errorText(t, e)),
  });

  const exportXlsx = async () => {
    setExporting(true);
    try {
      const f = await apiClient().call('facilities.export', { includeArchived: archived });
      downloadBase64(f.fileName, f.mime, f.base64);
    } catch (e) {
      void message.error(errorText(t, e));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Card
      title={t('res.facilities.title')}
      extra={
        <Space wrap>
          <Input.Search
            allowClear
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder={t('res.searchPlaceholder')}
            aria-label={t('res.searchPlaceholder')}
            className="dr-res-search"
            data-testid="facility-search"
          />
          <Select<FacilityKind | undefined>
            allowClear
            placeholder={t('res.allKinds')}
            value={kind}
            onChange={setKind}
            className="dr-res-filter"
            aria-label={t('res.col.kind')}
            options={FACILITY_KINDS.map((k) => ({ value: k, label: t(`facilityKind.${k}`) }))}
          />
          <Select<string | undefined>
            allowClear
            placeholder={t('res.allTowns')}
            value={town}
            onChange={setTown}
            className="dr-res-filter"
            aria-label={t('res.col.town')}
            options={(towns.data ?? []).map((x) => ({ value: x.code, label: x.name }))}
          />
          <span className="dr-inline-switch">
            <Switch size="small" checked={archived} onChange={setArchived} aria-label={t('res.showArchived')} />
            {t('res.showArchived')}
          </span>
          <Button icon={<UploadOutlined />} onClick={() => setDialog({ kind: 'import' })}>
            {t('res.import')}
          </Button>
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportXlsx()}>
            {t('res.export')}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'edit' })}>
            {t('res.facilities.add')}
          </Button>
        </Space>
      }
    >
      <ErrorAlert error={list.error} />
      <Table<FacilityView>
        rowKey="id"
        size="middle"
        loading={list.isPending}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true, showTotal: (n) => t('res.total', { n }) }}
        data-testid="facilities-table"
        locale={{ emptyText: t('res.facilities.empty') }}
        rowClassName={(f) => (f.archived ? 'dr-row-inactive' : '')}
        columns={[
          {
            title: t('res.col.name'),
            render: (_v, f) => (
              <span>
                <span className="dr-strong">{f.name}</span>
                {f.archived ? (
                  <Tag bordered={false} className="dr-res-inline-tag">
                    {t('res.archivedTag')}
                  </Tag>
                ) : null}
                <div className="dr-muted dr-res-sub">{f.address}</div>
              </span>
            ),
          },
          {
            title: t('res.col.kind'),
            width: 96,
            render: (_v, f) => (
              <Tag color={FACILITY_COLORS[f.kind]} variant="solid">
                {t(`facilityKind.${f.kind}`)}
              </Tag>
            ),
          },
          { title: t('res.col.town'), width: 110, render: (_v, f) => f.townName ?? '' },
          {
            title: t('res.col.capacity'),
            width: 170,
            render: (_v, f) =>
              f.capacity === null ? <span className="dr-muted">—</span> : t(`capacity.${CAPACITY_UNIT[f.kind]}`, { n: f.capacity.toLocaleString() }),
          },
          {
            title: t('res.col.contact'),
            width: 200,
            render: (_v, f) => (
              <span className="dr-tabular">
                {f.contact} {f.phone}
              </span>
            ),
          },
          {
            title: t('res.col.point'),
            width: 92,
            render: (_v, f) =>
              f.point ? (
                <Tooltip title={`${f.point[0].toFixed(5)}, ${f.point[1].toFixed(5)}`}>
                  <Button size="small" type="link" icon={<EnvironmentOutlined />} onClick={() => navigate(`/map?focus=facility:${f.id}`)}>
                    {t('res.onMap')}
                  </Button>
                </Tooltip>
              ) : (
                <Tag bordered={false} color="orange">
                  {t('res.unlocated')}
                </Tag>
              ),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 150,
            render: (_v, f) => (
              <Space size={0}>
                <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setDialog({ kind: 'edit', f })}>
                  {t('common.edit')}
                </Button>
                {f.archived ? (
                  <Button size="small" type="link" onClick={() => archive.mutate({ id: f.id, archived: false })}>
                    {t('res.restore')}
                  </Button>
                ) : (
                  <Popconfirm
                    title={t('res.archiveConfirm', { name: f.name })}
                    okText={t('res.archive')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => archive.mutate({ id: f.id, archived: true })}
                  >
                    <Button size="small" type="link" danger>
                      {t('res.archive')}
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      {dialog?.kind === 'edit' ? <FacilityDialog facility={dialog.f} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'import' ? (
        <ImportDialog target="facilities" title={t('res.facilities.importTitle')} onClose={() => setDialog(null)} />
      ) : null}
    </Card>
  );
}
