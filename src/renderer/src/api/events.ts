import { useEffect, useSyncExternalStore } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { ConnectionStatus } from '../../../common/client';
import { eventArea, type AppEvent } from '../../../common/events';
import { apiClient } from './client';

/**
 * Areas whose data another area's change also affects: the header reads the county
 * name from `system.info`, which settings change; `auth.whoami` reflects operator edits
 * and wall-token revocation; `stats.*` counts incidents.
 */
const ALSO_AFFECTS: Record<string, readonly string[]> = {
  settings: ['system'],
  // Statistics are counts over incidents.
  incidents: ['stats', 'map', 'handover'],
  // The map draws incidents, facilities and depots (map.layers, map.around).
  facilities: ['map'],
  depots: ['map'],
  operators: ['auth', 'roster'],
  // The handover sheet is assembled from the log, incidents and the equipment register.
  logs: ['handover'],
  equipment: ['handover'],
  checks: ['handover'],
  faults: ['handover'],
  shifts: ['handover', 'roster'],
  wallTokens: ['auth'],
};

export function invalidateForEvent(queryClient: QueryClient, ev: AppEvent): void {
  const area = eventArea(ev);
  if (area === 'system') {
    // setup and restore change everything at once.
    void queryClient.invalidateQueries();
    return;
  }
  for (const a of [area, ...(ALSO_AFFECTS[area] ?? [])]) {
    void queryClient.invalidateQueries({ queryKey: [a] });
  }
}

let status: ConnectionStatus = 'connecting';
const statusListeners = new Set<() => void>();

function setStatus(s: ConnectionStatus): void {
  status = s;
  for (const l of statusListeners) l();
}

/** The state of the events stream, for the header's connection indicator. */
export function useConnectionStatus(): ConnectionStatus {
  return useSyncExternalStore(
    (l) => {
      statusListeners.add(l);
      return () => statusListeners.delete(l);
    },
    () => status,
  );
}

type EventHook = (ev: AppEvent) => void;

/**
 * Subscribes to the host's change events while mounted. Re-subscribes when the token
 * changes, because the HTTP stream authenticates when it connects.
 */
export function useEventStream(queryClient: QueryClient, token: string | null, onEvent?: EventHook): void {
  useEffect(() => {
    setStatus('connecting');
    const unsubscribe = apiClient().subscribe(
      (ev) => {
        invalidateForEvent(queryClient, ev);
        onEvent?.(ev);
      },
      (s) => {
        // Whatever changed while the stream was connecting or away was not announced
        // here: every (re)open refetches what is on screen, so nothing stale stays.
        if (s === 'open' && status !== 'open') void queryClient.invalidateQueries();
        setStatus(s);
      },
    );
    return unsubscribe;
  }, [queryClient, token, onEvent]);
}
