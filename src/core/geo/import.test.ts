import JSZip from 'jszip';
import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import type { Actor } from '../actor';
import { fingerprint, staffedCore } from '../testing';
import {
  FIXTURE_TOWNS,
  brokenGeoJson,
  expectedCentroid,
  fixtureFeatures,
  gcjGeoJson,
  geoJsonOf,
  gkShapefileZip,
  metresBetween,
} from './fixtures';
import { gcjToBd, wgsToGcj } from '../imports/known-crs';
import { dbfEncoding } from './import-read';
import { centroidOf, kindOfName, pointInside } from './import-check';

let core: Core;
let admin: Actor;
afterEach(async () => {
  await core?.close();
});

const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64');
const file = (fileName: string, bytes: Buffer | string) => ({ fileName, base64: b64(bytes) });

async function setup() {
  ({ core, admin } = await staffedCore());
}

function expectCentroidsNearTruth(towns: { code: string; centroid: [number, number] }[]) {
  expect(towns.map((t) => t.code).sort()).toEqual(FIXTURE_TOWNS.map((t) => t.code).sort());
  for (const t of FIXTURE_TOWNS) {
    const got = towns.find((x) => x.code === t.code)!;
    expect(metresBetween(got.centroid, expectedCentroid(t.ring)), t.name).toBeLessThan(10);
  }
}

describe('geometry helpers', () => {
  it('names the kind of a town by its suffix', () => {
    expect(kindOfName('东关街道')).toBe('街道');
    expect(kindOfName('城关办事处')).toBe('街道');
    expect(kindOfName('南河乡')).toBe('乡');
    expect(kindOfName('满族乡')).toBe('乡');
    expect(kindOfName('城关镇')).toBe('镇');
    expect(kindOfName('农场')).toBe('镇');
  });

  it('finds the area centroid, and a seat inside a town whose centroid is not', () => {
    const square: [number, number][] = [
      [0, 0],
      [2, 0],
      [2, 2],
      [0, 2],
      [0, 0],
    ];
    expect(centroidOf([[square]])).toEqual([1, 1]);
    // A U shape: the centroid falls in the notch.
    const u: [number, number][] = [
      [0, 0],
      [3, 0],
      [3, 3],
      [2, 3],
      [2, 1],
      [1, 1],
      [1, 3],
      [0, 3],
      [0, 0],
    ];
    const c = centroidOf([[u]]);
    expect(c[0]).toBeCloseTo(1.5, 6);
    const seat = pointInside([[u]], c);
    expect(seat[0] < 1 || seat[0] > 2 || seat[1] < 1).toBe(true);
  });

  it('reads the attribute encoding from the .cpg, the language byte, or the bytes', () => {
    const header = Buffer.alloc(40);
    expect(dbfEncoding(header, 'UTF-8')).toBe('utf-8');
    expect(dbfEncoding(header, '936')).toBe('gb18030');
    const ldid = Buffer.from(header);
    ldid[29] = 0x4d;
    expect(dbfEncoding(ldid, null)).toBe('gb18030');
    expect(dbfEncoding(Buffer.concat([header, Buffer.from('城关镇', 'utf8')]), null)).toBe('utf-8');
    expect(dbfEncoding(Buffer.concat([header, Buffer.from([0xb3, 0xc7, 0xb9, 0xd8])]), null)).toBe('gb18030');
  });
});

describe('geo.preview', () => {
  it('reads a zipped GK zone 38 Shapefile with a GBK table: columns, towns, centroids within 10 m', async () => {
    await setup();
    const before = fingerprint(core);
    const p = await core.invoke('geo.preview', { file: file('乡镇界.zip', await gkShapefileZip()) }, admin);
    expect(p.format).toBe('shapefile');
    expect(p.encoding).toBe('gb18030');
    expect(p.crs).toEqual({ code: 'gk3', zone: 38, from: 'file' });
    expect(p.columns).toEqual(['乡镇名称', '乡镇代码', '备注']);
    expect([p.nameColumn, p.codeColumn]).toEqual(['乡镇名称', '乡镇代码']);
    expect(p.problems).toEqual([]);
    expectCentroidsNearTruth(p.towns);
    const chengguan = p.towns.find((t) => t.name === '城关镇')!;
    expect(chengguan.kind).toBe('镇');
    expect(p.towns.find((t) => t.name === '东关街道')!.kind).toBe('街道');
    // ~9 km × 8.5 km.
    expect(chengguan.areaKm2).toBeGreaterThan(50);
    expect(chengguan.areaKm2).toBeLessThan(110);
    // The boundary is the union of the four towns: one outline, eight corners.
    const boundary = p.map.features.filter((f) => f.properties.layer === 'boundary');
    expect(boundary).toHaveLength(1);
    expect(fingerprint(core)).toBe(before);
  });

  it('names projected coordinates without a .prj and suggests the zone; the chosen zone reads them', async () => {
    await setup();
    const zip = await gkShapefileZip({ withPrj: false });
    const p = await core.invoke('geo.preview', { file: file('乡镇界.zip', zip) }, admin);
    expect(p.towns).toEqual([]);
    expect(p.problems.map((x) => x.key)).toEqual(['errors.geo_looks_projected']);
    expect(p.problems[0]!.message).toContain('第 38 带');
    const chosen = await core.invoke(
      'geo.preview',
      { file: file('乡镇界.zip', zip), crs: 'gk3', zone: 38 },
      admin,
    );
    expect(chosen.problems).toEqual([]);
    expect(chosen.crs).toEqual({ code: 'gk3', zone: 38, from: 'user' });
    expectCentroidsNearTruth(chosen.towns);
    const wrong = await core.invoke(
      'geo.preview',
      { file: file('乡镇界.zip', zip), crs: 'gk3', zone: 39 },
      admin,
    );
    expect(wrong.problems.map((x) => x.key)).toEqual(['errors.geo_zone_mismatch']);
  });

  it('reads GCJ-02 and BD-09 GeoJSON back to WGS-84 within 10 m', async () => {
    await setup();
    const gcj = await core.invoke(
      'geo.preview',
      { file: file('乡镇.geojson', gcjGeoJson()), crs: 'gcj02' },
      admin,
    );
    expect(gcj.problems).toEqual([]);
    expectCentroidsNearTruth(gcj.towns);
    const bd = geoJsonOf(
      FIXTURE_TOWNS.map((t) => ({ props: { name: t.name, code: t.code }, ring: t.ring })),
      (p) => gcjToBd(wgsToGcj(p)),
    );
    const bdp = await core.invoke('geo.preview', { file: file('乡镇.geojson', bd), crs: 'bd09' }, admin);
    expectCentroidsNearTruth(bdp.towns);
  });

  it('reads KML and KMZ (names from <name>, codes from ExtendedData)', async () => {
    await setup();
    const placemarks = FIXTURE_TOWNS.map(
      (
        t,
      ) => `<Placemark><name>${t.name}</name><ExtendedData><Data name="code"><value>${t.code}</value></Data></ExtendedData>
      <Polygon><outerBoundaryIs><LinearRing><coordinates>${t.ring.map((p) => p.join(',')).join(' ')}</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark>`,
    ).join('\n');
    const kml = `<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>${placemarks}</Document></kml>`;
    const p = await core.invoke('geo.preview', { file: file('乡镇.kml', kml) }, admin);
    expect(p.format).toBe('kml');
    expect([p.nameColumn, p.codeColumn]).toEqual(['name', 'code']);
    expectCentroidsNearTruth(p.towns);
    const zip = new JSZip();
    zip.file('doc.kml', kml);
    const kmz = await core.invoke(
      'geo.preview',
      { file: file('乡镇.kmz', await zip.generateAsync({ type: 'nodebuffer' })) },
      admin,
    );
    expect(kmz.format).toBe('kmz');
    expect(kmz.towns).toHaveLength(4);
  });

  it('lists a town outside a separate county boundary', async () => {
    await setup();
    const [a, b, c, d] = FIXTURE_TOWNS;
    // The boundary holds the western half only: 城关镇 (a h o b) and 西山镇 (h g f o).
    const [pa, ph, po, pb] = a!.ring;
    const [, pg, pf] = d!.ring;
    const boundary = geoJsonOf([{ props: {}, ring: [pa!, ph!, pg!, pf!, po!, pb!, pa!] }]);
    const p = await core.invoke(
      'geo.preview',
      {
        file: file('乡镇.geojson', geoJsonOf(fixtureFeatures())),
        boundaryFile: file('县界.geojson', boundary),
      },
      admin,
    );
    const outside = p.problems
      .filter((x) => x.key === 'errors.geo_outside_boundary')
      .map((x) => x.params.name);
    expect(outside.sort()).toEqual([b!.name, c!.name].sort());
  });
});

describe('geo.import', () => {
  it('replaces towns and boundary in one go; records keep their town codes; the basemap follows', async () => {
    await setup();
    const oldCode = (await core.invoke('geo.towns', {}))[0]!.code;
    const res = await core.invoke('geo.import', { file: file('乡镇界.zip', await gkShapefileZip()) }, admin);
    expect(res.towns).toBe(4);
    const towns = await core.invoke('geo.towns', {});
    expect(towns.map((t) => [t.code, t.name, t.kind])).toEqual(
      [...FIXTURE_TOWNS]
        .sort((x, y) => x.code.localeCompare(y.code))
        .map((t) => [t.code, t.name, t.name.endsWith('街道') ? '街道' : t.name.endsWith('乡') ? '乡' : '镇']),
    );
    expect(oldCode).not.toBe(towns[0]!.code);
    const map = await core.invoke('geo.basemap', {});
    const layers = map.features.map((f) => f.properties.layer);
    expect(layers.filter((l) => l === 'boundary')).toHaveLength(1);
    expect(layers.filter((l) => l === 'town')).toHaveLength(4);
    expect(layers).not.toContain('river');
    // The boundary lies where the county is: around 114.5°E, 38°N.
    const b = map.features.find((f) => f.properties.layer === 'boundary')!;
    const xs = (b.geometry.coordinates as [number, number][][])[0]!.map((p) => p[0]);
    expect(Math.min(...xs)).toBeCloseTo(114.39, 3);
    expect(Math.max(...xs)).toBeCloseTo(114.62, 3);
  });

  it('refuses a broken polygon and a duplicate code, naming both, and changes nothing', async () => {
    await setup();
    const before = fingerprint(core);
    const input = { file: file('乡镇.geojson', brokenGeoJson()) };
    const p = await core.invoke('geo.preview', input, admin);
    expect(p.problems.map((x) => x.key).sort()).toEqual([
      'errors.geo_code_duplicate',
      'errors.geo_self_intersection',
    ]);
    const err = await core.invoke('geo.import', input, admin).then(
      () => null,
      (e: unknown) => e as { code: string; message: string },
    );
    expect(err?.code).toBe('invalid_input');
    expect(err?.message).toContain('城关镇');
    expect(err?.message).toContain('边界自相交');
    expect(err?.message).toContain('区划代码 130181001 重复');
    expect(err?.message).toContain('“东关街道”、“西山镇”');
    expect(fingerprint(core)).toBe(before);
  });

  it('refuses unreadable files, missing columns, and non-administrators', async () => {
    await setup();
    const before = fingerprint(core);
    await expect(
      core.invoke('geo.preview', { file: file('x.geojson', 'not a map') }, admin),
    ).rejects.toMatchObject({
      key: 'errors.geo_unreadable',
    });
    const p = await core.invoke(
      'geo.preview',
      { file: file('乡镇.geojson', geoJsonOf(fixtureFeatures())), codeColumn: '代码' },
      admin,
    );
    expect(p.problems.map((x) => x.message)).toEqual(['文件中没有“代码”列']);
    await expect(
      core.invoke('geo.import', { file: file('乡镇.geojson', geoJsonOf(fixtureFeatures())) }),
    ).rejects.toMatchObject({ code: 'unauthenticated' });
    expect(fingerprint(core)).toBe(before);
  });
});
