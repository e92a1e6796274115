import { useEffect, useState } from 'react';
import { ConfigProvider, Spin } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useActiveToken, useWhoAmI } from '../api/auth';
import { onSessionLost } from '../api/client';
import { isUnreachable } from '../api/errors';
import { useEventStream } from '../api/events';
import { useApiQuery } from '../api/hooks';
import { setToken } from '../api/session';
import { wallTheme } from '../app/theme';
import { ConnectionIndicator } from '../components/ConnectionIndicator';
import { parseHash, replaceHash } from '../router/hash';
import { formatClock, formatDateWithWeekday, useNow } from '../time/format';

/**
 * Takes `?token=` from the address once: keeps it in this tab's sessionStorage and
 * removes it from the URL, so it is not left in history or shown over a shoulder.
 */
function consumeTokenFromUrl(): void {
  const route = parseHash(window.location.hash);
  const token = route.query.get('token');
  if (token) {
    setToken('wall', token);
    replaceHash('/wall');
  }
}

/** The wall display (大屏): dark, large, no mouse needed. Panels arrive in a later version. */
export function WallPage() {
  useState(consumeTokenFromUrl);
  const token = useActiveToken('wall');
  const whoami = useWhoAmI(token, token !== null);
  const valid = !whoami.isError && whoami.data?.kind === 'wall';
  // Revoking a token makes the host cut the wall's event stream and refuse the token:
  // the wall stops showing the county at once rather than at its next query.
  const [lost, setLost] = useState(false);
  useEffect(() => onSessionLost(() => setLost(true)), []);

  let body;
  if (token === null || lost) body = <WallMessage textKey="wallPage.invalid" />;
  else if (whoami.isPending) body = <WallMessage loading />;
  else if (whoami.isError && isUnreachable(whoami.error))
    body = <WallMessage textKey="wallPage.unreachable" />;
  else if (!valid) body = <WallMessage textKey="wallPage.invalid" />;
  else body = <WallBoard token={token} />;

  return (
    <ConfigProvider theme={wallTheme}>
      <div className="dr-wall" data-testid="wall">
        {body}
      </div>
    </ConfigProvider>
  );
}

function WallMessage({ textKey, loading }: { textKey?: string; loading?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="dr-wall-message" role="status">
      {loading ? <Spin size="large" /> : <p>{textKey ? t(textKey) : null}</p>}
      {textKey === 'wallPage.invalid' ? (
        <p className="dr-wall-message-hint">{t('wallPage.invalidHint')}</p>
      ) : null}
    </div>
  );
}

function WallBoard({ token }: { token: string }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  useEventStream(queryClient, token);
  const info = useApiQuery('system.info', {});
  const now = useNow();
  const tz = info.data?.timeZone ?? 'Asia/Shanghai';
  return (
    <div className="dr-wall-board">
      <header className="dr-wall-top">
        <div className="dr-wall-titles">
          <div className="dr-wall-bureau" data-testid="wall-bureau">
            {info.data?.bureauName ?? ''}
          </div>
          <div className="dr-wall-county">
            {info.data?.countyName ?? ''} · {t('wallPage.dutyRoom')}
          </div>
        </div>
        <div className="dr-wall-clock">
          <div className="dr-wall-time dr-tabular">{formatClock(now, i18n.language, tz)}</div>
          <div className="dr-wall-date">{formatDateWithWeekday(now, i18n.language, tz)}</div>
        </div>
      </header>
      <main className="dr-wall-main">
        <p className="dr-wall-soon">{t('wallPage.panelsSoon')}</p>
      </main>
      <footer className="dr-wall-foot">
        <ConnectionIndicator />
        <span>{t('wallPage.readOnly')}</span>
      </footer>
    </div>
  );
}
