import type { LonLat } from '../../common/geo/distance';
import type { Town, Village } from '../../common/contract/geo';
import type { ReadDb, WriteDb } from '../db/handles';
import type { Polygons } from './import-read';
import type { TownShape } from './import-layers';
import type { BasemapFeatureRow, TownRow, VillageRow } from './rows';

export function listTowns(db: ReadDb): Town[] {
  return (db.prepare('SELECT * FROM towns ORDER BY code').all() as TownRow[]).map((r) => ({
    code: r.code,
    name: r.name,
    kind: r.kind,
    seat: [r.seat_lon, r.seat_lat],
    population: r.population,
  }));
}

/** Every town with every part of its outline: what a village is placed in by location. */
export function townShapes(db: ReadDb): TownShape[] {
  return (db.prepare('SELECT code, name, boundary_json FROM towns ORDER BY code').all() as TownRow[]).map(
    (r) => ({
      code: r.code,
      name: r.name,
      polygons: r.boundary_json ? (JSON.parse(r.boundary_json) as Polygons) : null,
    }),
  );
}

export function listVillages(db: ReadDb): Village[] {
  return (db.prepare('SELECT * FROM villages ORDER BY code').all() as VillageRow[]).map((r) => ({
    code: r.code,
    name: r.name,
    townCode: r.town_code,
    point: [r.lon, r.lat],
  }));
}

export function insertTown(
  db: WriteDb,
  t: {
    code: string;
    name: string;
    kind: Town['kind'];
    seat: LonLat;
    /** Every part of the town (MultiPolygon coordinates), or null. */
    boundary: Polygons | null;
    population: number | null;
  },
): void {
  db.prepare(
    `INSERT INTO towns (code, name, kind, seat_lon, seat_lat, boundary_json, population)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    t.code,
    t.name,
    t.kind,
    t.seat[0],
    t.seat[1],
    t.boundary ? JSON.stringify(t.boundary) : null,
    t.population,
  );
}

export function insertFeature(db: WriteDb, f: Omit<BasemapFeatureRow, 'id'>): void {
  db.prepare('INSERT INTO basemap_features (layer, kind, name, geometry_json) VALUES (?, ?, ?, ?)').run(
    f.layer,
    f.kind,
    f.name,
    f.geometry_json,
  );
}

const polygonParts = (layer: 'town' | 'village', kind: string, name: string, json: string) =>
  (JSON.parse(json) as Polygons).map((coordinates) => ({
    type: 'Feature' as const,
    properties: { layer, kind, name },
    geometry: { type: 'Polygon' as const, coordinates },
  }));

const pointFeature = (layer: 'town_seat' | 'village_point', kind: string, name: string, p: LonLat) => ({
  type: 'Feature' as const,
  properties: { layer, kind, name },
  geometry: { type: 'Point' as const, coordinates: p },
});

/** The county's vector basemap: boundary, rivers, roads, every part of each town, seats, villages. */
export function basemap(db: ReadDb) {
  const features = [];
  for (const r of db
    .prepare('SELECT layer, kind, name, geometry_json FROM basemap_features ORDER BY id')
    .all() as Omit<BasemapFeatureRow, 'id'>[]) {
    features.push({
      type: 'Feature' as const,
      properties: { layer: r.layer, kind: r.kind, name: r.name },
      geometry: JSON.parse(r.geometry_json),
    });
  }
  for (const r of db.prepare('SELECT * FROM towns ORDER BY code').all() as TownRow[]) {
    if (r.boundary_json) features.push(...polygonParts('town', r.kind, r.name, r.boundary_json));
    features.push(pointFeature('town_seat', r.kind, r.name, [r.seat_lon, r.seat_lat]));
  }
  for (const r of db.prepare('SELECT * FROM villages ORDER BY code').all() as VillageRow[]) {
    if (r.boundary_json) features.push(...polygonParts('village', 'village', r.name, r.boundary_json));
    features.push(pointFeature('village_point', 'village', r.name, [r.lon, r.lat]));
  }
  return { type: 'FeatureCollection' as const, features };
}

/**
 * Replaces the towns and the county boundary; rivers, roads and villages stay (a
 * village whose town is gone keeps its code until the villages are imported again).
 * Records keep their town codes; the caller holds the transaction, so a refusal leaves
 * the old geography whole.
 */
export function replaceTowns(
  db: WriteDb,
  towns: Parameters<typeof insertTown>[1][],
  boundary: Polygons,
  countyName: string,
): void {
  db.prepare('DELETE FROM towns').run();
  db.prepare(`DELETE FROM basemap_features WHERE layer = 'boundary'`).run();
  for (const poly of boundary)
    insertFeature(db, {
      layer: 'boundary',
      kind: 'county',
      name: countyName,
      geometry_json: JSON.stringify({ type: 'Polygon', coordinates: poly }),
    });
  for (const t of towns) insertTown(db, t);
}

/** Replaces every village; the caller holds the transaction. */
export function replaceVillages(
  db: WriteDb,
  villages: { code: string; name: string; townCode: string; point: LonLat; polygons: Polygons | null }[],
): void {
  db.prepare('DELETE FROM villages').run();
  const insert = db.prepare(
    'INSERT INTO villages (code, name, town_code, lon, lat, boundary_json) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (const v of villages)
    insert.run(
      v.code,
      v.name,
      v.townCode,
      v.point[0],
      v.point[1],
      v.polygons ? JSON.stringify(v.polygons) : null,
    );
}

/** Replaces the rivers or the roads (one basemap feature per line part); the caller holds the transaction. */
export function replaceLines(
  db: WriteDb,
  layer: 'river' | 'road',
  lines: { name: string; kind: string; parts: LonLat[][] }[],
): void {
  db.prepare('DELETE FROM basemap_features WHERE layer = ?').run(layer);
  for (const l of lines)
    for (const coordinates of l.parts)
      insertFeature(db, {
        layer,
        kind: l.kind,
        name: l.name,
        geometry_json: JSON.stringify({ type: 'LineString', coordinates }),
      });
}
