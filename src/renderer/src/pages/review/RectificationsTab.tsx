import { useState } from 'react';
import { Button, Card, Space, Switch, Table, Tag, Timeline } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RectificationView } from '../../../../common/contract/review';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormatDateTime } from '../../time/useRoomTime';
import { CloseDialog, ProgressDialog } from './RectificationDialogs';
import { RECTIFICATION_COLORS } from './format';

type Dialog = { kind: 'progress' | 'close'; r: RectificationView } | null;

/** 整改台账: every item, open ones first by due date, overdue ones red, each with its history. */
export function RectificationsTab() {
  const { t } = useTranslation();
  const fmt = useFormatDateTime();
  const [openOnly, setOpenOnly] = useState(false);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const list = useApiQuery('rectifications.list', {
    ...(openOnly ? { open: true } : {}),
    ...(overdueOnly ? { overdue: true } : {}),
  });
  const toggle = (label: string, on: boolean, set: (v: boolean) => void) => (
    <span className="dr-inline-switch">
      <Switch size="small" checked={on} onChange={set} aria-label={label} />
      {label}
    </span>
  );
  return (
    <Card
      extra={
        <Space>
          {toggle(t('review.rect.openOnly'), openOnly, setOpenOnly)}
          {toggle(t('review.rect.overdueOnly'), overdueOnly, setOverdueOnly)}
        </Space>
      }
    >
      <ErrorAlert error={list.error} />
      <Table<RectificationView>
        rowKey="id"
        size="middle"
        loading={list.isPending}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        data-testid="rectifications-table"
        locale={{ emptyText: t('review.rect.empty') }}
        rowClassName={(r) =>
          r.overdue ? 'dr-review-row-overdue' : r.status === 'closed' ? 'dr-review-row-closed' : ''
        }
        expandable={{
          expandedRowRender: (r) => (
            <Timeline
              items={r.actions.map((a) => ({
                key: a.id,
                color: a.kind === 'closed' ? 'green' : a.kind === 'due' ? 'orange' : 'blue',
                content: (
                  <span>
                    <span className="dr-tabular">{fmt(a.at)}</span> · {a.authorName} ·{' '}
                    <strong>{t(`rectificationAction.${a.kind}`)}</strong>
                    {actionText(a.data, t('logs.colon'), t('form.issueSeparator'))}
                  </span>
                ),
              }))}
            />
          ),
        }}
        columns={[
          {
            title: t('review.col.number'),
            dataIndex: 'number',
            width: 110,
            render: (v: string) => <span className="dr-tabular">{v}</span>,
          },
          {
            title: t('review.col.finding'),
            render: (_v, r) => (
              <span>
                <span className="dr-strong">{r.finding}</span>
                <div className="dr-muted">{r.drillTitle}</div>
                {r.measures ? <div>{r.measures}</div> : null}
                {r.status === 'closed' ? (
                  <div className="dr-muted">{t('review.rect.evidenceLine', { text: r.evidence })}</div>
                ) : null}
                {r.planVersionId ? <Tag bordered={false}>{t('review.rect.planRevision')}</Tag> : null}
              </span>
            ),
          },
          {
            title: t('review.col.category'),
            width: 80,
            render: (_v, r) => t(`rectificationCategory.${r.category}`),
          },
          { title: t('review.col.ownerUnit'), width: 160, dataIndex: 'ownerUnit' },
          {
            title: t('review.col.dueDate'),
            width: 150,
            render: (_v, r) => (
              <span className="dr-review-due dr-tabular" data-testid="rectification-due">
                {r.dueDate}
                {r.overdue ? (
                  <Tag color="red" bordered={false} className="dr-review-inline-tag">
                    {t('review.rect.overdue')}
                  </Tag>
                ) : null}
              </span>
            ),
          },
          {
            title: t('review.col.status'),
            width: 100,
            render: (_v, r) => (
              <Tag color={RECTIFICATION_COLORS[r.status]} bordered={false} data-testid="rectification-status">
                {t(`rectificationStatus.${r.status}`)}
              </Tag>
            ),
          },
          {
            title: t('common.actions'),
            width: 190,
            render: (_v, r) =>
              r.status === 'closed' ? (
                <span className="dr-muted">
                  {t('review.rect.closedAt', { at: fmt(r.closedAt), by: r.verifiedBy })}
                </span>
              ) : (
                <Space size={0}>
                  <Button size="small" type="link" onClick={() => setDialog({ kind: 'progress', r })}>
                    {t('review.rect.progress')}
                  </Button>
                  <Button size="small" type="link" onClick={() => setDialog({ kind: 'close', r })}>
                    {t('review.rect.close')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      {dialog?.kind === 'progress' ? (
        <ProgressDialog item={dialog.r} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'close' ? <CloseDialog item={dialog.r} onClose={() => setDialog(null)} /> : null}
    </Card>
  );
}

/** The words an action carries (its text, the new due date and why, the evidence). */
function actionText(d: Record<string, unknown>, colon: string, separator: string): string {
  const parts = [
    d.finding,
    d.text,
    d.measures,
    d.to && `→ ${String(d.to)}`,
    d.reason,
    d.evidence,
    d.verifiedBy,
  ].filter((x): x is string => typeof x === 'string' && x.length > 0);
  return parts.length ? `${colon}${parts.join(separator)}` : '';
}
