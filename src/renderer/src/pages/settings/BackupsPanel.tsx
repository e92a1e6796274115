import { App, Button, Card, Space, Table, Tag } from 'antd';
import { CloudDownloadOutlined, FolderOpenOutlined, HistoryOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Backup } from '../../../../common/contract/settings';
import { dropSession, whoamiKey } from '../../api/auth';
import { isDesktop } from '../../api/client';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormatDateTime } from '../../time/useRoomTime';

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

/** Backups of the data file: list, back up now, restore (which backs up first). */
export function BackupsPanel() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const fmt = useFormatDateTime();
  const list = useApiQuery('backups.list', {});
  const create = useApiMutation('backups.create', {
    onSuccess: (b) => void message.success(t('backups.created', { name: b.name })),
    onError: (err) => void message.error(errorText(t, err)),
  });
  const restore = useApiMutation('backups.restore', {
    onError: (err) => void message.error(errorText(t, err)),
  });
  // The desktop app shows the folders in the file manager (to copy a backup onto a USB stick).
  const openFolder = useApiMutation('desktop.openFolder', {
    onSuccess: (r) => void message.success(t('backups.folderOpened', { path: r.path })),
    onError: (err) => void message.error(errorText(t, err)),
  });

  const confirmRestore = (b: Backup) =>
    modal.confirm({
      title: t('backups.restoreTitle'),
      width: 520,
      content: (
        <div>
          <p>{t('backups.restoreBody', { time: fmt(b.createdAt) })}</p>
          <p className="dr-muted">{t('backups.restoreSafety')}</p>
        </div>
      ),
      okText: t('backups.restoreConfirm'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        restore.mutateAsync({ name: b.name }).then(
          () => {
            void message.success(t('backups.restored'));
            // The restored data has its own operators and sessions: everyone signs in again.
            dropSession();
            queryClient.setQueryData(whoamiKey(null), { kind: 'anonymous', operator: null });
            void queryClient.invalidateQueries();
          },
          () => undefined,
        ),
    });

  return (
    <Card
      title={t('backups.title')}
      extra={
        <Space wrap>
          {isDesktop() ? (
            <>
              <Button icon={<FolderOpenOutlined />} onClick={() => openFolder.mutate({ folder: 'backups' })}>
                {t('backups.openBackups')}
              </Button>
              <Button icon={<FolderOpenOutlined />} onClick={() => openFolder.mutate({ folder: 'data' })}>
                {t('backups.openData')}
              </Button>
            </>
          ) : null}
          <Button
            type="primary"
            icon={<CloudDownloadOutlined />}
            loading={create.isPending}
            onClick={() => create.mutate({})}
          >
            {t('backups.createNow')}
          </Button>
        </Space>
      }
    >
      <p className="dr-muted">{t('backups.lead')}</p>
      <ErrorAlert error={list.error} />
      <Table<Backup>
        rowKey="name"
        size="middle"
        loading={list.isPending}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        locale={{ emptyText: t('backups.empty') }}
        columns={[
          { title: t('backups.time'), dataIndex: 'createdAt', width: 180, render: (v: string) => fmt(v) },
          {
            title: t('backups.reason'),
            dataIndex: 'reason',
            width: 140,
            render: (v: string) => t(`backups.reasons.${v}`, { defaultValue: v }),
          },
          {
            title: t('backups.size'),
            dataIndex: 'sizeBytes',
            width: 110,
            render: (v: number) => formatBytes(v),
          },
          {
            title: t('backups.verified'),
            dataIndex: 'verified',
            width: 110,
            render: (v: boolean) =>
              v ? (
                <Tag color="green" bordered={false}>
                  {t('backups.verifiedYes')}
                </Tag>
              ) : (
                <Tag bordered={false}>{t('backups.verifiedNo')}</Tag>
              ),
          },
          {
            title: t('backups.file'),
            dataIndex: 'name',
            render: (v: string) => <span className="dr-mono">{v}</span>,
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 100,
            render: (_v, b) => (
              <Button size="small" type="link" icon={<HistoryOutlined />} onClick={() => confirmRestore(b)}>
                {t('backups.restore')}
              </Button>
            ),
          },
        ]}
      />
    </Card>
  );
}
