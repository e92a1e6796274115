import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { navigate, useHashRoute, hrefOf } from '../../router/hash';
import { StockTab } from './StockTab';
import { LotsTab } from './LotsTab';
import { MovementsTab } from './MovementsTab';
import { CountsTab } from './CountsTab';
import { AgreementsTab } from './AgreementsTab';
import { OrdersTab } from './OrdersTab';
import './supplies.css';

const TABS = ['stock', 'lots', 'movements', 'counts', 'agreements', 'orders'] as const;
type Tab = (typeof TABS)[number];

/**
 * 应急物资 (`#/supplies/<tab>?q=`; the stock tab also `&depot=<id>&focus=<depotId>/<itemId>`, one line marked): stock by depot and item summed from the ledger, with
 * lots and their expiry; the lots held, earliest expiry first (`#/supplies/lots?depot=<id>&focus=<lot id>`); the ledger's movements; the counts (盘点); agreement reserves
 * beside physical stock; 调拨 orders from incidents with their reconciliation.
 */
export function SuppliesArea({ sub }: { sub: string | undefined }) {
  const { t } = useTranslation();
  const route = useHashRoute();
  const active: Tab = (TABS as readonly string[]).includes(sub ?? '') ? (sub as Tab) : 'stock';
  const q = route.query.get('q') ?? '';
  return (
    <div className="dr-page">
      <PageHeader title={t('nav.supplies')} subtitle={t('supplies.subtitle')} />
      <Tabs
        activeKey={active}
        onChange={(k) => navigate(hrefOf('supplies', [k]))}
        destroyOnHidden
        items={[
          {
            key: 'stock',
            label: t('supplies.tab.stock'),
            children: (
              <StockTab
                initialQ={active === 'stock' ? q : ''}
                initialDepot={active === 'stock' ? (route.query.get('depot') ?? undefined) : undefined}
              />
            ),
          },
          {
            key: 'lots',
            label: t('supplies.tab.lots'),
            children: (
              <LotsTab
                initialDepot={active === 'lots' ? (route.query.get('depot') ?? undefined) : undefined}
              />
            ),
          },
          { key: 'movements', label: t('supplies.tab.movements'), children: <MovementsTab /> },
          { key: 'counts', label: t('supplies.tab.counts'), children: <CountsTab /> },
          {
            key: 'agreements',
            label: t('supplies.tab.agreements'),
            children: <AgreementsTab initialQ={active === 'agreements' ? q : ''} />,
          },
          { key: 'orders', label: t('supplies.tab.orders'), children: <OrdersTab /> },
        ]}
      />
    </div>
  );
}
