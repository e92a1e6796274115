import { useEffect, useState, useSyncExternalStore } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { cspNonce } from '../boot/first';
import { createI18n, storedLocale, switchLocale } from '../i18n/setup';
import { parseHash, subscribeHash } from '../router/hash';
import { Guard } from '../components/Guard';
import { NotFoundPage } from '../pages/NotFoundPage';
import { WallPage } from '../wall/WallPage';
import { Gate } from './Gate';
import { appTheme } from './theme';
import { createQueryClient } from './queryClient';

export function App() {
  const [i18n] = useState(() => createI18n());
  const [queryClient] = useState(createQueryClient);
  // This machine's chosen language, if not Chinese, is fetched before anything shows
  // (a Chinese screen flashing first would be worse than a blank moment).
  const [chosen] = useState(storedLocale);
  const [ready, setReady] = useState(chosen === null || chosen === i18n.language);
  useEffect(() => {
    if (ready || !chosen) return;
    // Unreachable English chunks leave the screen in Chinese rather than blank.
    void switchLocale(i18n, chosen)
      .catch(() => undefined)
      .finally(() => setReady(true));
  }, [i18n, chosen, ready]);
  if (!ready) return null;
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <LocalizedRoot />
      </QueryClientProvider>
    </I18nextProvider>
  );
}

function LocalizedRoot() {
  const { i18n } = useTranslation();
  const english = i18n.language === 'en-US';
  dayjs.locale(english ? 'en' : 'zh-cn');
  useEffect(() => {
    document.documentElement.lang = i18n.language;
    document.title = i18n.t('app.productName');
  }, [i18n, i18n.language]);
  return (
    <ConfigProvider
      locale={english ? enUS : zhCN}
      csp={cspNonce ? { nonce: cspNonce } : undefined}
      theme={appTheme}
      // antd spaces out two-character Chinese labels ("保 存"); government forms do not.
      button={{ autoInsertSpace: false }}
    >
      <AntApp>
        <Guard kind="page" where="app">
          <Routes />
        </Guard>
      </AntApp>
    </ConfigProvider>
  );
}

/** What the address opens: the wall, the desk (Gate), or the not-found page of an unreadable address (the address itself). */
function rootOf(hash: string): string {
  const route = parseHash(hash);
  if (route.malformed) return hash;
  return route.parts[0] === 'wall' ? 'wall' : 'desk';
}

/**
 * Re-renders only when the address changes what it opens: a switch between pages does not
 * render the gate and the shell's header again (ui.nav), only the shell, which reads the address.
 */
function Routes() {
  const root = useSyncExternalStore(subscribeHash, () => rootOf(window.location.hash));
  // The wall is its own world: its own token, no operator, no navigation.
  if (root === 'wall') return <WallPage />;
  if (root === 'desk') return <Gate />;
  return <NotFoundPage address={root} />;
}
