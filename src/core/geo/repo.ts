import type { LonLat } from '../../common/geo/distance';
import type { Town } from '../../common/contract/geo';
import type { ReadDb, WriteDb } from '../db/handles';
import type { BasemapFeatureRow, TownRow } from './rows';

export function listTowns(db: ReadDb): Town[] {
  return (db.prepare('SELECT * FROM towns ORDER BY code').all() as TownRow[]).map((r) => ({
    code: r.code,
    name: r.name,
    kind: r.kind,
    seat: [r.seat_lon, r.seat_lat],
    population: r.population,
  }));
}

export function insertTown(
  db: WriteDb,
  t: {
    code: string;
    name: string;
    kind: Town['kind'];
    seat: LonLat;
    boundary: LonLat[] | null;
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
    if (r.boundary_json) {
      features.push({
        type: 'Feature' as const,
        properties: { layer: 'town' as const, kind: r.kind, name: r.name },
        geometry: { type: 'Polygon' as const, coordinates: [JSON.parse(r.boundary_json) as LonLat[]] },
      });
    }
    features.push({
      type: 'Feature' as const,
      properties: { layer: 'town_seat' as const, kind: r.kind, name: r.name },
      geometry: { type: 'Point' as const, coordinates: [r.seat_lon, r.seat_lat] as LonLat },
    });
  }
  return { type: 'FeatureCollection' as const, features };
}

/**
 * Replaces the county's geography: every town and the boundary, rivers and roads with
 * it (they belonged to the old map). Records keep their town codes; the caller holds the
 * transaction, so a refusal leaves the old geography whole.
 */
export function replaceGeography(
  db: WriteDb,
  towns: Parameters<typeof insertTown>[1][],
  boundary: LonLat[][],
  countyName: string,
): void {
  db.prepare('DELETE FROM towns').run();
  db.prepare('DELETE FROM basemap_features').run();
  for (const ring of boundary)
    insertFeature(db, {
      layer: 'boundary',
      kind: 'county',
      name: countyName,
      geometry_json: JSON.stringify({ type: 'Polygon', coordinates: [ring] }),
    });
  for (const t of towns) insertTown(db, t);
}
