import type { BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures';

export type Rgb = [number, number, number];

export const hex = (h: string): Rgb => [
  parseInt(h.slice(1, 3), 16),
  parseInt(h.slice(3, 5), 16),
  parseInt(h.slice(5, 7), 16),
];

/** The map's settled state: `data-idle-count` rises each time maplibre reports idle. */
export async function idleCount(page: Page): Promise<number> {
  return Number((await page.getByTestId('map').getAttribute('data-idle-count')) ?? '0');
}

/** Waits for the map to settle after something changed (`after`: the idle count before the change). */
export async function waitMapIdle(page: Page, after = 0): Promise<void> {
  await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'idle', { timeout: 45_000 });
  await expect.poll(() => idleCount(page), { timeout: 30_000 }).toBeGreaterThan(after);
  // One more frame for fading symbols.
  await page.waitForTimeout(400);
}

/** Pixels of one colour on the canvas and the box they span, as fractions of its width and height. */
export interface ColourStat {
  n: number;
  width: number;
  height: number;
}

/**
 * Counts the pixels of each colour (± tol per channel) in a screenshot of the map's
 * canvas, and the box each spans: what the user actually sees, not what the DOM claims.
 * Decoded in a blank page of the same browser, out of the app's way.
 */
export async function colourStats(
  context: BrowserContext,
  png: Buffer,
  targets: Record<string, Rgb>,
  tol = 14,
): Promise<Record<string, ColourStat>> {
  const blank = await context.newPage();
  try {
    return await blank.evaluate(
      async ({ b64, targets, tol }) => {
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const c = document.createElement('canvas');
        c.width = img.naturalWidth;
        c.height = img.naturalHeight;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        const { data } = ctx.getImageData(0, 0, c.width, c.height);
        const entries = Object.entries(targets);
        const box = Object.fromEntries(
          entries.map(([k]) => [k, { n: 0, x0: c.width, y0: c.height, x1: 0, y1: 0 }]),
        );
        for (let i = 0; i < data.length; i += 4) {
          for (const [k, [r, g, b]] of entries) {
            if (
              Math.abs(data[i]! - r) <= tol &&
              Math.abs(data[i + 1]! - g) <= tol &&
              Math.abs(data[i + 2]! - b) <= tol
            ) {
              const s = box[k]!;
              const x = (i / 4) % c.width;
              const y = Math.floor(i / 4 / c.width);
              s.n += 1;
              s.x0 = Math.min(s.x0, x);
              s.y0 = Math.min(s.y0, y);
              s.x1 = Math.max(s.x1, x);
              s.y1 = Math.max(s.y1, y);
              break;
            }
          }
        }
        return Object.fromEntries(
          Object.entries(box).map(([k, s]) => [
            k,
            { n: s.n, width: s.n ? (s.x1 - s.x0) / c.width : 0, height: s.n ? (s.y1 - s.y0) / c.height : 0 },
          ]),
        );
      },
      { b64: png.toString('base64'), targets, tol },
    );
  } finally {
    await blank.close();
  }
}

/** Pixels of each colour (± tol per channel) in a screenshot of the map's canvas. */
export async function countColors(
  context: BrowserContext,
  png: Buffer,
  targets: Record<string, Rgb>,
  tol = 14,
): Promise<Record<string, number>> {
  const stats = await colourStats(context, png, targets, tol);
  return Object.fromEntries(Object.entries(stats).map(([k, s]) => [k, s.n]));
}

/** Pixels of one colour and the box they span (fractions of the canvas). */
export async function colourSpan(
  context: BrowserContext,
  png: Buffer,
  rgb: Rgb,
  tol = 14,
): Promise<ColourStat> {
  return (await colourStats(context, png, { c: rgb }, tol)).c!;
}

/** A screenshot of the map canvas alone (panels and popups are DOM over it, not in it). */
export async function canvasShot(page: Page): Promise<Buffer> {
  return page.locator('[data-testid="map"] canvas').screenshot();
}
