import { Button, Card, List } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { hrefOf, navigate } from '../../router/hash';
import { WrittenStatus } from './WrittenStatus';

/**
 * The desk's card of orally approved 调拨 orders whose written order is still due: each
 * with its 48-hour countdown, red once late. Nothing when there is none.
 */
export function SupplyOrdersCard() {
  const { t } = useTranslation();
  const orders = useApiQuery('supplyOrders.list', { open: true });
  const due = (orders.data ?? []).filter((o) => o.approval === 'oral' && !o.writtenAt && !o.drill);
  if (!due.length) return null;
  return (
    <Card
      className="dr-dashboard-row"
      title={t('supplyOrders.desk.title')}
      data-testid="card-supply-orders"
      extra={
        <Button size="small" onClick={() => navigate(hrefOf('supplies', ['orders']))}>
          {t('supplyOrders.desk.more')}
        </Button>
      }
    >
      <List
        size="small"
        dataSource={due}
        renderItem={(o) => (
          <List.Item key={o.id} data-testid="desk-supply-order">
            <span>
              <a href={hrefOf('supplies', ['orders'], { incident: o.incidentId })}>
                {t('supplyOrders.number', { number: o.number })}
              </a>{' '}
              {t('supplyOrders.desk.line', {
                incident: o.incidentTitle,
                unit: o.receivingUnit,
                approver: o.approver,
              })}
            </span>
            <WrittenStatus order={o} />
          </List.Item>
        )}
      />
    </Card>
  );
}
