import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDate } from '../../common/time/zone';
import type { Core } from '../core';
import type { Actor } from '../actor';
import { demoCoreWithAdmin, signIn } from '../testing';

let core: Core;
let admin: Actor;
beforeAll(async () => ({ core, admin } = await demoCoreWithAdmin()));
afterAll(() => core.close());

describe('the demo drills', () => {
  it('has a campaign with five domains and named leads, not past its deadline, in this year', async () => {
    const [c] = (await core.invoke('drills.campaigns', {}, admin)).campaigns;
    expect(c!.domains.map((d) => d.domain)).toEqual([
      'public_health',
      'natural_disaster',
      'production_safety',
      'social_security',
      'cyber_security',
    ]);
    expect(c!.domains.every((d) => d.leadLeader.length > 1)).toBe(true);
    expect(c!.daysLeft).toBeGreaterThanOrEqual(0);
    // This year's (统计 counts a month against the campaign of its year).
    expect(c!.deadline.slice(0, 4)).toBe(localDate(new Date(), 'Asia/Shanghai').slice(0, 4));
    // Three run (and evaluated by the demo's review), one ahead.
    expect(c!.totals).toMatchObject({ planned: 4, done: 3, evaluated: 3 });
  });

  it('has past drills ended and one sealed double-blind drill only its controller can read', async () => {
    const chief = await signIn(core, 'shift_chief');
    const leader = await signIn(core, 'leader');
    const seen = (await core.invoke('drills.list', {}, chief)).drills;
    expect(seen.filter((d) => d.state !== 'planned' && d.state !== 'started')).toHaveLength(3);
    const sealed = seen.find((d) => d.state === 'planned')!;
    expect(sealed).toMatchObject({ sealed: true, detail: null, announce: 'double_blind' });
    const own = await core.invoke('drills.get', { id: sealed.id }, leader);
    expect(own.detail?.scenario).toMatch(/踩踏/);
    expect(own.detail?.injects).toHaveLength(2);
  });
});
