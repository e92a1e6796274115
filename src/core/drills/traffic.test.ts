import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../actor';
import type { Core } from '../core';
import { plannedDrill, sampleIntake, signIn, staffedCore } from '../testing';

/**
 * Exercise traffic (演练) through the real loop: an intake logged under a running drill
 * is marked and counted for the drill, and every query that feeds real statistics,
 * boards, the handover and exports leaves it out — one check per query.
 */
let core: Core;
let chief: Actor;
let drillId = '';
let drillIncident = '';
let realIncident = '';

// The run's own clock, moved by the test: the drill starts an hour ago.
let clockAt = Date.now() - 60 * 60_000;
const clock = { now: () => new Date(clockAt) };
const later = (minutes: number) => (clockAt += minutes * 60_000);
const minutesAgo = (m: number) => new Date(clockAt - m * 60_000).toISOString();

beforeAll(async () => {
  let admin: Actor;
  ({ core, admin } = await staffedCore({ clock }));
  chief = await signIn(core, 'shift_chief');
  const controller = await signIn(core, 'leader');
  const d = await plannedDrill(core, controller, { announce: 'unannounced' });
  drillId = d.id;
  // Not running yet: nothing can be logged under it.
  const early = await core.call(
    'incidents.create',
    { clientKey: 'k_drill_early', intake: sampleIntake({ receivedAt: minutesAgo(5) }), drillId },
    chief,
  );
  expect(early.ok).toBe(false);
  if (!early.ok) expect(early.error.message).toBe('演练当前为“计划中”，不能登记演练信息');
  await core.invoke('drills.start', { id: drillId }, controller);
  later(2);
  await core.invoke(
    'drills.inject',
    { id: drillId, injectId: null, text: '石坝村报告：山洪围困村民三人' },
    controller,
  );
  later(4);
  realIncident = (
    await core.invoke(
      'incidents.create',
      { clientKey: 'k_real_000001', intake: sampleIntake({ receivedAt: minutesAgo(4), title: '真实滑坡' }) },
      chief,
    )
  ).incident.id;
  drillIncident = (
    await core.invoke(
      'incidents.create',
      {
        clientKey: 'k_drill_00001',
        intake: sampleIntake({ receivedAt: minutesAgo(0), title: '演练山洪被困' }),
        drillId,
      },
      chief,
    )
  ).incident.id;
  later(7);
  await core.invoke(
    'incidents.addEntry',
    {
      incidentId: drillIncident,
      clientKey: 'k_drill_verify1',
      kind: 'verify',
      data: { with: '石坝村村委会', means: 'phone', result: 'confirmed', notes: '' },
    },
    chief,
  );
  later(12);
  await core.invoke(
    'incidents.addEntry',
    {
      incidentId: drillIncident,
      clientKey: 'k_drill_report1',
      kind: 'report',
      data: { stage: 'initial', to: '市应急管理局', means: 'phone', content: '演练：山洪围困三人' },
    },
    chief,
  );
  later(1);
  void admin;
});
afterAll(() => core.close());

describe('an intake under a running drill', () => {
  it('is marked with the drill on the incident', async () => {
    const got = await core.invoke('incidents.get', { id: drillIncident }, chief);
    expect(got.incident.drill).toEqual({ id: drillId, number: expect.stringMatching(/^YL-/) });
    expect((await core.invoke('incidents.get', { id: realIncident }, chief)).incident.drill).toBeNull();
  });

  it('is timed on the drill timeline: inject → 接报 → 核实 → 上报', async () => {
    const tl = await core.invoke('drills.timeline', { id: drillId }, chief);
    expect(tl.items.map((i) => i.kind)).toEqual(['state', 'inject', 'intake', 'verify', 'report']);
    expect(tl.responses).toEqual([
      expect.objectContaining({
        incidentId: drillIncident,
        injectToIntakeMinutes: 4,
        intakeToVerifyMinutes: 7,
        intakeToReportMinutes: 19,
      }),
    ]);
  });

  it('is left out of real statistics', async () => {
    // A week, so the count holds whichever side of local midnight the run falls.
    const s = await core.invoke('stats.overview', { days: 7 }, chief);
    expect(s.total).toBe(1);
    expect(s.perDay.reduce((n, d) => n + d.count, 0)).toBe(1);
  });

  it('is left out of the boards (incidents.list by default), listed on request', async () => {
    const ids = async (input: Parameters<typeof core.invoke<'incidents.list'>>[1]) =>
      (await core.invoke('incidents.list', input, chief)).items.map((i) => i.id);
    expect(await ids({ open: true, sort: 'urgency' })).toEqual([realIncident]);
    expect(await ids({ open: true, sort: 'gravity' })).toEqual([realIncident]);
    expect(await ids({ traffic: 'exercise' })).toEqual([drillIncident]);
    expect((await ids({ traffic: 'all' })).sort()).toEqual([realIncident, drillIncident].sort());
    expect((await core.invoke('incidents.list', {}, chief)).total).toBe(1);
  });

  it('is left out of the map and of duplicate suggestions', async () => {
    const map = await core.invoke('map.layers', {}, chief);
    expect(map.incidents.map((i) => i.id)).toEqual([realIncident]);
    const intake = sampleIntake();
    const dup = await core.invoke(
      'incidents.duplicates',
      { subtype: intake.subtype, townCode: intake.place.townCode, point: intake.place.point },
      chief,
    );
    expect(dup.map((d) => d.incident.id)).toEqual([realIncident]);
  });

  it('is left out of the duty log by default and of its export, shown marked on request', async () => {
    const real = await core.invoke('logs.list', { filter: {} }, chief);
    expect(real.items.every((e) => e.incidentId !== drillIncident)).toBe(true);
    const all = await core.invoke('logs.list', { filter: { traffic: 'all' } }, chief);
    const marked = all.items.find((e) => e.incidentId === drillIncident)!;
    expect(marked.drillNumber).toMatch(/^YL-/);
    expect(all.items.find((e) => e.incidentId === realIncident)!.drillNumber).toBeNull();
    const file = await core.invoke('logs.export', { filter: {}, format: 'csv' }, chief);
    const csv = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(csv).toContain('真实滑坡');
    expect(csv).not.toContain('演练山洪被困');
  });

  it('is left out of the handover sheet (incidents worked, open items)', async () => {
    const shift = await core.invoke('shifts.get', {}, chief);
    const view = await core.invoke('handover.draft', { shiftKey: shift.shift.key }, chief);
    expect(view.sheet.incidents.map((i) => i.id)).toEqual([realIncident]);
    expect(view.sheet.unfinished.map((u) => u.incidentId)).toEqual([realIncident]);
    expect(view.sheet.unfinishedTotal).toBe(1);
    expect(JSON.stringify(view.sheet)).not.toContain('演练山洪被困');
  });
});
