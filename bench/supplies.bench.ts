import { outputChecksFromEnv } from '../src/core';
import { newId } from '../src/core/auth/secrets';
import { appendMovement } from '../src/core/supplies/chain';
import { ensureItem, ensureLot } from '../src/core/supplies/ledger';
import type { WriteDb } from '../src/core/db/handles';
import { staffedCore } from '../src/core/testing';
import { percentile, round, timeEach, type Bench } from './harness';

/**
 * supplies.stock: the county's stock (every depot's lines, each summed from its
 * movements, with its lots) at 100,000 movements, through core.invoke, against the bare
 * aggregate query over the same table (sum by depot and item). The movements are written
 * with the ledger's own hash-chained append, in one transaction, so the setup takes
 * seconds instead of 100,000 fsyncs.
 */
export const suppliesStock: Bench = {
  name: 'supplies.stock',
  description: 'supplies.stock (all depots, lots) at 100,000 movements vs the bare GROUP BY sum',
  async run() {
    const MOVEMENTS = 100_000;
    const DEPOTS = 6;
    const ITEMS = 40;
    const LOTS = 3;
    const now = new Date('2026-12-03T02:00:00.000Z');
    const { core, admin } = await staffedCore({ clock: { now: () => now }, validateOutputs: outputChecksFromEnv() });
    const depots: string[] = [];
    for (let d = 0; d < DEPOTS; d++) {
      const v = await core.invoke(
        'depots.upsert',
        { name: `压测储备库${d}`, address: '', townCode: null, point: null, keeper: '', phone: '', notes: '', stock: [] },
        admin,
      );
      depots.push(v.id);
    }
    const db = core.db().write as WriteDb;
    const at = now.toISOString();
    const lots: { lot: string; depot: string; item: string }[] = [];
    db.transaction(() => {
      for (let i = 0; i < ITEMS; i++) {
        const item = ensureItem(db, { name: `压测物资${i}`, unit: '件' }, at);
        for (const depot of depots)
          for (let l = 0; l < LOTS; l++)
            lots.push({ lot: ensureLot(db, depot, item, `L${l}`, `2027-0${l + 1}-01`, at), depot, item });
      }
      for (let n = 0; n < MOVEMENTS; n++) {
        const t = lots[n % lots.length]!;
        // Every lot gains 10 and then loses 5, in turn: never below zero.
        const out = Math.floor(n / lots.length) % 2 === 1;
        appendMovement(db, {
          id: newId('mov'),
          kind: out ? 'issue' : 'receive',
          depot_id: t.depot,
          item_id: t.item,
          lot_id: t.lot,
          quantity: out ? -5 : 10,
          at,
          entered_at: at,
          actor_id: null,
          actor_name: '',
          reason: '压测',
          ref: null,
          drill_id: null,
        });
      }
    })();
    const read = core.db().read;
    const bare = read.prepare('SELECT depot_id, item_id, sum(quantity) AS q FROM supply_movements GROUP BY depot_id, item_id');
    const RUNS = 200;
    // Warm both (prepared statements, page cache), then alternate blocks.
    await core.invoke('supplies.stock', {});
    bare.all();
    const app: number[] = [];
    const base: number[] = [];
    const one: number[] = [];
    for (let b = 0; b < 10; b++) {
      app.push(...(await timeEach(RUNS / 10, () => core.invoke('supplies.stock', {}))));
      one.push(...(await timeEach(RUNS / 10, (k) => core.invoke('supplies.stock', { depotId: depots[k % DEPOTS]! }))));
      base.push(...(await timeEach(RUNS / 10, () => bare.all())));
    }
    const lines = (await core.invoke('supplies.stock', {})).length;
    await core.close();
    for (const xs of [app, base, one]) xs.sort((a, b) => a - b);
    return {
      movements: MOVEMENTS,
      lines,
      p50_ms: round(percentile(app, 50), 3),
      p95_ms: round(percentile(app, 95), 3),
      one_depot_p95_ms: round(percentile(one, 95), 3),
      baseline_p95_ms: round(percentile(base, 95), 3),
      ratio: round(percentile(app, 95) / percentile(base, 95), 2),
      target: 'p95 < 20 ms',
    };
  },
};
