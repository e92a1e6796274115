import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../actor';
import type { Core } from '../core';
import { signIn, staffedCore } from '../testing';

/**
 * The drill campaign 统计 counts a period against is the one of the period's year: the
 * 2027 campaign, already registered in December 2026, does not stand for December 2026.
 */
const bj = (local: string) => new Date(local + '+08:00').toISOString();

let core: Core;
let chief: Actor;
const now = new Date(bj('2026-12-05T10:00:00'));

async function campaign(admin: Actor, title: string, deadline: string) {
  await core.invoke(
    'drills.saveCampaign',
    {
      id: null,
      title,
      documentNo: '',
      issuedBy: '县应急委',
      deadline,
      requirements: [],
      notes: '',
      domains: [
        { id: null, domain: 'natural_disaster', name: '', leadLeader: '李副县长', leadUnit: '县水利局' },
      ],
    } as never,
    admin,
  );
}

beforeAll(async () => {
  let admin: Actor;
  ({ core, admin } = await staffedCore({ clock: { now: () => now } }));
  chief = await signIn(core, 'shift_chief');
  await campaign(admin, '2026年重点领域应急演练', '2026-06-20');
  await campaign(admin, '2027年重点领域应急演练', '2027-06-20');
  await campaign(admin, '2027年下半年专项演练', '2027-11-30');
});
afterAll(() => core.close());

const titleOf = async (period: string) =>
  (await core.invoke('stats.query', { period, townCode: null }, chief)).campaign?.title ?? null;

describe('the campaign of a period', () => {
  it('is the campaign of the period’s year, even once the next year’s is registered', async () => {
    expect(await titleOf('2026-12')).toBe('2026年重点领域应急演练');
    expect(await titleOf('2026-Q4')).toBe('2026年重点领域应急演练');
    expect(await titleOf('2026-03')).toBe('2026年重点领域应急演练');
    expect(await titleOf('2026')).toBe('2026年重点领域应急演练');
  });

  it('is, within a year of two, the first still due at the period’s start, else the year’s last', async () => {
    expect(await titleOf('2027-01')).toBe('2027年重点领域应急演练');
    expect(await titleOf('2027-07')).toBe('2027年下半年专项演练');
    expect(await titleOf('2027-12')).toBe('2027年下半年专项演练');
  });

  it('is none for a year without a campaign', async () => {
    expect(await titleOf('2025-12')).toBeNull();
    const q = await core.invoke('stats.query', { period: '2025-12', townCode: null }, chief);
    expect(q.figures.find((f) => f.metric === 'drills.domain')!.bars).toEqual([]);
  });

  it('names this month’s campaign among the desk’s key figures', async () => {
    expect((await core.invoke('stats.keyFigures', {}, chief)).drills.campaign).toBe('2026年重点领域应急演练');
  });
});
