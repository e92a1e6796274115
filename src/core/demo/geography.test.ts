import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distanceM, type LonLat } from '../../common/geo/distance';
import { DEMO_CENTER, generateGeography, geographyToGeoJson } from './geography';
import { demoCoreWithAdmin } from '../testing';
import { seeded } from './random';

describe('demo county geography', () => {
  it('is deterministic: same seed, same county', () => {
    expect(JSON.stringify(generateGeography(7))).toBe(JSON.stringify(generateGeography(7)));
    expect(JSON.stringify(generateGeography(7))).not.toBe(JSON.stringify(generateGeography(8)));
  });

  it('has 13 towns and sub-districts, rivers and roads, all within about 40 km of the seat', () => {
    const g = generateGeography();
    expect(g.towns).toHaveLength(13);
    expect(new Set(g.towns.map((t) => t.name)).size).toBe(13);
    expect(g.towns.filter((t) => t.kind === '街道')).toHaveLength(3);
    expect(g.lines.filter((l) => l.layer === 'river').length).toBeGreaterThanOrEqual(3);
    expect(g.lines.filter((l) => l.layer === 'road').length).toBeGreaterThanOrEqual(10);
    for (const t of g.towns) expect(distanceM(DEMO_CENTER, t.seat)).toBeLessThan(40_000);
    expect(g.boundary[0]).toEqual(g.boundary.at(-1));
  });

  it('draws towns as Voronoi cells of their seats clipped to the boundary, tiling the county', () => {
    const g = generateGeography();
    const inside = (p: LonLat, ring: LonLat[]) => {
      let hit = false;
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) hit = !hit;
      }
      return hit;
    };
    // Every sampled point of the county lies in exactly one town: the one whose seat is nearest.
    const rnd = seeded(5);
    let sampled = 0;
    while (sampled < 400) {
      const p: LonLat = [DEMO_CENTER[0] + (rnd() - 0.5) * 0.7, DEMO_CENTER[1] + (rnd() - 0.5) * 0.6];
      if (!inside(p, g.boundary)) continue;
      sampled++;
      const holders = g.towns.filter((t) => inside(p, t.boundary));
      const nearest = [...g.towns].sort((a, b) => distanceM(p, a.seat) - distanceM(p, b.seat))[0]!;
      // Within a few metres of an edge either neighbour may claim it.
      const d = distanceM(p, nearest.seat);
      const close = g.towns.filter((t) => distanceM(p, t.seat) - d < 5);
      expect(holders.length, `towns holding ${p.join(',')}`).toBe(1);
      expect(close.map((t) => t.name)).toContain(holders[0]!.name);
    }
    // No town is a slice from the centre: the centre lies in one town, not on a corner of several.
    expect(g.towns.filter((t) => inside(DEMO_CENTER, t.boundary))).toHaveLength(1);
    for (const t of g.towns) {
      expect(inside(t.seat, t.boundary), `${t.name}'s seat in its town`).toBe(true);
      expect(t.boundary[0]).toEqual(t.boundary.at(-1));
    }
    // Most towns border five or more others, as real ones do; sectors border two or three.
    const corners = (t: (typeof g.towns)[number]) => t.boundary.length - 1;
    expect(g.towns.filter((t) => corners(t) >= 5).length).toBeGreaterThanOrEqual(10);
  });

  it('the shipped resources/demo/county.geojson is what the generator makes', () => {
    const shipped = fs.readFileSync(
      path.resolve(__dirname, '../../../resources/demo/county.geojson'),
      'utf8',
    );
    expect(JSON.parse(shipped)).toEqual(geographyToGeoJson(generateGeography()));
  });

  it('loads into the database with the demo data, served by geo.towns and geo.basemap', async () => {
    const { core } = await demoCoreWithAdmin();
    const towns = await core.invoke('geo.towns', {});
    expect(towns.map((t) => t.name)).toContain('城关街道');
    const map = await core.invoke('geo.basemap', {});
    const layers = new Set(map.features.map((f) => f.properties.layer));
    expect([...layers].sort()).toEqual(['boundary', 'river', 'road', 'town', 'town_seat']);
    await core.close();
  });
});
