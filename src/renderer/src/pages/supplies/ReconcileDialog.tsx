import { useState } from 'react';
import { App, InputNumber, Modal, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrderView } from '../../../../common/contract/supply-orders';
import { errorText } from '../../api/errors';
import { useApiMutation } from '../../api/hooks';

type Figures = { received: number; used: number; returned: number; writtenOff: number };
const COLS = ['received', 'used', 'returned', 'writtenOff'] as const;

/**
 * After the response: per item what arrived, was used, came back (回收 into the depot it
 * left) and was written off. Arrived starts at what was sent, used at what arrived.
 */
export function ReconcileDialog({ order, onClose }: { order: OrderView; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [rows, setRows] = useState<Record<string, Figures>>(() =>
    Object.fromEntries(
      order.lines.map((l) => [l.itemId, { received: l.sent, used: l.sent, returned: 0, writtenOff: 0 }]),
    ),
  );
  const save = useApiMutation('supplyOrders.reconcile', {
    onSuccess: () => {
      void message.success(t('supplyOrders.reconciled', { number: order.number }));
      onClose();
    },
    onError: (e) => void message.error(errorText(t, e)),
  });
  return (
    <Modal
      open
      width={820}
      title={t('supplyOrders.reconcileTitle', { number: order.number })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onCancel={onClose}
      onOk={() =>
        save.mutate({
          id: order.id,
          lines: order.lines.map((l) => ({ itemId: l.itemId, ...rows[l.itemId]! })),
        })
      }
    >
      <Table
        size="small"
        rowKey="itemId"
        pagination={false}
        dataSource={order.lines}
        columns={[
          {
            title: t('supplies.col.item'),
            render: (_v, l) => t('supplies.itemWithUnit', { item: l.item, unit: l.unit }),
          },
          { title: t('supplyOrders.col.sent'), align: 'right', dataIndex: 'sent' },
          ...COLS.map((k) => ({
            title: t(`supplyOrders.col.${k}`),
            render: (_v: unknown, l: OrderView['lines'][number]) => (
              <InputNumber
                min={0}
                max={1e9}
                value={rows[l.itemId]![k]}
                aria-label={`${l.item} ${t(`supplyOrders.col.${k}`)}`}
                onChange={(v) => setRows((p) => ({ ...p, [l.itemId]: { ...p[l.itemId]!, [k]: v ?? 0 } }))}
              />
            ),
          })),
        ]}
      />
    </Modal>
  );
}
