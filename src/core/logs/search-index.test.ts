import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Actor } from '../actor';
import { createCore, type Core } from '../core';
import { sampleIntake, signIn, staffedCore } from '../testing';
import { backlogOf, INLINE_BACKLOG, indexedUpTo } from './search-index';

let core: Core;
let chief: Actor;
let n = 0;
const key = () => `k_search_${++n}_xxxx`;

async function setup() {
  ({ core } = await staffedCore());
  chief = await signIn(core, 'shift_chief');
}
afterEach(() => core?.close());

const add = (content: string) =>
  core.invoke('logs.add', { clientKey: key(), kind: 'other', data: { content } }, chief);
const search = async (q: string, limit?: number) =>
  (await core.invoke('logs.search', { q, limit }, chief)).hits.map((h) => h.entry.id);

const PLACES = ['青石镇石坝村', '白沙镇新华村', '城关街道人民路', '柳溪镇红星村'];
const WHAT = ['山体滑坡', '民房火灾', '线路故障停电', '暴雨内涝', 'G353国道塌方', 'UPS故障'];
const QUERIES = [
  '滑坡',
  '火灾',
  '停电',
  '石坝村 滑坡',
  '线路故障',
  'g353',
  'ups',
  '白沙镇 火灾',
  '内涝 新华村',
  '塌方 人民路',
];

describe('the search index', () => {
  it('finds an entry the moment it is committed, and the same after the index takes it up', async () => {
    await setup();
    const first = await add('青石镇石坝村山体滑坡，村道中断');
    expect(backlogOf(core.db().read)).toBeGreaterThan(0);
    expect(await search('滑坡')).toEqual([first.entryId]);

    core.indexNow();
    expect(backlogOf(core.db().read)).toBe(0);
    expect(await search('滑坡')).toEqual([first.entryId]);

    // One indexed, one not: newest first across the mark.
    const second = await add('白沙镇新华村又一处滑坡');
    expect(indexedUpTo(core.db().read)).toBeLessThan(
      (core.db().read.prepare('SELECT max(seq) AS s FROM entries').get() as { s: number }).s,
    );
    expect(await search('滑坡')).toEqual([second.entryId, first.entryId]);
    expect(await search('滑坡', 1)).toEqual([second.entryId]);
  });

  it('matches exactly as the index does: same hits, same order, for every query', async () => {
    await setup();
    for (let i = 0; i < 60; i++) {
      await add(`${PLACES[i % PLACES.length]}${WHAT[(i * 7) % WHAT.length]}，第${i}次`);
    }
    expect(backlogOf(core.db().read)).toBe(60); // every one read past the mark
    const before = new Map<string, string[]>();
    for (const q of QUERIES) before.set(q, await search(q, 100));
    core.indexNow();
    for (const q of QUERIES) {
      const after = await search(q, 100);
      expect(after, q).toEqual(before.get(q));
      expect(after.length, q).toBeGreaterThan(0);
    }
  });

  it('indexes a long backlog right after the write that made it, without waiting for a timer', async () => {
    await setup();
    for (let i = 0; i < INLINE_BACKLOG; i++) await add(`第${i}条 暴雨内涝`);
    expect(backlogOf(core.db().read)).toBe(0);
  });

  it('takes up a short backlog by itself soon after the last write', async () => {
    await setup();
    await add('柳溪镇红星村民房火灾');
    expect(backlogOf(core.db().read)).toBe(1);
    await vi.waitFor(() => expect(backlogOf(core.db().read)).toBe(0), { timeout: 10_000, interval: 50 });
  });

  it('catches up at the next start with entries a crash left unindexed', async () => {
    await setup();
    const a = await add('青石镇石坝村山体滑坡');
    core.indexNow();
    // As if the app died after committing entries and before indexing them.
    const file = core.dbFile;
    const dataDir = core.dataDir;
    await core.close();
    const raw = new Database(file);
    raw.exec(
      `INSERT INTO entry_search(entry_search) VALUES('delete-all'); UPDATE search_progress SET indexed_seq = 0`,
    );
    raw.close();

    core = createCore({ dataDir, backups: false });
    expect(backlogOf(core.db().read)).toBe(0);
    const fts = core
      .db()
      .read.prepare(`SELECT rowid FROM entry_search WHERE entry_search MATCH '"滑坡"'`)
      .all() as { rowid: number }[];
    expect(fts).toHaveLength(1);
    chief = await signIn(core, 'shift_chief');
    expect(await search('滑坡')).toEqual([a.entryId]);
  });

  it('finds an intake by its incident number and a correction by its reason', async () => {
    await setup();
    const created = await core.invoke(
      'incidents.create',
      { clientKey: key(), intake: sampleIntake() },
      chief,
    );
    await core.invoke(
      'incidents.correctEntry',
      {
        clientKey: key(),
        entryId: created.entryId,
        changes: { title: '青石镇石坝村滑坡' },
        reason: '标题笔误更正',
      },
      chief,
    );
    const number = created.incident.number;
    const beforeIndex = [await search(number), await search('笔误')];
    core.indexNow();
    expect([await search(number), await search('笔误')]).toEqual(beforeIndex);
    expect(beforeIndex[0]).toEqual([created.entryId]);
    expect(beforeIndex[1]).toHaveLength(1);
  });
});
