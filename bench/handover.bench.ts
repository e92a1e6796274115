import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { chromium } from '@playwright/test';
import { createCore, outputChecksFromEnv, type Core } from '../src/core';
import type { Actor } from '../src/core/actor';
import { tempDir } from '../src/core/testing';
import { startHost } from '../src/server/host';
import { MAX_ENTRIES } from '../src/core/handover/sheet-log';
import { benchIntake, percentile, round, timeEach, type Bench } from './harness';
import { millionEntryDb } from './logs.bench';

const sh = (local: string) => new Date(local + '+08:00');

/** A county on top of the 1M-entry file: people, a roster, equipment and 30 open incidents with their steps. */
async function staff(core: Core, now: Date): Promise<Actor> {
  await core.invoke('system.setup', {
    mode: 'blank',
    countyName: '压测县',
    bureauName: '压测县应急管理局',
    admin: { name: '系统管理员', pin: '0000' },
  });
  const adminId = (await core.invoke('operators.list', {}))[0]!.id;
  const admin = core.authenticate(
    (await core.invoke('auth.signIn', { operatorId: adminId, pin: '0000' })).token,
  )!;
  const ids: Record<string, string> = {};
  for (const [name, role] of [
    ['王建国', 'leader'],
    ['陈立新', 'shift_chief'],
    ['刘晓燕', 'shift_chief'],
    ['张伟', 'duty_officer'],
    ['杨静', 'duty_officer'],
  ] as const) {
    ids[name] = (await core.invoke('operators.create', { name, role, phone: '13800000000' }, admin)).id;
  }
  await core.invoke(
    'roster.fill',
    {
      month: '2025-12',
      leaders: [ids['王建国']!],
      chiefs: [ids['陈立新']!, ids['刘晓燕']!],
      officers: [ids['张伟']!, ids['杨静']!],
      officersPerShift: 1,
      overwrite: true,
    },
    admin,
  );
  for (let i = 0; i < 6; i++) {
    await core.invoke(
      'equipment.upsert',
      {
        kind: i < 2 ? 'satellite_phone' : 'radio',
        name: `设备${i + 1}`,
        model: '',
        serial: `B-${i}`,
        location: '值班室',
        point: null,
        custodianA: '张伟',
        custodianB: '杨静',
        interval: { kind: 'daily' },
        status: 'in_use',
        handover: true,
        notes: '',
      },
      admin,
    );
  }
  for (let i = 0; i < 30; i++) {
    const receivedAt = new Date(now.getTime() - (i + 1) * 47 * 60_000).toISOString();
    const { incident } = await core.invoke(
      'incidents.create',
      {
        clientKey: `bench_ho_inc_${i}_xx`,
        intake: benchIntake(`压测事件${i}`, receivedAt, { grade: i % 5 === 0 ? 'III' : 'IV' }),
      },
      admin,
    );
    for (const [k, kind, data] of [
      [0, 'verify', { with: '刘明', means: 'phone', result: 'confirmed', notes: '' }],
      [1, 'report', { stage: 'initial', to: '市应急管理局', means: 'phone', content: '电话初报' }],
      [2, 'instruction', { leader: '王建国', content: '全力处置，及时续报' }],
    ] as const) {
      if (i % 3 === 2 && k > 0) continue; // some still owe their reports
      await core.invoke(
        'incidents.addEntry',
        {
          incidentId: incident.id,
          clientKey: `bench_ho_e_${i}_${k}_x`,
          occurredAt: new Date(Date.parse(receivedAt) + (k + 1) * 5 * 60_000).toISOString(),
          kind,
          data,
        } as never,
        admin,
      );
    }
  }
  return admin;
}

/**
 * handover.draft at 1,000,000 log entries: the full method (validation, the shift's
 * entries by the time index, bounded lists, incidents touched, open incidents with what
 * they owe, instructions, equipment, spot checks) for the current shift (~600 entries
 * so far) and a full 24-hour shift of the file (2,880 entries, 500 listed), vs the
 * bare indexed range query of the listed entries.
 */
export const handoverDraft: Bench = {
  name: 'handover.draft',
  description:
    'handover.draft p50/p95 at 1,000,000 entries (current shift and a full shift of 2,880) vs the bare range query',
  async run() {
    const t0 = performance.now();
    const src = millionEntryDb();
    const buildS = (performance.now() - t0) / 1000;
    const dataDir = tempDir('bench-handover-');
    fs.copyFileSync(src, path.join(dataDir, 'duty-room.db'));
    // A cached file built by an early version-6 schema lacks the handover's time index.
    const fix = new Database(path.join(dataDir, 'duty-room.db'));
    fix.exec(
      'CREATE INDEX IF NOT EXISTS entries_time_kind_incident ON entries(occurred_at, kind, incident_id)',
    );
    fix.close();
    // The file's entries run to 2025-12-14 13:19 local; "now" is the afternoon of that day.
    const now = sh('2025-12-14T14:00:00');
    const core = createCore({
      dataDir,
      backups: false,
      clock: { now: () => now },
      validateOutputs: outputChecksFromEnv(),
    });
    await staff(core, now);
    const full = sh('2025-12-13T12:00:00').toISOString();
    const fullKey = (await core.invoke('shifts.get', { at: full })).shift.key;
    const out: Record<string, number | string> = {
      entries: (core.db().read.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n,
      build_or_cache_s: round(buildS, 1),
    };
    const raw = core
      .db()
      .read.prepare(
        `SELECT * FROM entries WHERE occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at, seq LIMIT ${MAX_ENTRIES}`,
      );
    for (const [label, input] of [
      ['current', {}],
      ['full_shift', { shiftKey: fullKey }],
    ] as const) {
      const first = await core.invoke('handover.draft', input);
      for (let i = 0; i < 5; i++) await core.invoke('handover.draft', input); // warm the page cache
      const app = await timeEach(100, () => core.invoke('handover.draft', input));
      const { start, end } = first.sheet.shift;
      const base = await timeEach(100, () => raw.all(start, end));
      out[`${label}_shift_entries`] = first.sheet.entries.total;
      out[`${label}_listed`] = first.sheet.entries.items.length;
      out[`${label}_unfinished`] = first.sheet.unfinished.length;
      out[`${label}_p50_ms`] = round(percentile(app, 50), 2);
      out[`${label}_p95_ms`] = round(percentile(app, 95), 2);
      out[`${label}_baseline_p95_ms`] = round(percentile(base, 95), 2);
    }
    out.target = 'p95 < 100 ms';
    await core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    return out;
  },
};

/**
 * handover.pdf: the signed handover sheet of a shift with 60 log entries, printed by
 * Chromium from the print route (fonts loaded, pages measured and packed in the page,
 * then page.pdf), as a user's "打印 → 另存为 PDF" does. Against the browser host with
 * the built renderer (`npm run build` first). Baseline: page.pdf of a plain A4 page of
 * the same text, no app.
 */
export const handoverPdf: Bench = {
  name: 'handover.pdf',
  description:
    'the A4 handover sheet of a 60-entry shift: route ready and page.pdf in Chromium, vs page.pdf of plain text',
  async run() {
    const staticDir = path.resolve(import.meta.dirname, '..', 'out', 'renderer');
    if (!fs.existsSync(path.join(staticDir, 'index.html')))
      throw new Error('out/renderer is missing: npm run build first');
    const dataDir = tempDir('bench-handover-pdf-');
    const core = createCore({ dataDir, backups: false, validateOutputs: outputChecksFromEnv() });
    await core.invoke('system.setup', {
      mode: 'blank',
      countyName: '压测县',
      bureauName: '压测县应急管理局',
      admin: { name: '系统管理员', pin: '0000' },
    });
    const adminId = (await core.invoke('operators.list', {}))[0]!.id;
    const token = (await core.invoke('auth.signIn', { operatorId: adminId, pin: '0000' })).token;
    const admin = core.authenticate(token)!;
    const shift = (await core.invoke('shifts.get', {})).shift;
    const start = Date.parse(shift.start);
    const span = Math.max(60_000, Date.now() - 60_000 - start);
    for (let i = 0; i < 60; i++) {
      await core.invoke(
        'logs.add',
        {
          clientKey: `bench_pdf_${i}_xxxx`,
          occurredAt: new Date(start + (span * (i + 1)) / 61).toISOString(),
          kind: 'call',
          data: {
            direction: 'notice',
            fromUnit: '市应急管理局',
            fromName: '值班员',
            phone: '',
            content:
              `第${i + 1}条：请各乡镇做好强降雨防范，加强地质灾害隐患点巡查，落实人员转移预案。`.repeat(
                1 + (i % 3),
              ),
          },
        },
        admin,
      );
    }
    await core.invoke(
      'handover.sign',
      // Whatever the hour the bench runs, the shift is signed before its window: with a reason.
      {
        shiftKey: shift.key,
        role: 'outgoing',
        operatorId: adminId,
        pin: '0000',
        earlyReason: '压测：提前签字',
      },
      admin,
    );
    const host = await startHost({ core, port: 0, staticDir });
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    const out: Record<string, number | string> = { entries: 60 };
    try {
      const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      // No DOM types here (bench is Node code): the page's sessionStorage, structurally.
      await context.addInitScript(
        (t) =>
          (
            globalThis as unknown as { sessionStorage: { setItem(k: string, v: string): void } }
          ).sessionStorage.setItem('duty-room.operator-token', t),
        token,
      );
      const page = await context.newPage();
      const ready: number[] = [];
      const pdf: number[] = [];
      let pages = 0;
      let bytes = 0;
      for (let i = 0; i < 6; i++) {
        // A full load of the print route each time (app start, data, fonts, pagination).
        await page.goto('about:blank');
        const t1 = performance.now();
        await page.goto(`${host.url}/#/print/handover/${shift.key}`);
        await page.locator('[data-testid="handover-print"][data-ready="yes"]').waitFor({ timeout: 60_000 });
        const t2 = performance.now();
        const buf = await page.pdf({ printBackground: true, preferCSSPageSize: true });
        const t3 = performance.now();
        pages = Number(await page.getByTestId('handover-sheet').getAttribute('data-pages'));
        bytes = buf.byteLength;
        if (i === 0) continue; // first load fetches the font subsets
        ready.push(t2 - t1);
        pdf.push(t3 - t2);
      }
      const text = (await page.locator('.dr-pg-page').first().textContent()) ?? '';
      const plain = await context.newPage();
      await plain.setContent(
        `<html><body style="width:180mm;font:10pt sans-serif">${text.repeat(pages)}</body></html>`,
      );
      const base: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        await plain.pdf({ format: 'A4' });
        base.push(performance.now() - t);
      }
      const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
      out.pages = pages;
      out.pdf_kb = round(bytes / 1024, 0);
      out.ready_p50_ms = round(percentile(sorted(ready), 50), 0);
      out.pdf_p50_ms = round(percentile(sorted(pdf), 50), 0);
      out.total_p50_ms = round(percentile(sorted(ready.map((r, i) => r + pdf[i]!)), 50), 0);
      out.baseline_pdf_p50_ms = round(percentile(sorted(base), 50), 0);
    } finally {
      await browser.close();
      await host.close();
      await core.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
    return out;
  },
};
