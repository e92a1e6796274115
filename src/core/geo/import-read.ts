import JSZip from 'jszip';
import * as shapefile from 'shapefile';
import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { DomainError } from '../errors';

/** A ring of [x, y] in the file's own coordinates; a polygon is rings, a town is polygons. */
export type Ring = [number, number][];
export type Polygons = Ring[][];

/** The geometry a layer of the county geography is made of. */
export type Shape = 'polygon' | 'line' | 'point';

export interface RawFeature {
  /** Attribute values as text, by column. */
  props: Record<string, string>;
  /** Polygon and MultiPolygon parts (towns, villages' outlines). */
  polygons: Polygons;
  /** LineString and MultiLineString parts (rivers, roads). */
  lines: Ring[];
  /** Point and MultiPoint positions (villages, town seats). */
  points: [number, number][];
}

/** What the file itself says about its coordinates. */
export type DeclaredCrs =
  | { kind: 'wkt'; wkt: string }
  | { kind: 'epsg'; code: number }
  | { kind: 'wgs84' }
  | { kind: 'unknown'; name: string };

export interface RawLayer {
  format: 'geojson' | 'shapefile' | 'kml' | 'kmz';
  encoding: string | null;
  columns: string[];
  /** Features with a geometry (of any shape: each layer takes the shapes it is made of). */
  features: RawFeature[];
  /** Features with no geometry at all. */
  ignored: number;
  declared: DeclaredCrs | null;
}

const unreadable = (file: string) => new DomainError('invalid_input', 'errors.geo_unreadable', { file });

const isZip = (b: Buffer) =>
  b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/**
 * Reads a division file as bureaus have them: GeoJSON, a zipped Shapefile (GBK or UTF-8
 * attribute table), KML, or KMZ. Coordinates stay as the file has them; the CRS step
 * converts them. A zip with several shapefiles gives the first of the `prefer`red shape.
 */
export async function readGeoFile(
  fileName: string,
  bytes: Buffer,
  prefer: Shape = 'polygon',
): Promise<RawLayer> {
  const file = fileName.slice(0, 100);
  if (isZip(bytes)) {
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes);
    } catch {
      throw unreadable(file);
    }
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]?.dir && !n.startsWith('__MACOSX/'));
    const kmlName = names.find((n) => /\.kml$/i.test(n));
    if (kmlName && !names.some((n) => /\.shp$/i.test(n))) {
      const text = await zip.file(kmlName)!.async('string');
      return { ...readKml(text, file), format: 'kmz' };
    }
    return readZippedShapefile(zip, names, file, prefer);
  }
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const head = text.trimStart().slice(0, 1);
  if (head === '{') return readGeoJson(text, file);
  if (head === '<') return readKml(text, file);
  throw unreadable(file);
}

// ---------------------------------------------------------------- GeoJSON

interface GeoJsonLike {
  type?: unknown;
  features?: unknown;
  geometry?: unknown;
  properties?: unknown;
  coordinates?: unknown;
  geometries?: unknown;
  crs?: { properties?: { name?: unknown } };
}

function readGeoJson(text: string, file: string): RawLayer {
  let doc: GeoJsonLike;
  try {
    doc = JSON.parse(text) as GeoJsonLike;
  } catch {
    throw unreadable(file);
  }
  if (!doc || typeof doc !== 'object') throw unreadable(file);
  const list: GeoJsonLike[] =
    doc.type === 'FeatureCollection' && Array.isArray(doc.features)
      ? (doc.features as GeoJsonLike[])
      : doc.type === 'Feature'
        ? [doc]
        : [{ type: 'Feature', geometry: doc, properties: {} }];
  return { ...collect(list, file), format: 'geojson', encoding: null, declared: declaredOfGeoJson(doc) };
}

/** The legacy `crs` member (GeoJSON 2008) that QGIS and ogr2ogr still write for projected data. */
function declaredOfGeoJson(doc: GeoJsonLike): DeclaredCrs | null {
  const name = doc.crs?.properties?.name;
  if (typeof name !== 'string') return null;
  if (/CRS84$/i.test(name)) return { kind: 'wgs84' };
  const m = /EPSG:{1,2}(\d{4,5})$/i.exec(name);
  return m ? { kind: 'epsg', code: Number(m[1]) } : { kind: 'unknown', name: name.slice(0, 100) };
}

type Parts = Pick<RawFeature, 'polygons' | 'lines' | 'points'>;

/** The parts of a geometry by shape (a collection's too); anything unknown adds nothing. */
function partsOf(g: unknown, into: Parts): Parts {
  if (!g || typeof g !== 'object') return into;
  const geom = g as GeoJsonLike;
  const c = geom.coordinates;
  if (Array.isArray(c)) {
    if (geom.type === 'Polygon') into.polygons.push(c as Ring[]);
    else if (geom.type === 'MultiPolygon') into.polygons.push(...(c as Ring[][]));
    else if (geom.type === 'LineString') into.lines.push(c as Ring);
    else if (geom.type === 'MultiLineString') into.lines.push(...(c as Ring[]));
    else if (geom.type === 'Point') into.points.push(c as [number, number]);
    else if (geom.type === 'MultiPoint') into.points.push(...(c as [number, number][]));
  }
  if (geom.type === 'GeometryCollection' && Array.isArray(geom.geometries))
    for (const x of geom.geometries as unknown[]) partsOf(x, into);
  return into;
}

function textOf(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return '';
}

function collect(list: GeoJsonLike[], file: string): Pick<RawLayer, 'columns' | 'features' | 'ignored'> {
  const columns: string[] = [];
  const seen = new Set<string>();
  const features: RawFeature[] = [];
  let ignored = 0;
  for (const f of list) {
    if (!f || typeof f !== 'object') throw unreadable(file);
    const parts = partsOf(f.geometry, { polygons: [], lines: [], points: [] });
    if (parts.polygons.length + parts.lines.length + parts.points.length === 0) {
      ignored += 1;
      continue;
    }
    if (!wellFormed(parts)) throw unreadable(file);
    const props: Record<string, string> = {};
    const raw =
      f.properties && typeof f.properties === 'object' ? (f.properties as Record<string, unknown>) : {};
    for (const [k, v] of Object.entries(raw)) {
      if (typeof v === 'object' && v !== null) continue;
      props[k] = textOf(v).trim();
      if (!seen.has(k)) {
        seen.add(k);
        columns.push(k);
      }
    }
    features.push({ props, ...parts });
  }
  return { columns, features, ignored };
}

/** Numbers in pairs at the right depth: anything else is not a file we can read, whatever it claims. */
function wellFormed(p: Parts): boolean {
  const position = (pt: unknown) =>
    Array.isArray(pt) && pt.length >= 2 && Number.isFinite(pt[0]) && Number.isFinite(pt[1]);
  const line = (ring: unknown) => Array.isArray(ring) && ring.every(position);
  return (
    p.polygons.every((poly) => Array.isArray(poly) && poly.every(line)) &&
    p.lines.every(line) &&
    p.points.every(position)
  );
}

// ---------------------------------------------------------------- KML / KMZ

function readKml(text: string, file: string): RawLayer {
  let doc: ReturnType<DOMParser['parseFromString']>;
  try {
    // xmldom neither fetches external entities nor expands custom ones.
    doc = new DOMParser({ onError: () => undefined }).parseFromString(text, 'text/xml');
  } catch {
    throw unreadable(file);
  }
  if (!doc.documentElement || !/kml$/i.test(doc.documentElement.nodeName)) throw unreadable(file);
  const fc = kml(doc as unknown as Parameters<typeof kml>[0]);
  // KML is WGS-84 by definition (OGC 07-147r2 §6.2).
  return {
    ...collect(fc.features as GeoJsonLike[], file),
    format: 'kml',
    encoding: null,
    declared: { kind: 'wgs84' },
  };
}

// ---------------------------------------------------------------- Shapefile

/** Shape types by shape, with their Z and M variants (ESRI Shapefile Technical Description). */
const SHAPE_TYPES: Record<Shape, Set<number>> = {
  point: new Set([1, 11, 21, 8, 18, 28]),
  line: new Set([3, 13, 23]),
  polygon: new Set([5, 15, 25]),
};
const shapeOfType = (t: number): Shape | null =>
  (Object.keys(SHAPE_TYPES) as Shape[]).find((s) => SHAPE_TYPES[s].has(t)) ?? null;

async function readZippedShapefile(
  zip: JSZip,
  names: string[],
  file: string,
  prefer: Shape,
): Promise<RawLayer> {
  const sibling = (shp: string, ext: string) => {
    const base = shp.slice(0, -4).toLowerCase();
    return names.find((n) => n.toLowerCase() === `${base}.${ext}`);
  };
  let chosen: { shp: Buffer; dbf: Buffer; prj: string | null; cpg: string | null } | null = null;
  // The preferred shape first; else any readable shapefile, so the check can say what it holds.
  let fallback: string | null = null;
  let pick: string | null = null;
  const read = new Map<string, Buffer>();
  for (const shpName of names.filter((n) => /\.shp$/i.test(n)).sort()) {
    if (!sibling(shpName, 'dbf')) continue;
    const bytes = await zip.file(shpName)!.async('nodebuffer');
    read.set(shpName, bytes);
    // The shape type is in the main file's header, at byte 32.
    const shape = bytes.length >= 100 ? shapeOfType(bytes.readInt32LE(32)) : null;
    if (shape === prefer) {
      pick = shpName;
      break;
    }
    if (shape && !fallback) fallback = shpName;
  }
  pick ??= fallback;
  if (pick) {
    const prjName = sibling(pick, 'prj');
    const cpgName = sibling(pick, 'cpg');
    chosen = {
      shp: read.get(pick)!,
      dbf: await zip.file(sibling(pick, 'dbf')!)!.async('nodebuffer'),
      prj: prjName ? await zip.file(prjName)!.async('string') : null,
      cpg: cpgName ? await zip.file(cpgName)!.async('string') : null,
    };
  }
  if (!chosen) throw new DomainError('invalid_input', 'errors.geo_shapefile_parts', { file });
  const encoding = dbfEncoding(chosen.dbf, chosen.cpg);
  const list: GeoJsonLike[] = [];
  try {
    const source = await shapefile.open(chosen.shp, chosen.dbf, { encoding });
    for (let r = await source.read(); !r.done; r = await source.read()) list.push(r.value as GeoJsonLike);
  } catch {
    throw unreadable(file);
  }
  const prj = chosen.prj?.trim();
  return {
    ...collect(list, file),
    format: 'shapefile',
    encoding,
    declared: prj ? { kind: 'wkt', wkt: prj } : null,
  };
}

/**
 * The attribute table's encoding: the .cpg if there is one; else the dBASE language
 * driver byte (0x4D: code page 936); else UTF-8 if the records decode as UTF-8, else
 * GB18030 (a superset of GBK, what Chinese GIS software writes without saying so).
 */
export function dbfEncoding(dbf: Buffer, cpg: string | null): string {
  const c = (cpg ?? '').trim().toLowerCase();
  if (/utf-?8|65001/.test(c)) return 'utf-8';
  if (/gbk|936|gb2312|gb18030/.test(c)) return 'gb18030';
  if (dbf.length > 32 && dbf[29] === 0x4d) return 'gb18030';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(dbf.subarray(32));
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}
