import { useState } from 'react';
import { App, Button, Card, Descriptions, Empty, Input, Modal, Space, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrderView } from '../../../../common/contract/supply-orders';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { hrefOf, navigate, useHashRoute } from '../../router/hash';
import { formatDateTime } from '../../time/format';
import { useRoomTimeZone } from '../../time/useRoomTime';
import { OrderDialog } from './OrderDialog';
import { ReconcileDialog } from './ReconcileDialog';
import { WrittenStatus } from './WrittenStatus';

/**
 * 调拨单: orders from incidents (`#/supplies/orders?incident=<id>` shows one incident's,
 * with its reconciliation; `&new=1` opens a new order for it). Each order prints its
 * 调拨指令, takes its written order when approved orally, is dispatched (its movements
 * leave the depot) and reconciled after the response.
 */
export function OrdersTab() {
  const { t, i18n } = useTranslation();
  const { message, modal } = App.useApp();
  const tz = useRoomTimeZone();
  const route = useHashRoute();
  const incidentId = route.query.get('incident') ?? undefined;
  const [creating, setCreating] = useState(route.query.get('new') === '1' && Boolean(incidentId));
  const [reconciling, setReconciling] = useState<OrderView | null>(null);
  const [filing, setFiling] = useState<OrderView | null>(null);
  const [documentNo, setDocumentNo] = useState('');
  const orders = useApiQuery('supplyOrders.list', incidentId ? { incidentId } : {});
  const onError = (e: Parameters<typeof errorText>[1]) => void message.error(errorText(t, e));
  const dispatch = useApiMutation('supplyOrders.dispatch', {
    onSuccess: (o) => void message.success(t('supplyOrders.dispatched', { number: o.number })),
    onError,
  });
  const file = useApiMutation('supplyOrders.fileWritten', {
    onSuccess: (o) => {
      void message.success(t('supplyOrders.writtenSaved', { number: o.number }));
      setFiling(null);
    },
    onError,
  });
  const fmt = (iso: string | null) => formatDateTime(iso, i18n.language, tz);
  const list = orders.data ?? [];

  return (
    <Card
      title={
        incidentId && list[0]
          ? t('supplyOrders.titleFor', { incident: `${list[0].incidentNumber} ${list[0].incidentTitle}` })
          : t('supplyOrders.title')
      }
      extra={
        <Space>
          {incidentId ? (
            <Button onClick={() => navigate(hrefOf('supplies', ['orders']))}>{t('supplyOrders.all')}</Button>
          ) : null}
          <Button type="primary" onClick={() => setCreating(true)}>
            {t('supplyOrders.new')}
          </Button>
        </Space>
      }
    >
      {list.length === 0 && !orders.isLoading ? <Empty description={t('supplyOrders.empty')} /> : null}
      {list.map((o) => (
        <div key={o.id} className="dr-sup-order" data-testid="supply-order" data-order-id={o.id}>
          <div className="dr-sup-order-head">
            <strong className="dr-tabular">{t('supplyOrders.number', { number: o.number })}</strong>
            {o.drill ? (
              <Tag color="purple" bordered={false}>
                {t('supplies.drill')}
              </Tag>
            ) : null}
            <span>{`${o.incidentNumber} ${o.incidentTitle}`}</span>
            <WrittenStatus order={o} />
            <span className="dr-muted">
              {o.reconciledAt
                ? t('supplyOrders.state.reconciled', { at: fmt(o.reconciledAt) })
                : o.dispatchedAt
                  ? t('supplyOrders.state.dispatched', { at: fmt(o.dispatchedAt) })
                  : t('supplyOrders.state.approved')}
            </span>
            <Space style={{ marginLeft: 'auto' }}>
              <Button size="small" href={hrefOf('print/supplyOrder', [o.id])}>
                {t('supplyOrders.print')}
              </Button>
              {o.approval === 'oral' && !o.writtenAt ? (
                <Button size="small" onClick={() => (setFiling(o), setDocumentNo(''))}>
                  {t('supplyOrders.fileWritten')}
                </Button>
              ) : null}
              {!o.dispatchedAt ? (
                <Button
                  size="small"
                  type="primary"
                  onClick={() =>
                    modal.confirm({
                      title: t('supplyOrders.dispatchConfirm', { number: o.number }),
                      content: t(
                        o.sourceKind === 'depot'
                          ? 'supplyOrders.dispatchDepot'
                          : 'supplyOrders.dispatchAgreement',
                        {
                          source: o.sourceName,
                        },
                      ),
                      okText: t('supplyOrders.dispatch'),
                      cancelText: t('common.cancel'),
                      onOk: () => dispatch.mutateAsync({ id: o.id }),
                    })
                  }
                >
                  {t('supplyOrders.dispatch')}
                </Button>
              ) : !o.reconciledAt ? (
                <Button size="small" onClick={() => setReconciling(o)}>
                  {t('supplyOrders.reconcile')}
                </Button>
              ) : null}
            </Space>
          </div>
          <Descriptions size="small" column={{ xs: 1, lg: 3 }}>
            <Descriptions.Item label={t('supplyOrders.field.requesting')}>
              {[o.requestingUnit, o.requestingContact, o.requestingPhone].filter(Boolean).join(' ')}
            </Descriptions.Item>
            <Descriptions.Item label={t('supplyOrders.field.source')}>
              {`${t(o.sourceKind === 'depot' ? 'supplyOrders.source.depot' : 'supplyOrders.source.agreement')} ${o.sourceName}`}
            </Descriptions.Item>
            <Descriptions.Item label={t('supplyOrders.field.receiving')}>
              {[o.receivingUnit, o.receivingPlace, o.receivingContact, o.receivingPhone]
                .filter(Boolean)
                .join(' ')}
            </Descriptions.Item>
            <Descriptions.Item label={t('supplyOrders.field.approval')}>
              {t(o.approval === 'oral' ? 'supplyOrders.print.oral' : 'supplyOrders.print.written', {
                approver: o.approver,
                at: fmt(o.approvedAt),
              })}
            </Descriptions.Item>
          </Descriptions>
          <Table
            size="small"
            rowKey="itemId"
            pagination={false}
            dataSource={o.lines}
            columns={[
              {
                title: t('supplies.col.item'),
                render: (_v, l) => [l.item, l.spec].filter(Boolean).join(' '),
              },
              {
                title: t('supplyOrders.col.quantity'),
                align: 'right',
                render: (_v, l) => `${l.quantity} ${l.unit}`,
              },
              { title: t('supplyOrders.col.sent'), align: 'right', dataIndex: 'sent' },
              { title: t('supplyOrders.col.received'), align: 'right', dataIndex: 'received' },
              { title: t('supplyOrders.col.used'), align: 'right', dataIndex: 'used' },
              { title: t('supplyOrders.col.returned'), align: 'right', dataIndex: 'returned' },
              { title: t('supplyOrders.col.writtenOff'), align: 'right', dataIndex: 'writtenOff' },
            ]}
          />
        </div>
      ))}
      {incidentId && list.length ? <Reconciliation orders={list} /> : null}
      {creating ? <OrderDialog incidentId={incidentId} onClose={() => setCreating(false)} /> : null}
      {reconciling ? <ReconcileDialog order={reconciling} onClose={() => setReconciling(null)} /> : null}
      {filing ? (
        <Modal
          open
          title={t('supplyOrders.fileWrittenTitle', { number: filing.number })}
          okText={t('common.save')}
          cancelText={t('common.cancel')}
          confirmLoading={file.isPending}
          onCancel={() => setFiling(null)}
          onOk={() => file.mutate({ id: filing.id, documentNo: documentNo.trim() })}
        >
          <Input
            value={documentNo}
            onChange={(e) => setDocumentNo(e.target.value)}
            maxLength={60}
            placeholder={t('supplyOrders.documentNoPlaceholder')}
            aria-label={t('supplyOrders.documentNo')}
            autoFocus
          />
        </Modal>
      ) : null}
    </Card>
  );
}

/** One incident's reconciliation: per item, what its orders sent, what arrived, was used, came back, was written off. */
function Reconciliation({ orders }: { orders: OrderView[] }) {
  const { t } = useTranslation();
  const sums = new Map<
    string,
    {
      item: string;
      unit: string;
      sent: number;
      received: number;
      used: number;
      returned: number;
      writtenOff: number;
    }
  >();
  for (const o of orders)
    for (const l of o.lines) {
      const s = sums.get(l.itemId) ?? {
        item: l.item,
        unit: l.unit,
        sent: 0,
        received: 0,
        used: 0,
        returned: 0,
        writtenOff: 0,
      };
      s.sent += l.sent;
      s.received += l.received;
      s.used += l.used;
      s.returned += l.returned;
      s.writtenOff += l.writtenOff;
      sums.set(l.itemId, s);
    }
  return (
    <Card size="small" title={t('supplyOrders.reconciliation')} data-testid="supply-reconciliation">
      <Table
        size="small"
        rowKey="item"
        pagination={false}
        dataSource={[...sums.values()]}
        columns={[
          {
            title: t('supplies.col.item'),
            render: (_v, s) => t('supplies.itemWithUnit', { item: s.item, unit: s.unit }),
          },
          { title: t('supplyOrders.col.sent'), align: 'right', dataIndex: 'sent' },
          { title: t('supplyOrders.col.received'), align: 'right', dataIndex: 'received' },
          { title: t('supplyOrders.col.used'), align: 'right', dataIndex: 'used' },
          { title: t('supplyOrders.col.returned'), align: 'right', dataIndex: 'returned' },
          { title: t('supplyOrders.col.writtenOff'), align: 'right', dataIndex: 'writtenOff' },
        ]}
      />
    </Card>
  );
}
