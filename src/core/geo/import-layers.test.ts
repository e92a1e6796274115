import { afterEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../common/events';
import type { Core } from '../core';
import type { Actor } from '../actor';
import { fingerprint, staffedCore } from '../testing';
import {
  FIXTURE_RIVERS,
  FIXTURE_TOWNS,
  FIXTURE_VILLAGES,
  fixtureFeatures,
  geoJsonOf,
  gkShapefileZip,
  linesGeoJson,
  metresBetween,
  shapefileZip,
  squareAround,
  villagesGeoJson,
} from './fixtures';
import { lineKind } from './import-layers';

let core: Core;
let admin: Actor;
afterEach(async () => {
  await core?.close();
});

const file = (fileName: string, bytes: Buffer | string) => ({
  fileName,
  base64: Buffer.from(bytes).toString('base64'),
});

/** A core whose towns are the fixture county's, imported from the GK zone 38 Shapefile. */
async function withFixtureTowns() {
  ({ core, admin } = await staffedCore());
  await core.invoke('geo.import', { file: file('乡镇界.zip', await gkShapefileZip()) }, admin);
}

const layersOf = async () => (await core.invoke('geo.basemap', {})).features.map((f) => f.properties.layer);
const count = (list: string[], layer: string) => list.filter((l) => l === layer).length;

describe('villages', () => {
  it('imports a GK zone 38 Shapefile of village outlines with a GBK table, each under its town by code or by location', async () => {
    await withFixtureTowns();
    const input = {
      layer: 'villages' as const,
      file: file('行政村.zip', await shapefileZip(villagesGeoJson(), '行政村界')),
    };
    const p = await core.invoke('geo.preview', input, admin);
    expect(p.problems).toEqual([]);
    expect([p.encoding, p.crs.code, p.crs.zone, p.nameColumn, p.codeColumn]).toEqual([
      'gb18030',
      'gk3',
      38,
      '村名称',
      '村代码',
    ]);
    for (const v of FIXTURE_VILLAGES) {
      const got = p.villages.find((x) => x.code === v.code)!;
      expect(got.townCode, v.name).toBe(v.town);
      expect(got.townFrom, v.name).toBe(v.name === '南坡村' ? 'location' : 'code');
      expect(got.outline).toBe(true);
      expect(metresBetween(got.point, v.at), v.name).toBeLessThan(10);
    }
    // The preview draws the villages over the county as it is.
    expect(p.map.features.some((f) => f.properties.layer === 'boundary')).toBe(true);
    expect(p.map.features.filter((f) => f.properties.layer === 'village')).toHaveLength(4);

    const res = await core.invoke('geo.import', input, admin);
    expect([res.layer, res.villages]).toEqual(['villages', 4]);
    const stored = await core.invoke('geo.villages', {});
    expect(stored.map((v) => [v.name, v.townCode])).toEqual(
      [...FIXTURE_VILLAGES].sort((a, b) => a.code.localeCompare(b.code)).map((v) => [v.name, v.town]),
    );
    const layers = await layersOf();
    expect([count(layers, 'village'), count(layers, 'village_point'), count(layers, 'town')]).toEqual([
      4, 4, 4,
    ]);
  });

  it('imports villages as points; a village in no town and one without a 12-digit code are refused by name', async () => {
    await withFixtureTowns();
    const points = await core.invoke(
      'geo.preview',
      { layer: 'villages', file: file('村.geojson', villagesGeoJson('point')) },
      admin,
    );
    expect(points.problems).toEqual([]);
    expect(points.villages.map((v) => v.outline)).toEqual([false, false, false, false]);
    const before = fingerprint(core);
    const bad = JSON.parse(villagesGeoJson('point')) as {
      features: { properties: Record<string, string>; geometry: { coordinates: number[] } }[];
    };
    bad.features[2]!.geometry.coordinates = [115.2, 38.5];
    bad.features[3]!.properties.村代码 = '13018110';
    const input = { layer: 'villages' as const, file: file('村.geojson', JSON.stringify(bad)) };
    const p = await core.invoke('geo.preview', input, admin);
    expect(p.problems.map((x) => x.message)).toEqual([
      '“南坡村”（130181999201）找不到所属乡镇：代码前 9 位不是已导入乡镇的代码，位置也不在任何乡镇内',
      '“西沟村”的区划代码“13018110”不是 12 位数字（统计用区划代码）',
    ]);
    await expect(core.invoke('geo.import', input, admin)).rejects.toMatchObject({
      key: 'errors.geo_import_refused',
    });
    expect(fingerprint(core)).toBe(before);
  });

  it('asks for the towns first when there are none', async () => {
    ({ core, admin } = await staffedCore());
    core.db().write.prepare('DELETE FROM towns').run();
    const p = await core.invoke(
      'geo.preview',
      { layer: 'villages', file: file('村.geojson', villagesGeoJson('point')) },
      admin,
    );
    expect(p.problems.map((x) => x.key)).toEqual(['errors.geo_towns_first']);
  });
});

describe('rivers and roads', () => {
  it('imports rivers from a Shapefile of lines; towns, roads and villages stay, and a town import keeps the rivers', async () => {
    await withFixtureTowns();
    await core.invoke(
      'geo.import',
      { layer: 'villages', file: file('村.geojson', villagesGeoJson('point')) },
      admin,
    );
    await core.invoke(
      'geo.import',
      {
        layer: 'roads',
        file: file('道路.geojson', linesGeoJson([{ name: 'G307', line: FIXTURE_RIVERS[1]!.line }])),
      },
      admin,
    );
    const input = {
      layer: 'rivers' as const,
      file: file('河流.zip', await shapefileZip(linesGeoJson(FIXTURE_RIVERS), '河流')),
    };
    const p = await core.invoke('geo.preview', input, admin);
    expect(p.problems).toEqual([]);
    expect(p.codeColumn).toBeNull();
    expect(p.lines.map((l) => [l.name, l.kind])).toEqual([
      ['滹沱河', 'main'],
      ['小清河', 'minor'],
    ]);
    expect(p.lines[0]!.lengthKm).toBeGreaterThan(20);
    expect(p.lines[0]!.lengthKm).toBeLessThan(30);
    await core.invoke('geo.import', input, admin);
    let layers = await layersOf();
    expect([
      count(layers, 'river'),
      count(layers, 'road'),
      count(layers, 'town'),
      count(layers, 'village_point'),
    ]).toEqual([2, 1, 4, 4]);
    // Re-importing the towns replaces them and the boundary only.
    await core.invoke('geo.import', { file: file('乡镇界.zip', await gkShapefileZip()) }, admin);
    layers = await layersOf();
    expect([
      count(layers, 'river'),
      count(layers, 'road'),
      count(layers, 'boundary'),
      count(layers, 'village_point'),
    ]).toEqual([2, 1, 1, 4]);
    // Importing rivers again replaces the rivers only.
    await core.invoke(
      'geo.import',
      { layer: 'rivers', file: file('河.geojson', linesGeoJson([FIXTURE_RIVERS[0]!])) },
      admin,
    );
    layers = await layersOf();
    expect([count(layers, 'river'), count(layers, 'road')]).toEqual([1, 1]);
  });

  it('classes roads by number and name, rivers by name and length', () => {
    expect(lineKind('roads', 'G4 京港澳高速', 30)).toBe('expressway');
    expect(lineKind('roads', 'G307', 30)).toBe('national');
    expect(lineKind('roads', '省道 S201', 30)).toBe('provincial');
    expect(lineKind('roads', '城南路', 3)).toBe('county');
    expect(lineKind('rivers', '滹沱河', 25)).toBe('main');
    expect(lineKind('rivers', '滹沱河支渠', 5)).toBe('minor');
  });

  it('refuses a river file without lines', async () => {
    await withFixtureTowns();
    const p = await core.invoke(
      'geo.preview',
      { layer: 'rivers', file: file('村.geojson', villagesGeoJson('point')) },
      admin,
    );
    expect(p.problems.map((x) => x.message)).toEqual(['文件中没有线状要素（河流、道路应为线）']);
    expect(p.ignored).toBe(4);
  });
});

describe('multipart towns and town seats', () => {
  /** 南河乡 with an enclave: a second square part east of the county. */
  const island = squareAround([114.7, 37.95], 0.02);
  const withEnclave = () => {
    const doc = JSON.parse(geoJsonOf(fixtureFeatures())) as {
      features: { properties: Record<string, string>; geometry: { type: string; coordinates: unknown } }[];
    };
    const nanhe = doc.features.find((f) => f.properties.乡镇名称 === '南河乡')!;
    nanhe.geometry = { type: 'MultiPolygon', coordinates: [nanhe.geometry.coordinates, [island]] };
    return JSON.stringify(doc);
  };

  it('keeps every part of a town: area and containment use them all', async () => {
    ({ core, admin } = await staffedCore());
    const text = withEnclave();
    expect(text).toContain('MultiPolygon');
    const p = await core.invoke('geo.preview', { file: file('乡镇.geojson', text) }, admin);
    expect(p.problems).toEqual([]);
    const nanhe = p.towns.find((t) => t.name === '南河乡')!;
    expect(nanhe.parts).toBe(2);
    const single = (
      await core.invoke('geo.preview', { file: file('乡镇.geojson', geoJsonOf(fixtureFeatures())) }, admin)
    ).towns.find((t) => t.name === '南河乡')!;
    // The enclave is ~3.5 km × 4.4 km: about 15 km² more.
    expect(nanhe.areaKm2 - single.areaKm2).toBeGreaterThan(14);
    expect(nanhe.areaKm2 - single.areaKm2).toBeLessThan(17);
    await core.invoke('geo.import', { file: file('乡镇.geojson', text) }, admin);
    const parts = (await core.invoke('geo.basemap', {})).features.filter(
      (f) => f.properties.layer === 'town' && f.properties.name === '南河乡',
    );
    expect(parts).toHaveLength(2);
    // A village in the enclave belongs to 南河乡 by where it lies.
    const enclaveVillage = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { 名称: '飞地村', 代码: '130181888201' },
          geometry: { type: 'Point', coordinates: [114.7, 37.95] },
        },
      ],
    });
    const v = await core.invoke(
      'geo.preview',
      { layer: 'villages', file: file('村.geojson', enclaveVillage) },
      admin,
    );
    expect(v.villages.map((x) => [x.townName, x.townFrom])).toEqual([['南河乡', 'location']]);
  });

  it('takes the seat from a points file, from coordinate columns, else the centroid, and says which', async () => {
    ({ core, admin } = await staffedCore());
    const seats = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { 驻地: '城关镇' },
          geometry: { type: 'Point', coordinates: [114.46, 38.05] },
        },
        {
          type: 'Feature',
          properties: { 代码: '130181001' },
          geometry: { type: 'Point', coordinates: [114.57, 38.03] },
        },
      ],
    });
    const p = await core.invoke(
      'geo.preview',
      { file: file('乡镇.geojson', geoJsonOf(fixtureFeatures())), seatFile: file('驻地.geojson', seats) },
      admin,
    );
    expect(p.problems).toEqual([]);
    const by = (name: string) => p.towns.find((t) => t.name === name)!;
    expect([by('城关镇').seatFrom, by('城关镇').seat]).toEqual(['file', [114.46, 38.05]]);
    expect([by('东关街道').seatFrom, by('东关街道').seat]).toEqual(['file', [114.57, 38.03]]);
    expect([by('西山镇').seatFrom, by('西山镇').seat]).toEqual(['centroid', by('西山镇').centroid]);

    const withColumns = fixtureFeatures().map((t, i) => ({
      ...t,
      props: {
        ...t.props,
        驻地坐标: i === 0 ? '114.46, 38.05' : i === 1 ? '' : i === 2 ? '114.55，37.95' : '东经114度',
      },
    }));
    const c = await core.invoke(
      'geo.preview',
      { file: file('乡镇.geojson', geoJsonOf(withColumns)), seatColumns: ['驻地坐标', '驻地坐标'] },
      admin,
    );
    expect(c.problems.map((x) => x.message)).toEqual(['“西山镇”的驻地坐标“东经114度”无法读取']);
    expect(c.towns.map((t) => t.seatFrom)).toEqual(['column', 'centroid', 'column', 'centroid']);
    expect(c.towns[2]!.seat).toEqual([114.55, 37.95]);

    // A seat outside its town is named, and the import refused.
    const outside = fixtureFeatures().map((t, i) => ({
      ...t,
      props: { ...t.props, X: i === 0 ? '114.6' : '', Y: i === 0 ? '37.92' : '' },
    }));
    const o = await core.invoke(
      'geo.preview',
      { file: file('乡镇.geojson', geoJsonOf(outside)), seatColumns: ['X', 'Y'] },
      admin,
    );
    expect(o.problems.map((x) => x.message)).toEqual([
      `“${FIXTURE_TOWNS[0]!.name}”（${FIXTURE_TOWNS[0]!.code}）的驻地不在该乡镇范围内`,
    ]);
    await core.invoke(
      'geo.import',
      { file: file('乡镇.geojson', geoJsonOf(fixtureFeatures())), seatFile: file('驻地.geojson', seats) },
      admin,
    );
    const towns = await core.invoke('geo.towns', {});
    expect(towns.find((t) => t.name === '城关镇')!.seat).toEqual([114.46, 38.05]);
  });
});

describe('detailed outlines', () => {
  it('are stored thinned to within a few metres; area and position come from the file as it is', async () => {
    await withFixtureTowns();
    const at = FIXTURE_VILLAGES[0]!.at;
    // A round village of 4000 vertices, ~450 m across: a vertex every 35 cm, as surveyed outlines have.
    const r = 0.002;
    const k = Math.cos((at[1] * Math.PI) / 180);
    const ring = Array.from({ length: 4000 }, (_, i) => {
      const a = (2 * Math.PI * i) / 4000;
      return [at[0] + (r * Math.cos(a)) / k, at[1] + r * Math.sin(a)] as [number, number];
    });
    ring.push(ring[0]!);
    const doc = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { 名称: '石桥村', 代码: FIXTURE_VILLAGES[0]!.code },
          geometry: { type: 'Polygon', coordinates: [ring] },
        },
      ],
    });
    await core.invoke('geo.import', { layer: 'villages', file: file('村.geojson', doc) }, admin);
    const outline = (await core.invoke('geo.basemap', {})).features.find(
      (f) => f.properties.layer === 'village',
    )!;
    const stored = (outline.geometry.coordinates as [number, number][][])[0]!;
    expect(stored.length).toBeLessThan(200);
    expect(stored.length).toBeGreaterThan(20);
    // Every vertex kept lies on the circle and no edge strays more than ~2 m inside it (the
    // circle is 1.5 m out of round in metres: degrees of longitude and latitude differ slightly).
    const radiusM = r * 110_574;
    for (const p of stored) expect(Math.abs(metresBetween(p, at) - radiusM)).toBeLessThan(2);
    for (let i = 0; i + 1 < stored.length; i += 1) {
      const mid: [number, number] = [
        (stored[i]![0] + stored[i + 1]![0]) / 2,
        (stored[i]![1] + stored[i + 1]![1]) / 2,
      ];
      expect(radiusM - metresBetween(mid, at)).toBeLessThan(4);
    }
    expect(metresBetween((await core.invoke('geo.villages', {}))[0]!.point, at)).toBeLessThan(1);
  });
});

describe('progress', () => {
  it('the check of a file counts off its features to the screens, for the preview and the import', async () => {
    await withFixtureTowns();
    const events: AppEvent[] = [];
    core.subscribe((e) => events.push(e));
    const input = {
      layer: 'villages' as const,
      file: file('行政村.zip', await shapefileZip(villagesGeoJson(), '行政村界')),
    };
    await core.invoke('geo.preview', input, admin);
    await core.invoke('geo.import', input, admin);
    for (const job of ['geo.preview', 'geo.import']) {
      const seen = events.filter((e) => e.progress?.job === job).map((e) => e.progress!);
      expect(seen[0], job).toEqual({ job, done: 0, total: FIXTURE_VILLAGES.length });
      expect(seen.at(-1), job).toEqual({ job, done: FIXTURE_VILLAGES.length, total: FIXTURE_VILLAGES.length });
    }
  });
});
