import { afterEach, describe, expect, it } from 'vitest';
import type { Actor } from '../actor';
import type { Core } from '../core';
import { fingerprint, signIn } from '../testing';
import { START, check, key, setupEquipment, testClock } from './testing';

/**
 * Checks and faults made while a drill runs are drill traffic (演练): tagged with the
 * drill, and left out of every real count — compliance statistics, the summary, the
 * handover sheet, reminders, the item's own state. Each query gets its own assertion,
 * made against a real check that is counted, so a query that forgot the tag fails.
 */
let core: Core;
afterEach(async () => {
  await core?.close();
  testClock.at = new Date(START);
});

const later = (minutes: number) => {
  testClock.at = new Date(testClock.at.getTime() + minutes * 60_000);
};

async function setup() {
  const s = await setupEquipment();
  core = s.core;
  const controller = await signIn(core, 'leader');
  const drill = await core.invoke(
    'drills.save',
    {
      id: null,
      campaignId: null,
      domainId: null,
      title: '应急通信保障演练',
      form: 'live',
      content: 'single',
      purpose: 'test',
      announce: 'announced',
      scheduledAt: null,
      place: '县应急管理局',
      scenario: '',
      planIds: [],
      units: [],
      controllerIds: [(controller as Extract<Actor, { kind: 'operator' }>).operatorId],
    },
    controller,
  );
  await core.invoke('drills.start', { id: drill.id }, controller);
  return { ...s, controller, drillId: drill.id, drillNumber: drill.number };
}

const MONTH = '2026-11';

describe('equipment checks and faults under a running drill', () => {
  it('are tagged 演练 and counted nowhere real: stats, summary, handover, reminders, the item itself', async () => {
    const { officer, id, drillId, drillNumber } = await setup();
    const statsBefore = await core.invoke('equipment.stats', { fromMonth: MONTH, toMonth: MONTH });
    const itemBefore = (await core.invoke('equipment.list', {}))[0]!;

    // A failing check under the drill opens the drill's fault, not a real one.
    const failed = await core.invoke('checks.record', check(id, 42, { drillId }), officer);
    expect(failed.check.drill).toEqual({ id: drillId, number: drillNumber });
    expect(failed.faultOpened).toBeTruthy();
    const [fault] = await core.invoke('faults.list', { open: true });
    expect(fault).toMatchObject({ id: failed.faultOpened, drill: { id: drillId, number: drillNumber } });

    // The item itself: still in use, its due state and last check as before.
    const item = (await core.invoke('equipment.list', {}))[0]!;
    expect(item).toEqual(itemBefore);
    // Summary and the handover's equipment part.
    expect(await core.invoke('equipment.summary', {})).toMatchObject({ openFaults: 0, overdueFaults: 0 });
    expect((await core.invoke('equipment.handover', {})).openFaults).toEqual([]);
    // Compliance statistics: no check done, none failed, no fault opened.
    expect(await core.invoke('equipment.stats', { fromMonth: MONTH, toMonth: MONTH })).toEqual(statsBefore);
    // The handover sheet: no check in the shift, no fault open.
    const { sheet } = await core.invoke('handover.draft', {}, officer);
    expect(sheet.equipment.checksTotal).toBe(0);
    expect(sheet.equipment.checks).toEqual([]);
    expect(sheet.equipment.faults).toEqual([]);
    // Reminders: the drill fault's deadline is nobody's real work.
    later(80 * 60);
    const reminders = await core.invoke('reminders.list', {}, officer);
    expect(reminders.items.filter((r) => r.source === 'equipment.faultDue')).toEqual([]);

    // A real check passing does not close the drill's fault; the drill's own passing check does.
    const real = await core.invoke('checks.record', check(id, 90), officer);
    expect(real.faultClosed).toBeNull();
    const drillPass = await core.invoke('checks.record', check(id, 90, { drillId }), officer);
    expect(drillPass.faultClosed).toBe(failed.faultOpened);

    // The chain verifies with the tag in it.
    expect(await core.invoke('checks.verifyChain', {})).toMatchObject({ ok: true, checked: 3 + 2 });
  });

  it('a real failing check still counts everywhere (the control for the test above)', async () => {
    const { officer, id } = await setup();
    const failed = await core.invoke('checks.record', check(id, 42), officer);
    expect(failed.check.drill).toBeNull();
    expect((await core.invoke('equipment.list', {}))[0]!.status).toBe('fault');
    expect(await core.invoke('equipment.summary', {})).toMatchObject({ openFaults: 1 });
    expect((await core.invoke('equipment.handover', {})).openFaults).toHaveLength(1);
    const stats = await core.invoke('equipment.stats', { fromMonth: MONTH, toMonth: MONTH });
    expect(stats.months[0]).toMatchObject({ failed: 1, faultsOpened: 1 });
    const { sheet } = await core.invoke('handover.draft', {}, officer);
    expect(sheet.equipment.checksTotal).toBe(1);
    expect(sheet.equipment.faults).toHaveLength(1);
    later(80 * 60);
    const reminders = await core.invoke('reminders.list', {}, officer);
    expect(reminders.items.filter((r) => r.source === 'equipment.faultDue')).toHaveLength(1);
  });

  it('a fault opened by hand under the drill is the drill’s; a real one may be open beside it', async () => {
    const { officer, id, drillId } = await setup();
    const drillFault = await core.invoke(
      'faults.open',
      { clientKey: key(), equipmentId: id, description: '演练：卫星电话无信号', drillId },
      officer,
    );
    expect(drillFault.drill?.id).toBe(drillId);
    expect((await core.invoke('equipment.list', {}))[0]!.status).toBe('in_use');
    const realFault = await core.invoke(
      'faults.open',
      { clientKey: key(), equipmentId: id, description: '天线松动' },
      officer,
    );
    expect(realFault.drill).toBeNull();
    expect(await core.invoke('equipment.summary', {})).toMatchObject({ openFaults: 1 });
  });

  it('refuses drill traffic for a drill that is not running, in Chinese, and changes nothing', async () => {
    const { officer, controller, id, drillId } = await setup();
    await core.invoke('drills.end', { id: drillId }, controller);
    const before = fingerprint(core);
    const refused = await core.call('checks.record', check(id, 90, { drillId }), officer);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toMatch(/演练/);
    const fault = await core.call(
      'faults.open',
      { clientKey: key(), equipmentId: id, description: '演练：无信号', drillId },
      officer,
    );
    expect(fault.ok).toBe(false);
    expect(fingerprint(core)).toBe(before);
  });
});
