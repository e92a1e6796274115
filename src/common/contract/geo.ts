import { z } from '../zod-setup';
import { defineMethod } from './define';

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
} as const;
