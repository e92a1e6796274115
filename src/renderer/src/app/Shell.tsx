import { lazy, Suspense } from 'react';
import { Layout, Menu, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Operator } from '../../../common/contract/operators';
import type { SystemInfo } from '../../../common/contract/system';
import { navigate, useHashRoute } from '../router/hash';
import { AppHeader } from '../components/AppHeader';
import { useIntakeHotkey } from '../components/intakeHotkey';
import { ComingSoonPage } from '../pages/ComingSoonPage';
import { DashboardPage } from '../pages/DashboardPage';
import { AREAS, AREA_ICONS, COMING_AREAS, isArea, type Area } from './areas';

// Settings bring tables, tabs and dialogs the desk does not need at start: their own chunk.
const SettingsPage = lazy(() =>
  import('../pages/settings/SettingsPage').then((m) => ({ default: m.SettingsPage })),
);

// The duty log and printed sheets: their own chunks too.
const LogsArea = lazy(() => import('../pages/logs/LogsArea').then((m) => ({ default: m.LogsArea })));
const PrintArea = lazy(() => import('../print/IncidentPrint').then((m) => ({ default: m.PrintArea })));

// The equipment area and its printed sheet: their own chunks (recharts loads with the statistics tab).
const EquipmentArea = lazy(() =>
  import('../pages/equipment/EquipmentArea').then((m) => ({ default: m.EquipmentArea })),
);
// The map (maplibre, ~1 MB) and the facility/depot registers: chunks of their own. Opened on
// the map (a wall, a bookmark), its chunk loads while the session is being checked.
const mapChunk = () => import('../pages/map/MapPage');
if (window.location.hash.startsWith('#/map')) void mapChunk().then((m) => m.warmUpMap());
const MapPage = lazy(() => mapChunk().then((m) => ({ default: m.MapPage })));
const ResourcesArea = lazy(() =>
  import('../pages/resources/ResourcesArea').then((m) => ({ default: m.ResourcesArea })),
);
// Rosters and handovers, and their A4 sheets (paginated in the page): chunks of their own.
const RosterArea = lazy(() => import('../pages/roster/RosterArea').then((m) => ({ default: m.RosterArea })));
const RosterPrintArea = lazy(() =>
  import('../print/HandoverPrint').then((m) => ({ default: m.RosterPrintArea })),
);
const EquipmentPrint = lazy(() =>
  import('../pages/equipment/EquipmentPrint').then((m) => ({ default: m.EquipmentPrint })),
);

interface Props {
  info: SystemInfo;
  operator: Operator;
  onSwitch: () => void;
}

/** The signed-in app: header, left navigation, and the current area. */
export function Shell({ info, operator, onSwitch }: Props) {
  const { t } = useTranslation();
  const route = useHashRoute();
  const area: Area = isArea(route.parts[0]) ? route.parts[0] : 'dashboard';
  // F2 / Alt+N: a new intake (接报) from anywhere.
  useIntakeHotkey();

  // 通讯设备检查记录表 (#/print/equipment?from=&to=): a sheet of its own, no header or navigation.
  if (route.parts[0] === 'print' && route.parts[1] === 'equipment') {
    return (
      <Suspense fallback={<Skeleton active className="dr-page" />}>
        <EquipmentPrint
          from={route.query.get('from') ?? ''}
          to={route.query.get('to') ?? ''}
          auto={route.query.get('auto') === '1'}
        />
      </Suspense>
    );
  }

  // 值班交接班记录 (#/print/handover/<shift>) and 值班表 (#/print/roster/<month>).
  if (route.parts[0] === 'print' && (route.parts[1] === 'handover' || route.parts[1] === 'roster')) {
    return (
      <Suspense fallback={<Skeleton active className="dr-page" />}>
        <RosterPrintArea parts={route.parts} auto={route.query.get('auto') === '1'} />
      </Suspense>
    );
  }

  // Printed sheets (#/print/...) stand alone: no header, no navigation.
  if (route.parts[0] === 'print') {
    return (
      <Suspense fallback={<Skeleton active className="dr-page" />}>
        <PrintArea
          parts={route.parts}
          auto={route.query.get('auto') === '1'}
          info={info}
          operator={operator}
        />
      </Suspense>
    );
  }

  return (
    <Layout className="dr-shell">
      <AppHeader info={info} operator={operator} onSwitch={onSwitch} />
      <Layout>
        <Layout.Sider width={232} className="dr-sider" breakpoint="lg" collapsedWidth={64} theme="light">
          <nav aria-label={t('nav.label')}>
            <Menu
              mode="inline"
              selectedKeys={[area]}
              items={AREAS.map((a) => ({
                key: a,
                icon: AREA_ICONS[a],
                label: (
                  <span className="dr-nav-label">
                    {t(`nav.${a}`)}
                    {COMING_AREAS.has(a) ? <span className="dr-nav-soon">{t('nav.soon')}</span> : null}
                  </span>
                ),
              }))}
              onClick={({ key }) => navigate(`/${key}`)}
            />
          </nav>
        </Layout.Sider>
        <Layout.Content className="dr-content">
          <Suspense fallback={<Skeleton active className="dr-page" />}>
            <AreaPage area={area} sub={route.parts[1]} info={info} operator={operator} />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

function AreaPage({
  area,
  sub,
  info,
  operator,
}: {
  area: Area;
  sub: string | undefined;
  info: SystemInfo;
  operator: Operator;
}) {
  if (area === 'dashboard') return <DashboardPage info={info} operator={operator} />;
  if (area === 'settings') return <SettingsPage tab={sub} operator={operator} />;
  if (area === 'logs') return <LogsArea operator={operator} />;
  if (area === 'equipment') return <EquipmentArea tab={sub} operator={operator} />;
  if (area === 'map') return <MapPage />;
  if (area === 'roster') return <RosterArea operator={operator} />;
  if (area === 'resources') return <ResourcesArea tab={sub} />;
  return <ComingSoonPage area={area} />;
}
