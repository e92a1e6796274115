import type { BasemapInfo } from '../../common/contract/map';
import type { CspExtra } from '../../common/csp';
import { systemActor } from '../actor';
import type { Core } from '../core';
import { MbtilesReader, tileContentType } from './files';

/**
 * The configured offline basemap as the hosts serve it, the same way in both:
 *   GET /tiles/{z}/{x}/{y}           a tile of the MBTiles file (XYZ rows)
 *   GET /tiles/archive.pmtiles       the PMTiles file, by byte range
 * and the tile origins the page's CSP must let in (an online basemap), and only those.
 * Tiles, like the renderer's own files, need no token: they are the basemap, not data.
 */
export type TilePath = { kind: 'xyz'; z: number; x: number; y: number } | { kind: 'pmtiles' };

export const PMTILES_PATH = '/tiles/archive.pmtiles';

export function parseTilePath(path: string): TilePath | null {
  if (path === PMTILES_PATH) return { kind: 'pmtiles' };
  const m = /^\/tiles\/(\d{1,2})\/(\d{1,8})\/(\d{1,8})(?:\.[a-z]{3,4})?$/.exec(path);
  if (!m) return null;
  const z = Number(m[1]);
  const x = Number(m[2]);
  const y = Number(m[3]);
  if (z > 24 || x >= 2 ** z || y >= 2 ** z) return null;
  return { kind: 'xyz', z, x, y };
}

export interface TileReply {
  status: 200 | 204 | 404;
  contentType?: string;
  body?: Buffer;
}

export interface TileService {
  /** A tile of the configured MBTiles: 200, 204 where the file has none, 404 when no MBTiles is configured. */
  tile(z: number, x: number, y: number): Promise<TileReply>;
  /** The configured PMTiles file to serve by range, or null. */
  pmtilesPath(): Promise<string | null>;
  /** Sources the page's CSP must allow: the online basemap's origins, and only those. */
  cspExtra(): Promise<CspExtra>;
  close(): void;
}

export function createTileService(core: Pick<Core, 'call' | 'subscribe'>): TileService {
  let info: Promise<BasemapInfo | null> | null = null;
  let reader: MbtilesReader | null = null;

  const reset = () => {
    info = null;
    reader?.close();
    reader = null;
  };
  const unsubscribe = core.subscribe((ev) => {
    if (ev.type === 'map.changed' || ev.type.startsWith('system.')) reset();
  });

  const current = (): Promise<BasemapInfo | null> => {
    info ??= core
      .call('map.basemap', {}, systemActor('tiles'))
      .then((r) => (r.ok ? (r.value as BasemapInfo) : null))
      .catch(() => null);
    return info;
  };

  return {
    async tile(z, x, y) {
      const b = await current();
      if (!b || b.config.kind !== 'file' || b.file?.format !== 'mbtiles') return { status: 404 };
      try {
        reader ??= new MbtilesReader(b.config.path);
        const data = reader.tile(z, x, y);
        if (!data) return { status: 204 };
        return { status: 200, contentType: tileContentType(b.file.tileFormat), body: data };
      } catch {
        // Moved or damaged since it was checked: read it afresh next time.
        reset();
        return { status: 404 };
      }
    },
    async pmtilesPath() {
      const b = await current();
      return b && b.config.kind === 'file' && b.file?.format === 'pmtiles' ? b.config.path : null;
    },
    async cspExtra() {
      const b = await current();
      const origins = b?.origins ?? [];
      return { imgSrc: origins, connectSrc: origins };
    },
    close() {
      unsubscribe();
      reset();
    },
  };
}
