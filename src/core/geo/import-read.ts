import JSZip from 'jszip';
import * as shapefile from 'shapefile';
import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { DomainError } from '../errors';

/** A ring of [x, y] in the file's own coordinates; a polygon is rings, a town is polygons. */
export type Ring = [number, number][];
export type Polygons = Ring[][];

export interface RawFeature {
  /** Attribute values as text, by column. */
  props: Record<string, string>;
  polygons: Polygons;
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
  features: RawFeature[];
  /** Features that are not polygons (points, lines). */
  ignored: number;
  declared: DeclaredCrs | null;
}

const unreadable = (file: string) => new DomainError('invalid_input', 'errors.geo_unreadable', { file });

const isZip = (b: Buffer) =>
  b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/**
 * Reads a division file as bureaus have them: GeoJSON, a zipped Shapefile (GBK or UTF-8
 * attribute table), KML, or KMZ. Coordinates stay as the file has them; the CRS step
 * converts them.
 */
export async function readGeoFile(fileName: string, bytes: Buffer): Promise<RawLayer> {
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
    return readZippedShapefile(zip, names, file);
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

/** Polygons and multipolygons of a geometry (a collection's too), or null for anything else. */
function polygonsOf(g: unknown): Polygons | null {
  if (!g || typeof g !== 'object') return null;
  const geom = g as GeoJsonLike;
  if (geom.type === 'Polygon' && Array.isArray(geom.coordinates)) return [geom.coordinates as Ring[]];
  if (geom.type === 'MultiPolygon' && Array.isArray(geom.coordinates)) return geom.coordinates as Ring[][];
  if (geom.type === 'GeometryCollection' && Array.isArray(geom.geometries)) {
    const parts = (geom.geometries as unknown[]).flatMap((x) => polygonsOf(x) ?? []);
    return parts.length ? parts : null;
  }
  return null;
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
    const polygons = polygonsOf(f.geometry);
    if (!polygons) {
      ignored += 1;
      continue;
    }
    if (!wellFormed(polygons)) throw unreadable(file);
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
    features.push({ props, polygons });
  }
  return { columns, features, ignored };
}

/** Numbers in pairs at the right depth: anything else is not a file we can read, whatever it claims. */
function wellFormed(p: Polygons): boolean {
  return p.every(
    (poly) =>
      Array.isArray(poly) &&
      poly.every(
        (ring) =>
          Array.isArray(ring) &&
          ring.every(
            (pt) => Array.isArray(pt) && pt.length >= 2 && Number.isFinite(pt[0]) && Number.isFinite(pt[1]),
          ),
      ),
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

/** Shape types 5, 15, 25: Polygon, PolygonZ, PolygonM (ESRI Shapefile Technical Description). */
const POLYGON_TYPES = new Set([5, 15, 25]);

async function readZippedShapefile(zip: JSZip, names: string[], file: string): Promise<RawLayer> {
  const sibling = (shp: string, ext: string) => {
    const base = shp.slice(0, -4).toLowerCase();
    return names.find((n) => n.toLowerCase() === `${base}.${ext}`);
  };
  let chosen: { shp: Buffer; dbf: Buffer; prj: string | null; cpg: string | null } | null = null;
  for (const shpName of names.filter((n) => /\.shp$/i.test(n)).sort()) {
    const dbfName = sibling(shpName, 'dbf');
    if (!dbfName) continue;
    const shp = await zip.file(shpName)!.async('nodebuffer');
    if (shp.length < 100 || !POLYGON_TYPES.has(shp.readInt32LE(32))) continue;
    const prjName = sibling(shpName, 'prj');
    const cpgName = sibling(shpName, 'cpg');
    chosen = {
      shp,
      dbf: await zip.file(dbfName)!.async('nodebuffer'),
      prj: prjName ? await zip.file(prjName)!.async('string') : null,
      cpg: cpgName ? await zip.file(cpgName)!.async('string') : null,
    };
    break;
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
