import type { FontFacesSpecification } from 'maplibre-gl';
import unicode from '@fontsource-variable/noto-sans-sc/unicode.json';

/**
 * Map labels are drawn by maplibre itself with the font the app ships (no glyph
 * server): the style's `font-faces` names every subset file of Noto Sans SC with its
 * unicode-range, so maplibre loads exactly the subsets a label needs before drawing it
 * (ARCHITECTURE.md §9: without that, rare characters come out as empty boxes, and stay so).
 */
export const MAP_FONT = 'Noto Sans SC';

// The same files the UI's @font-face rules use (vite emits each once).
const files = import.meta.glob<string>(
  '../../../../node_modules/@fontsource-variable/noto-sans-sc/files/*-wght-normal.woff2',
  {
    query: '?url',
    import: 'default',
    eager: true,
  },
);

export function fontFaces(base: string = document.baseURI): FontFacesSpecification {
  const faces: { url: string; 'unicode-range': string[] }[] = [];
  for (const [path, url] of Object.entries(files)) {
    // Numbered CJK subsets are keyed "[n]" in unicode.json, the others by name ("latin").
    const m = /noto-sans-sc-([a-z0-9-]+)-wght-normal\.woff2$/.exec(path);
    const key = m ? (/^\d+$/.test(m[1]!) ? `[${m[1]}]` : m[1]!) : '';
    const range = (unicode as Record<string, string>)[key];
    if (!range) continue;
    faces.push({ url: new URL(url, base).href, 'unicode-range': range.split(',').map((r) => r.trim()) });
  }
  return { [MAP_FONT]: faces };
}
