import { useState } from 'react';
import { App, Button, Card, Dropdown, Input, Popconfirm, Select, Space, Switch, Table, Tag } from 'antd';
import { DownloadOutlined, EditOutlined, EnvironmentOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DepotView } from '../../../../common/contract/facilities';
import { errorText } from '../../api/errors';
import { apiClient } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { downloadBase64 } from '../../components/download';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ImportDialog } from '../../components/ImportDialog';
import { navigate } from '../../router/hash';
import { DepotDialog } from './DepotDialog';

type Dialog = { kind: 'edit'; d?: DepotView } | { kind: 'import'; target: 'depots' | 'depotStock' } | null;

/** 应急物资储备库: depots, their keepers and what they hold; short items in red. */
export function DepotsTab({ initialQ }: { initialQ: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [town, setTown] = useState<string | undefined>();
  const [q, setQ] = useState(initialQ);
  const [archived, setArchived] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [exporting, setExporting] = useState(false);
  const towns = useApiQuery('geo.towns', {}, { staleTime: Infinity });
  const list = useApiQuery('depots.list', {
    ...(town ? { townCode: town } : {}),
    ...(q.trim() ? { q: q.trim().slice(0, 60) } : {}),
    includeArchived: archived,
  });
  const archive = useApiMutation('depots.archive', {
    onSuccess: (d) => void message.success(t(d.archived ? 'res.archived' : 'res.restored', { name: d.name })),
    onError: (e) => void message.error(errorText(t, e)),
  });

  const exportXlsx = async () => {
    setExporting(true);
    try {
      const f = await apiClient().call('depots.export', { includeArchived: archived });
      downloadBase64(f.fileName, f.mime, f.base64);
    } catch (e) {
      void message.error(errorText(t, e));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Card
      title={t('res.depots.title')}
      extra={
        <Space wrap>
          <Input.Search
            allowClear
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder={t('res.depots.searchPlaceholder')}
            aria-label={t('res.depots.searchPlaceholder')}
            className="dr-res-search"
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
          <Dropdown
            menu={{
              items: [
                { key: 'depots', label: t('res.depots.importDepots') },
                { key: 'depotStock', label: t('res.depots.importStock') },
              ],
              onClick: ({ key }) => setDialog({ kind: 'import', target: key as 'depots' | 'depotStock' }),
            }}
          >
            <Button icon={<UploadOutlined />}>{t('res.import')}</Button>
          </Dropdown>
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportXlsx()}>
            {t('res.export')}
          </Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'edit' })}>
            {t('res.depots.add')}
          </Button>
        </Space>
      }
    >
      <ErrorAlert error={list.error} />
      <Table<DepotView>
        rowKey="id"
        size="middle"
        loading={list.isPending}
        dataSource={list.data ?? []}
        pagination={false}
        data-testid="depots-table"
        locale={{ emptyText: t('res.depots.empty') }}
        rowClassName={(d) => (d.archived ? 'dr-row-inactive' : '')}
        expandable={{
          expandedRowRender: (d) => (
            <div className="dr-res-stock">
              {d.stock.length === 0 ? <span className="dr-muted">{t('res.depots.noStock')}</span> : null}
              {d.stock.map((s) => (
                <Tag key={s.item} bordered={false} color={s.short ? 'red' : undefined} className="dr-tabular">
                  {t('res.depots.stockLine', { item: s.item, n: s.quantity.toLocaleString(), unit: s.unit, min: s.minimum.toLocaleString() })}
                </Tag>
              ))}
            </div>
          ),
        }}
        columns={[
          {
            title: t('res.col.depot'),
            render: (_v, d) => (
              <span>
                <span className="dr-strong">{d.name}</span>
                {d.archived ? (
                  <Tag bordered={false} className="dr-res-inline-tag">
                    {t('res.archivedTag')}
                  </Tag>
                ) : null}
                <div className="dr-muted dr-res-sub">{d.address}</div>
              </span>
            ),
          },
          { title: t('res.col.town'), width: 110, render: (_v, d) => d.townName ?? '' },
          {
            title: t('res.col.keeper'),
            width: 200,
            render: (_v, d) => (
              <span className="dr-tabular">
                {d.keeper} {d.phone}
              </span>
            ),
          },
          {
            title: t('res.col.stock'),
            width: 180,
            render: (_v, d) => (
              <span>
                {t('res.depots.items', { n: d.stock.length })}
                {d.short > 0 ? (
                  <Tag color="red" bordered={false} className="dr-res-inline-tag">
                    {t('res.depots.short', { n: d.short })}
                  </Tag>
                ) : null}
              </span>
            ),
          },
          {
            title: t('res.col.point'),
            width: 92,
            render: (_v, d) =>
              d.point ? (
                <Button size="small" type="link" icon={<EnvironmentOutlined />} onClick={() => navigate(`/map?focus=depot:${d.id}`)}>
                  {t('res.onMap')}
                </Button>
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
            render: (_v, d) => (
              <Space size={0}>
                <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setDialog({ kind: 'edit', d })}>
                  {t('common.edit')}
                </Button>
                {d.archived ? (
                  <Button size="small" type="link" onClick={() => archive.mutate({ id: d.id, archived: false })}>
                    {t('res.restore')}
                  </Button>
                ) : (
                  <Popconfirm
                    title={t('res.archiveConfirm', { name: d.name })}
                    okText={t('res.archive')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => archive.mutate({ id: d.id, archived: true })}
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
      {dialog?.kind === 'edit' ? <DepotDialog depot={dialog.d} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'import' ? (
        <ImportDialog
          target={dialog.target}
          title={t(dialog.target === 'depots' ? 'res.depots.importDepots' : 'res.depots.importStock')}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </Card>
  );
}
