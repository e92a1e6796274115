import { outputChecksFromEnv } from '../src/core';
import { systemActor } from '../src/core/actor';
import { newId } from '../src/core/auth/secrets';
import { invalidateCaches } from '../src/core/db/cache';
import type { WriteDb } from '../src/core/db/handles';
import { generateGeography } from '../src/core/demo/geography';
import { loadHistory, type DemoPerson } from '../src/core/demo/history';
import { seeded } from '../src/core/demo/random';
import { appendCheck } from '../src/core/equipment/chains';
import { intervalOf, listEquipmentRows, zoneRules } from '../src/core/equipment/repo';
import type { WriteCtx } from '../src/core/handler';
import { appendFor, refresh } from '../src/core/incidents/service';
import { periodRange } from '../src/core/assessment/compute';
import { periodsEnding } from '../src/common/equipment/due';
import { demoCoreWithAdmin } from '../src/core/testing';
import { percentile, round, timeEach, type Bench } from './harness';

const DAY = 86_400_000;
const iso = (t: number) => new Date(t).toISOString();

/**
 * A year of the demo county at demo scale, written straight into SQLite in one
 * transaction (the demo's own history generator and the ledgers' appends, no method
 * calls): the demo itself (the last 90 days: incidents with their timelines, 续报, 查岗,
 * equipment checks, drills, warnings), four more 90-day histories before it (incidents,
 * reports, 续报, 查岗), a year of equipment checks (about 3 % of periods missed) and a
 * held drill a month exercising the 专项 plans. "Now" is 23:00 on 31 December 2026.
 */
async function yearOfDemo() {
  const now = new Date('2026-12-31T15:00:00.000Z');
  const { core } = await demoCoreWithAdmin({
    clock: { now: () => now },
    validateOutputs: outputChecksFromEnv(),
  });
  const db = core.db().write as WriteDb;
  const towns = generateGeography().towns;
  const people = db.prepare(`SELECT id, name, role FROM operators WHERE active = 1`).all() as DemoPerson[];
  let clock = now;
  const ctx = {
    db,
    actor: systemActor('压测'),
    via: 'direct',
    now: () => clock,
    nowIso: () => clock.toISOString(),
    locale: () => 'zh-CN',
    emit: () => {},
    changed: () => {},
  } as unknown as WriteCtx;
  const rnd = seeded(2026);
  db.transaction(() => {
    // Four earlier quarters of history; what a batch left open is closed a day after its end.
    for (let k = 1; k <= 4; k++) {
      const anchor = now.getTime() - k * 90 * DAY;
      clock = new Date(anchor);
      loadHistory(ctx, towns, people, new Date(anchor), 90 + k);
      const open = db
        .prepare(
          `SELECT id FROM incidents WHERE status IN ('pending','active') AND drill_id IS NULL AND received_at < ? AND received_at >= ?`,
        )
        .all(iso(anchor), iso(anchor - 90 * DAY)) as { id: string }[];
      for (const { id } of open) {
        const at = anchor + DAY;
        clock = new Date(at);
        appendFor(ctx, {
          incidentId: id,
          kind: 'report',
          occurredAt: iso(at - 20 * 60_000),
          data: { stage: 'final', to: '市应急管理局', means: 'written', content: '终报：处置完毕' },
          clientKey: null,
        });
        appendFor(ctx, {
          incidentId: id,
          kind: 'close',
          occurredAt: iso(at),
          data: { summary: '处置完毕，办结', noFinalReport: '' },
          clientKey: null,
        });
        refresh(ctx, id);
      }
    }
    // Equipment registered a year and a month ago, checked every period since (3 % missed).
    const registered = iso(now.getTime() - 400 * DAY);
    const z = zoneRules(db);
    for (const r of listEquipmentRows(db, {})) {
      const first = db
        .prepare(
          `SELECT template_kind, template_version, items_json, results_json FROM checks WHERE equipment_id = ? AND passed = 1 ORDER BY seq LIMIT 1`,
        )
        .get(r.id) as
        | { template_kind: string; template_version: number; items_json: string; results_json: string }
        | undefined;
      if (!first) continue;
      const demoFrom = db
        .prepare(`SELECT min(checked_at) AS t FROM checks WHERE equipment_id = ?`)
        .get(r.id) as { t: string };
      db.prepare(`UPDATE equipment SET created_at = ? WHERE id = ?`).run(registered, r.id);
      for (const p of periodsEnding(
        intervalOf(r),
        registered,
        new Date(registered),
        new Date(demoFrom.t),
        z,
      )) {
        if (rnd() < 0.03) continue;
        const s = Date.parse(p.start);
        const at = iso(s + Math.round((Date.parse(p.end) - s) * (0.05 + rnd() * 0.3)));
        if (at >= demoFrom.t) continue;
        appendCheck(db, {
          id: newId('ck'),
          equipment_id: r.id,
          ...first,
          passed: 1,
          checked_at: at,
          entered_at: at,
          checker_id: null,
          checker_name: '张伟',
          notes: '',
          round_id: null,
          client_key: null,
          drill_id: null,
        } as Parameters<typeof appendCheck>[1]);
      }
    }
    // A held drill a month, each exercising one or two 专项 plans.
    const plans = (
      db.prepare(`SELECT id FROM plans WHERE kind = 'special' AND archived = 0`).all() as { id: string }[]
    ).map((p) => p.id);
    for (let m = 0; m < 11 && plans.length; m++) {
      const at = iso(Date.parse(`2026-${String(m + 1).padStart(2, '0')}-15T02:00:00.000Z`));
      const ended = iso(Date.parse(at) + 3 * 3_600_000);
      db.prepare(
        `INSERT INTO drills (id, number, campaign_id, domain_id, title, form, content, purpose, announce, state, scheduled_at, place, scenario, plan_ids_json, units_json, started_at, ended_at, created_at, updated_at)
         VALUES (?, ?, NULL, NULL, ?, 'tabletop', 'single', 'test', 'announced', 'ended', ?, '县应急指挥中心', '压测情景', ?, '[]', ?, ?, ?, ?)`,
      ).run(
        newId('dr'),
        `压测-${m + 1}`,
        `压测桌面推演${m + 1}`,
        at,
        JSON.stringify(plans.slice(m % plans.length, (m % plans.length) + 1 + (m % 2))),
        at,
        ended,
        at,
        ended,
      );
    }
  })();
  invalidateCaches();
  return { core, now };
}

/**
 * assessment.compute for a month, a quarter and the year of a year of demo-scale data
 * (≈1,400 incidents), through core.invoke (validation, scheme in force, every deduction
 * named from the timelines and rules, scores per subject), against the bare aggregate SQL
 * a report would run over the same rows (counts of incidents, reports, 查岗 over the limit,
 * checks, warning recipients, drills in the period), side by side in alternating blocks.
 */
export const assessmentCompute: Bench = {
  name: 'assessment.compute',
  description:
    'assessment.compute (month, quarter, year) at a year of demo-scale data vs the bare aggregate SQL',
  async run() {
    const t0 = performance.now();
    const { core } = await yearOfDemo();
    const seedS = (performance.now() - t0) / 1000;
    const read = core.db().read;
    const count = (sql: string, ...p: unknown[]) => (read.prepare(sql).get(...p) as { n: number }).n;
    const bare = [
      read.prepare(
        `SELECT category, grade, count(*) AS n FROM incidents WHERE drill_id IS NULL AND status <> 'withdrawn' AND received_at >= ? AND received_at < ? GROUP BY category, grade`,
      ),
      read.prepare(
        `SELECT json_extract(data_json, '$.stage') AS stage, json_extract(data_json, '$.means') AS means, count(*) AS n
           FROM entries WHERE kind = 'report' AND occurred_at >= ? AND occurred_at < ? GROUP BY stage, means`,
      ),
      read.prepare(
        `SELECT count(*) AS n, sum(json_extract(data_json, '$.answerSeconds') > 300) AS late
           FROM entries WHERE kind = 'spot_check' AND corrects_id IS NULL AND occurred_at >= ? AND occurred_at < ?`,
      ),
      read.prepare(
        `SELECT equipment_id, count(*) AS n FROM checks WHERE drill_id IS NULL AND checked_at >= ? AND checked_at < ? GROUP BY equipment_id`,
      ),
      read.prepare(
        `SELECT r.town_code, count(*) AS n FROM warning_recipients r JOIN warnings w ON w.id = r.warning_id
          WHERE w.drill_id IS NULL AND r.sent_at >= ? AND r.sent_at < ? GROUP BY r.town_code`,
      ),
      read.prepare(
        `SELECT count(*) AS n FROM drills WHERE state NOT IN ('planned','started') AND ended_at >= ? AND ended_at < ?`,
      ),
    ];
    const tz = 'Asia/Shanghai';
    const out: Record<string, number | string> = {
      incidents_total: count(`SELECT count(*) AS n FROM incidents WHERE drill_id IS NULL`),
      entries_total: count(`SELECT count(*) AS n FROM entries`),
      checks_total: count(`SELECT count(*) AS n FROM checks`),
      drills_total: count(`SELECT count(*) AS n FROM drills`),
      seed_s: round(seedS, 1),
    };
    const RUNS = 60;
    for (const [label, period] of [
      ['month', '2026-11'],
      ['quarter', '2026-Q4'],
      ['year', '2026'],
    ] as const) {
      const { from, to } = periodRange(period, tz);
      const first = await core.invoke('assessment.compute', { period });
      for (const q of bare) q.all(from, to);
      const app: number[] = [];
      const base: number[] = [];
      for (let b = 0; b < 6; b++) {
        app.push(...(await timeEach(RUNS / 6, () => core.invoke('assessment.compute', { period }))));
        base.push(...(await timeEach(RUNS / 6, () => bare.forEach((q) => q.all(from, to)))));
      }
      app.sort((a, b) => a - b);
      base.sort((a, b) => a - b);
      out[`${label}_incidents`] = first.overview.incidents;
      out[`${label}_problems`] = first.problems.length;
      out[`${label}_reports_late`] = first.overview.reportsLate;
      out[`${label}_checks_owed_missed`] = `${first.overview.checksOwed}/${first.overview.checksMissed}`;
      out[`${label}_spot_checks`] = first.overview.spotChecks;
      out[`${label}_p50_ms`] = round(percentile(app, 50), 2);
      out[`${label}_p95_ms`] = round(percentile(app, 95), 2);
      out[`${label}_baseline_p95_ms`] = round(percentile(base, 95), 2);
      out[`${label}_ratio`] = round(percentile(app, 95) / percentile(base, 95), 1);
    }
    out.target = 'p95 < 200 ms';
    await core.close();
    return out;
  },
};
