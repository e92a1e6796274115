import { STOCK_LINES_SQL } from '../supplies/ledger';
import type {
  BasemapConfig,
  BasemapInfo,
  MapDepot,
  MapFacility,
  MapIncident,
} from '../../common/contract/map';
import type { FacilityKind } from '../../common/domain/facilities';
import type { Locale } from '../../common/domain/roles';
import { formatMessage } from '../../common/i18n/messages';
import { basemapOrigins } from '../../common/map/basemap';
import type { AreaHandlers } from '../handler';
import { stmt } from '../db/sql';
import { DomainError } from '../errors';
import { readKey, writeKey } from '../settings/repo';
import { inspectTileFile } from '../tiles/files';
import { around } from './around';
import type { ReadDb } from '../db/handles';
import type { IncidentRow } from '../incidents/rows';

const BASEMAP_KEY = 'map.basemap';

export function readBasemapConfig(db: ReadDb): BasemapConfig {
  return readKey<BasemapConfig>(db, BASEMAP_KEY) ?? { kind: 'builtin' };
}

/** The configured basemap as the map needs it; a file that cannot be read now is reported, not thrown. */
export function basemapInfo(config: BasemapConfig, locale: Locale): BasemapInfo {
  if (config.kind !== 'file') return { config, file: null, problem: null, origins: basemapOrigins(config) };
  try {
    return { config, file: inspectTileFile(config.path), problem: null, origins: [] };
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    return {
      config,
      file: null,
      problem: { key: e.key, message: formatMessage(locale, e.key, e.params) },
      origins: [],
    };
  }
}

/** An incident with a place (the WHERE keeps lon/lat non-null). */
type IncidentPointRow = Pick<
  IncidentRow,
  'id' | 'number' | 'title' | 'grade' | 'status' | 'received_at' | 'address'
> & {
  lon: number;
  lat: number;
};

export const mapHandlers: AreaHandlers<'map'> = {
  'map.layers': {
    kind: 'read',
    run(input, ctx) {
      const incidents = stmt<[{ since: string | null }], IncidentPointRow>(
        ctx.db,
        `SELECT id, number, title, grade, status, lon, lat, received_at, address FROM incidents
          WHERE lon IS NOT NULL AND lat IS NOT NULL AND drill_id IS NULL
            AND (status IN ('pending', 'active') OR @since IS NULL OR received_at >= @since)
          ORDER BY received_at`,
      )
        .all({ since: input.closedSince ?? null })
        .map((r): MapIncident => ({
          id: r.id,
          number: r.number,
          title: r.title,
          grade: r.grade,
          status: r.status,
          point: [r.lon, r.lat],
          receivedAt: r.received_at,
          address: r.address,
        }));
      const facilities = stmt<
        [],
        {
          id: string;
          kind: FacilityKind;
          name: string;
          lon: number;
          lat: number;
          capacity: number | null;
          households: number | null;
          address: string;
          contact: string;
          phone: string;
        }
      >(
        ctx.db,
        `SELECT id, kind, name, lon, lat, capacity, households, address, contact, phone FROM facilities
          WHERE archived = 0 AND lon IS NOT NULL ORDER BY kind, name`,
      )
        .all()
        .map((r): MapFacility => ({
          id: r.id,
          kind: r.kind,
          name: r.name,
          point: [r.lon, r.lat],
          capacity: r.capacity,
          households: r.households,
          address: r.address,
          contact: r.contact,
          phone: r.phone,
        }));
      const depots = stmt<
        [],
        {
          id: string;
          name: string;
          lon: number;
          lat: number;
          address: string;
          keeper: string;
          phone: string;
          items: number;
          short: number;
        }
      >(
        ctx.db,
        `SELECT d.id, d.name, d.lon, d.lat, d.address, d.keeper, d.phone,
                count(s.item_id) AS items, count(CASE WHEN s.quantity < s.minimum THEN 1 END) AS short
           FROM depots d LEFT JOIN (${STOCK_LINES_SQL}) s ON s.depot_id = d.id
          WHERE d.archived = 0 AND d.lon IS NOT NULL GROUP BY d.id ORDER BY d.name`,
      )
        .all()
        .map((r): MapDepot => ({
          id: r.id,
          name: r.name,
          point: [r.lon, r.lat],
          address: r.address,
          keeper: r.keeper,
          phone: r.phone,
          items: r.items,
          short: r.short,
        }));
      const unlocated = stmt<[], { kind: FacilityKind; count: number }>(
        ctx.db,
        `SELECT kind, count(*) AS count FROM facilities
          WHERE archived = 0 AND (lon IS NULL OR lat IS NULL) GROUP BY kind ORDER BY kind`,
      ).all();
      return { incidents, facilities, depots, unlocated };
    },
  },

  'map.around': {
    kind: 'read',
    run: (input, ctx) => around(ctx.db, input),
  },

  'map.basemap': {
    kind: 'read',
    run: (_input, ctx) => basemapInfo(readBasemapConfig(ctx.db), ctx.locale()),
  },

  'map.setBasemap': {
    kind: 'write',
    run(input, ctx) {
      const config = input.basemap;
      // A file must be usable before it replaces a working basemap.
      if (config.kind === 'file') inspectTileFile(config.path);
      const before = readBasemapConfig(ctx.db);
      writeKey(ctx.db, BASEMAP_KEY, config);
      // A tile key (Tianditu's tk) is a browser key: every map user's page sends it with each tile.
      ctx.changed('setting', BASEMAP_KEY, before, config);
      ctx.emit('map.changed');
      return basemapInfo(config, ctx.locale());
    },
  },
};
