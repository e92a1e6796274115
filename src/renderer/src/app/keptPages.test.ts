import { describe, expect, it } from 'vitest';
import { KEPT_PAGES, keptAfter, type KeptEntry } from './keptPages';

const areas = (kept: KeptEntry[]) => kept.map((k) => k.area);

describe('keptAfter', () => {
  it('puts the page shown last, with the address it shows', () => {
    let kept = keptAfter([], 'dashboard', '#/');
    kept = keptAfter(kept, 'logs', '#/logs');
    kept = keptAfter(kept, 'dashboard', '#/dashboard');
    expect(kept).toEqual([
      { area: 'logs', hash: '#/logs', mount: 0 },
      { area: 'dashboard', hash: '#/dashboard', mount: 0 },
    ]);
  });

  it('keeps one entry per area, the address updated as the shown page moves within it', () => {
    let kept = keptAfter([], 'logs', '#/logs');
    kept = keptAfter(kept, 'logs', '#/logs/incidents');
    kept = keptAfter(kept, 'logs', '#/logs/new');
    expect(kept).toEqual([{ area: 'logs', hash: '#/logs/new', mount: 0 }]);
  });

  it('drops the page left longest ago beyond the cap, not one shown again meanwhile', () => {
    const visits = ['dashboard', 'logs', 'equipment', 'roster', 'dashboard', 'map', 'reminders'];
    const kept = visits.reduce<KeptEntry[]>((k, a) => keptAfter(k, a, `#/${a}`), []);
    expect(kept).toHaveLength(KEPT_PAGES);
    expect(areas(kept)).toEqual(['equipment', 'roster', 'dashboard', 'map', 'reminders']);
    expect(areas(keptAfter(kept, 'teams', '#/teams', 3))).toEqual(['map', 'reminders', 'teams']);
  });

  it('builds a hidden page afresh when a link asks it for something else, not from the menu', () => {
    const mountOf = (kept: KeptEntry[], area: string) => kept.find((k) => k.area === area)?.mount;
    let kept = keptAfter([], 'teams', '#/teams');
    kept = keptAfter(kept, 'reminders', '#/reminders');
    // A reminder's link names a team: the teams page is built again to open it.
    kept = keptAfter(kept, 'teams', '#/teams?team=tem_1');
    expect(mountOf(kept, 'teams')).toBe(1);
    // Back to it from the menu: as it was left.
    kept = keptAfter(kept, 'reminders', '#/reminders');
    kept = keptAfter(kept, 'teams', '#/teams');
    expect(mountOf(kept, 'teams')).toBe(1);
    // A link again, even to the address it was left at: what the link names, afresh.
    kept = keptAfter(kept, 'reminders', '#/reminders');
    kept = keptAfter(kept, 'teams', '#/teams?team=tem_1');
    expect(mountOf(kept, 'teams')).toBe(2);
    kept = keptAfter(kept, 'reminders', '#/reminders');
    kept = keptAfter(kept, 'teams', '#/teams?team=tem_1');
    expect(mountOf(kept, 'teams')).toBe(3);
    // Moving within the page shown is the page's own business: never rebuilt.
    kept = keptAfter(kept, 'teams', '#/teams?team=tem_2');
    expect(mountOf(kept, 'teams')).toBe(3);
  });
});
