import type { Town } from '../../common/contract/geo';

/**
 * Rows of the county geography: towns (乡镇), villages (村/社区) and the basemap's features.
 * Each type is the table as `SELECT *` reads it; rows.test.ts holds them to the schema.
 */

export interface TownRow {
  code: string;
  name: string;
  kind: Town['kind'];
  seat_lon: number;
  seat_lat: number;
  /** MultiPolygon coordinates (every part of the town), or null. */
  boundary_json: string | null;
  population: number | null;
}

export interface VillageRow {
  code: string;
  name: string;
  town_code: string;
  lon: number;
  lat: number;
  /** MultiPolygon coordinates when the file had outlines; null for a village given as a point. */
  boundary_json: string | null;
}

export interface BasemapFeatureRow {
  id: number;
  layer: 'boundary' | 'river' | 'road';
  kind: string;
  name: string;
  geometry_json: string;
}

/** Table -> its row type (rows.test.ts compares each with the migrated schema). */
export interface Tables {
  towns: TownRow;
  basemap_features: BasemapFeatureRow;
  villages: VillageRow;
}
