import { describe, expect, it } from 'vitest';
import { KEPT_PAGES, keptAfter, type KeptEntry } from './keptPages';

const areas = (kept: KeptEntry[]) => kept.map((k) => k.area);

describe('keptAfter', () => {
  it('puts the page shown last, with the address it shows', () => {
    let kept = keptAfter([], 'dashboard', '#/');
    kept = keptAfter(kept, 'logs', '#/logs');
    kept = keptAfter(kept, 'dashboard', '#/dashboard');
    expect(kept).toEqual([
      { area: 'logs', hash: '#/logs' },
      { area: 'dashboard', hash: '#/dashboard' },
    ]);
  });

  it('keeps one entry per area, the address updated as the shown page moves within it', () => {
    let kept = keptAfter([], 'logs', '#/logs');
    kept = keptAfter(kept, 'logs', '#/logs/incidents');
    kept = keptAfter(kept, 'logs', '#/logs/new');
    expect(kept).toEqual([{ area: 'logs', hash: '#/logs/new' }]);
  });

  it('drops the page left longest ago beyond the cap, not one shown again meanwhile', () => {
    const visits = ['dashboard', 'logs', 'equipment', 'roster', 'dashboard', 'map', 'reminders'];
    const kept = visits.reduce<KeptEntry[]>((k, a) => keptAfter(k, a, `#/${a}`), []);
    expect(kept).toHaveLength(KEPT_PAGES);
    expect(areas(kept)).toEqual(['equipment', 'roster', 'dashboard', 'map', 'reminders']);
    expect(areas(keptAfter(kept, 'teams', '#/teams', 3))).toEqual(['map', 'reminders', 'teams']);
  });
});
