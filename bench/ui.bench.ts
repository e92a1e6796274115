import fs from 'node:fs';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { build } from 'vite';
import { CSP_NONCE_PLACEHOLDER } from '../src/common/csp';
import { createCore, type Core } from '../src/core';
import { tempDir } from '../src/core/testing';
import { startHost, type Host } from '../src/server/host';
import { benchIntake, percentile, round, type Bench } from './harness';

/*
 * ui.intake and ui.nav: what a shift chief feels, in Debian's Chromium against the
 * browser host with the built renderer (`npm run build` first), each against a bare page
 * (bench/ui/bare.tsx: React and antd alone, the same reads and writes) run side by side,
 * pairs back to back with their order alternating so the shared machine's load hits both
 * alike. Every figure is also taken under Chromium's CPU throttle ×4
 * (Emulation.setCPUThrottlingRate), a proxy for a slow desk PC.
 *
 * Times are taken inside the page (performance.now): from the key press (a capturing
 * keydown listener) or the hash change to the moment the page shows what was asked for.
 */

const REPO = path.resolve(import.meta.dirname, '..');
// BENCH_RENDERER: another built renderer (to compare two builds side by side).
const RENDERER = process.env.BENCH_RENDERER ?? path.join(REPO, 'out', 'renderer');
const THROTTLE = 4;
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) =>
  percentile(
    [...xs].sort((x, y) => x - y),
    95,
  );

/** The bare pages: built by vite from bench/ui (React, antd, dayjs; nothing of the app's shell). */
async function buildBarePage(): Promise<string> {
  const outDir = path.join(REPO, 'bench', 'out', 'bare-ui');
  await build({
    root: path.join(REPO, 'bench', 'ui'),
    base: './',
    logLevel: 'warn',
    configFile: false,
    plugins: [react()],
    html: { cspNonce: CSP_NONCE_PLACEHOLDER },
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      assetsInlineLimit: 0,
      rollupOptions: { input: path.join(REPO, 'bench', 'ui', 'bare.html') },
    },
  });
  fs.renameSync(path.join(outDir, 'bare.html'), path.join(outDir, 'index.html'));
  return outDir;
}

/** Marks, in page time: F2 pressed, first text field focused after it, Ctrl+Enter pressed. */
const MARKS = `(() => {
  window.__m = {};
  addEventListener('keydown', (e) => {
    if (e.key === 'F2') { window.__m.f2 = performance.now(); window.__m.focus = undefined; }
    if (e.key === 'Enter' && e.ctrlKey) window.__m.save = performance.now();
  }, true);
  addEventListener('focusin', (e) => {
    const t = e.target;
    if (window.__m.f2 !== undefined && window.__m.focus === undefined && t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA'))
      window.__m.focus = performance.now();
  }, true);
})();`;

interface Rig {
  core: Core;
  app: Host;
  bare: Host;
  browser: Browser;
  token: string;
  ctx: BrowserContext;
}

async function rigUp(): Promise<Rig> {
  if (!fs.existsSync(path.join(RENDERER, 'index.html')))
    throw new Error('out/renderer is missing: run `npm run build` first');
  const core = createCore({ dataDir: tempDir('bench-ui-'), backups: false });
  await core.invoke('system.setup', { mode: 'demo' });
  const bareDir = await buildBarePage();
  const app = await startHost({ core, port: 0, staticDir: RENDERER });
  const bare = await startHost({ core, port: 0, staticDir: bareDir });
  const admin = (await core.invoke('operators.list', {})).find((o) => o.role === 'admin')!;
  const { token } = await core.invoke('auth.signIn', { operatorId: admin.id, pin: '0000' });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  // One context: its HTTP cache warm after the first load, as a desk's browser is.
  const ctx = await browser.newContext({
    viewport: { width: 1920, height: 1080 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  await ctx.addInitScript({
    content: `sessionStorage.setItem('duty-room.operator-token', ${JSON.stringify(token)}); localStorage.removeItem('duty-room.intake-draft');`,
  });
  await ctx.addInitScript({ content: MARKS });
  return { core, app, bare, browser, token, ctx };
}

async function rigDown(rig: Rig) {
  await rig.browser.close();
  await rig.app.close();
  await rig.bare.close();
  await rig.core.close();
}

async function throttle(page: Page, rate: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/**
 * Resolves once no element was added or removed for `quietMs` and nothing shows busy;
 * returns the page time at which the last change was painted: the first task after the
 * frame that followed it (requestAnimationFrame, then a task). Painted, not just put in
 * the DOM: a page that lays itself out inside its own commit (measuring as it mounts) and
 * one that leaves layout to the browser's frame pay the same layout, and both are timed to
 * the screen showing it. `go` (plain JS, optional) runs once the observer is attached, in
 * the same task: a switch started in one evaluate and watched from the next missed what
 * rendered in between and counted the round trip instead.
 */
const SETTLED = (quietMs: number, go = '') => `new Promise((resolve) => {
  let last = performance.now();
  let painted = 0;
  const changed = () => {
    const at = (last = performance.now());
    requestAnimationFrame(() => setTimeout(() => { if (last === at) painted = performance.now(); }, 0));
  };
  const busy = () => document.querySelector('main .ant-skeleton, main .ant-spin-spinning, [data-busy]');
  const obs = new MutationObserver((records) => {
    for (const r of records)
      for (const n of [...r.addedNodes, ...r.removedNodes])
        if (n.nodeType === 1) { changed(); return; }
  });
  obs.observe(document.body, { childList: true, subtree: true });
  const tick = () => {
    if (!busy() && painted > 0 && performance.now() - last >= ${quietMs}) { obs.disconnect(); resolve(painted); }
    else setTimeout(tick, 50);
  };
  setTimeout(tick, 50);
  ${go}
  changed();
})`;

async function settled(page: Page, quietMs = 400): Promise<number> {
  return (await page.evaluate(SETTLED(quietMs))) as number;
}

/** Milliseconds from just before `go` (plain JS) ran to the last change it caused, painted (SETTLED). */
async function switched(page: Page, go: string): Promise<number> {
  const [t0, last] = (await page.evaluate(
    `(() => { let t0 = 0; return ${SETTLED(400, `t0 = performance.now(); ${go};`)}.then((last) => [t0, last]); })()`,
  )) as [number, number];
  return last - t0;
}

async function focusedLabel(page: Page): Promise<string> {
  return (await page.evaluate(`(() => {
    const el = document.activeElement;
    const item = el && el.closest('.ant-form-item');
    return (item && item.querySelector('label') && item.querySelector('label').textContent) || '';
  })()`)) as string;
}

async function waitLabel(page: Page, label: string) {
  for (let i = 0; i < 400; i++) {
    if ((await focusedLabel(page)) === label) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`the intake did not reach ${label}; focused: ${await focusedLabel(page)}`);
}

/** Page time (or `clock`) when `predicate` (plain JS) first holds, checked every frame. */
function whenShown(page: Page, predicate: string, clock = 'performance.now()'): Promise<number> {
  return page.evaluate(`new Promise((resolve, reject) => {
    const until = performance.now() + 60000;
    const check = () => {
      if (${predicate}) return resolve(${clock});
      if (performance.now() > until) return reject(new Error('not shown in 60 s'));
      requestAnimationFrame(check);
    };
    check();
  })`) as Promise<number>;
}

const marks = async (page: Page) =>
  (await page.evaluate('window.__m')) as { f2?: number; focus?: number; save?: number };

/** The app: dashboard settled, F2 → first field focused; then the form filled by keyboard, Ctrl+Enter → the incident page. */
async function appIntake(
  rig: Rig,
  i: number,
  rate: number,
): Promise<{ open: number; save: number; full: number }> {
  const page = await rig.ctx.newPage();
  try {
    await page.goto(`${rig.app.url}/#/dashboard`);
    await page.getByTestId('current-operator').waitFor();
    await settled(page);
    if (rate > 1) await throttle(page, rate);
    await page.keyboard.press('F2');
    await whenShown(page, 'window.__m.focus !== undefined');
    const m = await marks(page);
    const open = m.focus! - m.f2!;
    // Typeable: the channel takes what is typed.
    await waitLabel(page, '接报方式');
    await page.keyboard.type('电话');
    await page.keyboard.press('Enter');
    await waitLabel(page, '接报时间');
    for (let k = 0; k < 5; k++) await page.keyboard.press('Enter');
    await waitLabel(page, '事件类别');
    await page.keyboard.type('事故');
    await page.keyboard.press('Enter');
    await waitLabel(page, '事件类型');
    await page.keyboard.type('火灾');
    await page.keyboard.press('Enter');
    await waitLabel(page, '事件级别');
    await page.keyboard.type('一般');
    await page.keyboard.press('Enter');
    await waitLabel(page, '事发时间');
    await page.keyboard.press('Enter');
    await waitLabel(page, '乡镇（街道）');
    await page.keyboard.press('Tab');
    await waitLabel(page, '详细地址');
    await page.getByLabel('事件标题').focus();
    const title = `压测接报 ${i} ${Date.now()}`;
    await page.keyboard.type(title);
    await settled(page, 300);
    await page.keyboard.press('Control+Enter');
    const shown = await whenShown(
      page,
      `location.hash.startsWith('#/logs/incident/') && (document.querySelector('[data-testid="incident-detail"]')?.textContent || '').includes(${JSON.stringify(title)})`,
    );
    // The rest of the page (the next-step form, the timeline) follows the facts in the next
    // task (FirstPaintFirst); reported too, so the deferral hides nothing.
    const full = await whenShown(page, `document.querySelector('[data-testid="record"] form') !== null`);
    const m2 = await marks(page);
    return { open, save: shown - m2.save!, full: full - m2.save! };
  } finally {
    await page.close();
  }
}

async function bareIntake(rig: Rig, i: number, rate: number): Promise<{ open: number; save: number }> {
  const page = await rig.ctx.newPage();
  page.on('console', (m) => process.env.UI_DEBUG && console.log('bare:', m.text()));
  page.on('pageerror', (e) => console.error('bare page error:', e.message));
  try {
    await page.goto(`${rig.bare.url}/#/home`);
    await page.getByTestId('bare-home').waitFor();
    await settled(page);
    if (rate > 1) await throttle(page, rate);
    await page.keyboard.press('F2');
    await whenShown(page, 'window.__m.focus !== undefined');
    const m = await marks(page);
    const open = m.focus! - m.f2!;
    await page.keyboard.type('电话');
    const title = `压测基线 ${i} ${Date.now()}`;
    await page.getByTestId('bare-title').focus();
    await page.keyboard.type(title);
    await settled(page, 300);
    await page.keyboard.press('Control+Enter');
    const shown = await whenShown(
      page,
      `(document.querySelector('[data-testid="bare-incident-title"]')?.textContent || '') === ${JSON.stringify(title)}`,
    );
    return { open, save: shown - (await marks(page)).save! };
  } finally {
    await page.close();
  }
}

/** A write made elsewhere (over the API) → shown on a second page: the app's dashboard vs the bare stream page. */
async function elsewhere(rig: Rig, url: string, ready: string, i: number): Promise<number> {
  const page = await rig.ctx.newPage();
  try {
    await page.goto(url);
    await page.locator(ready).first().waitFor();
    await settled(page);
    const title = `压测他处 ${i} ${Date.now()}`;
    const waiting = whenShown(
      page,
      `document.body.textContent.includes(${JSON.stringify(title)})`,
      'Date.now()',
    );
    const t0 = Date.now();
    const res = await fetch(`${rig.app.url}/api/incidents.create`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${rig.token}` },
      body: JSON.stringify({
        clientKey: `k_ui_elsewhere_${i}_${Date.now()}`,
        intake: benchIntake(title, new Date().toISOString()),
      }),
    });
    if (!((await res.json()) as { ok: boolean }).ok) throw new Error('incidents.create failed');
    const shownAt = await waiting;
    return shownAt - t0;
  } finally {
    await page.close();
  }
}

const ROUTES = ['dashboard', 'logs', 'equipment', 'roster'] as const;

/**
 * One warm switch on the app: hash change → content settled (no element added or removed for
 * 400 ms, no skeleton) and painted. The app's and the bare page are both open, in one
 * browser: the one switched is brought to the front first (as the bare one is), since
 * Chromium runs a background page's frames late and the switch waits for a frame. Timing a
 * background page charged the app 500–900 ms switches that were the frame's wait.
 */
async function appSwitch(page: Page, route: string): Promise<{ ms: number; rows: number }> {
  await page.bringToFront();
  const ms = await switched(page, `location.hash = '#/${route}'`);
  const rows = (await page.evaluate(
    `document.querySelectorAll('main tr, .ant-layout-content tr').length`,
  )) as number;
  return { ms, rows };
}

async function bareSwitch(page: Page, i: number): Promise<number> {
  await page.bringToFront();
  return switched(page, `document.querySelector('[data-testid="bare-nav-${i}"]').click()`);
}

async function nav(
  rig: Rig,
  rate: number,
  cycles: number,
): Promise<{ app: number[]; bare: number[]; rows: number[] }> {
  const app = await rig.ctx.newPage();
  await app.goto(`${rig.app.url}/#/dashboard`);
  await app.getByTestId('current-operator').waitFor();
  // Warm: every page visited once, its chunk loaded and its reads cached; row counts taken.
  const rows: number[] = [];
  for (const r of [...ROUTES.slice(1), ...ROUTES]) rows[ROUTES.indexOf(r)] = (await appSwitch(app, r)).rows;
  const bare = await rig.ctx.newPage();
  await bare.goto(`${rig.bare.url}/#/nav?rows=${rows.join(',')}`);
  await bare.getByTestId('bare-page').waitFor();
  for (let k = 1; k <= ROUTES.length; k++) await bareSwitch(bare, k % ROUTES.length);
  if (rate > 1) {
    await throttle(app, rate);
    await throttle(bare, rate);
  }
  const appMs: number[] = [];
  const bareMs: number[] = [];
  for (let c = 0; c < cycles; c++) {
    for (let k = 1; k <= ROUTES.length; k++) {
      const idx = k % ROUTES.length;
      if (c % 2 === 0) {
        appMs.push((await appSwitch(app, ROUTES[idx]!)).ms);
        bareMs.push(await bareSwitch(bare, idx));
      } else {
        bareMs.push(await bareSwitch(bare, idx));
        appMs.push((await appSwitch(app, ROUTES[idx]!)).ms);
      }
    }
  }
  await app.close();
  await bare.close();
  return { app: appMs, bare: bareMs, rows };
}

export const uiIntake: Bench = {
  name: 'ui.intake',
  description:
    'F2 → first field focused, Ctrl+Enter → incident page, and a save shown on a second page, in Chromium (also CPU ×4) vs a bare antd Form / SSE page',
  async run() {
    const RUNS = Number(process.env.UI_RUNS ?? 5);
    const rig = await rigUp();
    try {
      const series = async (rate: number) => {
        const a: { open: number; save: number; full: number }[] = [];
        const b: { open: number; save: number }[] = [];
        // One of each unmeasured: the HTTP cache and the host warm.
        await appIntake(rig, -1, 1);
        await bareIntake(rig, -1, 1);
        for (let i = 0; i < RUNS; i++) {
          if (i % 2 === 0) {
            a.push(await appIntake(rig, i, rate));
            b.push(await bareIntake(rig, i, rate));
          } else {
            b.push(await bareIntake(rig, i, rate));
            a.push(await appIntake(rig, i, rate));
          }
        }
        return {
          open: median(a.map((x) => x.open)),
          save: median(a.map((x) => x.save)),
          full: median(a.map((x) => x.full)),
          bareOpen: median(b.map((x) => x.open)),
          bareSave: median(b.map((x) => x.save)),
        };
      };
      const plain = await series(1);
      const slow = await series(THROTTLE);
      const seen: number[] = [];
      const bareSeen: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        seen.push(await elsewhere(rig, `${rig.app.url}/#/dashboard`, '[data-testid="desk-open"]', i));
        bareSeen.push(await elsewhere(rig, `${rig.bare.url}/#/sse`, '[data-testid="bare-sse"] li', i));
      }
      return {
        runs: RUNS,
        open_ms: round(plain.open, 1),
        baseline_open_ms: round(plain.bareOpen, 1),
        open_ratio: round(plain.open / plain.bareOpen, 2),
        save_ms: round(plain.save, 1),
        baseline_save_ms: round(plain.bareSave, 1),
        save_ratio: round(plain.save / plain.bareSave, 2),
        save_whole_page_ms: round(plain.full, 1),
        save_whole_page_ratio: round(plain.full / plain.bareSave, 2),
        throttle: THROTTLE,
        throttled_open_ms: round(slow.open, 1),
        throttled_baseline_open_ms: round(slow.bareOpen, 1),
        throttled_open_ratio: round(slow.open / slow.bareOpen, 2),
        throttled_save_ms: round(slow.save, 1),
        throttled_baseline_save_ms: round(slow.bareSave, 1),
        throttled_save_ratio: round(slow.save / slow.bareSave, 2),
        throttled_save_whole_page_ms: round(slow.full, 1),
        throttled_save_whole_page_ratio: round(slow.full / slow.bareSave, 2),
        visible_elsewhere_ms: round(median(seen), 1),
        baseline_visible_elsewhere_ms: round(median(bareSeen), 1),
        visible_elsewhere_ratio: round(median(seen) / median(bareSeen), 2),
      };
    } finally {
      await rigDown(rig);
    }
  },
};

export const uiNav: Bench = {
  name: 'ui.nav',
  description:
    '工作台 / 值班日志 / 通讯设备 / 排班与交接班 switched warm to content settled, in Chromium (also CPU ×4) vs a bare React page of the same table sizes',
  async run() {
    const CYCLES = Number(process.env.UI_NAV_CYCLES ?? 5);
    const rig = await rigUp();
    try {
      const plain = await nav(rig, 1, CYCLES);
      const slow = await nav(rig, THROTTLE, CYCLES);
      const perRoute = (xs: number[]) =>
        ROUTES.map(
          (r, i) => `${r} ${round(median(xs.filter((_, j) => (j + 1) % ROUTES.length === i)), 0)}`,
        ).join(', ');
      return {
        switches: plain.app.length,
        rows_per_page: ROUTES.map((r, i) => `${r} ${plain.rows[i]}`).join(', '),
        p50_ms: round(median(plain.app), 1),
        p95_ms: round(p95(plain.app), 1),
        baseline_p50_ms: round(median(plain.bare), 1),
        baseline_p95_ms: round(p95(plain.bare), 1),
        ratio: round(p95(plain.app) / p95(plain.bare), 2),
        median_ms_by_page: perRoute(plain.app),
        throttle: THROTTLE,
        throttled_p95_ms: round(p95(slow.app), 1),
        throttled_baseline_p95_ms: round(p95(slow.bare), 1),
        throttled_ratio: round(p95(slow.app) / p95(slow.bare), 2),
        throttled_median_ms_by_page: perRoute(slow.app),
      };
    } finally {
      await rigDown(rig);
    }
  },
};
