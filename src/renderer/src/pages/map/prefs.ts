import type { TFunction } from 'i18next';
import { useCallback, useState } from 'react';

/**
 * Per-machine view preferences of the map (layers shown, ring radii, time range): the
 * duty room's PC keeps them across sign-ins. Not data, so localStorage is fine.
 */
export function readStored<T>(key: string, initial: T, valid: (v: unknown) => v is T): T {
  try {
    const raw = window.localStorage.getItem(key);
    if (raw !== null) {
      const parsed: unknown = JSON.parse(raw);
      if (valid(parsed)) return parsed;
    }
  } catch {
    // Storage disabled or a value from another version: the default will do.
  }
  return initial;
}

export function useStoredState<T>(
  key: string,
  initial: T,
  valid: (v: unknown) => v is T,
): [T, (v: T) => void] {
  const [value, setValue] = useState<T>(() => readStored(key, initial, valid));
  const set = useCallback(
    (v: T) => {
      setValue(v);
      try {
        window.localStorage.setItem(key, JSON.stringify(v));
      } catch {
        // Kept for this page only.
      }
    },
    [key],
  );
  return [value, set];
}

/** 820 米 / 2.4 公里 */
export function distanceText(t: TFunction, m: number): string {
  return m < 1000
    ? t('map.dist.m', { n: Math.round(m) })
    : t('map.dist.km', { n: (m / 1000).toFixed(m < 10_000 ? 1 : 0) });
}
