import { Suspense, type ReactNode } from 'react';
import { Button, Layout, Menu, Result, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Operator } from '../../../common/contract/operators';
import type { RouteName } from '../../../common/areas';
import type { SystemInfo } from '../../../common/contract/system';
import { navigate, useHashRoute, hrefOf } from '../router/hash';
import { AppHeader } from '../components/AppHeader';
import { Guard } from '../components/Guard';
import { useIntakeHotkey } from '../components/intakeHotkey';
import { rendererAreas } from '../areas';
import type { RendererArea } from '../areas/define';
import { menuOf, menuTree, pageOf, printPageOf, type MenuItem } from '../areas/fold';
import { dataKey } from '../i18n/keys';

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
  const menu = menuTree(menuOf(areas));
  // An unknown first part shows the desk, as it always has.
  const area = pageOf(areas, route.parts[0] ?? '') ? route.parts[0]! : 'dashboard';
  const Page = pageOf(areas, area);
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
  // F2 / Alt+N: a new intake (接报) from anywhere.
  useIntakeHotkey();

  // Printed sheets (#/print/<name>/...) stand alone: no header, no navigation.
  if (route.parts[0] === 'print') {
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
      <AppHeader info={info} operator={operator} onSwitch={onSwitch} />
      <Layout>
        <Layout.Sider width={232} className="dr-sider" breakpoint="lg" collapsedWidth={64} theme="light">
          <nav aria-label={t('nav.label')}>
            <Menu
              mode="inline"
              selectedKeys={[area]}
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
        <Layout.Content className="dr-content">
          <PageGuard where={`page:${area}`}>
            {Page ? <Page sub={route.parts[1]} info={info} operator={operator} /> : null}
          </PageGuard>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

/**
 * Where a page is mounted: its chunk loading, and its error boundary — a page that throws
 * shows an error page inside the shell (header and navigation stay), cleared by the next
 * address.
 */
function PageGuard({ where, children }: { where: string; children: ReactNode }) {
  const route = useHashRoute();
  const hash = `${route.parts.join('/')}?${route.query.toString()}`;
  return (
    <Guard kind="page" where={where} resetKey={hash}>
      <Suspense fallback={<Skeleton active className="dr-page" />}>{children}</Suspense>
    </Guard>
  );
}
