import { offsetM, type LonLat } from '../../common/geo/distance';
import { between, r6, seeded } from './random';
import { voronoiCells, type Xy } from './voronoi';

/**
 * The demo county's geography (演示数据), generated from a seed: a star-shaped
 * boundary, 13 towns and sub-districts as Voronoi cells of their seats clipped to the
 * boundary, a river
 * with tributaries, and roads from the seat to every town. Deterministic: the same
 * seed gives byte-identical output.
 */
export const DEMO_SEED = 20261129;
export const DEMO_CENTER: LonLat = [111.52, 27.46];
export const DEMO_COUNTY_CODE = '990101';

export interface DemoTown {
  code: string;
  name: string;
  kind: '街道' | '镇' | '乡';
  seat: LonLat;
  boundary: LonLat[];
  population: number;
}

export interface DemoLine {
  layer: 'river' | 'road';
  kind: string;
  name: string;
  line: LonLat[];
}

export interface DemoGeography {
  center: LonLat;
  boundary: LonLat[];
  towns: DemoTown[];
  lines: DemoLine[];
}

const SUBDISTRICTS = ['城关街道', '东湖街道', '西岭街道'];
const TOWNS = [
  '青石镇',
  '白沙镇',
  '柳溪镇',
  '龙泉镇',
  '石门镇',
  '桃源镇',
  '云台乡',
  '双河镇',
  '枫林镇',
  '清水乡',
];

const ring = (pts: LonLat[]): LonLat[] => [...pts, pts[0]!].map(([x, y]) => [r6(x), r6(y)] as LonLat);

export function generateGeography(seed = DEMO_SEED): DemoGeography {
  const rnd = seeded(seed);
  const center = DEMO_CENTER;
  const N = 180;
  // Radius as a sum of a few random harmonics: a plausible, never self-crossing outline.
  const harmonics = [2, 3, 5, 7].map((k) => ({
    k,
    amp: between(rnd, 0.03, 0.09),
    phase: between(rnd, 0, 2 * Math.PI),
  }));
  const radiusAt = (theta: number) =>
    28_000 * (1 + harmonics.reduce((s, h) => s + h.amp * Math.sin(h.k * theta + h.phase), 0));
  const at = (theta: number, frac: number) => offsetM(center, radiusAt(theta) * frac, theta);
  const boundary = ring(Array.from({ length: N }, (_, i) => at((2 * Math.PI * i) / N, 1)));

  // Towns are the Voronoi cells of their seats, clipped to the boundary: polygons of
  // five to eight sides meeting three at a corner, as a county's towns do. The seats:
  // three sub-districts round the county seat, then the towns in an inner and an outer
  // ring at interleaved, jittered angles, so no town is a slice from the centre.
  const kmX = 111_320 * Math.cos((center[1] * Math.PI) / 180);
  const toXy = ([lon, lat]: LonLat): Xy => [(lon - center[0]) * kmX, (lat - center[1]) * 111_320];
  const toLonLat = ([x, y]: Xy): LonLat => [center[0] + x / kmX, center[1] + y / 111_320];
  const seats: { name: string; kind: DemoTown['kind']; seat: LonLat; code: string }[] = [];
  const turn = between(rnd, 0, 2 * Math.PI);
  SUBDISTRICTS.forEach((name, i) => {
    const theta = turn + ((i + between(rnd, -0.15, 0.15)) * 2 * Math.PI) / SUBDISTRICTS.length;
    seats.push({
      name,
      kind: '街道',
      seat: at(theta, between(rnd, 0.08, 0.13)),
      code: `${DEMO_COUNTY_CODE}${String(i + 1).padStart(3, '0')}`,
    });
  });
  const half = TOWNS.length / 2;
  TOWNS.forEach((name, i) => {
    const outer = i % 2 === 1;
    const slot = Math.floor(i / 2) + (outer ? 0.5 : 0);
    const theta = turn + 0.4 + ((slot + between(rnd, -0.2, 0.2)) * 2 * Math.PI) / half;
    seats.push({
      name,
      kind: name.endsWith('乡') ? '乡' : '镇',
      seat: at(theta, outer ? between(rnd, 0.68, 0.8) : between(rnd, 0.36, 0.46)),
      code: `${DEMO_COUNTY_CODE}${String(i + 101).padStart(3, '0')}`,
    });
  });
  const cells = voronoiCells(
    seats.map((t) => toXy(t.seat)),
    boundary.slice(0, -1).map(toXy),
  );
  const towns: DemoTown[] = seats.map((t, i) => ({
    code: t.code,
    name: t.name,
    kind: t.kind,
    seat: ring([t.seat])[0]!,
    boundary: ring(cells[i]!.map(toLonLat)),
    population: Math.round(t.kind === '街道' ? between(rnd, 38_000, 72_000) : between(rnd, 9_000, 31_000)),
  }));

  const meander = (from: LonLat, to: LonLat, wiggleM: number, steps = 40): LonLat[] => {
    const pts: LonLat[] = [];
    const phase = between(rnd, 0, Math.PI * 2);
    for (let i = 0; i <= steps; i++) {
      const t = i / steps;
      const x = from[0] + (to[0] - from[0]) * t;
      const y = from[1] + (to[1] - from[1]) * t;
      // Perpendicular offset, zero at both ends, so lines still meet where they should.
      const off =
        Math.sin(t * Math.PI) * (Math.sin(t * 9 + phase) * wiggleM + between(rnd, -0.15, 0.15) * wiggleM);
      const ang = Math.atan2(to[0] - from[0], to[1] - from[1]) + Math.PI / 2;
      pts.push(offsetM([x, y], off, ang));
    }
    return pts.map(([a, b]) => [r6(a), r6(b)] as LonLat);
  };

  const lines: DemoLine[] = [];
  const riverIn = at(between(rnd, 2.2, 2.6), 1.05);
  const riverOut = at(between(rnd, 5.4, 5.8), 1.05);
  const mainRiver = meander(riverIn, riverOut, 2_200, 60);
  lines.push({ layer: 'river', kind: 'main', name: '青岚江', line: mainRiver });
  ['柳溪河', '龙泉河', '双河'].forEach((name, i) => {
    const src = at(between(rnd, 0, 2 * Math.PI), between(rnd, 0.8, 0.95));
    const mouth = mainRiver[12 + i * 14]!;
    lines.push({ layer: 'river', kind: 'tributary', name, line: meander(src, mouth, 900, 24) });
  });
  const seat = towns[0]!.seat;
  for (const t of towns.slice(SUBDISTRICTS.length)) {
    lines.push({
      layer: 'road',
      kind: 'county',
      name: `县道 ${t.name.slice(0, 2)}线`,
      line: meander(seat, t.seat, 700, 16),
    });
  }
  lines.push({
    layer: 'road',
    kind: 'national',
    name: 'G353 国道',
    line: meander(at(between(rnd, 0.2, 0.5), 1.08), at(between(rnd, 3.3, 3.6), 1.08), 1_500, 40),
  });
  lines.push({
    layer: 'road',
    kind: 'expressway',
    name: '岚州高速',
    line: meander(at(between(rnd, 1.3, 1.6), 1.08), at(between(rnd, 4.5, 4.8), 1.08), 800, 30),
  });
  return { center, boundary, towns, lines };
}

/** The geography as one GeoJSON FeatureCollection, the form shipped in resources/demo. */
export function geographyToGeoJson(g: DemoGeography) {
  return {
    type: 'FeatureCollection' as const,
    name: '演示数据：青岚示范县',
    features: [
      {
        type: 'Feature' as const,
        properties: { layer: 'boundary', name: '青岚示范县' },
        geometry: { type: 'Polygon' as const, coordinates: [g.boundary] },
      },
      ...g.towns.map((t) => ({
        type: 'Feature' as const,
        properties: { layer: 'town', code: t.code, name: t.name, kind: t.kind, population: t.population },
        geometry: { type: 'Polygon' as const, coordinates: [t.boundary] },
      })),
      ...g.towns.map((t) => ({
        type: 'Feature' as const,
        properties: { layer: 'town_seat', code: t.code, name: t.name },
        geometry: { type: 'Point' as const, coordinates: t.seat },
      })),
      ...g.lines.map((l) => ({
        type: 'Feature' as const,
        properties: { layer: l.layer, kind: l.kind, name: l.name },
        geometry: { type: 'LineString' as const, coordinates: l.line },
      })),
    ],
  };
}
