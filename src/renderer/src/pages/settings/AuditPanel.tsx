import { Alert, Button, Card, Space, Table, Typography } from 'antd';
import { InfoCircleOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../common/contract';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormatDateTime } from '../../time/useRoomTime';

type AuditRow = OutputOf<'audit.list'>[number];

/** Whether the audit chain is intact, and the latest entries in it. */
export function AuditPanel() {
  const { t } = useTranslation();
  const fmt = useFormatDateTime();
  const verify = useApiQuery('audit.verify', {}, { staleTime: 0 });
  const recent = useApiQuery('audit.list', { limit: 20 });
  const operators = useApiQuery('operators.list', { includeInactive: true });
  const nameOf = (id: string) => operators.data?.find((o) => o.id === id)?.name;

  /** Sign-ins happen before there is an operator; the row's input says who signed in. */
  const actorOf = (row: AuditRow): string => {
    if (row.method === 'auth.signIn') {
      const id = (row.input as { operatorId?: unknown } | null)?.operatorId;
      const who = typeof id === 'string' ? nameOf(id) : undefined;
      if (who) return who;
    }
    if (row.actorId) return nameOf(row.actorId) ?? row.actorName ?? row.actorId;
    return row.actorName ? t(`audit.actorKinds.${row.actorName}`, { defaultValue: row.actorName }) : '—';
  };

  return (
    <Space orientation="vertical" size={16} className="dr-full-width">
      <Card
        title={t('audit.chainTitle')}
        extra={
          <Button icon={<ReloadOutlined />} loading={verify.isFetching} onClick={() => void verify.refetch()}>
            {t('audit.verifyAgain')}
          </Button>
        }
      >
        <ErrorAlert error={verify.error} />
        {verify.data ? (
          verify.data.ok ? (
            <Alert
              type="success"
              showIcon
              data-testid="audit-status"
              title={t('audit.intact')}
              description={t('audit.intactDetail', { count: verify.data.checked })}
            />
          ) : (
            <Alert
              type="error"
              showIcon
              data-testid="audit-status"
              title={t('audit.broken', { seq: verify.data.firstBrokenSeq ?? '?' })}
              description={t('audit.brokenDetail', { count: verify.data.checked })}
            />
          )
        ) : null}
        <Typography.Paragraph type="secondary" className="dr-gap-top">
          <InfoCircleOutlined /> {t('audit.entriesNote')}
        </Typography.Paragraph>
      </Card>
      <Card title={t('audit.recentTitle')}>
        <ErrorAlert error={recent.error} />
        <Table<AuditRow>
          rowKey="seq"
          size="small"
          loading={recent.isPending}
          dataSource={recent.data ?? []}
          pagination={false}
          locale={{ emptyText: t('audit.empty') }}
          columns={[
            { title: t('audit.seq'), dataIndex: 'seq', width: 80, className: 'dr-tabular' },
            { title: t('audit.at'), dataIndex: 'at', width: 180, render: (v: string) => fmt(v) },
            {
              title: t('audit.actor'),
              key: 'actor',
              width: 160,
              render: (_v, row) => actorOf(row),
            },
            {
              title: t('audit.method'),
              dataIndex: 'method',
              render: (v: string) => t(`method.${v}`, { defaultValue: v }),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
