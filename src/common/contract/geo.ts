import { z } from '../zod-setup';
import { defineMethod } from './define';
import { base64Up, importFileName } from './imports';

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
    layer: z.enum(['boundary', 'town', 'town_seat', 'village', 'village_point', 'river', 'road']),
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

/**
 * The layers of the county geography, each imported on its own: replacing one keeps the
 * others. Towns are polygons; villages (行政村/社区) points or polygons; rivers and roads lines.
 */
export const GEO_LAYERS = ['towns', 'villages', 'rivers', 'roads'] as const;
export type GeoLayer = (typeof GEO_LAYERS)[number];

/**
 * A county's division files are larger than a spreadsheet: all 行政村 of a county with
 * detailed outlines is a ~30 MB zipped Shapefile. 48 MB of base64 is 36 MB of file (the
 * host takes the body of these methods up to GEO_BODY_LIMIT).
 */
export const GEO_MAX_BASE64 = 48_000_000;
export const GEO_BODY_LIMIT = 50 * 1024 * 1024;
const geoBase64 = base64Up(GEO_MAX_BASE64);

const geoFile = z.strictObject({ fileName: importFileName, base64: geoBase64 });
const column = z.string().min(1).max(64);

const geoImportInput = z.strictObject({
  /** Which layer the file is (default: towns). */
  layer: z.enum(GEO_LAYERS).optional(),
  /** The layer's features: GeoJSON, zipped Shapefile, KML or KMZ. */
  file: geoFile,
  /** The county boundary, when the bureau has it as its own file; else the towns' union. */
  boundaryFile: geoFile.nullable().optional(),
  crs: z.enum(GEO_CRS).optional(),
  zone: z.number().int().min(25).max(45).nullable().optional(),
  /** The attribute column holding each feature's name / division code; suggested when absent. */
  nameColumn: column.nullable().optional(),
  codeColumn: column.nullable().optional(),
  /** Towns: the seats (乡镇驻地) as points, named or coded like the towns, in the same CRS choice. */
  seatFile: geoFile.nullable().optional(),
  /**
   * Towns: the columns holding each seat's x and y (in the file's CRS); the same column
   * twice for one column of "x,y" text. Without a seat file or columns, the seat is the
   * centroid (or a point inside when the centroid falls outside).
   */
  seatColumns: z.tuple([column, column]).nullable().optional(),
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
  /** The point the intake's "用乡镇驻地坐标" fills in: the seat as given, else the centroid or a point inside. */
  seat: lonLat,
  /** Where the seat comes from: the seat file, the seat columns, or the outline (centroid). */
  seatFrom: z.enum(['file', 'column', 'centroid']),
  /** How many polygons the town is made of (an enclave or an island makes two or more). */
  parts: z.number().int(),
});
export type GeoImportTown = z.infer<typeof GeoImportTown>;

export const GeoImportVillage = z.strictObject({
  feature: z.number().int(),
  name: z.string(),
  code: z.string(),
  townCode: z.string(),
  townName: z.string(),
  /** How its town was found: by the first nine digits of its code, or by where it lies. */
  townFrom: z.enum(['code', 'location']),
  /** The village's point: as given, or a point inside its outline. */
  point: lonLat,
  /** Whether the file gave it an outline (polygon) rather than only a point. */
  outline: z.boolean(),
});
export type GeoImportVillage = z.infer<typeof GeoImportVillage>;

export const GeoImportLine = z.strictObject({
  feature: z.number().int(),
  name: z.string(),
  /** The basemap's class: rivers main/minor; roads expressway/national/provincial/county. */
  kind: z.string(),
  lengthKm: z.number(),
});
export type GeoImportLine = z.infer<typeof GeoImportLine>;

export const GeoImportPreview = z.strictObject({
  layer: z.enum(GEO_LAYERS),
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
  villages: z.array(GeoImportVillage),
  /** Rivers or roads, one per feature of the file. */
  lines: z.array(GeoImportLine),
  /** Features of a shape the layer is not made of (points in a river file...), left out. */
  ignored: z.number().int(),
  problems: z.array(GeoImportProblem),
  /** Town codes that records (incidents, facilities) use and the file does not have. */
  orphanCodes: z.array(z.string()),
  /** What would be drawn (WGS-84): the new layer over the county as it is now. */
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

export const Village = z.strictObject({
  code: z.string(),
  name: z.string(),
  townCode: z.string(),
  point: lonLat,
});
export type Village = z.infer<typeof Village>;

export const geoMethods = {
  'geo.villages': defineMethod({
    name: 'geo.villages',
    input: z.strictObject({}),
    output: z.array(Village),
    access: 'read',
  }),
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
    bodyLimit: GEO_BODY_LIMIT,
    example: geoImportExample,
  }),
  'geo.import': defineMethod({
    name: 'geo.import',
    input: geoImportInput,
    // Replaces the one layer (towns with the boundary; villages; rivers; roads) in one
    // transaction, or refuses with the problems; the other layers stay as they are.
    output: z.strictObject({
      layer: z.enum(GEO_LAYERS),
      towns: z.number().int(),
      villages: z.number().int(),
      lines: z.number().int(),
      orphanCodes: z.array(z.string()),
    }),
    access: 'admin',
    bodyLimit: GEO_BODY_LIMIT,
    emits: ['geo.changed'],
    example: geoImportExample,
  }),
} as const;
