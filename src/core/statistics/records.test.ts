import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { START, check, setupEquipment, testClock } from '../equipment/testing';

/**
 * The records of 统计's equipment figures are the records themselves: a kept check is
 * that check (its id, for 检查记录 to show it), a fault that fault, counted per kind of
 * equipment against the checks owed.
 */
let core: Core;
afterEach(async () => {
  await core?.close();
  testClock.at = new Date(START);
});

describe('stats.records of the equipment figures', () => {
  it('lead to the check and the fault by id, and count per kind of equipment', async () => {
    const s = await setupEquipment();
    core = s.core;
    // Registered 29 Nov 10:00 and checked daily (periods from the 08:30 shift change): the
    // check on 30 Nov 11:00, failing its battery (a fault opens), keeps the period ending
    // 1 Dec 08:30, November's last (a month of checks runs from the 1st's shift change);
    // the period ending 30 Nov was missed; by 3 Dec 10:00 those ending 2 and 3 Dec are too.
    testClock.at = new Date('2026-11-30T03:00:00.000Z');
    const kept = await core.invoke('checks.record', check(s.id, 42), s.officer);
    expect(kept.faultOpened).toBeTruthy();
    testClock.at = new Date('2026-12-03T02:00:00.000Z');
    const dec = await core.invoke('stats.query', { period: '2026-12', townCode: null }, s.officer);
    const nov = await core.invoke('stats.query', { period: '2026-11', townCode: null }, s.officer);
    const bars = (r: typeof dec, metric: string) =>
      Object.fromEntries(
        r.figures
          .find((f) => f.metric === metric)!
          .bars.filter((b) => b.n || b.of)
          .map((b) => [b.key, [b.n, b.of]]),
      );
    expect(bars(dec, 'checks.status')).toEqual({ missed: [2, null] });
    expect(bars(dec, 'checks.kind')).toEqual({ satellite_phone: [0, 2] });
    expect(bars(nov, 'checks.status')).toEqual({ done: [1, null], missed: [1, null] });
    expect(bars(nov, 'checks.kind')).toEqual({ satellite_phone: [1, 2] });
    expect(bars(nov, 'faults.kind')).toEqual({ satellite_phone: [1, null] });
    expect(bars(dec, 'faults.kind')).toEqual({});

    const records = (period: string, metric: 'checks.status' | 'checks.kind' | 'faults.kind', key: string) =>
      core.invoke('stats.records', { period, townCode: null, metric, key }, s.officer);
    expect((await records('2026-11', 'checks.status', 'done')).items).toMatchObject([
      { kind: 'check', id: kept.check.id, detail: { equipmentId: s.id } },
    ]);
    expect((await records('2026-12', 'checks.status', 'done')).items).toEqual([]);
    expect((await records('2026-11', 'checks.kind', 'satellite_phone')).items.map((r) => r.id)).toEqual([
      kept.check.id,
    ]);
    // A missed check has no record of its own: it names the item and the period it was owed in.
    expect(
      (await records('2026-12', 'checks.status', 'missed')).items.map((r) => [
        r.kind,
        r.id,
        r.detail.from,
        r.detail.to,
      ]),
    ).toEqual([
      ['missedCheck', s.id, '2026-12-01T00:30:00.000Z', '2026-12-02T00:30:00.000Z'],
      ['missedCheck', s.id, '2026-12-02T00:30:00.000Z', '2026-12-03T00:30:00.000Z'],
    ]);
    expect((await records('2026-11', 'faults.kind', 'satellite_phone')).items).toMatchObject([
      { kind: 'fault', id: kept.faultOpened },
    ]);
  });
});
