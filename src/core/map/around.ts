import type { AroundResult } from '../../common/contract/map';
import { DEFAULT_RADII_M, FACILITY_KINDS, type FacilityKind } from '../../common/domain/facilities';
import type { Grade, IncidentStatus } from '../../common/domain/incidents';
import { distanceM, type LonLat } from '../../common/geo/distance';
import { stmt } from '../db/sql';
import { DomainError } from '../errors';
import { allStock, stockView } from '../facilities/repo';
import type { ReadDb } from '../db/handles';
import type { DepotRow, FacilityRow } from '../facilities/rows';

/** A facility with a place, and its town's name. */
type AroundRow = Pick<
  FacilityRow,
  'id' | 'kind' | 'name' | 'address' | 'capacity' | 'households' | 'contact' | 'phone'
> & {
  town_name: string | null;
  lon: number;
  lat: number;
};

type DepotPointRow = Pick<DepotRow, 'id' | 'name' | 'address' | 'keeper' | 'phone'> & {
  lon: number;
  lat: number;
};

const DEG_LAT_M = 111_320;

/**
 * What lies around a point: every located, current facility within the largest ring
 * (straight-line distance, nearest first), counts per ring (each ring includes the
 * smaller ones), and the nearest depots wherever they are, with their stock.
 * A bounding box narrows the scan in SQL; the exact test is the haversine distance.
 */
export function around(
  db: ReadDb,
  input: { incidentId?: string; point?: LonLat; radiiM?: number[]; depots?: number },
): AroundResult {
  let center: LonLat;
  let incident: AroundResult['incident'] = null;
  if (input.incidentId) {
    const r = stmt<
      [string],
      {
        id: string;
        number: string;
        title: string;
        grade: Grade;
        status: IncidentStatus;
        lon: number | null;
        lat: number | null;
      }
    >(db, 'SELECT id, number, title, grade, status, lon, lat FROM incidents WHERE id = ?').get(
      input.incidentId,
    );
    if (!r) throw new DomainError('not_found', 'errors.incident_missing');
    if (r.lon === null || r.lat === null)
      throw new DomainError('invalid_input', 'errors.incident_no_point', { number: r.number });
    center = [r.lon, r.lat];
    incident = { id: r.id, number: r.number, title: r.title, grade: r.grade, status: r.status };
  } else {
    center = input.point!;
  }
  const radii = [...new Set(input.radiiM ?? DEFAULT_RADII_M)].sort((a, b) => a - b);
  const max = radii[radii.length - 1]!;
  const dLat = max / DEG_LAT_M;
  const dLon = max / (DEG_LAT_M * Math.max(0.01, Math.cos((center[1] * Math.PI) / 180)));

  const rows = stmt<[number, number, number, number], AroundRow>(
    db,
    `SELECT f.id, f.kind, f.name, f.address, t.name AS town_name, f.lon, f.lat, f.capacity, f.households, f.contact, f.phone
       FROM facilities f LEFT JOIN towns t ON t.code = f.town_code
      WHERE f.archived = 0 AND f.lon BETWEEN ? AND ? AND f.lat BETWEEN ? AND ?`,
  ).all(center[0] - dLon, center[0] + dLon, center[1] - dLat, center[1] + dLat);

  const facilities: AroundResult['facilities'] = [];
  for (const r of rows) {
    const d = distanceM(center, [r.lon, r.lat]);
    if (d > max) continue;
    facilities.push({
      id: r.id,
      kind: r.kind,
      name: r.name,
      address: r.address,
      townName: r.town_name,
      point: [r.lon, r.lat],
      capacity: r.capacity,
      households: r.households,
      contact: r.contact,
      phone: r.phone,
      distanceM: Math.round(d),
      ring: radii.findIndex((rad) => d <= rad),
    });
  }
  facilities.sort((a, b) => a.distanceM - b.distanceM || a.name.localeCompare(b.name));

  const rings = radii.map((radiusM, i) => {
    const inside = facilities.filter((f) => f.ring <= i);
    const counts = Object.fromEntries(FACILITY_KINDS.map((k) => [k, 0])) as Record<FacilityKind, number>;
    const sum = (kind: FacilityKind, of: (f: (typeof inside)[number]) => number | null) =>
      inside.reduce((s, f) => s + (f.kind === kind ? (of(f) ?? 0) : 0), 0);
    for (const f of inside) counts[f.kind]++;
    return {
      radiusM,
      counts,
      students: sum('school', (f) => f.capacity),
      beds: sum('hospital', (f) => f.capacity),
      shelterPlaces: sum('shelter', (f) => f.capacity),
      threatenedPersons: sum('geohazard', (f) => f.capacity),
      threatenedHouseholds: sum('geohazard', (f) => f.households),
    };
  });

  const wanted = input.depots ?? 3;
  const depotRows = stmt<[], DepotPointRow>(
    db,
    `SELECT id, name, address, lon, lat, keeper, phone FROM depots WHERE archived = 0 AND lon IS NOT NULL`,
  ).all();
  const nearest = depotRows
    .map((d) => ({ d, distance: distanceM(center, [d.lon, d.lat]) }))
    .sort((a, b) => a.distance - b.distance)
    .slice(0, wanted);
  const stock = nearest.length ? allStock(db) : new Map();
  const depots = nearest.map(({ d, distance }) => ({
    id: d.id,
    name: d.name,
    address: d.address,
    point: [d.lon, d.lat] as LonLat,
    keeper: d.keeper,
    phone: d.phone,
    distanceM: Math.round(distance),
    stock: (stock.get(d.id) ?? []).map(stockView),
  }));

  return { center, incident, radiiM: radii, rings, facilities, depots };
}
