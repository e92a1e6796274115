import { useEffect, useRef, useState } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { ConnectionStatus } from '../../../common/client';
import type { AppEvent } from '../../../common/events';
import { apiClient } from '../api/client';
import { invalidateForEvent } from '../api/events';

/** Before the stream first opens, the data fetched at load is fresh; after this long it is not. */
const FIRST_OPEN_GRACE_MS = 5000;

export interface WallLive {
  status: ConnectionStatus;
  /** When live updates last stopped (ms): what is on screen was current up to then. */
  lostAt: number | null;
  /** Reconnected and refetching everything: still not current until that is done. */
  refreshing: boolean;
  everOpen: boolean;
  mountedAt: number;
}

/** What is on screen may be out of date: grey it and say so (never show stale data as current). */
export function isStale(live: WallLive, now: number): boolean {
  if (live.refreshing) return true;
  if (live.status === 'open') return false;
  return live.everOpen || now - live.mountedAt > FIRST_OPEN_GRACE_MS;
}

/**
 * The wall's own subscription to the host's change events. Every event invalidates
 * its area, as in the rest of the app. Every time the stream (re)opens, everything is
 * refetched, because changes made while it was closed (or before it first opened)
 * sent events nobody heard; until that refetch is done the wall counts as stale.
 */
export function useWallLive(
  queryClient: QueryClient,
  token: string | null,
  onEvent?: (ev: AppEvent) => void,
): WallLive {
  const [live, setLive] = useState<WallLive>(() => ({
    status: 'connecting',
    lostAt: null,
    refreshing: false,
    everOpen: false,
    mountedAt: Date.now(),
  }));
  const onEventRef = useRef(onEvent);
  useEffect(() => {
    onEventRef.current = onEvent;
  }, [onEvent]);

  useEffect(() => {
    let disposed = false;
    let last: ConnectionStatus = 'connecting';
    let opened = false;
    // Each (re)open gets a number: a slow refetch of an older one must not clear a newer one.
    let generation = 0;
    const unsubscribe = apiClient().subscribe(
      (ev) => {
        invalidateForEvent(queryClient, ev);
        onEventRef.current?.(ev);
      },
      (s) => {
        if (disposed || s === last) return;
        const wasOpen = last === 'open';
        last = s;
        if (s === 'open') {
          const reopened = opened;
          opened = true;
          const mine = ++generation;
          setLive((l) => ({ ...l, status: s, everOpen: true, refreshing: reopened }));
          void queryClient.invalidateQueries().finally(() => {
            if (!disposed && mine === generation) setLive((l) => ({ ...l, refreshing: false }));
          });
        } else {
          generation++;
          setLive((l) => ({ ...l, status: s, refreshing: false, lostAt: wasOpen ? Date.now() : l.lostAt }));
        }
      },
    );
    return () => {
      disposed = true;
      unsubscribe();
    };
  }, [queryClient, token]);

  return live;
}
