import { lazy, Suspense, useEffect, useState } from 'react';
import { ConfigProvider, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { useActiveToken, useWhoAmI } from '../api/auth';
import { isDesktop, onSessionLost } from '../api/client';
import { isUnreachable } from '../api/errors';
import { setToken } from '../api/session';
import { wallTheme } from '../app/theme';
import { hrefOf, parseHash, replaceHash } from '../router/hash';
import type { TKey } from '../i18n/keys';

// The board brings recharts and the panels: its own chunk, loaded once the token is good.
const WallBoard = lazy(() => import('./WallBoard').then((m) => ({ default: m.WallBoard })));

/** While the host cannot be reached at start, ask again this often (one timer, only then). */
const RETRY_MS = 3000;

/**
 * Takes `?token=` from the address once: keeps it in this tab's sessionStorage and
 * removes it from the URL, so it is not left in history or shown over a shoulder.
 */
function consumeTokenFromUrl(): void {
  const route = parseHash(window.location.hash);
  const token = route.query.get('token');
  if (token) {
    setToken('wall', token);
    replaceHash(hrefOf('wall'));
  }
}

/**
 * The wall display (大屏): dark, large, no mouse needed. In a browser it needs a wall
 * token (read-only); in the desktop app it is the wall window, which the main process
 * answers as a wall (and any other window showing #/wall is refused the same way).
 */
export function WallPage() {
  useState(consumeTokenFromUrl);
  // A wall address typed in again while the wall is open changes only the hash.
  useEffect(() => {
    window.addEventListener('hashchange', consumeTokenFromUrl);
    return () => window.removeEventListener('hashchange', consumeTokenFromUrl);
  }, []);
  const desktop = isDesktop();
  const token = useActiveToken('wall');
  const canAsk = desktop || token !== null;
  const whoami = useWhoAmI(token, canAsk);
  // Revoking a token makes the host cut the wall's event stream and refuse the token:
  // the wall stops showing the county at once rather than at its next query.
  const [lost, setLost] = useState(false);
  useEffect(() => onSessionLost(() => setLost(true)), []);

  const isWall = whoami.data?.kind === 'wall';
  const unreachable = !isWall && whoami.isError && isUnreachable(whoami.error);
  const { refetch } = whoami;
  useEffect(() => {
    if (!unreachable) return;
    const timer = setInterval(() => void refetch(), RETRY_MS);
    return () => clearInterval(timer);
  }, [unreachable, refetch]);

  let body;
  if (!canAsk || lost) body = <WallMessage textKey="wall.page.invalid" />;
  // Once known to be a wall it stays on the board, which shows a lost connection itself.
  else if (isWall)
    body = (
      <Suspense fallback={<WallMessage loading />}>
        <WallBoard token={token} />
      </Suspense>
    );
  else if (whoami.isPending) body = <WallMessage loading />;
  else if (unreachable) body = <WallMessage textKey="wall.page.unreachable" />;
  else body = <WallMessage textKey="wall.page.invalid" />;

  return (
    <ConfigProvider theme={wallTheme}>
      <div className="dr-wall" data-testid="wall">
        {body}
      </div>
    </ConfigProvider>
  );
}

function WallMessage({ textKey, loading }: { textKey?: TKey; loading?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="dr-wall-message" role="status">
      {loading ? <Spin size="large" /> : <p>{textKey ? t(textKey) : null}</p>}
      {textKey === 'wall.page.invalid' ? (
        <p className="dr-wall-message-hint">{t('wall.page.invalidHint')}</p>
      ) : null}
    </div>
  );
}
