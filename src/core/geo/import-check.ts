import { uncounted, type Counted } from '../progress';
import turfArea from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import polygonClipping from 'polygon-clipping';
import simplify from 'simplify-js';
import findIntersections from 'sweepline-intersections';
import type { GeoImportTown } from '../../common/contract/geo';
import type { LonLat } from '../../common/geo/distance';
import type { Problem } from './import-crs';
import type { Polygons, RawFeature, Ring } from './import-read';

/**
 * Features per import, any layer: a county has some 20–40 towns and a few hundred to two
 * thousand 行政村/社区; rivers and roads come in segments.
 */
/** Features checked between two breaths of the host (see src/core/progress.ts). */
export const FEATURES_PER_BREATH = 20;

export const MAX_FEATURES = 5000;

export interface TownDraft extends Omit<GeoImportTown, 'seatFrom' | 'parts'> {
  polygons: Polygons;
}

export interface Checked {
  towns: TownDraft[];
  /** The county boundary: the boundary file's polygons, or the towns' union. */
  boundary: Polygons;
  problems: (Problem & { feature: number | null })[];
}

const CODE_RE = /^(\d{9}|\d{12})$/;
export const round7 = (x: number) => Math.round(x * 1e7) / 1e7;

/**
 * Where a polygon's rings cross themselves or each other, part by part (parts of one
 * town may touch at a point). A sweep line: a village outline of thousands of vertices
 * is checked in milliseconds, where comparing every pair of edges took seconds.
 */
export function firstCrossing(polygons: Polygons): [number, number] | null {
  for (const poly of polygons) {
    const found = findIntersections(
      { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: poly } },
      false,
    );
    if (found.length > 0) return found[0] as [number, number];
  }
  return null;
}

/** 街道 for sub-districts (and their 办事处), 乡 for townships (民族乡 too), else 镇. */
export function kindOfName(name: string): TownDraft['kind'] {
  if (/(街道|办事处)$/.test(name)) return '街道';
  if (/乡$/.test(name)) return '乡';
  return '镇';
}

/**
 * The area-weighted centroid of polygons in degrees, computed on a plane scaled by
 * cos(latitude) around the first vertex: within centimetres of the geodesic centroid at
 * the size of a town.
 */
export function centroidOf(polygons: Polygons): LonLat {
  const first = polygons[0]?.[0]?.[0] ?? [0, 0];
  const [lon0, lat0] = first;
  const k = Math.cos((lat0 * Math.PI) / 180);
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (const poly of polygons)
    poly.forEach((ring, i) => {
      // Holes count against: shoelace signs follow winding, so orient outer +, holes −.
      let ra = 0;
      let rx = 0;
      let ry = 0;
      for (let j = 0; j < ring.length - 1; j += 1) {
        const x1 = (ring[j]![0] - lon0) * k;
        const y1 = ring[j]![1] - lat0;
        const x2 = (ring[j + 1]![0] - lon0) * k;
        const y2 = ring[j + 1]![1] - lat0;
        const c = x1 * y2 - x2 * y1;
        ra += c;
        rx += (x1 + x2) * c;
        ry += (y1 + y2) * c;
      }
      const sign = (i === 0 ? 1 : -1) * Math.sign(ra || 1);
      a += (sign * ra) / 2;
      cx += (sign * rx) / 6;
      cy += (sign * ry) / 6;
    });
  if (a === 0) return [lon0, lat0];
  return [round7(lon0 + cx / a / k), round7(lat0 + cy / a)];
}

/**
 * A point inside the polygons for the town seat: the centroid when it is inside (most
 * towns), else the middle of the widest span across the largest part at the centroid's latitude.
 */
export function pointInside(polygons: Polygons, centroid: LonLat): LonLat {
  const mp = { type: 'MultiPolygon' as const, coordinates: polygons };
  if (booleanPointInPolygon(centroid, mp)) return centroid;
  let best: LonLat = polygons[0]?.[0]?.[0] ?? centroid;
  let width = -1;
  for (const poly of polygons) {
    const ring = poly[0] ?? [];
    const ys = ring.map((p) => p[1]);
    const y = Math.min(Math.max(centroid[1], Math.min(...ys)), Math.max(...ys));
    const xs: number[] = [];
    for (let j = 0; j < ring.length - 1; j += 1) {
      const [x1, y1] = ring[j]!;
      const [x2, y2] = ring[j + 1]!;
      if (y1 === y2 || y < Math.min(y1, y2) || y >= Math.max(y1, y2)) continue;
      xs.push(x1 + ((y - y1) * (x2 - x1)) / (y2 - y1));
    }
    xs.sort((p, q) => p - q);
    for (let j = 0; j + 1 < xs.length; j += 2)
      if (xs[j + 1]! - xs[j]! > width) {
        width = xs[j + 1]! - xs[j]!;
        best = [round7((xs[j]! + xs[j + 1]!) / 2), round7(y)];
      }
  }
  return best;
}

/**
 * How far a stored outline may stray from the file's: about 2 m. Outlines as 自然资源
 * has them carry a vertex every metre or so; a county's villages at that detail make a
 * basemap of some 50 MB that every map, wall and picker would load. Area, centroid and
 * the self-intersection check use the file's own outline.
 */
export const SIMPLIFY_M = 2;
const SIMPLIFY_DEG = SIMPLIFY_M / 111_320;

/**
 * Douglas–Peucker runs in pieces of this many vertices: on a zigzag it takes time in the
 * square of the length, and a crafted file of one 200 000-vertex zigzag held the host for
 * minutes. Piece ends are kept, which costs a vertex per thousand.
 */
const SIMPLIFY_PIECE = 1000;

/** A line or ring thinned (Douglas–Peucker on a plane scaled by cos φ); a ring stays closed. */
export function simplifyLine(line: Ring): Ring {
  if (line.length <= 8) return line;
  const k = Math.cos(((line[0]![1] ?? 0) * Math.PI) / 180) || 1;
  const pts = line.map(([x, y]) => ({ x: x * k, y }));
  const out: [number, number][] = [];
  for (let i = 0; i < pts.length - 1; i += SIMPLIFY_PIECE) {
    const piece = simplify(pts.slice(i, i + SIMPLIFY_PIECE + 1), SIMPLIFY_DEG);
    for (const p of out.length ? piece.slice(1) : piece) out.push([p.x / k, p.y]);
  }
  return out.length >= 4 ? out : line;
}

/** Every ring thinned; a polygon the thinning made cross itself keeps the file's rings. */
export function simplifyPolygons(polygons: Polygons): Polygons {
  return polygons.map((poly) => {
    const thin = poly.map(simplifyLine);
    return firstCrossing([thin]) ? poly : thin;
  });
}

export function closedRings(polygons: Polygons): boolean {
  return polygons.every((poly) =>
    poly.every((ring) => {
      const a = ring[0];
      const b = ring[ring.length - 1];
      return ring.length >= 4 && a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
    }),
  );
}

export const inRange = (polygons: Polygons) =>
  polygons.every((poly) =>
    poly.every((ring) => ring.every(([x, y]) => Math.abs(x) <= 180 && Math.abs(y) <= 90)),
  );

export type ToWgs84 = (x: number, y: number) => [number, number];

export const convertRing = (ring: Ring, toWgs84: ToWgs84): Ring =>
  ring.map(([x, y]) => toWgs84(x, y)).map(([x, y]) => [round7(x), round7(y)] as [number, number]);

export function convert(polygons: Polygons, toWgs84: ToWgs84): Polygons {
  return polygons.map((poly) => poly.map((ring) => convertRing(ring, toWgs84)));
}

export const at = ([x, y]: number[]) => `${(x ?? 0).toFixed(5)}, ${(y ?? 0).toFixed(5)}`;

/**
 * Towns from the file's polygons, in WGS-84, with every problem named: a missing name, a
 * code that is not a 9- or 12-digit division code, a code or name twice, a boundary that
 * crosses itself or does not close, a town outside the county boundary.
 */
export async function checkTowns(
  features: RawFeature[],
  toWgs84: ToWgs84,
  nameColumn: string,
  codeColumn: string,
  boundaryFile: Polygons | null,
  featuresRead: Counted = uncounted,
): Promise<Checked> {
  const problems: Checked['problems'] = [];
  const towns: TownDraft[] = [];
  for (const [i, f] of features.entries()) {
    if (i % FEATURES_PER_BREATH === 0) await featuresRead(i, features.length);
    const feature = i + 1;
    if (f.polygons.length === 0) continue;
    const name = f.props[nameColumn] ?? '';
    const code = f.props[codeColumn] ?? '';
    const label = { name: name || `#${feature}`, code: code || '—' };
    if (!name)
      problems.push({ key: 'errors.geo_name_missing', params: { feature, column: nameColumn }, feature });
    if (!CODE_RE.test(code)) problems.push({ key: 'errors.geo_code_bad', params: label, feature });
    if (!closedRings(f.polygons)) {
      problems.push({ key: 'errors.geo_ring_bad', params: label, feature });
      continue;
    }
    const polygons = convert(f.polygons, toWgs84);
    if (!inRange(polygons)) {
      problems.push({ key: 'errors.geo_out_of_range', params: label, feature });
      continue;
    }
    const crossing = firstCrossing(polygons);
    if (crossing)
      problems.push({ key: 'errors.geo_self_intersection', params: { ...label, at: at(crossing) }, feature });
    const centroid = centroidOf(polygons);
    const stored = simplifyPolygons(polygons);
    towns.push({
      feature,
      name,
      code,
      kind: kindOfName(name),
      areaKm2: Math.round(turfArea({ type: 'MultiPolygon', coordinates: polygons }) / 10_000) / 100,
      centroid,
      seat: pointInside(stored, centroid),
      polygons: stored,
    });
  }
  await featuresRead(features.length, features.length);
  for (const [code, list] of groupBy(
    towns.filter((t) => CODE_RE.test(t.code)),
    (t) => t.code,
  ))
    if (list.length > 1)
      problems.push({
        key: 'errors.geo_code_duplicate',
        params: { code, names: list.map((t) => `“${t.name}”`).join('、') },
        feature: list[1]!.feature,
      });
  for (const [name, list] of groupBy(
    towns.filter((t) => t.name),
    (t) => t.name,
  ))
    if (list.length > 1)
      problems.push({
        key: 'errors.geo_name_duplicate',
        params: { name, features: list.map((t) => t.feature).join('、') },
        feature: list[1]!.feature,
      });
  const broken = problems.some((p) => p.key === 'errors.geo_self_intersection');
  let boundary: Polygons = [];
  if (boundaryFile) {
    boundary = boundaryFile;
    const mp = { type: 'MultiPolygon' as const, coordinates: boundary };
    for (const t of towns)
      if (!booleanPointInPolygon(t.seat, mp))
        problems.push({
          key: 'errors.geo_outside_boundary',
          params: { name: t.name, code: t.code },
          feature: t.feature,
        });
  } else if (towns.length > 0 && !broken) {
    boundary = unionOf(towns.map((t) => t.polygons));
  }
  return { towns, boundary, problems };
}

/** The county as the union of its towns; only the outer rings (slivers between towns close up). */
function unionOf(parts: Polygons[]): Polygons {
  try {
    const [first, ...rest] = parts as polygonClipping.MultiPolygon[];
    if (!first) return [];
    return polygonClipping.union(first, ...rest).map((poly) => [poly[0] as Ring]);
  } catch {
    return parts.flatMap((p) => p.map((poly) => [poly[0] as Ring]));
  }
}

export function groupBy<T>(list: T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const t of list) m.set(key(t), [...(m.get(key(t)) ?? []), t]);
  return m;
}
