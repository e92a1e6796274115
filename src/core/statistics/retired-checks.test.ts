import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { START, satPhone, setupEquipment, testClock } from '../equipment/testing';

/**
 * A retired item still owed the checks of the periods that ended while it was in service:
 * retiring it afterwards does not forgive a missed check (统计, 考核, the equipment
 * page's figures), and it owes nothing from its retirement on.
 */
let core: Core;
afterEach(async () => {
  await core?.close();
  testClock.at = new Date(START);
});

describe('checks owed by an item retired later', () => {
  it('count up to its retirement, and no further', async () => {
    const s = await setupEquipment();
    core = s.core;
    // Registered 29 Nov 10:00, checked daily from the 08:30 shift change, never checked:
    // by 3 Dec 10:00 the periods ending 30 Nov, 1, 2 and 3 Dec are missed. Retired then.
    testClock.at = new Date('2026-12-03T02:00:00.000Z');
    await core.invoke('equipment.upsert', { ...satPhone, id: s.id, status: 'retired' }, s.admin);
    // A week later.
    testClock.at = new Date('2026-12-10T02:00:00.000Z');
    const stats = await core.invoke('stats.query', { period: '2026-12', townCode: null }, s.officer);
    const missed = stats.figures
      .find((f) => f.metric === 'checks.status')!
      .bars.find((b) => b.key === 'missed')!.n;
    const records = await core.invoke(
      'stats.records',
      { period: '2026-12', townCode: null, metric: 'checks.status', key: 'missed' },
      s.officer,
    );
    // A month of checks runs from the 1st's shift change, in 统计, 考核 and the equipment page
    // alike: the period ending 1 Dec 08:30 is November's last.
    expect(missed).toBe(2);
    expect(records.items.map((r) => r.detail.to)).toEqual([
      '2026-12-02T00:30:00.000Z',
      '2026-12-03T00:30:00.000Z',
    ]);
    const nov = await core.invoke(
      'stats.records',
      { period: '2026-11', townCode: null, metric: 'checks.status', key: 'missed' },
      s.officer,
    );
    expect(nov.items.map((r) => r.detail.to)).toEqual([
      '2026-11-30T00:30:00.000Z',
      '2026-12-01T00:30:00.000Z',
    ]);

    const missedAt = async (period: string) =>
      (await core.invoke('assessment.compute', { period }, s.admin)).problems
        .filter((p) => p.rule === 'check_missed')
        .map((p) => p.at);
    expect(await missedAt('2026-12')).toEqual(['2026-12-02T00:30:00.000Z', '2026-12-03T00:30:00.000Z']);
    expect(await missedAt('2026-11')).toEqual(['2026-11-30T00:30:00.000Z', '2026-12-01T00:30:00.000Z']);

    // The equipment page's months start at the 1st's shift change: 30 Nov and 1 Dec are November's.
    const months = await core.invoke(
      'equipment.stats',
      { fromMonth: '2026-11', toMonth: '2026-12' },
      s.officer,
    );
    expect(months.months.map((m) => [m.month, m.owed, m.done])).toEqual([
      ['2026-11', 2, 0],
      ['2026-12', 2, 0],
    ]);

    // In service again: no longer retired.
    await core.invoke('equipment.upsert', { ...satPhone, id: s.id, status: 'in_use' }, s.admin);
    const row = core.db().read.prepare('SELECT retired_at FROM equipment WHERE id = ?').get(s.id);
    expect(row).toEqual({ retired_at: null });
  });
});
