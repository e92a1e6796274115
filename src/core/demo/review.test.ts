import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import type { WriteCtx } from '../handler';
import { systemActor } from '../actor';
import { START, setupReview, testClock } from '../review/testing';
import { loadReview } from './review';

let core: Core;
afterEach(async () => {
  await core?.close();
  testClock.at = new Date(START);
});

describe('the demo’s drill review', () => {
  it('evaluates every ended drill and leaves 整改 closed, in progress and overdue', async () => {
    const s = await setupReview();
    core = s.core;
    await s.ranDrill();
    await s.ranDrill({ title: '桌面推演：危化品泄漏', form: 'tabletop' });
    // Six weeks on: some items are past their due dates.
    testClock.at = new Date(testClock.at.getTime() + 42 * 86_400_000);
    const db = core.db().write;
    const ctx = {
      db,
      actor: systemActor('demo'),
      via: 'direct',
      now: () => testClock.at,
      nowIso: () => testClock.at.toISOString(),
      emit: () => undefined,
      changed: () => undefined,
    } as unknown as WriteCtx;
    const loaded = db.transaction(() => loadReview(ctx, testClock.at))();
    expect(loaded).toEqual({ evaluations: 2, rectifications: 4 });

    const list = await core.invoke('evaluations.list', {});
    expect(list.map((l) => l.status)).toEqual(['submitted', 'submitted']);
    for (const l of list) expect(l.percent).toBeGreaterThan(70);
    const rects = await core.invoke('rectifications.list', {});
    expect(rects.filter((r) => r.status === 'closed')).toHaveLength(1);
    expect(rects.filter((r) => r.overdue).length).toBeGreaterThanOrEqual(1);
    expect(rects.filter((r) => r.status === 'in_progress').length).toBeGreaterThanOrEqual(1);
    const first = await core.invoke('evaluations.get', { drillId: list[1]!.drill.id });
    expect(first.observations.length).toBeGreaterThanOrEqual(3);
    expect(first.evaluators[0]).toMatchObject({ name: '周振华', role: 'lead' });
    expect(first.drill.state).toBe('rectifying');
  });
});
