import unicode from '@fontsource/noto-sans-sc/unicode.json';

/**
 * The font of printed sheets: Noto Sans SC as a static (non-variable) face, shipped
 * with the app. The UI's variable Noto Sans SC would print too, but Chromium embeds a
 * variable font in a PDF as nameless Type 3 glyphs; the static face is embedded as the
 * named font it is (pdffonts shows NotoSansSC), and prints crisper. Weight 400 only
 * (3.7 MB of subsets, each fetched when its characters appear); bold is synthesized.
 */
export const PRINT_FONT = 'Noto Sans SC Print';

const files = import.meta.glob<string>(
  '../../../../../node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-*-400-normal.woff2',
  { query: '?url', import: 'default', eager: true },
);

let registered = false;

/** Adds the subsets as FontFaces (CSSOM: no inline style, the CSP holds). Idempotent. */
export function registerPrintFont(): void {
  if (registered) return;
  registered = true;
  for (const [path, url] of Object.entries(files)) {
    // Numbered CJK subsets are keyed "[n]" in unicode.json, the others by name ("latin").
    const m = /noto-sans-sc-([a-z0-9-]+)-400-normal\.woff2$/.exec(path);
    const key = m ? (/^\d+$/.test(m[1]!) ? `[${m[1]}]` : m[1]!) : '';
    const range = (unicode as Record<string, string>)[key];
    if (!range) continue;
    document.fonts.add(
      new FontFace(PRINT_FONT, `url(${JSON.stringify(url)})`, {
        weight: '400',
        style: 'normal',
        unicodeRange: range,
        display: 'block',
      }),
    );
  }
}
