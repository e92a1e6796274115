import proj4 from 'proj4';
import type { GeoCrs, GeoImportPreview } from '../../common/contract/geo';
import { toWgs84 } from '../imports/crs';
import type { DeclaredCrs, RawFeature } from './import-read';

type CrsInfo = GeoImportPreview['crs'];
export interface Problem {
  key: string;
  params: Record<string, string | number>;
}

export interface ResolvedCrs {
  info: CrsInfo;
  /** The file's x, y in WGS-84 longitude, latitude. */
  toWgs84(x: number, y: number): [number, number];
  problem: Problem | null;
}

const WGS84 = 'EPSG:4326';
// CGCS2000's ellipsoid; WGS-84 and CGCS2000 agree within centimetres, so no datum shift.
const CGCS2000_ELLIPSOID = '+a=6378137 +rf=298.257222101';

/** CGCS2000 3-degree Gauss–Krüger zone n: central meridian 3n°, eastings without the zone prefix. */
const gkDef = (zone: number) =>
  `+proj=tmerc +lat_0=0 +lon_0=${zone * 3} +k=1 +x_0=500000 +y_0=0 ${CGCS2000_ELLIPSOID} +units=m +no_defs`;

/**
 * EPSG codes of CGCS2000: 4490 geographic; 4513–4533 3-degree GK zones 25–45 with the
 * zone prefix in the easting; 4534–4554 the same zones without it (central meridians 75°–135°).
 */
function zoneOfEpsg(code: number): number | null {
  if (code >= 4513 && code <= 4533) return code - 4488;
  if (code >= 4534 && code <= 4554) return code - 4509;
  return null;
}

const identity = (x: number, y: number): [number, number] => [x, y];

function gk(zone: number, from: CrsInfo['from']): ResolvedCrs {
  const conv = proj4(gkDef(zone), WGS84);
  const prefix = zone * 1_000_000;
  return {
    info: { code: 'gk3', zone, from },
    // Eastings of 自然资源 data usually carry the zone number in front (38 500 000 m at the meridian).
    toWgs84: (x, y) => conv.forward([x >= 1_000_000 ? x - prefix : x, y]) as [number, number],
    problem: null,
  };
}

/** The first few vertices: enough to tell degrees from metres and to read a zone prefix. */
function sample(features: RawFeature[]): [number, number][] {
  const out: [number, number][] = [];
  for (const f of features)
    for (const line of [...f.polygons.flat(), ...f.lines, f.points])
      for (const pt of line) {
        out.push([pt[0], pt[1]]);
        if (out.length >= 200) return out;
      }
  return out;
}

const looksGeographic = (pts: [number, number][]) =>
  pts.every(([x, y]) => Math.abs(x) <= 180 && Math.abs(y) <= 90);

/** The zone the eastings carry in front, if they all carry the same one. */
function prefixZone(pts: [number, number][]): number | null {
  const zones = new Set(pts.map(([x]) => Math.floor(x / 1_000_000)));
  const [z] = [...zones];
  return zones.size === 1 && z !== undefined && z >= 25 && z <= 45 ? z : null;
}

function fromDeclared(d: DeclaredCrs): ResolvedCrs | Problem {
  if (d.kind === 'wgs84')
    return { info: { code: 'wgs84', zone: null, from: 'file' }, toWgs84: identity, problem: null };
  if (d.kind === 'epsg') {
    if (d.code === 4326)
      return { info: { code: 'wgs84', zone: null, from: 'file' }, toWgs84: identity, problem: null };
    if (d.code === 4490)
      return { info: { code: 'cgcs2000', zone: null, from: 'file' }, toWgs84: identity, problem: null };
    const zone = zoneOfEpsg(d.code);
    if (zone) return gk(zone, 'file');
    return { key: 'errors.geo_prj_unknown', params: { name: `EPSG:${d.code}` } };
  }
  if (d.kind === 'unknown') return { key: 'errors.geo_prj_unknown', params: { name: d.name } };
  let p: proj4.Converter & { oProj?: unknown };
  let def: { projName?: string; name?: string; central_meridian?: number; long0?: number; units?: string };
  try {
    def = new proj4.Proj(d.wkt) as unknown as typeof def;
    p = proj4(d.wkt, WGS84);
  } catch {
    return { key: 'errors.geo_prj_unknown', params: { name: d.wkt.slice(0, 60) } };
  }
  const name = (def.name ?? '').slice(0, 100);
  if (def.projName === 'longlat') {
    const code = /2000/.test(name) ? ('cgcs2000' as const) : ('wgs84' as const);
    return { info: { code, zone: null, from: 'file' }, toWgs84: identity, problem: null };
  }
  const cm = def.long0 !== undefined ? (def.long0 * 180) / Math.PI : NaN;
  const zone = Math.round(cm / 3);
  if (
    /tmerc|gauss|transverse/i.test(def.projName ?? '') &&
    Math.abs(cm - zone * 3) < 1e-6 &&
    zone >= 25 &&
    zone <= 45
  )
    return {
      info: { code: 'gk3', zone, from: 'file' },
      toWgs84: (x, y) => p.forward([x, y]) as [number, number],
      problem: null,
    };
  return { key: 'errors.geo_prj_unknown', params: { name: name || d.wkt.slice(0, 60) } };
}

/**
 * The coordinate system to read the file in: the user's choice when made, else what the
 * file declares, else WGS-84 if the numbers are degrees. Metres with no declaration are
 * a problem to name (with the zone the eastings suggest), never a guess.
 */
export function resolveCrs(
  chosen: GeoCrs,
  zone: number | null,
  declared: DeclaredCrs | null,
  features: RawFeature[],
): ResolvedCrs {
  const pts = sample(features);
  const failed = (problem: Problem, info: CrsInfo): ResolvedCrs => ({ info, toWgs84: identity, problem });
  switch (chosen) {
    case 'wgs84':
    case 'cgcs2000':
      return { info: { code: chosen, zone: null, from: 'user' }, toWgs84: identity, problem: null };
    case 'gcj02':
    case 'bd09':
      return {
        info: { code: chosen, zone: null, from: 'user' },
        toWgs84: (x, y) => toWgs84(chosen, x, y),
        problem: null,
      };
    case 'gk3': {
      const found = prefixZone(pts);
      const z = zone ?? found;
      if (z === null)
        return failed(
          { key: 'errors.geo_zone_needed', params: {} },
          { code: 'gk3', zone: null, from: 'user' },
        );
      if (found !== null && found !== z && pts.some(([x]) => x >= 1_000_000))
        return failed(
          { key: 'errors.geo_zone_mismatch', params: { found, zone: z } },
          { code: 'gk3', zone: z, from: 'user' },
        );
      return gk(z, 'user');
    }
    case 'auto':
      break;
  }
  if (declared) {
    const r = fromDeclared(declared);
    if ('info' in r) return r;
    return failed(r, { code: 'wgs84', zone: null, from: 'file' });
  }
  if (looksGeographic(pts))
    return { info: { code: 'wgs84', zone: null, from: 'assumed' }, toWgs84: identity, problem: null };
  const guess = prefixZone(pts);
  return failed(
    { key: 'errors.geo_looks_projected', params: guess ? { guessZone: guess } : {} },
    { code: 'gk3', zone: guess, from: 'assumed' },
  );
}
