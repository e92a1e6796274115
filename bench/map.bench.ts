import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { CSP_NONCE_PLACEHOLDER } from '../src/common/csp';
import type { FacilityKind } from '../src/common/domain/facilities';
import { offsetM, type LonLat } from '../src/common/geo/distance';
import { createCore, type Core } from '../src/core';
import { generateGeography } from '../src/core/demo/geography';
import { between, pick, r6, seeded } from '../src/core/demo/random';
import { tempDir } from '../src/core/testing';
import { startHost } from '../src/server/host';
import { percentile, round, timeEach, type Bench } from './harness';

const REPO = path.resolve(import.meta.dirname, '..');
const RENDERER = path.join(REPO, 'out', 'renderer');
const INCIDENTS = 20_000;
const FACILITIES = 5_000;

/**
 * The demo county grown to a busy county's size: 20,000 incidents over three years
 * (3 % still open) and 5,000 key facilities, written straight into their tables
 * (the map reads the incidents' projection rows; timelines do not matter to it).
 */
export async function bigCounty(): Promise<Core> {
  const core = createCore({ dataDir: tempDir('bench-map-'), backups: false });
  await core.invoke('system.setup', { mode: 'demo' });
  const db: Database.Database = core.db().write;
  const rnd = seeded(2026);
  const towns = generateGeography().towns;
  const near = (lo: number, hi: number): LonLat => {
    const t = pick(rnd, towns);
    return offsetM(t.seat, between(rnd, lo, hi), between(rnd, 0, 2 * Math.PI)).map(r6) as LonLat;
  };
  const GRADES = ['I', 'II', 'III', 'IV', 'IV', 'IV', 'IV', 'unrated', 'unrated'] as const;
  const now = Date.now();
  const inc = db.prepare(
    `INSERT INTO incidents (id, number, created_at, title, category, subtype, grade, status, town_code, address, lon, lat,
       received_at, occurred_at, dead, injured, missing, trapped, losses, open_instructions, next_due_at, next_due_kind, last_entry_at, closed_at)
     VALUES (@id, @number, @at, @title, 'accident', 'fire', @grade, @status, NULL, @address, @lon, @lat, @at, @at, 0, 0, 0, 0, '', 0, NULL, NULL, @at, @closed)`,
  );
  const fac = db.prepare(
    `INSERT INTO facilities (id, kind, name, address, town_code, lon, lat, capacity, contact, phone, notes, archived, created_at, updated_at)
     VALUES (@id, @kind, @name, '', NULL, @lon, @lat, @capacity, '值班员', '0812-5550000', '', 0, @at, @at)`,
  );
  const KINDS: FacilityKind[] = [
    'school',
    'school',
    'school',
    'school',
    'hospital',
    'water',
    'power',
    'gas',
    'transport',
    'other',
  ];
  db.transaction(() => {
    for (let i = 0; i < INCIDENTS; i++) {
      const [lon, lat] = near(100, 9000);
      const at = new Date(now - between(rnd, 0, 3 * 365) * 86_400_000).toISOString();
      const open = rnd() < 0.03;
      inc.run({
        id: `binc_${i}`,
        number: `B-${String(i).padStart(6, '0')}`,
        at,
        title: `压测事件${i}`,
        grade: pick(rnd, GRADES),
        status: open ? (rnd() < 0.5 ? 'pending' : 'active') : rnd() < 0.95 ? 'closed' : 'withdrawn',
        address: '压测地址',
        lon,
        lat,
        closed: open ? null : at,
      });
    }
    for (let i = 0; i < FACILITIES; i++) {
      const [lon, lat] = near(50, 12000);
      const kind = pick(rnd, KINDS);
      fac.run({
        id: `bfac_${i}`,
        kind,
        name: `压测单位${i}`,
        lon,
        lat,
        capacity: Math.round(between(rnd, 20, 3000)),
        at: new Date(now).toISOString(),
      });
    }
  })();
  return core;
}

/** The bare page: built by vite from bench/map (the app's style, icons and font faces, maplibre, nothing else). */
async function buildBarePage(): Promise<string> {
  const outDir = path.join(REPO, 'bench', 'out', 'bare-map');
  await build({
    root: path.join(REPO, 'bench', 'map'),
    base: './',
    logLevel: 'warn',
    configFile: false,
    html: { cspNonce: CSP_NONCE_PLACEHOLDER },
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      assetsInlineLimit: 0,
      rollupOptions: { input: path.join(REPO, 'bench', 'map', 'bare.html') },
    },
  });
  fs.renameSync(path.join(outDir, 'bare.html'), path.join(outDir, 'index.html'));
  return outDir;
}

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
];

/** Navigation start → the map's first idle (every source loaded, every layer drawn), as the page itself measured it. */
async function firstIdle(browser: Browser, url: string, token: string | null): Promise<number> {
  const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN' });
  // Signed in (both pages read with the session); every layer on (what the bare page draws too).
  if (token)
    await ctx.addInitScript({
      content: `sessionStorage.setItem('duty-room.operator-token', ${JSON.stringify(token)}); localStorage.removeItem('duty-room.map.layers');`,
    });
  const page = await ctx.newPage();
  await page.goto(url);
  const el = page.locator('[data-first-idle-ms]');
  await el.waitFor({ state: 'attached', timeout: 180_000 });
  const ms = Number(await el.getAttribute('data-first-idle-ms'));
  // Both pages must draw the same area: a map of no size is fast and proves nothing.
  const box = await page.locator('canvas.maplibregl-canvas').boundingBox();
  await ctx.close();
  if (!box || Math.round(box.width) !== CANVAS.width || Math.round(box.height) !== CANVAS.height)
    throw new Error(
      `map canvas is ${box?.width}x${box?.height} at ${url}, expected ${CANVAS.width}x${CANVAS.height}`,
    );
  return ms;
}

/** The app's map canvas at 1920x1080: beside the 232 px navigation, under the 60 px header. */
const CANVAS = { width: 1920 - 232, height: 1080 - 60 };

export const mapLoad: Bench = {
  name: 'map.load',
  description: `20,000 incidents + 5,000 facilities: the app's map page vs a bare maplibre page (same data, style, icons), navigation to first idle, Debian Chromium`,
  async run() {
    if (!fs.existsSync(path.join(RENDERER, 'index.html')))
      throw new Error('out/renderer is missing: run `npm run build` first');
    const core = await bigCounty();
    const bareDir = await buildBarePage();
    const app = await startHost({ core, port: 0, staticDir: RENDERER });
    const bare = await startHost({ core, port: 0, staticDir: bareDir });
    const admin = (await core.invoke('operators.list', {})).find((o) => o.role === 'admin')!;
    const { token } = await core.invoke('auth.signIn', { operatorId: admin.id, pin: '0000' });
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
    const appMs: number[] = [];
    const bareMs: number[] = [];
    const pairRatios: number[] = [];
    const RUNS = 7;
    try {
      // One warm-up of each (OS file cache, the host's JIT), then pairs measured back to
      // back, their order alternating: the machine's load (shared cores) hits both alike.
      await firstIdle(browser, `${app.url}/#/map?range=all`, token);
      await firstIdle(browser, `${bare.url}/`, token);
      for (let i = 0; i < RUNS; i++) {
        const appFirst = i % 2 === 0;
        const a = appFirst ? await firstIdle(browser, `${app.url}/#/map?range=all`, token) : 0;
        const b = await firstIdle(browser, `${bare.url}/`, token);
        const a2 = appFirst ? a : await firstIdle(browser, `${app.url}/#/map?range=all`, token);
        appMs.push(a2);
        bareMs.push(b);
        pairRatios.push(a2 / b);
      }
    } finally {
      await browser.close();
      await app.close();
      await bare.close();
      await core.close();
    }
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
    return {
      incidents: INCIDENTS,
      facilities: FACILITIES,
      runs: RUNS,
      first_idle_ms: median(appMs),
      first_idle_min_ms: Math.min(...appMs),
      first_idle_max_ms: Math.max(...appMs),
      baseline_first_idle_ms: median(bareMs),
      baseline_first_idle_min_ms: Math.min(...bareMs),
      baseline_first_idle_max_ms: Math.max(...bareMs),
      // The median of each back-to-back pair's ratio (robust to load that drifts between pairs).
      ratio: round(median(pairRatios), 2),
      ratio_of_medians: round(median(appMs) / median(bareMs), 2),
      ratio_of_best: round(Math.min(...appMs) / Math.min(...bareMs), 2),
    };
  },
};

/**
 * map.around at that size: 1/3/5 km rings around incidents anywhere in the county,
 * through core.call (validation, read connection, output check) vs the same bounding-box
 * SELECT and distance scan done raw.
 */
export const mapAround: Bench = {
  name: 'map.around',
  description:
    'map.around (rings 1/3/5 km, 3 nearest depots) over 5,000 facilities through core.call vs the raw scan',
  async run() {
    const core = await bigCounty();
    const ids = (
      core
        .db()
        .read.prepare(`SELECT id FROM incidents WHERE id LIKE 'binc_%' ORDER BY id LIMIT 1000`)
        .all() as { id: string }[]
    ).map((r) => r.id);
    const N = 1000;
    await core.invoke('map.around', { incidentId: ids[0]! });
    const app = await timeEach(N, (i) =>
      core.invoke('map.around', { incidentId: ids[i % ids.length]!, radiiM: [1000, 3000, 5000], depots: 3 }),
    );
    const db = core.db().read;
    const point = db.prepare('SELECT lon, lat FROM incidents WHERE id = ?');
    const box = db.prepare(
      'SELECT id, kind, lon, lat, capacity FROM facilities WHERE archived = 0 AND lon BETWEEN ? AND ? AND lat BETWEEN ? AND ?',
    );
    const rad = (d: number) => (d * Math.PI) / 180;
    const base = await timeEach(N, (i) => {
      const c = point.get(ids[i % ids.length]!) as { lon: number; lat: number };
      const dLat = 5000 / 111_320;
      const dLon = 5000 / (111_320 * Math.cos(rad(c.lat)));
      const rows = box.all(c.lon - dLon, c.lon + dLon, c.lat - dLat, c.lat + dLat) as {
        lon: number;
        lat: number;
        kind: FacilityKind;
      }[];
      let n = 0;
      for (const r of rows) {
        const h =
          Math.sin(rad(r.lat - c.lat) / 2) ** 2 +
          Math.cos(rad(c.lat)) * Math.cos(rad(r.lat)) * Math.sin(rad(r.lon - c.lon) / 2) ** 2;
        if (2 * 6_371_008.8 * Math.asin(Math.sqrt(h)) <= 5000) n++;
      }
      return n;
    });
    const sample = await core.invoke('map.around', { incidentId: ids[0]!, radiiM: [1000, 3000, 5000] });
    await core.close();
    return {
      facilities: FACILITIES,
      calls: N,
      p50_ms: round(percentile(app, 50), 3),
      p95_ms: round(percentile(app, 95), 3),
      max_ms: round(app[app.length - 1]!, 3),
      baseline_p50_ms: round(percentile(base, 50), 3),
      baseline_p95_ms: round(percentile(base, 95), 3),
      ratio: round(percentile(app, 95) / percentile(base, 95), 2),
      sample_within_5km: sample.facilities.length,
    };
  },
};
