import { z } from '../zod-setup';
import { defineMethod } from './define';
import { importBase64, importFileName } from './imports';

export const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)]);

export const Town = z.strictObject({
  code: z.string(),
  name: z.string(),
  kind: z.enum(['街道', '镇', '乡']),
  seat: lonLat,
  population: z.number().int().nullable(),
});
export type Town = z.infer<typeof Town>;

const Geometry = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('Point'), coordinates: lonLat }),
  z.strictObject({ type: z.literal('LineString'), coordinates: z.array(lonLat) }),
  z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(z.array(lonLat)) }),
]);

export const BasemapFeature = z.strictObject({
  type: z.literal('Feature'),
  properties: z.strictObject({
    layer: z.enum(['boundary', 'town', 'town_seat', 'river', 'road']),
    kind: z.string(),
    name: z.string(),
  }),
  geometry: Geometry,
});

/**
 * How the file's coordinates are to be read. `auto`: what the file says (a shapefile's
 * .prj, a GeoJSON `crs` member; KML is WGS-84 by definition), else WGS-84 when the
 * numbers are degrees. `gk3`: CGCS2000 3-degree Gauss–Krüger, `zone` 25–45 (central
 * meridian 3 × zone), eastings with or without the zone prefix.
 */
export const GEO_CRS = ['auto', 'wgs84', 'cgcs2000', 'gk3', 'gcj02', 'bd09'] as const;
export type GeoCrs = (typeof GEO_CRS)[number];

const geoFile = z.strictObject({ fileName: importFileName, base64: importBase64 });
const column = z.string().min(1).max(64);

const geoImportInput = z.strictObject({
  /** The towns (乡镇/街道) as polygons: GeoJSON, zipped Shapefile, KML or KMZ. */
  file: geoFile,
  /** The county boundary, when the bureau has it as its own file; else the towns' union. */
  boundaryFile: geoFile.nullable().optional(),
  crs: z.enum(GEO_CRS).optional(),
  zone: z.number().int().min(25).max(45).nullable().optional(),
  /** The attribute column holding each town's name / division code; suggested when absent. */
  nameColumn: column.nullable().optional(),
  codeColumn: column.nullable().optional(),
});
export type GeoImportInput = z.infer<typeof geoImportInput>;

export const GeoImportProblem = z.strictObject({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  message: z.string(),
  /** 1-based feature number in the file, or null for the file as a whole. */
  feature: z.number().int().nullable(),
});
export type GeoImportProblem = z.infer<typeof GeoImportProblem>;

export const GeoImportTown = z.strictObject({
  feature: z.number().int(),
  name: z.string(),
  code: z.string(),
  kind: z.enum(['街道', '镇', '乡']),
  areaKm2: z.number(),
  centroid: lonLat,
  /** The point the intake's "用乡镇驻地坐标" fills in: the centroid, or a point inside when it falls outside. */
  seat: lonLat,
});
export type GeoImportTown = z.infer<typeof GeoImportTown>;

export const GeoImportPreview = z.strictObject({
  format: z.enum(['geojson', 'shapefile', 'kml', 'kmz']),
  /** The attribute table's text encoding (shapefiles), e.g. gb18030 or utf-8. */
  encoding: z.string().nullable(),
  crs: z.strictObject({
    code: z.enum(['wgs84', 'cgcs2000', 'gk3', 'gcj02', 'bd09']),
    zone: z.number().int().nullable(),
    from: z.enum(['file', 'user', 'assumed']),
  }),
  columns: z.array(z.string()),
  nameColumn: z.string().nullable(),
  codeColumn: z.string().nullable(),
  towns: z.array(GeoImportTown),
  /** Features that are not polygons (points, lines), left out. */
  ignored: z.number().int(),
  problems: z.array(GeoImportProblem),
  /** Town codes that records (incidents, facilities) use and the file does not have. */
  orphanCodes: z.array(z.string()),
  /** What would be drawn: the boundary and the towns, WGS-84. */
  map: z.strictObject({ type: z.literal('FeatureCollection'), features: z.array(BasemapFeature) }),
});
export type GeoImportPreview = z.infer<typeof GeoImportPreview>;

const geoImportExample = {
  file: {
    fileName: '乡镇.geojson',
    // One square town in WGS-84, {"name":"城关镇","code":"990101001"}, as GeoJSON in UTF-8.
    base64:
      'eyJ0eXBlIjoiRmVhdHVyZUNvbGxlY3Rpb24iLCJmZWF0dXJlcyI6W3sidHlwZSI6IkZlYXR1cmUiLCJwcm9wZXJ0aWVzIjp7Im5hbWUiOiLln47lhbPplYciLCJjb2RlIjoiOTkwMTAxMDAxIn0sImdlb21ldHJ5Ijp7InR5cGUiOiJQb2x5Z29uIiwiY29vcmRpbmF0ZXMiOltbWzExMS41LDI3LjRdLFsxMTEuNiwyNy40XSxbMTExLjYsMjcuNV0sWzExMS41LDI3LjVdLFsxMTEuNSwyNy40XV1dfX1dfQ==',
  },
  crs: 'wgs84' as const,
  nameColumn: 'name',
  codeColumn: 'code',
};

export const geoMethods = {
  'geo.towns': defineMethod({
    name: 'geo.towns',
    input: z.strictObject({}),
    output: z.array(Town),
    access: 'read',
  }),
  'geo.basemap': defineMethod({
    name: 'geo.basemap',
    input: z.strictObject({}),
    // The county's own vector basemap: boundary, towns, rivers, roads (GeoJSON, WGS-84).
    output: z.strictObject({ type: z.literal('FeatureCollection'), features: z.array(BasemapFeature) }),
    access: 'read',
  }),
  'geo.preview': defineMethod({
    name: 'geo.preview',
    input: geoImportInput,
    output: GeoImportPreview,
    // Writes nothing (like imports.preview): a read, so it leaves no audit row either.
    access: 'read',
    example: geoImportExample,
  }),
  'geo.import': defineMethod({
    name: 'geo.import',
    input: geoImportInput,
    // Replaces every town and the boundary in one transaction, or refuses with the problems.
    output: z.strictObject({ towns: z.number().int(), orphanCodes: z.array(z.string()) }),
    access: 'admin',
    emits: ['geo.changed'],
    example: geoImportExample,
  }),
} as const;
