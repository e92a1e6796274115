/**
 * Pure helpers for configured basemaps: tile URL templates and the origins they reach.
 * Shared by core (validation), both hosts (the CSP lets exactly these origins in) and
 * the renderer (the tile URLs maplibre fetches).
 */

export interface OnlineBasemap {
  kind: 'online';
  url: string;
  overlayUrl: string | null;
  subdomains: string;
  key: string;
  tileSize: 256 | 512;
  maxZoom: number;
  attribution: string;
}

/**
 * A raster XYZ / WMTS (KVP) tile URL: http(s), a plain host (or `{s}` for subdomains),
 * and {z}, {x} and {y} (or {-y} for TMS rows). `{key}` is replaced by the configured key.
 * No spaces, quotes or angle brackets: the origin ends up in a CSP header.
 */
const TEMPLATE_RE =
  /^https?:\/\/(\{s\}\.)?[A-Za-z0-9.-]+(\{s\}[A-Za-z0-9.-]*)?(:[0-9]{1,5})?(\/[^\s"'<>\\]*)?$/;

export function isTileTemplate(url: string): boolean {
  if (url.length > 1000 || !TEMPLATE_RE.test(url)) return false;
  if (!url.includes('{z}') || !url.includes('{x}')) return false;
  return url.includes('{y}') || url.includes('{-y}');
}

export function subdomainsOf(b: Pick<OnlineBasemap, 'subdomains'>): string[] {
  const list = b.subdomains
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return list.length ? list : [''];
}

/** The template(s) maplibre fetches: `{s}` expanded, `{key}` filled in, `{-y}` left for maplibre's `scheme: 'tms'`. */
export function expandTemplate(template: string, b: Pick<OnlineBasemap, 'subdomains' | 'key'>): string[] {
  const withKey = template.split('{key}').join(encodeURIComponent(b.key));
  if (!withKey.includes('{s}')) return [withKey.replace('{-y}', '{y}')];
  return subdomainsOf(b).map((s) => withKey.split('{s}').join(s).replace('{-y}', '{y}'));
}

export const isTms = (template: string) => template.includes('{-y}');

/** Origins (scheme://host[:port]) the configured basemap reaches: what the CSP must allow, and only that. */
export function basemapOrigins(b: OnlineBasemap | { kind: 'builtin' } | { kind: 'file' }): string[] {
  if (b.kind !== 'online') return [];
  const out = new Set<string>();
  for (const t of [b.url, b.overlayUrl]) {
    if (!t || !isTileTemplate(t)) continue;
    for (const u of expandTemplate(t, b)) {
      try {
        out.add(new URL(u.replace(/\{[-a-z]+\}/g, '0')).origin);
      } catch {
        // A template that does not parse reaches nothing.
      }
    }
  }
  return [...out].sort();
}
