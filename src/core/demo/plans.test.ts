import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { demoCoreWithAdmin } from '../testing';

let core: Core;
afterEach(async () => {
  await core?.close();
});

describe('demo plans', () => {
  it('register 25 plans whose clocks show something, and one open incident under a response', async () => {
    ({ core } = await demoCoreWithAdmin());
    const plans = await core.invoke('plans.list', {});
    expect(plans).toHaveLength(25);
    expect(plans.filter((p) => p.current?.filing && !p.current.filing.overdue).length).toBeGreaterThanOrEqual(
      1,
    );
    expect(plans.filter((p) => p.current?.filing?.overdue).length).toBeGreaterThanOrEqual(1);
    expect(plans.filter((p) => p.evaluation?.overdue).length).toBeGreaterThanOrEqual(1);
    expect(plans.filter((p) => p.drill?.overdue).length).toBeGreaterThanOrEqual(1);
    expect(plans.some((p) => p.versionCount >= 2)).toBe(true);
    const open = await core.invoke('incidents.list', { open: true, limit: 200 });
    expect(open.items.filter((i) => i.response).map((i) => i.response?.level)).toEqual(['IV']);
    // Every demo entry, the response's too, is by a person of the room, never by the loader.
    const strangers = core
      .db()
      .read.prepare(
        `SELECT DISTINCT author_name FROM entries WHERE author_name NOT IN (SELECT name FROM operators)`,
      )
      .all();
    expect(strangers).toEqual([]);
  });
});
