import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { demoCoreWithAdmin } from '../testing';

let core: Core;
afterEach(async () => {
  await core?.close();
});

describe('demo teams', () => {
  it('registers 15 teams of several kinds with members, some certificates due, and two teams out on the incident under a response', async () => {
    ({ core } = await demoCoreWithAdmin());
    const teams = await core.invoke('teams.list', {});
    expect(teams).toHaveLength(15);
    expect(new Set(teams.map((t) => t.kind)).size).toBeGreaterThanOrEqual(10);
    expect(teams.every((t) => t.members.length >= 4 && t.point !== null && t.dutyPhone)).toBe(true);
    const due = (await core.invoke('reminders.list', {})).items.filter((r) => r.source === 'teams.certificateDue');
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
    expect(teams.filter((t) => t.busy).map((t) => t.busy!.state).sort()).toEqual(['arrived', 'departed']);
  });
});
