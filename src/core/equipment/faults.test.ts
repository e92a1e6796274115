import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { START, check, key, setupEquipment, testClock } from './testing';

let core: Core;
afterEach(async () => {
  await core?.close();
  testClock.at = new Date(START);
});
async function setup() {
  const s = await setupEquipment();
  core = s.core;
  return s;
}

describe('faults', () => {
  it('a failed battery opens a fault with the kind’s deadline; a passing re-check closes it', async () => {
    const { officer, id } = await setup();
    const failed = await core.invoke('checks.record', check(id, 42), officer);
    expect(failed.check.passed).toBe(false);
    expect(failed.check.results.find((r) => r.key === 'battery')).toMatchObject({
      value: 42,
      ok: false,
      min: 50,
    });
    expect(failed.faultOpened).toBeTruthy();
    const [fault] = await core.invoke('faults.list', { open: true });
    expect(fault).toMatchObject({
      id: failed.faultOpened,
      status: 'open',
      equipmentName: '卫星电话（1号）',
      deadlineAt: new Date(testClock.at.getTime() + 72 * 3_600_000).toISOString(),
      overdue: false,
    });
    expect(fault!.description).toContain('电池电量 42%');
    expect((await core.invoke('equipment.list', {}))[0]).toMatchObject({
      status: 'fault',
      due: { state: 'ok' },
    });
    expect(await core.invoke('equipment.summary', {})).toMatchObject({ openFaults: 1, overdueFaults: 0 });

    await core.invoke(
      'faults.update',
      { id: fault!.id, clientKey: key(), status: 'in_progress', action: '换电池' },
      officer,
    );
    await core.invoke('faults.update', { id: fault!.id, clientKey: key(), status: 'repaired' }, officer);
    // Closing by hand is refused: only a passing re-check closes.
    await expect(
      core.invoke('faults.update', { id: fault!.id, clientKey: key(), status: 'closed' }, officer),
    ).rejects.toMatchObject({ key: 'errors.fault_needs_recheck' });

    testClock.at = new Date(testClock.at.getTime() + 3_600_000);
    const again = await core.invoke('checks.record', check(id, 95), officer);
    expect(again.faultClosed).toBe(fault!.id);
    const closed = (await core.invoke('faults.list', {}))[0]!;
    expect(closed).toMatchObject({ status: 'closed', closingCheckId: again.check.id });
    expect(closed.actions.map((a) => a.kind)).toEqual(['opened', 'status', 'note', 'status', 'closed']);
    expect((await core.invoke('equipment.list', {}))[0]!.status).toBe('in_use');
    expect(await core.invoke('equipment.summary', {})).toMatchObject({ openFaults: 0 });
    expect(await core.invoke('checks.verifyChain', {})).toMatchObject({ ok: true, checked: 7 });
  });

  it('a failed re-check of a repaired fault sends it back to 整改中, without a second fault', async () => {
    const { officer, id } = await setup();
    const first = await core.invoke('checks.record', check(id, 40), officer);
    await core.invoke(
      'faults.update',
      { id: first.faultOpened!, clientKey: key(), status: 'repaired' },
      officer,
    );
    const second = await core.invoke('checks.record', check(id, 45), officer);
    expect(second.faultOpened).toBeNull();
    expect(second.faultUpdated).toBe(first.faultOpened);
    const faults = await core.invoke('faults.list', {});
    expect(faults).toHaveLength(1);
    expect(faults[0]!.status).toBe('in_progress');
  });

  it('an overdue fault is flagged, and a fault can be opened by hand', async () => {
    const { officer, id } = await setup();
    const f = await core.invoke(
      'faults.open',
      { clientKey: key(), equipmentId: id, description: '天线折断', reportedTo: '局办公室' },
      officer,
    );
    expect(f.number).toMatch(/^GZ2026-001$/);
    await expect(
      core.invoke('faults.open', { clientKey: key(), equipmentId: id, description: '再报一次' }, officer),
    ).rejects.toMatchObject({ key: 'errors.fault_open_exists' });
    testClock.at = new Date(testClock.at.getTime() + 73 * 3_600_000);
    expect((await core.invoke('faults.list', { open: true }))[0]!.overdue).toBe(true);
    expect(await core.invoke('equipment.summary', {})).toMatchObject({ openFaults: 1, overdueFaults: 1 });
    const handover = await core.invoke('equipment.handover', {});
    expect(handover.items.map((e) => e.id)).toEqual([id]);
    expect(handover.openFaults[0]).toMatchObject({ number: 'GZ2026-001', overdue: true });
  });
});
