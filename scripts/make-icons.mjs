#!/usr/bin/env node
/*
 * Draws the app's icon set (resources/icons/<n>x<n>.png) from one SVG through Chromium,
 * for packaging (build/electron-builder.config.cjs: Linux takes the folder, Windows the
 * 512 px one, made into an .ico by electron-builder). Run again after changing the SVG:
 *
 *   node scripts/make-icons.mjs
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'resources', 'icons');

// A navy tile (the header's colour), a white shield, a red cross: the duty room's watch.
const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512">
  <rect x="16" y="16" width="480" height="480" rx="96" fill="#1f3a60"/>
  <path d="M256 72 L408 128 V248 C408 344 344 412 256 448 C168 412 104 344 104 248 V128 Z" fill="#ffffff"/>
  <rect x="226" y="170" width="60" height="200" rx="10" fill="#d4380d"/>
  <rect x="156" y="240" width="200" height="60" rx="10" fill="#d4380d"/>
</svg>`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });
fs.mkdirSync(out, { recursive: true });
for (const n of [16, 32, 48, 64, 128, 256, 512]) {
  const page = await browser.newPage({ viewport: { width: n, height: n } });
  await page.setContent(
    `<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg width="${n}" height="${n}" `)}</body></html>`,
  );
  await page.screenshot({ path: path.join(out, `${n}x${n}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
process.stdout.write(`icons written to ${out}\n`);
