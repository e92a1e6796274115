import { uncounted, type Counted } from '../progress';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { GeoImportInput, GeoImportPreview, GeoImportTown, GeoLayer } from '../../common/contract/geo';
import type { LonLat } from '../../common/geo/distance';
import type { Locale } from '../../common/domain/roles';
import { formatMessage, type CoreKey } from '../../common/i18n/messages';
import type { ReadDb } from '../db/handles';
import { DomainError } from '../errors';
import { MAX_FEATURES, checkTowns, round7, type ToWgs84, type TownDraft } from './import-check';
import { resolveCrs, type Problem } from './import-crs';
import {
  checkLines,
  checkVillages,
  seatOfColumns,
  seatsByKey,
  type LineDraft,
  type VillageDraft,
} from './import-layers';
import {
  readGeoFile,
  type Polygons,
  type RawFeature,
  type RawLayer,
  type Ring,
  type Shape,
} from './import-read';
import { basemap, townShapes } from './repo';

type Found = Problem & { feature: number | null };

export interface Analysis {
  preview: GeoImportPreview;
  /** Towns with their seats as they will be stored. */
  towns: (TownDraft & Pick<GeoImportTown, 'seatFrom'>)[];
  boundary: Polygons;
  villages: VillageDraft[];
  lines: LineDraft[];
}

/** The files read (async: unzipping, the attribute table), ready to be checked inside a transaction. */
export interface ReadFiles {
  layer: RawLayer;
  boundary: RawLayer | null;
  seats: RawLayer | null;
}

/** The shape each layer is made of: a zip with several shapefiles gives this one first. */
const SHAPE_OF: Record<GeoLayer, Shape> = {
  towns: 'polygon',
  villages: 'polygon',
  rivers: 'line',
  roads: 'line',
};

const bytesOf = (f: { base64: string }) => Buffer.from(f.base64, 'base64');

export async function readFiles(input: GeoImportInput): Promise<ReadFiles> {
  const layer = await readGeoFile(input.file.fileName, bytesOf(input.file), SHAPE_OF[input.layer ?? 'towns']);
  const boundary = input.boundaryFile
    ? await readGeoFile(input.boundaryFile.fileName, bytesOf(input.boundaryFile))
    : null;
  const seats = input.seatFile
    ? await readGeoFile(input.seatFile.fileName, bytesOf(input.seatFile), 'point')
    : null;
  return { layer, boundary, seats };
}

const NAME_HEADER = /名称|name|乡镇|街道|村|社区|河|路|xzmc|^mc$/i;
const CODE_HEADER = /代码|编码|编号|code|dm$|bm$|xzdm|qhdm/i;
const NAME_VALUE: Record<GeoLayer, RegExp> = {
  towns: /(镇|乡|街道|办事处)$/,
  villages: /(村|社区|居委会|村委会|居民委员会|村民委员会)$/,
  rivers: /(江|河|溪|渠|沟|水)$/,
  roads: /(路|道|线|高速|^[GSXYZ]\d+)/,
};
const CODE_VALUE: Record<GeoLayer, RegExp> = {
  towns: /^(\d{9}|\d{12})$/,
  villages: /^\d{12}$/,
  rivers: /^$/,
  roads: /^$/,
};

/**
 * Which column holds the name and which the code, judged by the values first (codes
 * are 9 or 12 digits, names end in 镇/乡/街道, 村/社区, 河...), the header second.
 */
export function suggestColumns(
  layer: RawLayer,
  kind: GeoLayer = 'towns',
): { name: string | null; code: string | null } {
  const share = (col: string, test: (v: string) => boolean) =>
    layer.features.length
      ? layer.features.filter((f) => test(f.props[col] ?? '')).length / layer.features.length
      : 0;
  const best = (score: (col: string) => number) => {
    let top: string | null = null;
    let s = 0;
    for (const c of layer.columns) {
      const v = score(c);
      if (v > s) [top, s] = [c, v];
    }
    return top;
  };
  const lines = kind === 'rivers' || kind === 'roads';
  const code = lines
    ? null
    : best((c) => share(c, (v) => CODE_VALUE[kind].test(v)) * 2 + (CODE_HEADER.test(c) ? 1 : 0));
  const name = best((c) =>
    c === code
      ? 0
      : share(c, (v) => NAME_VALUE[kind].test(v)) * 2 +
        share(c, (v) => /\p{Script=Han}/u.test(v)) +
        (NAME_HEADER.test(c) ? 1 : 0),
  );
  return { name, code };
}

function render(locale: Locale, p: Problem): string {
  const params = { ...p.params };
  if (p.key === 'errors.geo_looks_projected')
    params.guess = p.params.guessZone
      ? formatMessage(locale, 'geo.zoneGuess', { zone: p.params.guessZone })
      : '';
  if (p.key === 'errors.geo_column_needed') params.what = formatMessage(locale, p.params.what as CoreKey);
  return formatMessage(locale, p.key as CoreKey, params);
}

/** Codes that incidents, facilities and depots point at and the new towns do not have. */
export function orphanCodes(db: ReadDb, towns: { code: string }[]): string[] {
  const codes = new Set(towns.map((t) => t.code));
  const used = db
    .prepare(
      `SELECT town_code AS code FROM incidents WHERE town_code IS NOT NULL
       UNION SELECT town_code FROM facilities WHERE town_code IS NOT NULL
       UNION SELECT town_code FROM depots WHERE town_code IS NOT NULL`,
    )
    .pluck()
    .all() as string[];
  return used.filter((c) => !codes.has(c)).sort();
}

const hasShape: Record<GeoLayer, (f: RawFeature) => boolean> = {
  towns: (f) => f.polygons.length > 0,
  villages: (f) => f.polygons.length > 0 || f.points.length > 0,
  rivers: (f) => f.lines.length > 0,
  roads: (f) => f.lines.length > 0,
};
const NONE_KEY: Record<GeoLayer, string> = {
  towns: 'errors.geo_no_polygons',
  villages: 'errors.geo_no_places',
  rivers: 'errors.geo_no_lines',
  roads: 'errors.geo_no_lines',
};

/**
 * The whole preview: CRS, columns, the layer's features checked, the problems, and what
 * would be drawn over the county as it is. Pure given the files read and the database
 * (the towns villages go under, the codes records use, the layers kept).
 */
export async function analyse(
  db: ReadDb,
  files: ReadFiles,
  input: GeoImportInput,
  locale: Locale,
  featuresRead: Counted = uncounted,
): Promise<Analysis> {
  const { layer } = files;
  const kind = input.layer ?? 'towns';
  const lines = kind === 'rivers' || kind === 'roads';
  const crs = resolveCrs(input.crs ?? 'auto', input.zone ?? null, layer.declared, layer.features);
  const suggested = suggestColumns(layer, kind);
  // Null or absent: the suggested column (the page sends null for a newly chosen file).
  const nameColumn = input.nameColumn ?? suggested.name;
  const codeColumn = lines ? null : (input.codeColumn ?? suggested.code);
  const problems: Found[] = [];
  const fileProblem = (p: Problem) => problems.push({ ...p, feature: null });
  const relevant = layer.features.filter(hasShape[kind]).length;
  if (relevant === 0) fileProblem({ key: NONE_KEY[kind], params: {} });
  if (relevant > MAX_FEATURES)
    fileProblem({ key: 'errors.geo_too_many', params: { max: MAX_FEATURES, count: relevant } });
  if (crs.problem) fileProblem(crs.problem);
  const columns: [string | null, CoreKey][] = lines
    ? [[nameColumn, 'geo.what.name']]
    : [
        [nameColumn, 'geo.what.name'],
        [codeColumn, 'geo.what.code'],
      ];
  for (const [col, what] of columns) {
    if (col === null && !lines) fileProblem({ key: 'errors.geo_column_needed', params: { what } });
    else if (col !== null && !layer.columns.includes(col))
      fileProblem({ key: 'errors.geo_column_unknown', params: { column: col } });
  }
  const seatColumns = kind === 'towns' ? (input.seatColumns ?? null) : null;
  for (const col of new Set(seatColumns ?? []))
    if (!layer.columns.includes(col))
      fileProblem({ key: 'errors.geo_column_unknown', params: { column: col } });
  const otherCrs = (f: RawLayer) => {
    const r = resolveCrs(input.crs ?? 'auto', input.zone ?? null, f.declared, f.features);
    if (r.problem) fileProblem(r.problem);
    return r.toWgs84;
  };
  let boundaryPolygons: Polygons | null = null;
  if (files.boundary && kind === 'towns') {
    const b = files.boundary;
    const toWgs84 = otherCrs(b);
    if (!b.features.some((f) => f.polygons.length > 0))
      fileProblem({ key: 'errors.geo_boundary_no_polygon', params: {} });
    boundaryPolygons = b.features.flatMap((f) =>
      f.polygons.map((poly) => poly.map((ring) => ring.map(([x, y]) => toWgs84(x, y)))),
    );
  }
  let seatFile: Map<string, LonLat> | null = null;
  if (files.seats && kind === 'towns') {
    const toWgs84 = otherCrs(files.seats);
    if (!files.seats.features.some((f) => f.points.length > 0))
      fileProblem({ key: 'errors.geo_no_seats', params: {} });
    seatFile = seatsByKey(files.seats.features, toWgs84);
  }
  const ready = problems.length === 0 && (lines || (nameColumn !== null && codeColumn !== null));
  const result: Omit<Analysis, 'preview'> = { towns: [], boundary: [], villages: [], lines: [] };
  if (ready && kind === 'towns') {
    const checked = await checkTowns(
      layer.features,
      crs.toWgs84,
      nameColumn!,
      codeColumn!,
      boundaryPolygons,
      featuresRead,
    );
    problems.push(...checked.problems);
    result.towns = placeSeats(checked.towns, layer.features, seatFile, seatColumns, crs.toWgs84, problems);
    result.boundary = checked.boundary;
  } else if (ready && kind === 'villages') {
    const checked = await checkVillages(
      layer.features,
      crs.toWgs84,
      nameColumn!,
      codeColumn!,
      townShapes(db),
      featuresRead,
    );
    problems.push(...checked.problems);
    result.villages = checked.villages;
  } else if (ready && lines) {
    const checked = await checkLines(kind, layer.features, crs.toWgs84, nameColumn, featuresRead);
    problems.push(...checked.problems);
    result.lines = checked.lines;
  }
  const preview: GeoImportPreview = {
    layer: kind,
    format: layer.format,
    encoding: layer.encoding,
    crs: crs.info,
    columns: layer.columns,
    nameColumn,
    codeColumn,
    towns: result.towns.map(({ polygons, ...t }) => ({ ...t, parts: polygons.length })),
    villages: result.villages.map(({ polygons: _, ...v }) => v),
    lines: result.lines.map(({ parts: _, ...l }) => l),
    ignored: layer.ignored + layer.features.length - relevant,
    problems: problems.map((p) => ({ ...p, message: render(locale, p) })),
    orphanCodes: kind === 'towns' ? orphanCodes(db, result.towns) : [],
    map: { type: 'FeatureCollection', features: previewMap(db, kind, result) },
  };
  return { preview, ...result };
}

/**
 * Each town's seat: from the seat file (by code, else by name), else from the seat
 * columns, else the centroid (or a point inside); a given seat outside its town is named.
 */
function placeSeats(
  towns: TownDraft[],
  features: RawFeature[],
  seatFile: Map<string, LonLat> | null,
  seatColumns: [string, string] | null,
  toWgs84: ToWgs84,
  problems: Found[],
): Analysis['towns'] {
  return towns.map((t) => {
    let given: LonLat | null = null;
    let seatFrom: GeoImportTown['seatFrom'] = 'centroid';
    const fromFile = seatFile?.get(t.code) ?? seatFile?.get(t.name);
    if (fromFile) [given, seatFrom] = [fromFile, 'file'];
    else if (seatColumns) {
      const props = features[t.feature - 1]!.props;
      const [xc, yc] = seatColumns;
      const raw =
        xc === yc ? (props[xc] ?? '') : [props[xc] ?? '', props[yc] ?? ''].filter(Boolean).join(',');
      const xy = seatOfColumns(props, xc, yc);
      if (xy) {
        const [x, y] = toWgs84(xy[0], xy[1]);
        [given, seatFrom] = [[round7(x), round7(y)], 'column'];
      } else if (raw.trim() !== '')
        problems.push({
          key: 'errors.geo_seat_bad',
          params: { name: t.name, value: raw.slice(0, 40) },
          feature: t.feature,
        });
    }
    if (!given) return { ...t, seatFrom };
    if (!booleanPointInPolygon(given, { type: 'MultiPolygon', coordinates: t.polygons }))
      problems.push({
        key: 'errors.geo_seat_outside',
        params: { name: t.name, code: t.code },
        feature: t.feature,
      });
    return { ...t, seat: given, seatFrom };
  });
}

type MapFeature = GeoImportPreview['map']['features'][number];
const polygonFeature = (
  layer: 'boundary' | 'town' | 'village',
  kind: string,
  name: string,
  poly: Ring[],
): MapFeature => ({
  type: 'Feature',
  properties: { layer, kind, name },
  geometry: { type: 'Polygon', coordinates: poly },
});

/**
 * What the preview draws: a town import its boundary and towns; a village, river or road
 * import its own features over the county boundary and towns as they are now.
 */
function previewMap(db: ReadDb, kind: GeoLayer, r: Omit<Analysis, 'preview'>): MapFeature[] {
  if (kind === 'towns')
    return [
      ...r.boundary.map((poly) => polygonFeature('boundary', 'county', '', poly)),
      ...r.towns.flatMap((t) => t.polygons.map((poly) => polygonFeature('town', t.kind, t.name, poly))),
    ];
  const county = basemap(db).features.filter(
    (f) => f.properties.layer === 'boundary' || f.properties.layer === 'town',
  ) as MapFeature[];
  if (kind === 'villages')
    return [
      ...county,
      ...r.villages.flatMap((v) =>
        (v.polygons ?? []).map((poly) => polygonFeature('village', 'village', v.name, poly)),
      ),
      ...r.villages.map((v): MapFeature => ({
        type: 'Feature',
        properties: { layer: 'village_point', kind: 'village', name: v.name },
        geometry: { type: 'Point', coordinates: v.point },
      })),
    ];
  const layer = kind === 'rivers' ? 'river' : 'road';
  return [
    ...county,
    ...r.lines.flatMap((l) =>
      l.parts.map((coordinates): MapFeature => ({
        type: 'Feature',
        properties: { layer, kind: l.kind, name: l.name },
        geometry: { type: 'LineString', coordinates },
      })),
    ),
  ];
}

/** The refusal of a commit: every problem counted, the first few named in the message itself. */
export function refusal(preview: GeoImportPreview): DomainError {
  const list = preview.problems
    .slice(0, 6)
    .map((p) => p.message)
    .join('；');
  return new DomainError(
    'invalid_input',
    'errors.geo_import_refused',
    { count: preview.problems.length, list },
    { problems: preview.problems.slice(0, 100) },
  );
}
