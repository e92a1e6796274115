import { lazy, Suspense } from 'react';
import { Badge, Skeleton, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Operator } from '../../../../common/contract/operators';
import { useApiQuery } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { navigate, hrefOf } from '../../router/hash';
import { FaultsTab } from './FaultsTab';
import { HistoryTab } from './HistoryTab';
import { RegisterTab } from './RegisterTab';
import { RoundTab } from './RoundTab';
import { TemplatesTab } from './TemplatesTab';
import './equipment.css';

// recharts is the heaviest part of the area: loaded when the statistics tab opens.
const StatsTab = lazy(() => import('./StatsTab').then((m) => ({ default: m.StatsTab })));

const TABS = ['round', 'register', 'faults', 'history', 'templates', 'stats'] as const;
type Tab = (typeof TABS)[number];

/** 通讯设备: `#/equipment/<tab>`. */
export function EquipmentArea({ tab, operator }: { tab: string | undefined; operator: Operator }) {
  const { t } = useTranslation();
  const summary = useApiQuery('equipment.summary', {});
  const active: Tab = (TABS as readonly string[]).includes(tab ?? '') ? (tab as Tab) : 'round';
  const s = summary.data;
  const count = (n: number | undefined, danger: boolean) =>
    n ? <Badge count={n} color={danger ? '#c0392b' : '#d48806'} className="dr-eq-tab-badge" /> : null;
  const label = (k: Tab) => {
    if (k === 'round')
      return (
        <span>
          {t('equipment.tab.round')}
          {count((s?.due ?? 0) + (s?.overdue ?? 0), Boolean(s?.overdue))}
        </span>
      );
    if (k === 'faults')
      return (
        <span>
          {t('equipment.tab.faults')}
          {count(s?.openFaults, Boolean(s?.overdueFaults))}
        </span>
      );
    return t(`equipment.tab.${k}`);
  };
  const body = (k: Tab) => {
    switch (k) {
      case 'round':
        return <RoundTab />;
      case 'register':
        return <RegisterTab />;
      case 'faults':
        return <FaultsTab />;
      case 'history':
        return <HistoryTab />;
      case 'templates':
        return <TemplatesTab admin={operator.role === 'admin'} />;
      case 'stats':
        return (
          <Suspense fallback={<Skeleton active />}>
            <StatsTab />
          </Suspense>
        );
    }
  };
  return (
    <div className="dr-page">
      <PageHeader
        title={t('nav.equipment')}
        subtitle={
          s
            ? t('equipment.subtitle', {
                total: s.total,
                due: s.due,
                overdue: s.overdue,
                faults: s.openFaults,
                overdueFaults: s.overdueFaults,
              })
            : undefined
        }
      />
      <Tabs
        activeKey={active}
        onChange={(k) => navigate(hrefOf('equipment', [k]))}
        destroyOnHidden
        items={TABS.map((k) => ({ key: k, label: label(k), children: body(k) }))}
      />
    </div>
  );
}
