import type { GeoImportInput, GeoImportPreview } from '../../common/contract/geo';
import type { Locale } from '../../common/domain/roles';
import { formatMessage, type CoreKey } from '../../common/i18n/messages';
import type { ReadDb } from '../db/handles';
import { DomainError } from '../errors';
import { checkTowns, type TownDraft } from './import-check';
import { resolveCrs, type Problem } from './import-crs';
import { readGeoFile, type Polygons, type RawLayer } from './import-read';

export interface Analysis {
  preview: GeoImportPreview;
  towns: TownDraft[];
  boundary: Polygons;
}

/** Both files read (async: unzipping, the attribute table), ready to be checked inside a transaction. */
export interface ReadFiles {
  layer: RawLayer;
  boundary: RawLayer | null;
}

export async function readFiles(input: GeoImportInput): Promise<ReadFiles> {
  const layer = await readGeoFile(input.file.fileName, Buffer.from(input.file.base64, 'base64'));
  const boundary = input.boundaryFile
    ? await readGeoFile(input.boundaryFile.fileName, Buffer.from(input.boundaryFile.base64, 'base64'))
    : null;
  return { layer, boundary };
}

const NAME_HEADER = /名称|name|乡镇|街道|xzmc|^mc$/i;
const CODE_HEADER = /代码|编码|编号|code|dm$|bm$|xzdm|qhdm/i;

/**
 * Which column holds the name and which the code, judged by the values first (codes
 * are 9 or 12 digits, names end in 镇/乡/街道), the header second.
 */
export function suggestColumns(layer: RawLayer): { name: string | null; code: string | null } {
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
  const code = best((c) => share(c, (v) => /^(\d{9}|\d{12})$/.test(v)) * 2 + (CODE_HEADER.test(c) ? 1 : 0));
  const name = best((c) =>
    c === code
      ? 0
      : share(c, (v) => /(镇|乡|街道|办事处)$/.test(v)) * 2 +
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
function orphanCodes(db: ReadDb, codes: Set<string>): string[] {
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

/**
 * The whole preview: CRS, columns, towns with area, centroid and seat, the problems, and
 * what would be drawn. Pure given the files read and the database (for orphan codes).
 */
export function analyse(db: ReadDb, files: ReadFiles, input: GeoImportInput, locale: Locale): Analysis {
  const { layer } = files;
  const crs = resolveCrs(input.crs ?? 'auto', input.zone ?? null, layer.declared, layer.features);
  const suggested = suggestColumns(layer);
  const nameColumn = input.nameColumn ?? suggested.name;
  const codeColumn = input.codeColumn ?? suggested.code;
  const problems: (Problem & { feature: number | null })[] = [];
  const fileProblem = (p: Problem) => problems.push({ ...p, feature: null });
  if (layer.features.length === 0) fileProblem({ key: 'errors.geo_no_polygons', params: {} });
  if (crs.problem) fileProblem(crs.problem);
  for (const [col, what] of [
    [nameColumn, 'geo.what.name'],
    [codeColumn, 'geo.what.code'],
  ] as const) {
    if (col === null) fileProblem({ key: 'errors.geo_column_needed', params: { what } });
    else if (!layer.columns.includes(col))
      fileProblem({ key: 'errors.geo_column_unknown', params: { column: col } });
  }
  let boundaryPolygons: Polygons | null = null;
  if (files.boundary) {
    const b = files.boundary;
    const bcrs = resolveCrs(input.crs ?? 'auto', input.zone ?? null, b.declared, b.features);
    if (bcrs.problem) fileProblem(bcrs.problem);
    if (b.features.length === 0) fileProblem({ key: 'errors.geo_boundary_no_polygon', params: {} });
    boundaryPolygons = b.features.flatMap((f) =>
      f.polygons.map((poly) => poly.map((ring) => ring.map(([x, y]) => bcrs.toWgs84(x, y)))),
    );
  }
  const ready = problems.length === 0 && nameColumn !== null && codeColumn !== null;
  const checked = ready
    ? checkTowns(layer.features, crs.toWgs84, nameColumn, codeColumn, boundaryPolygons)
    : { towns: [], boundary: [], problems: [] };
  problems.push(...checked.problems);
  const preview: GeoImportPreview = {
    format: layer.format,
    encoding: layer.encoding,
    crs: crs.info,
    columns: layer.columns,
    nameColumn,
    codeColumn,
    towns: checked.towns.map(({ polygons: _, ...t }) => t),
    ignored: layer.ignored,
    problems: problems.map((p) => ({ ...p, message: render(locale, p) })),
    orphanCodes: orphanCodes(db, new Set(checked.towns.map((t) => t.code))),
    map: { type: 'FeatureCollection', features: mapFeatures(checked.towns, checked.boundary) },
  };
  return { preview, towns: checked.towns, boundary: checked.boundary };
}

/** Boundary and town outlines as the basemap draws them: one Polygon feature per part. */
function mapFeatures(towns: TownDraft[], boundary: Polygons): GeoImportPreview['map']['features'] {
  return [
    ...boundary.map((poly) => ({
      type: 'Feature' as const,
      properties: { layer: 'boundary' as const, kind: 'county', name: '' },
      geometry: { type: 'Polygon' as const, coordinates: poly },
    })),
    ...towns.flatMap((t) =>
      t.polygons.map((poly) => ({
        type: 'Feature' as const,
        properties: { layer: 'town' as const, kind: t.kind, name: t.name },
        geometry: { type: 'Polygon' as const, coordinates: poly },
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
