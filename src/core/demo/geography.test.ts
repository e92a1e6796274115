import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distanceM } from '../../common/geo/distance';
import { DEMO_CENTER, generateGeography, geographyToGeoJson } from './geography';
import { demoCoreWithAdmin } from '../testing';

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
