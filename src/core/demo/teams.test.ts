import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { demoCoreWithAdmin } from '../testing';

let core: Core;
afterEach(async () => {
  await core?.close();
});

describe('demo teams', () => {
  it('registers 15 teams of several kinds with members, two out on the incident under a response, and 40 experts with a consultation on it', async () => {
    ({ core } = await demoCoreWithAdmin());
    const teams = await core.invoke('teams.list', {});
    expect(teams).toHaveLength(15);
    expect(new Set(teams.map((t) => t.kind)).size).toBeGreaterThanOrEqual(10);
    expect(teams.every((t) => t.members.length >= 4 && t.point !== null && t.dutyPhone)).toBe(true);
    const due = (await core.invoke('reminders.list', {})).items.filter(
      (r) => r.source === 'teams.certificateDue',
    );
    expect(due.length).toBeGreaterThanOrEqual(3);
    expect(due.some((r) => r.state === 'overdue')).toBe(true);

    const out = await core.invoke('dispatches.list', {});
    expect(out.map((d) => d.state)).toEqual(['arrived', 'departed']);
    // 38 minutes after 调派, or fewer when the incident came in less than an hour before the demo was made.
    expect(out[0]!.arrivalMinutes).toBeLessThanOrEqual(38);
    const [incident] = (await core.invoke('incidents.list', { open: true, limit: 200 })).items.filter(
      (i) => i.response,
    );
    expect(out.every((d) => d.incidentId === incident!.id)).toBe(true);
    expect(
      teams
        .filter((t) => t.busy)
        .map((t) => t.busy!.state)
        .sort(),
    ).toEqual(['arrived', 'departed']);

    const experts = await core.invoke('experts.list', {});
    expect(experts).toHaveLength(40);
    expect(new Set(experts.map((e) => e.field)).size).toBe(5);
    expect(experts.filter((e) => !e.available)).toHaveLength(2);
    const terms = (await core.invoke('reminders.list', {})).items.filter(
      (r) => r.source === 'experts.termDue',
    );
    expect(terms.length).toBeGreaterThanOrEqual(3);
    const [held] = await core.invoke('consultations.list', { incidentId: incident!.id });
    expect(held!.participants).toHaveLength(3);
    expect(held!.participants.every((p) => p.opinion && p.expertId)).toBe(true);
    expect(held!.recordedBy).not.toBe('');
  }, 60_000);
});
