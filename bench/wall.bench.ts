import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';
import { createCore, type Core } from '../src/core';
import { tempDir } from '../src/core/testing';
import { startHost, type Host } from '../src/server/host';
import { benchIntake, round, type Bench } from './harness';

/*
 * wall.soak: the wall page open for 8 hours of SIMULATED time with a write every
 * simulated minute (WALL_SOAK_WRITE_EVERY_S, 480 writes), in Debian's Chromium, against the browser host in
 * LAN mode with the built renderer (`npm run build` first).
 *
 * "Simulated" means: the page runs on Playwright's fake clock (page.clock), paused;
 * the page time moves in steps of 5 s; a writing step makes one real write over HTTP (a new incident, or closing the one opened
 * ten steps before, so the open list stays the same size; every 30th new one is grade
 * II and raises the alarm, which expires after 10 simulated minutes), waits until the
 * wall shows it (the real event and refetch path), then advances the page's clock by
 * 5 s, firing every timer due in between (clock ticks, countdowns, rotation, alarm and
 * pulse expiry). Network, SSE and rendering are real; only the page's notion of time
 * runs faster. The host's heartbeat is 0.5 s (real) so the stream's 45 s idle timer
 * (fake time) never fires while the page time races ahead.
 *
 * Measured after a forced GC (CDP HeapProfiler.collectGarbage): JS heap used
 * (Runtime.getHeapUsage), and from a heap snapshot the page's own JS objects apart from
 * compiled code (which grows as functions get hot) and browser-native records; DOM
 * elements in the document, all DOM nodes and JS event
 * listeners (Performance.getMetrics), and the page's live timers (setTimeout /
 * setInterval wrapped to count those not yet fired or cleared).
 *
 * Start and end: the measured window is 480 simulated minutes (WALL_SOAK_MINUTES) from
 * the first minute (WALL_SOAK_WARMUP_MINUTES, default 1: the page loaded and settled),
 * under the same writes, so whatever grows in the first hours counts (a wall runs for
 * days; a warm-up would hide it). Compiled code (heap snapshot type "code":
 * InstructionStream and its metadata, not bytecode) grows as V8 compiles hot functions
 * to machine code; it must level off, and the page's own objects, DOM, listeners and
 * timers must stay flat. A sample every 30 minutes (WALL_SOAK_SERIES_MINUTES) shows the
 * curve. Baseline: the same wall, same minutes, no writes.
 */

const STEP_MS = 5000;
const FIRST_MINUTE_STEPS = 12;
/** A sample every 30 simulated minutes (WALL_SOAK_SERIES_MINUTES). */
const SERIES_STEPS = (Number(process.env.WALL_SOAK_SERIES_MINUTES ?? 30) * 60_000) / STEP_MS;
/** A write every minute of page time (WALL_SOAK_WRITE_EVERY_S, a multiple of 5): 480 over 8 hours. */
const WRITE_EVERY_STEPS = Math.max(1, Math.round(Number(process.env.WALL_SOAK_WRITE_EVERY_S ?? 60) / 5));

interface Sample {
  heapMb: number;
  /** From a heap snapshot: the page's JS objects, without compiled code and browser-native objects. */
  objectsMb: number;
  codeMb: number;
  elements: number;
  /** Elements per panel, to tell what changed ("wall-incidents:120 ..."). */
  byPanel: string;
  nodes: number;
  listeners: number;
  timers: number;
}

/**
 * Sizes by kind from a heap snapshot. "code" (bytecode and JIT output) keeps growing for
 * a while as functions get hot, and "native" holds browser-side records (performance
 * timing buffers, DevTools network data kept because the measuring session is
 * attached): neither is the page's data. What is left is the app's own objects.
 */
async function snapshotSizes(cdp: CDPSession): Promise<{ objectsMb: number; codeMb: number }> {
  const chunks: string[] = [];
  const onChunk = (e: { chunk: string }) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const snap = JSON.parse(chunks.join('')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
  };
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const type = fields.indexOf('type');
  const size = fields.indexOf('self_size');
  let code = 0;
  let other = 0;
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const t = types[snap.nodes[i + type]!];
    const z = snap.nodes[i + size]!;
    if (t === 'code') code += z;
    else if (t !== 'native') other += z;
  }
  return { objectsMb: other / 1048576, codeMb: code / 1048576 };
}

async function sample(page: Page, cdp: CDPSession): Promise<Sample> {
  // The rotating panel's page changes what is in the DOM: measure on the same page each time.
  const rotating = page.getByTestId('wall-rotate-title');
  for (let i = 0; i < 120 && (await rotating.getAttribute('data-page')) !== 'deadlines'; i++)
    await page.clock.runFor(1000);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  // Plain JS run in the page (bench/ compiles without the DOM library).
  const { elements, timers, byPanel } = (await page.evaluate(`({
    elements: document.getElementsByTagName('*').length,
    timers: window.__liveTimers(),
    byPanel: [...document.querySelectorAll('.dr-wp')]
      .map((p) => (p.dataset.testid || '').replace('wall-', '') + ':' + p.getElementsByTagName('*').length)
      .join(' '),
  })`)) as { elements: number; timers: number; byPanel: string };
  const sizes = await snapshotSizes(cdp);
  return {
    heapMb: heap.usedSize / 1024 / 1024,
    ...sizes,
    elements,
    byPanel,
    nodes: metric('Nodes'),
    listeners: metric('JSEventListeners'),
    timers,
  };
}

/** Counts timers that are set and neither fired nor cleared; installed over the fake clock's (plain JS for the page). */
const COUNT_TIMERS = `(() => {
  const live = new Set();
  const st = window.setTimeout.bind(window);
  const ct = window.clearTimeout.bind(window);
  const si = window.setInterval.bind(window);
  const ci = window.clearInterval.bind(window);
  window.setTimeout = (fn, ms, ...rest) => {
    const id = st((...a) => { live.delete(id); if (typeof fn === 'function') fn(...a); }, ms, ...rest);
    live.add(id);
    return id;
  };
  window.clearTimeout = (id) => { live.delete(id); ct(id); };
  window.setInterval = (fn, ms, ...rest) => { const id = si(fn, ms, ...rest); live.add(id); return id; };
  window.clearInterval = (id) => { live.delete(id); ci(id); };
  window.__liveTimers = () => live.size;
})();`;

interface Rig {
  core: Core;
  host: Host;
  browser: Browser;
  admin: string;
  wall: string;
}

async function call<T>(rig: Rig, method: string, input: unknown): Promise<T> {
  const res = await fetch(`${rig.host.url}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${rig.admin}` },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { ok: boolean; value: T; error?: unknown };
  if (!body.ok) throw new Error(`${method}: ${JSON.stringify(body.error)}`);
  return body.value;
}

async function rigUp(): Promise<Rig> {
  // BENCH_RENDERER: another built renderer (a copy, so a rebuild meanwhile does not touch a long run).
  const staticDir = process.env.BENCH_RENDERER ?? path.resolve(import.meta.dirname, '..', 'out', 'renderer');
  if (!fs.existsSync(path.join(staticDir, 'index.html')))
    throw new Error('out/renderer is missing: npm run build first');
  const core = createCore({ dataDir: tempDir('bench-wall-'), backups: false });
  await core.invoke('system.setup', { mode: 'demo' });
  const host = await startHost({ core, port: 0, lan: true, staticDir, heartbeatMs: 500 });
  const adminId = (await core.invoke('operators.list', {})).find((o) => o.role === 'admin')!.id;
  const admin = (await core.invoke('auth.signIn', { operatorId: adminId, pin: '0000' })).token;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const rig: Rig = { core, host, browser, admin, wall: '' };
  rig.wall = (await call<{ token: string }>(rig, 'wallTokens.create', { label: '压测大屏' })).token;
  return rig;
}

async function openWall(rig: Rig): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await rig.browser.newPage({
    viewport: { width: 1920, height: 1080 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  // Diagnosis: WALL_SOAK_BLOCK=geo.basemap,stats.overview leaves those panels out (their reads fail).
  for (const m of (process.env.WALL_SOAK_BLOCK ?? '').split(',').filter(Boolean))
    await page.route(`**/api/${m}`, (r) => r.abort());
  await page.clock.install();
  await page.addInitScript({ content: COUNT_TIMERS });
  await page.goto(`${rig.host.url}/#/wall?token=${rig.wall}`);
  await page.getByTestId('wall-incident').first().waitFor();
  await page.getByTestId('wall-board').and(page.locator('[data-stale="false"]')).waitFor();
  await page.clock.pauseAt(Date.now() + 1000);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return { page, cdp };
}

function intake(i: number) {
  return {
    clientKey: `k_soak_${i}_${Date.now()}`,
    intake: benchIntake(`压测事件 ${i}`, new Date().toISOString(), {
      caller: { unit: '青石镇人民政府', name: '刘明', post: '应急办主任', phone: '13800001234' },
      description: '大屏长时间运行压测',
      category: i % 2 ? 'natural' : 'accident',
      subtype: i % 2 ? 'landslide' : 'fire',
      grade: i % 30 === 0 ? 'II' : i % 3 ? 'IV' : 'III',
    }),
  };
}

async function soak(rig: Rig, warmup: number, minutes: number, writes: boolean) {
  const { page, cdp } = await openWall(rig);
  const steps = ((warmup + minutes) * 60_000) / STEP_MS;
  const startStep = (warmup * 60_000) / STEP_MS;
  const opened: string[] = [];
  let created = 0;
  let closed = 0;
  let firstMinute: Sample | null = null;
  let start: Sample | null = null;
  const series: {
    min: number;
    heapMb: number;
    objectsMb: number;
    codeMb: number;
    elements: number;
    listeners: number;
    timers: number;
  }[] = [];
  const lag: number[] = [];
  const t0 = performance.now();
  for (let step = 0; step < steps; step++) {
    if (step === FIRST_MINUTE_STEPS) firstMinute = await sample(page, cdp);
    if (step === startStep) start = startStep === FIRST_MINUTE_STEPS ? firstMinute : await sample(page, cdp);
    // Every 30 simulated minutes: a steady rise is a leak, a rise that levels off is warm-up.
    if (step > 0 && step % SERIES_STEPS === 0) {
      const s = await sample(page, cdp);
      series.push({
        min: (step * STEP_MS) / 60_000,
        heapMb: s.heapMb,
        objectsMb: s.objectsMb,
        codeMb: s.codeMb,
        elements: s.elements,
        listeners: s.listeners,
        timers: s.timers,
      });
    }
    if (writes && step % WRITE_EVERY_STEPS === 0) {
      const w = step / WRITE_EVERY_STEPS;
      if (w % 2 === 0 || opened.length < 10) {
        const r = await call<{ incident: { id: string; title: string } }>(
          rig,
          'incidents.create',
          intake(++created),
        );
        opened.push(r.incident.id);
      } else {
        const id = opened.shift()!;
        closed++;
        await call(rig, 'incidents.addEntry', {
          incidentId: id,
          clientKey: `k_soak_close_${step}_${Date.now()}`,
          kind: 'close',
          // Never reported: the close says why and ends the running clocks knowingly.
          data: {
            summary: '压测办结',
            noFinalReport: '压测：无需终报',
            endsClocks: ['phone', 'written', 'followup'],
          },
        });
      }
      // The wall shows the host's count once the event and the refetch went through. The
      // page's timers (TanStack Query batches through setTimeout) move only with its clock:
      // nudge it in 50 ms steps, taken out of the step's 5 s.
      const total = (await call<{ total: number }>(rig, 'incidents.list', { open: true, limit: 1 })).total;
      const shown = page.getByTestId('wall-open-count').filter({ hasText: new RegExp(`^${total}\\s`) });
      let spent = 0;
      while ((await shown.count()) === 0) {
        if (spent >= STEP_MS)
          throw new Error(`the wall did not show ${total} open incidents at step ${step}`);
        // Real time for the network meanwhile; page time for the page's own timers.
        await new Promise((r) => setTimeout(r, 10));
        await page.clock.runFor(50);
        spent += 50;
      }
      lag.push(spent);
      await page.clock.runFor(STEP_MS - spent);
    } else {
      await page.clock.runFor(STEP_MS);
    }
    if (step % 60 === 0)
      process.stderr.write(
        `  wall.soak ${writes ? 'writes' : 'idle'} minute ${(step * STEP_MS) / 60_000}/${warmup + minutes}: ${round((performance.now() - t0) / 1000, 1)} s real\n`,
      );
  }
  const end = await sample(page, cdp);
  const realS = (performance.now() - t0) / 1000;
  const stale = await page.getByTestId('wall-board').getAttribute('data-stale');
  await page.close();
  if (series.at(-1)?.min !== warmup + minutes)
    series.push({
      min: warmup + minutes,
      heapMb: end.heapMb,
      objectsMb: end.objectsMb,
      codeMb: end.codeMb,
      elements: end.elements,
      listeners: end.listeners,
      timers: end.timers,
    });
  return {
    firstMinute: firstMinute!,
    start: start!,
    end,
    realS,
    writes: writes ? created + closed : 0,
    stale,
    maxLagMs: Math.max(0, ...lag),
    series,
  };
}

const growth = (a: number, b: number) => round(((b - a) / a) * 100, 1);

export const wallSoak: Bench = {
  name: 'wall.soak',
  description:
    'wall page, 480 simulated minutes (page.clock) from the first minute, a write every simulated minute; heap (with compiled code), DOM, listeners, timers every 30 minutes',
  async run() {
    const minutes = Number(process.env.WALL_SOAK_MINUTES ?? 480);
    // From the first minute (the page must have loaded and settled before anything is measured).
    const warmup = Math.max(1, Number(process.env.WALL_SOAK_WARMUP_MINUTES ?? 1));
    // Two rigs side by side (the baseline's wall must not see the writes), run at the same
    // time: 8 simulated hours take most of an hour of real time each.
    const rigs = [await rigUp(), await rigUp()] as const;
    try {
      const [busy, idle] = await Promise.all([
        soak(rigs[0], warmup, minutes, true),
        soak(rigs[1], warmup, minutes, false),
      ]);
      return {
        simulated_min: minutes,
        warmup_min: warmup,
        writes: busy.writes,
        real_s: round(busy.realS, 1),
        heap_start_mb: round(busy.start.heapMb),
        heap_end_mb: round(busy.end.heapMb),
        heap_growth_pct: growth(busy.start.heapMb, busy.end.heapMb),
        heap_first_minute_mb: round(busy.firstMinute.heapMb),
        heap_growth_from_first_minute_pct: growth(busy.firstMinute.heapMb, busy.end.heapMb),
        compiled_code_first_minute_mb: round(busy.firstMinute.codeMb),
        js_objects_start_mb: round(busy.start.objectsMb),
        js_objects_end_mb: round(busy.end.objectsMb),
        js_objects_growth_pct: growth(busy.start.objectsMb, busy.end.objectsMb),
        compiled_code_start_mb: round(busy.start.codeMb),
        compiled_code_end_mb: round(busy.end.codeMb),
        dom_elements_start: busy.start.elements,
        dom_elements_end: busy.end.elements,
        dom_growth_pct: growth(busy.start.elements, busy.end.elements),
        dom_elements_first_minute: busy.firstMinute.elements,
        dom_nodes_start: busy.start.nodes,
        dom_nodes_end: busy.end.nodes,
        listeners_start: busy.start.listeners,
        listeners_end: busy.end.listeners,
        timers_start: busy.start.timers,
        timers_end: busy.end.timers,
        stale_at_end: busy.stale ?? '?',
        // Page-clock time the wall needed to show a write (its setTimeout-driven batching), worst case.
        max_page_lag_ms: busy.maxLagMs,
        series_minutes: busy.series.map((x) => x.min).join(' '),
        heap_mb_every_30_min: busy.series.map((x) => round(x.heapMb, 1)).join(' '),
        js_objects_mb_every_30_min: busy.series.map((x) => round(x.objectsMb, 2)).join(' '),
        compiled_code_mb_every_30_min: busy.series.map((x) => round(x.codeMb, 2)).join(' '),
        dom_elements_every_30_min: busy.series.map((x) => x.elements).join(' '),
        listeners_every_30_min: busy.series.map((x) => x.listeners).join(' '),
        timers_every_30_min: busy.series.map((x) => x.timers).join(' '),
        dom_by_panel_start: busy.start.byPanel,
        dom_by_panel_end: busy.end.byPanel,
        baseline_heap_start_mb: round(idle.start.heapMb),
        baseline_heap_end_mb: round(idle.end.heapMb),
        baseline_heap_growth_pct: growth(idle.start.heapMb, idle.end.heapMb),
        baseline_js_objects_growth_pct: growth(idle.start.objectsMb, idle.end.objectsMb),
        baseline_heap_growth_from_first_minute_pct: growth(idle.firstMinute.heapMb, idle.end.heapMb),
        baseline_heap_mb_every_30_min: idle.series.map((x) => round(x.heapMb, 1)).join(' '),
        baseline_compiled_code_mb_every_30_min: idle.series.map((x) => round(x.codeMb, 2)).join(' '),
        baseline_dom_elements_end: idle.end.elements,
        baseline_timers_end: idle.end.timers,
        baseline_timers_every_30_min: idle.series.map((x) => x.timers).join(' '),
      };
    } finally {
      for (const rig of rigs) {
        await rig.browser.close();
        await rig.host.close();
        await rig.core.close();
      }
    }
  },
};
