import { useSyncExternalStore } from 'react';
import type { PrintRouteName, RouteName } from '../../../common/areas';

/** A parsed `#/path/parts?query` location. */
export interface HashRoute {
  /** Path segments without empty parts: `#/settings/operators` -> ['settings', 'operators']. */
  parts: string[];
  query: URLSearchParams;
  /**
   * The address cannot be read (`#/incidents/%E0%A4%A`: a broken escape): the app shows
   * its not-found page. Such parts are kept as typed, so nothing downstream throws.
   */
  malformed: boolean;
}

export function parseHash(hash: string): HashRoute {
  const raw = hash.replace(/^#/, '');
  const q = raw.indexOf('?');
  const path = q < 0 ? raw : raw.slice(0, q);
  const query = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
  let malformed = false;
  const parts = path
    .split('/')
    .filter((p) => p.length > 0)
    .map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        malformed = true;
        return p;
      }
    });
  return { parts, query, malformed };
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const snapshot = (): string => window.location.hash;

/** The current hash route; re-renders on `hashchange`. No router library needed for a handful of areas. */
export function useHashRoute(): HashRoute {
  const hash = useSyncExternalStore(subscribe, snapshot);
  return parseHash(hash);
}

/**
 * An address inside the app: an area's route (`/logs`, `/logs/incident/<id>`,
 * `/map?focus=…`), a printable sheet (`/print/roster/2026-12`) or the desk (`/`). Route
 * and sheet names come from the areas' manifests, so a misspelt one does not compile.
 */
export type AppPath =
  | '/'
  | `/${RouteName}`
  | `/${RouteName}/${string}`
  | `/${RouteName}?${string}`
  | `/print/${PrintRouteName}`
  | `/print/${PrintRouteName}/${string}`
  | `/print/${PrintRouteName}?${string}`;

export function navigate(path: AppPath): void {
  const target = path.startsWith('#') ? path : `#${path}`;
  if (window.location.hash !== target) window.location.hash = target;
}

/** Rewrites the URL without a history entry (used to drop a token from the address bar). */
export function replaceHash(path: string): void {
  const url = `${window.location.pathname}${window.location.search}#${path}`;
  window.history.replaceState(window.history.state, '', url);
}
