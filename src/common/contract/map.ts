import { z } from '../zod-setup';
import { defineMethod } from './define';
import { id, isoTime, text } from './shared';
import { lonLat } from './geo';
import { FACILITY_KINDS } from '../domain/facilities';
import { GRADES, INCIDENT_STATUSES } from '../domain/incidents';
import { isTileTemplate } from '../map/basemap';

// Messages are i18n keys; see src/common/i18n/resources-messages.ts.
const kind = z.enum(FACILITY_KINDS);
const tileUrl = z.string().max(1000).refine(isTileTemplate, { message: 'errors.field.tile_url' });

/**
 * The map's basemap: the county's own shipped vector basemap; an online raster tile
 * service (Tianditu vec_w + cva_w, an intranet WMTS node...); or an offline MBTiles or
 * PMTiles file on this computer, raster or vector, served by the app itself.
 */
export const BasemapConfig = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('builtin') }),
  z.strictObject({
    kind: z.literal('online'),
    url: tileUrl,
    /** A second layer drawn on top (Tianditu's cva_w labels), or null. */
    overlayUrl: tileUrl.nullable(),
    /** Values of `{s}` in the URLs, comma-separated ("0,1,2,3,4,5,6,7"). */
    subdomains: z.string().regex(/^([A-Za-z0-9]{1,8}(,[A-Za-z0-9]{1,8}){0,15})?$/, 'errors.field.invalid'),
    /** Put into `{key}` (Tianditu's tk=). Readable by every map user: it is sent with each tile. */
    key: z.string().regex(/^[A-Za-z0-9_.~-]{0,128}$/, 'errors.field.invalid'),
    tileSize: z.union([z.literal(256), z.literal(512)]),
    maxZoom: z.number().int().min(1).max(22),
    attribution: text(200).refine((s) => !/[\r\n\t]/.test(s), { message: 'errors.field.newline' }),
  }),
  z.strictObject({
    kind: z.literal('file'),
    /** An absolute path on the computer running the app (host), of a .mbtiles or .pmtiles file. */
    path: text(1000).refine((s) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(s) && !/[\r\n]/.test(s), {
      message: 'errors.field.absolute_path',
    }),
  }),
]);
export type BasemapConfig = z.infer<typeof BasemapConfig>;

export const TileFileInfo = z.strictObject({
  format: z.enum(['mbtiles', 'pmtiles']),
  type: z.enum(['raster', 'vector']),
  tileFormat: z.enum(['png', 'jpg', 'webp', 'avif', 'pbf']),
  minZoom: z.number().int(),
  maxZoom: z.number().int(),
  /** [west, south, east, north] */
  bounds: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
  center: lonLat.nullable(),
  name: z.string(),
  attribution: z.string(),
  /** Vector layer ids (vector files): the shipped generic style draws each of them. */
  vectorLayers: z.array(z.string()),
  sizeBytes: z.number().int(),
  /** Changes whenever the file does: tile URLs carry it, so a replaced file is never read from cache. */
  version: z.string(),
});
export type TileFileInfo = z.infer<typeof TileFileInfo>;

export const BasemapInfo = z.strictObject({
  config: BasemapConfig,
  /** For a file basemap: what the file holds; null when it cannot be read (see `problem`). */
  file: TileFileInfo.nullable(),
  /** Why the configured basemap cannot be used right now (file moved, unreadable...); the map falls back to the county basemap. */
  problem: z.strictObject({ key: z.string(), message: z.string() }).nullable(),
  /** The origins the page may fetch tiles from (added to the CSP), and only these. */
  origins: z.array(z.string()),
});
export type BasemapInfo = z.infer<typeof BasemapInfo>;

export const MapIncident = z.strictObject({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  grade: z.enum(GRADES),
  status: z.enum(INCIDENT_STATUSES),
  point: lonLat,
  receivedAt: z.string(),
  address: z.string(),
});
export type MapIncident = z.infer<typeof MapIncident>;

export const MapFacility = z.strictObject({
  id: z.string(),
  kind,
  name: z.string(),
  point: lonLat,
  capacity: z.number().int().nullable(),
  households: z.number().int().nullable(),
  address: z.string(),
  contact: z.string(),
  phone: z.string(),
});
export type MapFacility = z.infer<typeof MapFacility>;

export const MapDepot = z.strictObject({
  id: z.string(),
  name: z.string(),
  point: lonLat,
  address: z.string(),
  keeper: z.string(),
  phone: z.string(),
  items: z.number().int(),
  short: z.number().int(),
});
export type MapDepot = z.infer<typeof MapDepot>;

const AroundFacility = z.strictObject({
  id: z.string(),
  kind,
  name: z.string(),
  address: z.string(),
  townName: z.string().nullable(),
  point: lonLat,
  capacity: z.number().int().nullable(),
  households: z.number().int().nullable(),
  contact: z.string(),
  phone: z.string(),
  distanceM: z.number(),
  /** Index of the innermost ring it lies in. */
  ring: z.number().int(),
});

const AroundDepot = z.strictObject({
  id: z.string(),
  name: z.string(),
  address: z.string(),
  point: lonLat,
  keeper: z.string(),
  phone: z.string(),
  distanceM: z.number(),
  stock: z.array(
    z.strictObject({
      item: z.string(),
      unit: z.string(),
      quantity: z.number(),
      minimum: z.number(),
      short: z.boolean(),
    }),
  ),
});

export const AroundResult = z.strictObject({
  center: lonLat,
  incident: z
    .strictObject({
      id: z.string(),
      number: z.string(),
      title: z.string(),
      grade: z.enum(GRADES),
      status: z.enum(INCIDENT_STATUSES),
    })
    .nullable(),
  radiiM: z.array(z.number().int()),
  /** Per ring, counting everything inside it (a 3 km ring includes the 1 km one). */
  rings: z.array(
    z.strictObject({
      radiusM: z.number().int(),
      counts: z.record(kind, z.number().int()),
      students: z.number().int(),
      beds: z.number().int(),
      /** Places in the shelters inside the ring (persons). */
      shelterPlaces: z.number().int(),
      /** Persons and households the hazard points inside the ring threaten. */
      threatenedPersons: z.number().int(),
      threatenedHouseholds: z.number().int(),
    }),
  ),
  /** Everything within the largest ring, nearest first (straight-line distance). */
  facilities: z.array(AroundFacility),
  /** The nearest depots, wherever they are, nearest first, with their stock. */
  depots: z.array(AroundDepot),
});
export type AroundResult = z.infer<typeof AroundResult>;

export const mapMethods = {
  'map.layers': defineMethod({
    name: 'map.layers',
    // Everything the map draws, compactly, in one read: located incidents, facilities and depots.
    input: z.strictObject({
      /** Closed and withdrawn incidents received before this are left out; open ones always show. Absent: all. */
      closedSince: isoTime.optional(),
    }),
    output: z.strictObject({
      incidents: z.array(MapIncident),
      facilities: z.array(MapFacility),
      depots: z.array(MapDepot),
      /** Current facilities without coordinates, by kind (kinds with none left out): the map says so. */
      unlocated: z.array(z.strictObject({ kind, count: z.number().int() })),
    }),
    access: 'read',
    example: { closedSince: '2026-10-30T00:00:00.000Z' },
  }),
  'map.around': defineMethod({
    name: 'map.around',
    input: z
      .strictObject({
        incidentId: id.optional(),
        point: lonLat.optional(),
        /** Ring radii in metres, ascending or not (sorted here); default 1, 3 and 5 km. */
        radiiM: z.array(z.number().int().min(100).max(50_000)).min(1).max(5).optional(),
        /** How many nearest depots to list; default 3. */
        depots: z.number().int().min(0).max(20).optional(),
      })
      .refine((v) => (v.incidentId === undefined) !== (v.point === undefined), {
        message: 'errors.field.point_or_incident',
      }),
    output: AroundResult,
    access: 'read',
    example: { incidentId: 'inc_0123456789abcdef', radiiM: [1000, 3000, 5000], depots: 3 },
  }),
  'map.basemap': defineMethod({
    name: 'map.basemap',
    input: z.strictObject({}),
    output: BasemapInfo,
    access: 'read',
  }),
  'map.setBasemap': defineMethod({
    name: 'map.setBasemap',
    // A file is checked (readable, MBTiles or PMTiles, which tiles) before it is saved.
    input: z.strictObject({ basemap: BasemapConfig }),
    output: BasemapInfo,
    access: 'admin',
    emits: ['map.changed'],
    example: {
      basemap: {
        kind: 'online',
        url: 'https://t{s}.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={key}',
        overlayUrl:
          'https://t{s}.tianditu.gov.cn/cva_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=cva&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={key}',
        subdomains: '0,1,2,3,4,5,6,7',
        key: '0123456789abcdef0123456789abcdef',
        tileSize: 256,
        maxZoom: 18,
        attribution: '天地图',
      },
    },
  }),
} as const;
