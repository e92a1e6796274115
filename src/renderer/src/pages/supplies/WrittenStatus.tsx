import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrderView } from '../../../../common/contract/supply-orders';
import { Countdown } from '../../components/Countdown';

/**
 * How an order was approved: 书面 with its 文号, or 口头 with the written order's 48-hour
 * countdown (red once late) until it is filed.
 */
export function WrittenStatus({ order }: { order: OrderView }) {
  const { t } = useTranslation();
  if (order.approval === 'written' || order.writtenAt)
    return (
      <Tag bordered={false} color="green" data-testid="order-written">
        {order.approval === 'written'
          ? t('supplyOrders.status.written', { no: order.documentNo })
          : t('supplyOrders.status.writtenFiled', { no: order.documentNo })}
      </Tag>
    );
  return (
    <span data-testid="order-written-due" data-late={order.writtenLate ? 'yes' : 'no'}>
      <Tag bordered={false} color="orange">
        {t('supplyOrders.status.oral')}
      </Tag>
      <Countdown dueAt={order.writtenDueAt!} />
    </span>
  );
}
