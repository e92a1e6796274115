import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/PageHeader';
import { navigate, useHashRoute, hrefOf } from '../../router/hash';
import { DepotsTab } from './DepotsTab';
import { FacilitiesTab } from './FacilitiesTab';
import './resources.css';

const TABS = ['facilities', 'depots'] as const;
type Tab = (typeof TABS)[number];

/**
 * 应急资源: the registers of key facilities and supply depots (`#/resources/<tab>?q=`;
 * facilities also `kind=` and `unlocated=1`, the map's link to those it cannot show).
 */
export function ResourcesArea({ tab }: { tab: string | undefined }) {
  const { t } = useTranslation();
  const route = useHashRoute();
  const active: Tab = (TABS as readonly string[]).includes(tab ?? '') ? (tab as Tab) : 'facilities';
  const q = route.query.get('q') ?? '';
  return (
    <div className="dr-page">
      <PageHeader title={t('nav.resources')} subtitle={t('resources.subtitle')} />
      <Tabs
        activeKey={active}
        onChange={(k) => navigate(hrefOf('resources', [k]))}
        destroyOnHidden
        items={[
          {
            key: 'facilities',
            label: t('resources.tab.facilities'),
            children: (
              <FacilitiesTab
                initialQ={active === 'facilities' ? q : ''}
                initialKind={active === 'facilities' ? route.query.get('kind') : null}
                initialUnlocated={active === 'facilities' && route.query.get('unlocated') === '1'}
              />
            ),
          },
          {
            key: 'depots',
            label: t('resources.tab.depots'),
            children: <DepotsTab initialQ={active === 'depots' ? q : ''} />,
          },
        ]}
      />
    </div>
  );
}
