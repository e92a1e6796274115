import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { dropSession, useActiveToken, useWhoAmI, whoamiKey } from '../api/auth';
import { onSessionLost } from '../api/client';
import { useEventStream } from '../api/events';
import { useApiQuery } from '../api/hooks';
import type { AppEvent } from '../../../common/events';
import { storedLocale, switchLocale } from '../i18n/setup';
import { HostUnreachable, Splash } from '../components/Splash';
import { Shell } from './Shell';
import { loadSignIn, preloadDesk } from './preload';

// Shown once in an installation's life: its own chunk (it carries the PIN and name schemas).
const FirstRunPage = lazy(() => import('../pages/FirstRunPage').then((m) => ({ default: m.FirstRunPage })));

// The sign-in screen and its form: a chunk of its own, as a desk reopened with its session
// (a reload, the wall's host) never needs it; preload.ts fetches it once the desk is up,
// so 切换 to another operator waits for no download.
const SignInPage = lazy(() => loadSignIn().then((m) => ({ default: m.SignInPage })));

/** Decides what the desk shows: first run, sign-in, or the app itself. */
export function Gate() {
  const { i18n } = useTranslation();
  const queryClient = useQueryClient();
  const token = useActiveToken('operator');
  const [switching, setSwitching] = useState(false);

  const onEvent = useCallback((ev: AppEvent) => {
    // A restored data set has its own sessions: start again from the sign-in screen.
    if (ev.type === 'system.restored') dropSession();
  }, []);
  useEventStream(queryClient, token, onEvent);

  useEffect(
    () =>
      onSessionLost(() => {
        dropSession();
        queryClient.setQueryData(whoamiKey(null), { kind: 'anonymous', operator: null });
      }),
    [queryClient],
  );

  const info = useApiQuery('system.info', {});
  const initialized = info.data?.initialized === true;
  useEffect(() => {
    if (initialized) preloadDesk();
  }, [initialized]);
  const whoami = useWhoAmI(token, initialized);

  useEffect(() => {
    // The bureau's default language applies until this machine's user picks one.
    const locale = info.data?.locale;
    if (locale && !storedLocale() && i18n.language !== locale) void switchLocale(i18n, locale);
  }, [info.data?.locale, i18n]);

  // Stable, so the shell's header (memo) is not rendered again with every page switch.
  const onSwitch = useCallback(() => setSwitching(true), []);

  if (info.isPending) return <Splash />;
  if (info.isError) return <HostUnreachable error={info.error} onRetry={() => void info.refetch()} />;
  if (!info.data.initialized)
    return (
      <Suspense fallback={<Splash />}>
        <FirstRunPage />
      </Suspense>
    );
  if (whoami.isPending) return <Splash />;

  const operator = whoami.data?.kind === 'operator' ? whoami.data.operator : null;
  if (!operator || switching) {
    return (
      <Suspense fallback={<Splash />}>
        <SignInPage
          info={info.data}
          current={operator}
          onCancel={operator ? () => setSwitching(false) : undefined}
          onSignedIn={() => setSwitching(false)}
        />
      </Suspense>
    );
  }
  return <Shell info={info.data} operator={operator} onSwitch={onSwitch} />;
}
