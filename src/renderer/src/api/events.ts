import { useEffect, useSyncExternalStore } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { ConnectionStatus } from '../../../common/client';
import { eventInvalidations } from '../../../common/areas';
import type { Invalidates } from '../../../common/areas/define';
import { eventArea, PROGRESS_EVENT, type AppEvent } from '../../../common/events';
import { noteProgress } from './progress';
import { apiClient } from './client';

/**
 * What a change makes stale: the queries of its own area (`incidents.changed` ->
 * `incidents.*`) and whatever its area's manifest says it also affects (src/common/areas,
 * `events`): the header reads the county name from `system.info`, which settings change;
 * statistics count incidents; setup and restore change everything at once.
 */
export function invalidateForEvent(
  queryClient: QueryClient,
  ev: AppEvent,
  table: Readonly<Record<string, Invalidates>> = eventInvalidations,
): void {
  const also = Object.hasOwn(table, ev.type) ? table[ev.type] : undefined;
  if (also === 'all') {
    void queryClient.invalidateQueries();
    return;
  }
  for (const a of [eventArea(ev), ...(also ?? [])]) {
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
        // A long job's progress changes no data: only its progress bar hears it.
        if (ev.type === PROGRESS_EVENT) {
          noteProgress(ev);
          return;
        }
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
