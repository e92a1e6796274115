import { useSyncExternalStore } from 'react';

/**
 * One clock for every countdown on screen: a single timer ticks once a second while
 * anything listens, instead of one timer per row (a log page can show hundreds).
 */
let now = Date.now();
let timer: ReturnType<typeof setTimeout> | null = null;
const listeners = new Set<() => void>();

function tick(): void {
  now = Date.now();
  for (const l of listeners) l();
  // Aligned to the wall-clock second so every countdown changes together with the header clock.
  timer = setTimeout(tick, 1000 - (Date.now() % 1000));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === null) {
    now = Date.now();
    timer = setTimeout(tick, 1000 - (Date.now() % 1000));
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
  };
}

/** Milliseconds since the epoch, updated every second by the shared timer. */
export function useSharedNow(): number {
  return useSyncExternalStore(subscribe, () => now);
}

/** For tests and diagnostics: how many components are listening to the shared clock. */
export function sharedNowListeners(): number {
  return listeners.size;
}
