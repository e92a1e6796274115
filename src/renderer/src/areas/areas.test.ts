import { describe, expect, it } from 'vitest';
import { commonAreas, printRoutes, ROUTES } from '../../../common/areas';
import { rendererAreas } from '.';
import { menuOf, menuTree, pageOf, printPageOf } from './fold';

describe('renderer area manifests', () => {
  it('refer to the shared manifests of the app', () => {
    for (const a of rendererAreas) expect(commonAreas).toContain(a.area);
  });

  it('give every route a page and a menu entry, and nothing else', () => {
    for (const r of ROUTES) expect(pageOf(rendererAreas, r), r).toBeDefined();
    expect(
      menuOf(rendererAreas)
        .map((m) => m.route)
        .sort(),
    ).toEqual([...ROUTES].sort());
  });

  it('give every printable sheet a page', () => {
    for (const p of Object.keys(printRoutes)) expect(printPageOf(rendererAreas, p), p).toBeDefined();
  });

  it('mark the areas still to come, and only those', () => {
    expect(
      menuOf(rendererAreas)
        .filter((m) => m.coming)
        .map((m) => m.route),
    ).toEqual([]);
  });

  it('put the preparedness entries under one 应急准备 heading, where its first entry stands', () => {
    const tree = menuTree(menuOf(rendererAreas));
    const shape = tree.map((n) =>
      'group' in n ? `${n.group.labelKey}[${n.items.map((i) => i.route).join()}]` : n.item.route,
    );
    expect(shape).toEqual([
      'dashboard',
      'reminders',
      'logs',
      'warnings',
      'map',
      'equipment',
      'roster',
      'contacts',
      'resources',
      'nav.preparedness[plans,drills,review,supplies,teams,experts,releases]',
      'statistics',
      'assessment',
      'settings',
    ]);
  });
});
