import { createContext, useContext, useSyncExternalStore } from 'react';
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

/** Calls `onChange` on every change of the address (for useSyncExternalStore). */
export function subscribeHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const snapshot = (): string => window.location.hash;

/**
 * The address a kept page is given by the shell (app/KeptPages.tsx): the current one while
 * it is shown, the one it last showed while it is hidden, so a hidden page that renders
 * (a language change) renders what it last showed, not another page's address.
 */
export const PageHashContext = createContext<string | null>(null);

/** The current hash route (a kept page's own); re-renders on `hashchange`. No router library needed for a handful of areas. */
export function useHashRoute(): HashRoute {
  const kept = useContext(PageHashContext);
  const hash = useSyncExternalStore(subscribeHash, snapshot);
  return parseHash(kept ?? hash);
}

/** The address as the window has it, for the shell that hands each kept page its own. */
export function useWindowHash(): string {
  return useSyncExternalStore(subscribeHash, snapshot);
}

/**
 * Where an address inside the app can lead: a route of the signed-in app (the areas'
 * manifests list them, so a misspelt one does not compile), a printable sheet, the wall
 * display, or '' for the desk (`#/`).
 */
export type AppTarget = RouteName | `print/${PrintRouteName}` | 'wall' | '';

/** A query of an address (`?q=…&from=…`); undefined values are left out. */
export type HashQuery = Readonly<Record<string, string | number | undefined>>;

declare const builtByHrefOf: unique symbol;
/** An address hrefOf built: links, navigate() and replaceHash() take only these. */
export type AppHref = string & { readonly [builtByHrefOf]: true };

/**
 * The one builder of addresses inside the app: `hrefOf('logs', ['incident', id])` is
 * `#/logs/incident/<id>`, `hrefOf('print/equipment', [], { from, to })` a sheet's range.
 * Parts and query values are escaped, so a search for "a/b" or "滑坡" reads back as typed.
 */
export function hrefOf(
  target: AppTarget,
  parts: readonly (string | number)[] = [],
  query: HashQuery = {},
): AppHref {
  const path = [target, ...parts.map((p) => encodeURIComponent(String(p)))].filter((s) => s !== '').join('/');
  const q = Object.entries(query)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
  return `#/${path}${q ? `?${q}` : ''}` as AppHref;
}

export function navigate(href: AppHref): void {
  if (window.location.hash !== href) window.location.hash = href;
}

/** Rewrites the URL without a history entry (used to drop a token from the address bar). */
export function replaceHash(href: AppHref): void {
  const url = `${window.location.pathname}${window.location.search}${href}`;
  window.history.replaceState(window.history.state, '', url);
}
