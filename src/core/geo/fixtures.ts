import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import type { LonLat } from '../../common/geo/distance';
import { wgsToGcj } from '../imports/known-crs';

/**
 * Test support: a small county of four towns in WGS-84 (in CGCS2000 3-degree zone 38,
 * central meridian 114°), and the files a bureau would have for it, made by tools other
 * than the app's: a zipped Shapefile projected by GDAL's ogr2ogr with a GBK attribute
 * table, and a GeoJSON shifted to GCJ-02 by the published formula.
 */

export interface FixtureTown {
  name: string;
  code: string;
  ring: LonLat[];
}

const P = {
  a: [114.4, 38.08],
  b: [114.5, 38.09],
  c: [114.61, 38.07],
  d: [114.62, 37.99],
  e: [114.6, 37.91],
  f: [114.49, 37.92],
  g: [114.39, 37.93],
  h: [114.41, 38.0],
  o: [114.51, 37.995],
} satisfies Record<string, LonLat>;

const ring = (...pts: LonLat[]): LonLat[] => [...pts, pts[0]!];

export const FIXTURE_TOWNS: FixtureTown[] = [
  { name: '城关镇', code: '130181100', ring: ring(P.a, P.h, P.o, P.b) },
  { name: '东关街道', code: '130181001', ring: ring(P.b, P.o, P.d, P.c) },
  { name: '南河乡', code: '130181201000', ring: ring(P.o, P.f, P.e, P.d) },
  { name: '西山镇', code: '130181101', ring: ring(P.h, P.g, P.f, P.o) },
];

/**
 * The centroid of a ring as a surveyor computes it: the shoelace formula on the plain
 * lon/lat numbers (an affine scale of the axes moves the centroid with it, so no cos φ is needed).
 */
export function expectedCentroid(r: LonLat[]): LonLat {
  let a = 0;
  let x = 0;
  let y = 0;
  for (let i = 0; i + 1 < r.length; i += 1) {
    const [x1, y1] = r[i]!;
    const [x2, y2] = r[i + 1]!;
    const c = x1 * y2 - x2 * y1;
    a += c / 2;
    x += ((x1 + x2) * c) / 6;
    y += ((y1 + y2) * c) / 6;
  }
  return [x / a, y / a];
}

/** Metres between two nearby points (equirectangular; fine below a few kilometres). */
export function metresBetween(p: LonLat, q: LonLat): number {
  const k = Math.cos((((p[1] + q[1]) / 2) * Math.PI) / 180);
  const dx = (p[0] - q[0]) * k * 111_320;
  const dy = (p[1] - q[1]) * 110_574;
  return Math.hypot(dx, dy);
}

interface Props {
  [column: string]: string;
}

export function geoJsonOf(
  towns: { props: Props; ring: LonLat[] }[],
  map: (p: LonLat) => LonLat = (p) => p,
): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: towns.map((t) => ({
      type: 'Feature',
      properties: t.props,
      geometry: { type: 'Polygon', coordinates: [t.ring.map(map)] },
    })),
  });
}

/** The fixture towns with Chinese column names, as a county's 自然资源 data has them. */
export const fixtureFeatures = (towns = FIXTURE_TOWNS) =>
  towns.map((t) => ({ props: { 乡镇名称: t.name, 乡镇代码: t.code, 备注: '测试' }, ring: t.ring }));

/** GeoJSON in GCJ-02 (as exported from an online map), columns `name` and `code`. */
export function gcjGeoJson(towns = FIXTURE_TOWNS): string {
  return geoJsonOf(
    towns.map((t) => ({ props: { name: t.name, code: t.code }, ring: t.ring })),
    wgsToGcj,
  );
}

/**
 * A zipped Shapefile projected by ogr2ogr into EPSG:4526 (CGCS2000 3-degree GK zone 38,
 * eastings with the zone prefix), attribute table in GBK. `withPrj: false` drops the .prj.
 */
export async function gkShapefileZip(opts: { withPrj?: boolean; epsg?: number } = {}): Promise<Buffer> {
  return shapefileZip(geoJsonOf(fixtureFeatures()), '乡镇界', opts);
}

/** Any WGS-84 GeoJSON as a zipped Shapefile made by ogr2ogr (GK zone 38 by default, GBK table). */
export async function shapefileZip(
  geojson: string,
  name: string,
  opts: { withPrj?: boolean; epsg?: number } = {},
): Promise<Buffer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duty-room-shp-'));
  try {
    const src = path.join(dir, 'in.geojson');
    fs.writeFileSync(src, geojson);
    execFileSync(
      'ogr2ogr',
      [
        '-f',
        'ESRI Shapefile',
        '-s_srs',
        'EPSG:4326',
        '-t_srs',
        `EPSG:${opts.epsg ?? 4526}`,
        '-lco',
        'ENCODING=GBK',
        '-nln',
        name,
        path.join(dir, 'out'),
        src,
      ],
      { stdio: 'pipe' },
    );
    const zip = new JSZip();
    for (const f of fs.readdirSync(path.join(dir, 'out'))) {
      if (opts.withPrj === false && f.endsWith('.prj')) continue;
      zip.file(`${name}/${f}`, fs.readFileSync(path.join(dir, 'out', f)));
    }
    return await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Villages in the fixture towns: three under their town by the first nine digits of their
 * code, 南坡村 by where it lies (its code's town part is no fixture town's).
 */
export const FIXTURE_VILLAGES: { name: string; code: string; at: LonLat; town: string }[] = [
  { name: '石桥村', code: '130181100201', at: [114.45, 38.04], town: '130181100' },
  { name: '河东社区', code: '130181001001', at: [114.56, 38.04], town: '130181001' },
  { name: '南坡村', code: '130181999201', at: [114.55, 37.95], town: '130181201000' },
  { name: '西沟村', code: '130181101202', at: [114.44, 37.96], town: '130181101' },
];

/** A square of `halfDeg` around a point, closed. */
export const squareAround = ([x, y]: LonLat, halfDeg: number): LonLat[] =>
  ring(
    [x - halfDeg, y - halfDeg],
    [x + halfDeg, y - halfDeg],
    [x + halfDeg, y + halfDeg],
    [x - halfDeg, y + halfDeg],
  );

/** The villages as GeoJSON: outlines (squares ~1 km across) or points, columns 村名称 and 村代码. */
export function villagesGeoJson(shape: 'polygon' | 'point' = 'polygon'): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: FIXTURE_VILLAGES.map((v) => ({
      type: 'Feature',
      properties: { 村名称: v.name, 村代码: v.code },
      geometry:
        shape === 'point'
          ? { type: 'Point', coordinates: v.at }
          : { type: 'Polygon', coordinates: [squareAround(v.at, 0.005)] },
    })),
  });
}

/** Two rivers across the fixture county (one long, one short) and a road, WGS-84. */
export const FIXTURE_RIVERS = [
  {
    name: '滹沱河',
    line: [
      [114.37, 38.03],
      [114.45, 38.01],
      [114.52, 38.02],
      [114.58, 37.98],
      [114.64, 37.97],
    ] as LonLat[],
  },
  {
    name: '小清河',
    line: [
      [114.47, 37.93],
      [114.5, 37.96],
      [114.52, 37.99],
    ] as LonLat[],
  },
];

export function linesGeoJson(lines: { name: string; line: LonLat[] }[], column = '名称'): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: lines.map((l) => ({
      type: 'Feature',
      properties: { [column]: l.name },
      geometry: { type: 'LineString', coordinates: l.line },
    })),
  });
}

/** A file with a bow-tie town (its boundary crosses itself) and two towns sharing one code. */
export function brokenGeoJson(): string {
  const [first, second, third, fourth] = fixtureFeatures();
  const r = first!.ring;
  return geoJsonOf([
    // 城关镇 with two corners swapped: the outline crosses itself.
    { props: first!.props, ring: [r[0]!, r[2]!, r[1]!, r[3]!, r[0]!] },
    second!,
    third!,
    { props: { ...fourth!.props, 乡镇代码: second!.props.乡镇代码! }, ring: fourth!.ring },
  ]);
}
