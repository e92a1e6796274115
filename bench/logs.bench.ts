import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createCore, outputChecksFromEnv } from '../src/core';
import { applyPragmas } from '../src/core/db/open';
import { migrate } from '../src/core/db/migrate';
import { indexTokens, matchExpression } from '../src/core/logs/search-text';
import { staffedCore, tempDir } from '../src/core/testing';
import { benchIntake, percentile, round, timeEach, type Bench } from './harness';

const sh = (local: string) => new Date(local + '+08:00').toISOString();

/**
 * logs.write: follow-up entries through incidents.addEntry (validation, transition
 * checks, hash chain, projection refresh, one fsync'd transaction each, plus the search
 * index's batches, timed with the block they belong to) against a raw prepared INSERT
 * of the same rows into `entries`, autocommit with the same pragmas (also one fsync each).
 */
export const logsWrite: Bench = {
  name: 'logs.write',
  description: 'incidents.addEntry (service) vs raw prepared INSERT into entries',
  async run() {
    const N = 3000;
    const INCIDENTS = 100;
    const now = new Date(sh('2026-11-29T12:00:00'));
    // As the hosts run it: no output schema check unless DUTY_ROOM_CHECK_OUTPUTS=1.
    const { core } = await staffedCore({ clock: { now: () => now }, validateOutputs: outputChecksFromEnv() });
    const chiefId = (await core.invoke('operators.list', {})).find((o) => o.role === 'shift_chief')!.id;
    const chief = core.authenticate((await core.invoke('auth.signIn', { operatorId: chiefId })).token)!;
    const ids: string[] = [];
    for (let i = 0; i < INCIDENTS; i++) {
      const r = await core.invoke(
        'incidents.create',
        {
          clientKey: `bench_inc_${i}_x`,
          intake: benchIntake(`压测事件${i}`, sh('2026-11-29T08:00:00')),
        },
        chief,
      );
      ids.push(r.incident.id);
    }
    const raw = new Database(path.join(tempDir('bench-raw-'), 'raw.db'));
    applyPragmas(raw);
    migrate(raw);
    raw.pragma('foreign_keys = OFF'); // the raw copy has no incidents rows to point at
    const ins = raw.prepare(
      `INSERT INTO entries (id, incident_id, kind, occurred_at, entered_at, author_id, author_name, data_json, corrects_id, reason, client_key, prev_hash, hash)
       VALUES (@id, @incident_id, @kind, @occurred_at, @entered_at, @author_id, @author_name, @data_json, @corrects_id, @reason, @client_key, @prev_hash, @hash)`,
    );
    const newRows = core
      .db()
      .read.prepare(`SELECT * FROM entries WHERE kind = 'followup' AND seq > ? ORDER BY seq`);
    // Ten alternating blocks: whatever else the machine's disk is doing hits both sides alike.
    const app: number[] = [];
    const base: number[] = [];
    const indexing: number[] = [];
    let lastSeq = 0;
    const BLOCK = N / 10;
    for (let b = 0; b < 10; b++) {
      app.push(
        ...(await timeEach(BLOCK, (k) => {
          const i = b * BLOCK + k;
          return core.invoke(
            'incidents.addEntry',
            {
              incidentId: ids[i % INCIDENTS]!,
              clientKey: `bench_e_${i}_xxxx`,
              kind: 'followup',
              data: {
                with: '现场指挥部',
                means: 'phone',
                content: `第${i}次跟踪：现场处置有序进行，明火已扑灭`,
              },
            },
            chief,
          );
        })),
      );
      // The search index takes entries up in batches after their writes: that work is
      // part of the write path, so it is timed here with the block it belongs to.
      const t0 = performance.now();
      core.indexNow();
      indexing.push(performance.now() - t0);
      const rows = newRows.all(lastSeq) as Record<string, unknown>[];
      lastSeq = Number(rows.at(-1)!.seq);
      base.push(
        ...(await timeEach(rows.length, (k) => {
          const { seq: _seq, ...row } = rows[k]!;
          ins.run(row);
        })),
      );
    }
    await core.close();
    raw.close();
    app.sort((a, b) => a - b);
    base.sort((a, b) => a - b);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const appRate = (N / (sum(app) + sum(indexing))) * 1000;
    const baseRate = (base.length / sum(base)) * 1000;
    return {
      entries: N,
      rate_per_s: round(appRate, 0),
      p50_ms: round(percentile(app, 50), 3),
      p95_ms: round(percentile(app, 95), 3),
      indexing_ms_total: round(sum(indexing), 1),
      baseline_rate_per_s: round(baseRate, 0),
      baseline_p95_ms: round(percentile(base, 95), 3),
      ratio: round(baseRate / appRate, 2),
      target: '>= 2000/s and ratio <= 4',
    };
  },
};

const WORDS = {
  place: [
    '青石镇石坝村',
    '白沙镇新华村',
    '柳溪镇红星村',
    '龙泉镇团结村',
    '石门镇和平村',
    '桃源镇长岭村',
    '云台乡大湾村',
    '双河镇上坪村',
    '枫林镇下河村',
    '清水乡松林村',
    '城关街道人民路',
    '东湖街道滨江社区',
    '西岭街道工业园区',
  ],
  what: [
    '山体滑坡',
    '民房火灾',
    '道路交通事故',
    '线路故障停电',
    '暴雨内涝',
    '森林火情',
    '泥石流',
    '燃气泄漏',
    '河道涨水',
    '危化品车辆侧翻',
    '食物中毒',
    '群众聚集',
  ],
  act: [
    '现场处置有序进行',
    '伤员已送医救治',
    '道路已恢复通行',
    '明火已扑灭',
    '供电已逐步恢复',
    '已疏散周边群众',
    '专家已到场研判',
    '续报最新进展',
    '核实情况属实',
    '已电话报告市应急管理局',
  ],
};

/** Builds (once, cached under bench/out) a data file with 1,000,000 entries indexed for search. */
export function millionEntryDb(): string {
  const dir = path.resolve(import.meta.dirname, 'out');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'search-1m.db');
  if (fs.existsSync(file)) return file;
  const tmp = file + '.building';
  fs.rmSync(tmp, { force: true });
  const db = new Database(tmp);
  applyPragmas(db);
  db.pragma('synchronous = OFF'); // bulk build of a scratch file: durability is not the point here
  migrate(db);
  const ins = db.prepare(
    `INSERT INTO entries (seq, id, incident_id, kind, occurred_at, entered_at, author_id, author_name, data_json, prev_hash, hash)
     VALUES (?, ?, NULL, 'other', ?, ?, NULL, '张伟', ?, '', '')`,
  );
  const fts = db.prepare('INSERT INTO entry_search (rowid, tokens) VALUES (?, ?)');
  let x = 12345;
  const rnd = () => (x = (x * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const pick = (a: string[]) => a[Math.floor(rnd() * a.length)]!;
  const t0 = Date.parse('2025-01-01T00:00:00Z');
  const batch = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const text = `${pick(WORDS.place)}${pick(WORDS.what)}，${pick(WORDS.act)}，${pick(WORDS.act)}`;
      const at = new Date(t0 + i * 30_000).toISOString();
      ins.run(i + 1, `en_b${i}`, at, at, JSON.stringify({ content: text }));
      fts.run(i + 1, indexTokens(text));
    }
  });
  for (let i = 0; i < 1_000_000; i += 50_000) batch(i, i + 50_000);
  db.exec("INSERT INTO entry_search(entry_search) VALUES('optimize')");
  // Indexed above, in bulk: the index's mark says so.
  db.prepare('UPDATE search_progress SET indexed_seq = (SELECT max(seq) FROM entries)').run();
  db.close();
  fs.renameSync(tmp, file);
  return file;
}

/** logs.search at 1,000,000 entries: the full method (validation, query, rows, snippets) vs the bare FTS query. */
export const logsSearch: Bench = {
  name: 'logs.search',
  description: 'logs.search p50/p95 at 1,000,000 entries, 2- and 4-character queries, vs the bare FTS5 MATCH',
  async run() {
    const t0 = performance.now();
    const src = millionEntryDb();
    const buildS = (performance.now() - t0) / 1000;
    const dataDir = tempDir('bench-search-');
    fs.copyFileSync(src, path.join(dataDir, 'duty-room.db'));
    const core = createCore({ dataDir, backups: false, validateOutputs: outputChecksFromEnv() });
    const out: Record<string, number | string> = { entries: 1_000_000, build_or_cache_s: round(buildS, 1) };
    const raw = core
      .db()
      .read.prepare('SELECT rowid FROM entry_search WHERE entry_search MATCH ? ORDER BY rowid DESC LIMIT 51');
    for (const [label, queries] of [
      ['2char', ['滑坡', '火灾', '停电', '内涝', '泄漏']],
      ['4char', ['山体滑坡', '民房火灾', '线路故障', '疏散周边', '恢复通行']],
    ] as const) {
      for (const q of queries) await core.invoke('logs.search', { q }); // warm the page cache
      const app = await timeEach(200, (i) => core.invoke('logs.search', { q: queries[i % queries.length]! }));
      const base = await timeEach(200, (i) => raw.all(matchExpression(queries[i % queries.length]!)));
      out[`${label}_p50_ms`] = round(percentile(app, 50), 2);
      out[`${label}_p95_ms`] = round(percentile(app, 95), 2);
      out[`${label}_baseline_p95_ms`] = round(percentile(base, 95), 2);
    }
    out.hits_per_query = (await core.invoke('logs.search', { q: '滑坡' })).hits.length;
    out.target = 'p95 < 50 ms';
    await core.close();
    return out;
  },
};
