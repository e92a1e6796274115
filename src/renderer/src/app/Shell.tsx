import { memo, useCallback, useEffect, useState } from 'react';
import { Button, Layout, Menu, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Operator } from '../../../common/contract/operators';
import type { RouteName } from '../../../common/areas';
import type { SystemInfo } from '../../../common/contract/system';
import { navigate, useHashRoute, useWindowHash, hrefOf } from '../router/hash';
import { AppHeader } from '../components/AppHeader';
import { useIntakeHotkey } from '../components/intakeHotkey';
import { rendererAreas } from '../areas';
import type { RendererArea } from '../areas/define';
import { menuOf, menuTree, pageOf, printPageOf, type MenuItem } from '../areas/fold';
import { dataKey } from '../i18n/keys';
import { KeptPages, PageGuard } from './KeptPages';
import { keptAfter, readied, slotOf, spend, type KeptEntry } from './keptPages';

interface Props {
  info: SystemInfo;
  operator: Operator;
  onSwitch: () => void;
  /** The areas to show (the app's; a test may add a fixture area). */
  areas?: readonly RendererArea[];
}

/** The signed-in app: header, left navigation, and the current area. */
export function Shell({ info, operator, onSwitch, areas = rendererAreas }: Props) {
  const { t } = useTranslation();
  const route = useHashRoute();
  const hash = useWindowHash();
  // An unknown first part shows the desk, as it always has.
  const area = pageOf(areas, route.parts[0] ?? '') ? route.parts[0]! : 'dashboard';
  // The pages kept mounted (KeptPages): this one shown, the last ones left hidden.
  const [kept, setKept] = useState<readonly KeptEntry[]>([]);
  const last = kept[kept.length - 1];
  const slot = slotOf(area, hash);
  const printing = route.parts[0] === 'print';
  if (!printing && (last?.slot !== slot || last.hash !== hash)) setKept(keptAfter(kept, area, hash));
  // Once the room is idle: the intake built hidden, ready for F2, and a saved one afresh.
  const ready = readied(kept) === kept;
  useEffect(() => {
    if (ready || printing) return undefined;
    return whenIdle(() => setKept((k) => readied(k)));
  }, [ready, printing]);
  const onSpent = useCallback((done: string) => setKept((k) => spend(k, done)), []);
  // F2 / Alt+N: a new intake (接报) from anywhere.
  useIntakeHotkey();

  // Printed sheets (#/print/<name>/...) stand alone: no header, no navigation.
  if (printing) {
    const Sheet = printPageOf(areas, route.parts[1] ?? '');
    return (
      <PageGuard where={`print:${route.parts[1] ?? ''}`}>
        {Sheet ? (
          <Sheet
            parts={route.parts}
            query={route.query}
            auto={route.query.get('auto') === '1'}
            info={info}
            operator={operator}
          />
        ) : (
          <Result
            status="404"
            title={t('print.unknown')}
            extra={<Button onClick={() => navigate(hrefOf(''))}>{t('common.back')}</Button>}
          />
        )}
      </PageGuard>
    );
  }

  return (
    <Layout className="dr-shell">
      <Header info={info} operator={operator} onSwitch={onSwitch} />
      <Layout>
        <NavSider area={area} areas={areas} />
        <Layout.Content className="dr-content">
          <KeptPages
            kept={kept}
            shown={slot}
            areas={areas}
            info={info}
            operator={operator}
            onSpent={onSpent}
          />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

/** Runs `then` when the browser is next idle (within a second); returns the cancel. */
function whenIdle(then: () => void): () => void {
  if (typeof window.requestIdleCallback !== 'function') {
    const id = window.setTimeout(then, 200);
    return () => window.clearTimeout(id);
  }
  const id = window.requestIdleCallback(then, { timeout: 1000 });
  return () => window.cancelIdleCallback(id);
}

/** The header, rendered again only when who is signed in or the system changes, not with every page switch (ui.nav). */
const Header = memo(AppHeader);

/**
 * The left navigation, rendered again when the page shown changes. Its entries carry
 * antd's tooltips (the entry's name beside the narrow, collapsed bar) only while the bar is
 * collapsed: expanded, the tooltips never open, and rendering one per entry at every page
 * switch was a good part of the switch (ui.nav).
 */
const NavSider = memo(function NavSider({ area, areas }: { area: string; areas: readonly RendererArea[] }) {
  const { t } = useTranslation();
  const [collapsed, setCollapsed] = useState(false);
  const menu = menuTree(menuOf(areas));
  const entry = (m: MenuItem) => ({
    key: m.route,
    icon: m.icon,
    label: (
      <span className="dr-nav-label">
        {t(dataKey(m.labelKey))}
        {m.coming ? <span className="dr-nav-soon">{t('nav.soon')}</span> : null}
      </span>
    ),
  });
  return (
    <Layout.Sider
      width={232}
      className="dr-sider"
      breakpoint="lg"
      collapsedWidth={64}
      theme="light"
      onCollapse={(c) => setCollapsed(c)}
    >
      <nav aria-label={t('nav.label')}>
        <Menu
          mode="inline"
          selectedKeys={[area]}
          tooltip={collapsed ? undefined : false}
          // Headings start open: every entry is one click away, as before there were any.
          defaultOpenKeys={menu.flatMap((n) => ('group' in n ? [n.group.key] : []))}
          items={menu.map((n) =>
            'group' in n
              ? {
                  key: n.group.key,
                  icon: n.group.icon,
                  label: <span className="dr-nav-label">{t(dataKey(n.group.labelKey))}</span>,
                  children: n.items.map((m) => entry(m)),
                }
              : entry(n.item),
          )}
          onClick={({ key }) => navigate(hrefOf(key as RouteName))}
        />
      </nav>
    </Layout.Sider>
  );
});
