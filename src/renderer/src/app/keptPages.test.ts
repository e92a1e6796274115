import { describe, expect, it } from 'vitest';
import { INTAKE_HREF } from '../components/intakeHotkey';
import { INTAKE_SLOT, KEPT_PAGES, keptAfter, readied, spend, type KeptEntry } from './keptPages';

const areas = (kept: KeptEntry[]) => kept.map((k) => k.area);

describe('keptAfter', () => {
  it('puts the page shown last, with the address it shows', () => {
    let kept = keptAfter([], 'dashboard', '#/');
    kept = keptAfter(kept, 'logs', '#/logs');
    kept = keptAfter(kept, 'dashboard', '#/dashboard');
    expect(kept).toEqual([
      { slot: 'logs', area: 'logs', hash: '#/logs', mount: 0 },
      { slot: 'dashboard', area: 'dashboard', hash: '#/dashboard', mount: 0 },
    ]);
  });

  it('keeps one entry per area, the address updated as the shown page moves within it', () => {
    let kept = keptAfter([], 'logs', '#/logs');
    kept = keptAfter(kept, 'logs', '#/logs/incidents');
    kept = keptAfter(kept, 'logs', '#/logs/incident/inc_1');
    expect(kept).toEqual([{ slot: 'logs', area: 'logs', hash: '#/logs/incident/inc_1', mount: 0 }]);
  });

  it('keeps the intake beside the log, as a page of its own that the cap does not count', () => {
    let kept = keptAfter([], 'logs', '#/logs');
    kept = keptAfter(kept, 'logs', INTAKE_HREF);
    expect(kept).toEqual([
      { slot: 'logs', area: 'logs', hash: '#/logs', mount: 0 },
      { slot: INTAKE_SLOT, area: 'logs', hash: INTAKE_HREF, mount: 0 },
    ]);
    for (const a of ['dashboard', 'equipment', 'roster', 'map', 'reminders', 'teams'])
      kept = keptAfter(kept, a, `#/${a}`);
    // The log and the desk are let go; the intake, left before both, stays.
    expect(areas(kept)).toEqual(['logs', 'equipment', 'roster', 'map', 'reminders', 'teams']);
    expect(kept[0]!.slot).toBe(INTAKE_SLOT);
    expect(kept.filter((k) => k.slot !== INTAKE_SLOT)).toHaveLength(KEPT_PAGES);
  });

  it('builds the intake ahead once idle, and afresh once it is saved and left, not before', () => {
    let kept = keptAfter([], 'dashboard', '#/dashboard');
    expect(readied(kept)).toEqual([
      { slot: INTAKE_SLOT, area: 'logs', hash: INTAKE_HREF, mount: 0 },
      { slot: 'dashboard', area: 'dashboard', hash: '#/dashboard', mount: 0 },
    ]);
    kept = [...readied(kept)];
    // Nothing more to build: the very same list (the shell's idle work stops).
    expect(readied(kept)).toBe(kept);
    // F2: the intake built ahead is shown, as it is (same mount).
    kept = keptAfter(kept, 'logs', INTAKE_HREF);
    expect(kept.at(-1)).toEqual({ slot: INTAKE_SLOT, area: 'logs', hash: INTAKE_HREF, mount: 0 });
    // Saved: spent, but kept as it is while still shown (no empty form flashes up).
    kept = spend(kept, INTAKE_SLOT);
    expect(readied(kept)).toBe(kept);
    kept = keptAfter(kept, 'logs', INTAKE_HREF);
    expect(kept.at(-1)?.spent).toBe(true);
    // Its incident page shown: now it is built afresh, hidden.
    kept = keptAfter(kept, 'logs', '#/logs/incident/inc_1');
    expect(kept.find((k) => k.slot === INTAKE_SLOT)).toMatchObject({ mount: 0, spent: true });
    kept = [...readied(kept)];
    expect(kept.find((k) => k.slot === INTAKE_SLOT)).toEqual({
      slot: INTAKE_SLOT,
      area: 'logs',
      hash: INTAKE_HREF,
      mount: 1,
    });
    // Left without saving: shown again as it was left.
    kept = keptAfter(kept, 'logs', INTAKE_HREF);
    kept = keptAfter(kept, 'dashboard', '#/dashboard');
    kept = [...readied(kept)];
    expect(keptAfter(kept, 'logs', INTAKE_HREF).at(-1)?.mount).toBe(1);
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
