import { describe, expect, it } from 'vitest';
import { demoCoreWithAdmin } from '../testing';
import { foldStateOf } from '../incidents/repo';
import { foldTimeline } from '../incidents/projection';
import { timelineOf } from '../incidents/service';

const anchor = new Date('2026-11-29T02:00:00.000Z');

async function demoAt(at: Date) {
  const { core, admin } = await demoCoreWithAdmin({ clock: { now: () => at } });
  return { core, admin };
}

/** Content of the log without ids, hashes and keys, which are random by design. */
async function contentOf(core: Awaited<ReturnType<typeof demoAt>>['core']) {
  const { items } = await core.invoke('incidents.list', { limit: 500 });
  return items.map((i) => [i.number, i.title, i.grade, i.status, i.receivedAt, i.nextDue, i.casualties]);
}

describe('demo history', () => {
  it('is ~90 days and a few hundred incidents of every category and grade, with full timelines', async () => {
    const { core } = await demoAt(anchor);
    const { items, total } = await core.invoke('incidents.list', { limit: 500 });
    expect(total).toBeGreaterThan(200);
    expect(total).toBeLessThan(500);
    expect(new Set(items.map((i) => i.category))).toEqual(
      new Set(['natural', 'accident', 'health', 'social']),
    );
    expect(new Set(items.map((i) => i.grade))).toEqual(new Set(['I', 'II', 'III', 'IV', 'unrated']));
    const oldest = items.map((i) => i.receivedAt).sort()[0]!;
    expect((anchor.getTime() - new Date(oldest).getTime()) / 86_400_000).toBeGreaterThan(85);
    expect(items.filter((i) => i.status === 'closed').length).toBeGreaterThan(total * 0.8);
    expect(items.some((i) => i.status === 'withdrawn')).toBe(true);
    const closed = items.find((i) => i.status === 'closed' && i.grade === 'III')!;
    const kinds = (await core.invoke('incidents.get', { id: closed.id })).entries.map((e) => e.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['intake', 'verify', 'report', 'followup', 'instruction', 'close']),
    );
    const log = await core.invoke('logs.list', {
      filter: { kinds: ['spot_check', 'call', 'equipment_handover'] },
      limit: 1000,
    });
    expect(new Set(log.items.map((i) => i.kind))).toEqual(
      new Set(['spot_check', 'call', 'equipment_handover']),
    );
    expect((await core.invoke('logs.verifyChain', {})).ok).toBe(true);
    await core.close();
  });

  it('leaves some incidents open, at least one overdue and one just in', async () => {
    const { core } = await demoAt(anchor);
    const open = await core.invoke('incidents.list', { open: true, sort: 'urgency', limit: 100 });
    expect(open.total).toBeGreaterThanOrEqual(5);
    const overdue = open.items.filter((i) => i.nextDue && i.nextDue.dueAt < anchor.toISOString());
    expect(overdue.length).toBeGreaterThanOrEqual(1);
    expect(
      open.items.filter((i) => i.nextDue && i.nextDue.dueAt >= anchor.toISOString()).length,
    ).toBeGreaterThanOrEqual(1);
    expect(open.items.some((i) => i.status === 'pending')).toBe(true);
    await core.close();
  });

  it('every stored fold equals a full re-fold of the timeline (the incremental path never drifts)', async () => {
    const { core } = await demoAt(anchor);
    const db = core.db().read;
    const ids = (db.prepare('SELECT id FROM incidents').all() as { id: string }[]).map((r) => r.id);
    expect(ids.length).toBeGreaterThan(200);
    for (const id of ids) expect(foldStateOf(db, id), id).toEqual(foldTimeline(timelineOf(db, id)));
    await core.close();
  });

  it('is deterministic for a given anchor time', async () => {
    const a = await demoAt(anchor);
    const b = await demoAt(anchor);
    expect(await contentOf(a.core)).toEqual(await contentOf(b.core));
    await a.core.close();
    await b.core.close();
  });
});
