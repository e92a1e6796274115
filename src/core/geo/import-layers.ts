import { uncounted, type Counted } from '../progress';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { GeoImportLine, GeoImportVillage } from '../../common/contract/geo';
import { distanceM, type LonLat } from '../../common/geo/distance';
import type { Problem } from './import-crs';
import {
  at,
  centroidOf,
  closedRings,
  convert,
  convertRing,
  firstCrossing,
  groupBy,
  inRange,
  pointInside,
  round7,
  simplifyLine,
  simplifyPolygons,
  FEATURES_PER_BREATH,
  type ToWgs84,
} from './import-check';
import type { Polygons, RawFeature, Ring } from './import-read';

type Found = Problem & { feature: number | null };

/** A town as the village check needs it: its code, name and every part of its outline. */
export interface TownShape {
  code: string;
  name: string;
  polygons: Polygons | null;
}

export interface VillageDraft extends GeoImportVillage {
  polygons: Polygons | null;
}

const VILLAGE_CODE = /^\d{12}$/;
const lonLatOk = ([x, y]: LonLat) => Math.abs(x) <= 180 && Math.abs(y) <= 90;

/**
 * Villages and communities (行政村/社区) from points or polygons, each under its town: by
 * its 12-digit 统计用区划代码 (the first nine digits are the town's), else by the town it
 * lies in (every part of the town counts, an enclave too).
 */
export async function checkVillages(
  features: RawFeature[],
  toWgs84: ToWgs84,
  nameColumn: string,
  codeColumn: string,
  towns: TownShape[],
  featuresRead: Counted = uncounted,
): Promise<{ villages: VillageDraft[]; problems: Found[] }> {
  const problems: Found[] = [];
  const villages: VillageDraft[] = [];
  if (towns.length === 0)
    return { villages, problems: [{ key: 'errors.geo_towns_first', params: {}, feature: null }] };
  const byPrefix = new Map(towns.map((t) => [t.code.slice(0, 9), t]));
  const located = towns
    .filter((t) => t.polygons)
    .map((t) => ({ t, mp: { type: 'MultiPolygon' as const, coordinates: t.polygons! } }));
  for (const [i, f] of features.entries()) {
    if (i % FEATURES_PER_BREATH === 0) await featuresRead(i, features.length);
    const feature = i + 1;
    if (f.polygons.length === 0 && f.points.length === 0) continue;
    const name = f.props[nameColumn] ?? '';
    const code = f.props[codeColumn] ?? '';
    const label = { name: name || `#${feature}`, code: code || '—' };
    if (!name)
      problems.push({ key: 'errors.geo_name_missing', params: { feature, column: nameColumn }, feature });
    if (!VILLAGE_CODE.test(code))
      problems.push({ key: 'errors.geo_village_code_bad', params: label, feature });
    let polygons: Polygons | null = null;
    let point: LonLat;
    if (f.polygons.length > 0) {
      if (!closedRings(f.polygons)) {
        problems.push({ key: 'errors.geo_ring_bad', params: label, feature });
        continue;
      }
      polygons = convert(f.polygons, toWgs84);
      if (!inRange(polygons)) {
        problems.push({ key: 'errors.geo_out_of_range', params: label, feature });
        continue;
      }
      const crossing = firstCrossing(polygons);
      if (crossing)
        problems.push({
          key: 'errors.geo_self_intersection',
          params: { ...label, at: at(crossing) },
          feature,
        });
      const centroid = centroidOf(polygons);
      polygons = simplifyPolygons(polygons);
      point = pointInside(polygons, centroid);
    } else {
      const [x, y] = toWgs84(f.points[0]![0], f.points[0]![1]);
      point = [round7(x), round7(y)];
      if (!lonLatOk(point)) {
        problems.push({ key: 'errors.geo_out_of_range', params: label, feature });
        continue;
      }
    }
    let town = VILLAGE_CODE.test(code) ? byPrefix.get(code.slice(0, 9)) : undefined;
    let townFrom: GeoImportVillage['townFrom'] = 'code';
    if (!town) {
      town = located.find((l) => booleanPointInPolygon(point, l.mp))?.t;
      townFrom = 'location';
    }
    if (!town) {
      problems.push({ key: 'errors.geo_village_no_town', params: label, feature });
      continue;
    }
    villages.push({
      feature,
      name,
      code,
      townCode: town.code,
      townName: town.name,
      townFrom,
      point,
      outline: polygons !== null,
      polygons,
    });
  }
  await featuresRead(features.length, features.length);
  for (const [code, list] of groupBy(
    villages.filter((v) => VILLAGE_CODE.test(v.code)),
    (v) => v.code,
  ))
    if (list.length > 1)
      problems.push({
        key: 'errors.geo_code_duplicate',
        params: { code, names: list.map((v) => `“${v.name}”`).join('、') },
        feature: list[1]!.feature,
      });
  for (const [, list] of groupBy(
    villages.filter((v) => v.name),
    (v) => `${v.townCode}/${v.name}`,
  ))
    if (list.length > 1)
      problems.push({
        key: 'errors.geo_village_name_duplicate',
        params: { name: list[0]!.name, town: list[0]!.townName },
        feature: list[1]!.feature,
      });
  return { villages, problems };
}

export interface LineDraft extends GeoImportLine {
  /** Each part of the feature (a MultiLineString's too), WGS-84. */
  parts: Ring[];
}

const lengthM = (line: Ring) => {
  let m = 0;
  for (let i = 0; i + 1 < line.length; i += 1) m += distanceM(line[i]!, line[i + 1]!);
  return m;
};

/**
 * The basemap's class of a river or road, so it is drawn as its kind: roads by their
 * number or name (G… 国道, S… 省道, 高速), rivers main when named 江/河 and over 20 km.
 */
export function lineKind(layer: 'rivers' | 'roads', name: string, km: number): string {
  if (layer === 'rivers') return km >= 20 && /[江河]/.test(name) ? 'main' : 'minor';
  if (/高速|^G\d{4}|^[GS]\d{2}(?!\d)/.test(name)) return 'expressway';
  if (/国道|^G\d{3}/.test(name)) return 'national';
  if (/省道|^S\d{3}/.test(name)) return 'provincial';
  return 'county';
}

/** Rivers or roads: every line of the file in WGS-84, named (or not: unnamed ditches exist). */
export async function checkLines(
  layer: 'rivers' | 'roads',
  features: RawFeature[],
  toWgs84: ToWgs84,
  nameColumn: string | null,
  featuresRead: Counted = uncounted,
): Promise<{ lines: LineDraft[]; problems: Found[] }> {
  const problems: Found[] = [];
  const lines: LineDraft[] = [];
  for (const [i, f] of features.entries()) {
    if (i % FEATURES_PER_BREATH === 0) await featuresRead(i, features.length);
    const feature = i + 1;
    if (f.lines.length === 0) continue;
    const name = nameColumn ? (f.props[nameColumn] ?? '') : '';
    if (f.lines.some((l) => l.length < 2)) {
      problems.push({ key: 'errors.geo_line_bad', params: { feature, name: name || '—' }, feature });
      continue;
    }
    const parts = f.lines.map((l) => convertRing(l, toWgs84));
    if (!inRange([parts])) {
      problems.push({ key: 'errors.geo_out_of_range', params: { name: name || `#${feature}` }, feature });
      continue;
    }
    const km = Math.round(parts.reduce((s, l) => s + lengthM(l), 0) / 10) / 100;
    lines.push({
      feature,
      name,
      kind: lineKind(layer, name, km),
      lengthKm: km,
      parts: parts.map(simplifyLine),
    });
  }
  await featuresRead(features.length, features.length);
  return { lines, problems };
}

/** A seat given in a column: two numbers, or one "x,y" (or "x y") text when both columns are one. */
export function seatOfColumns(
  props: Record<string, string>,
  xCol: string,
  yCol: string,
): [number, number] | null {
  const nums =
    xCol === yCol
      ? (props[xCol] ?? '')
          .split(/[\s,，;]+/)
          .filter(Boolean)
          .map(Number)
      : [Number(props[xCol] ?? ''), Number(props[yCol] ?? '')];
  const [x, y] = nums;
  return nums.length === 2 && (props[xCol] ?? '') !== '' && Number.isFinite(x) && Number.isFinite(y)
    ? [x!, y!]
    : null;
}

/** The seat file's points by the code or name they carry (any column whose value is a town's). */
export function seatsByKey(points: RawFeature[], toWgs84: ToWgs84): Map<string, LonLat> {
  const out = new Map<string, LonLat>();
  for (const f of points) {
    const p = f.points[0];
    if (!p) continue;
    const [x, y] = toWgs84(p[0], p[1]);
    for (const v of Object.values(f.props)) if (v && !out.has(v)) out.set(v, [round7(x), round7(y)]);
  }
  return out;
}
