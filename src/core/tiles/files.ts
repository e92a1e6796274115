import fs from 'node:fs';
import zlib from 'node:zlib';
import type Database from 'better-sqlite3';
import { openSqlite } from '../db/driver';
import type { TileFileInfo } from '../../common/contract/map';
import { DomainError } from '../errors';

/**
 * Offline tile packages the user picks for the basemap: MBTiles (SQLite) and PMTiles
 * (one file read by byte range). Read-only; nothing here writes the user's file.
 */

type Bounds = [number, number, number, number];

const SQLITE_MAGIC = 'SQLite format 3\u0000';
const PMTILES_MAGIC = 'PMTiles';

function readHead(file: string, bytes: number): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = fs.readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

function readRange(file: string, offset: number, length: number): Buffer {
  const fd = fs.openSync(file, 'r');
  try {
    const buf = Buffer.alloc(length);
    const n = fs.readSync(fd, buf, 0, length, offset);
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}

const unreadable = (path: string) =>
  new DomainError('invalid_input', 'errors.basemap_file_unreadable', { path });

function tileFormatOf(raw: string | undefined, path: string): TileFileInfo['tileFormat'] {
  const f = (raw ?? '').toLowerCase().trim();
  if (f === 'png' || f === 'webp' || f === 'avif' || f === 'pbf') return f;
  if (f === 'jpg' || f === 'jpeg') return 'jpg';
  if (f === 'mvt') return 'pbf';
  throw new DomainError('invalid_input', 'errors.basemap_file_format', { format: f || '?', path });
}

function numbers(s: string | undefined, n: number): number[] | null {
  if (!s) return null;
  const xs = s.split(',').map((x) => Number(x.trim()));
  return xs.length >= n && xs.slice(0, n).every(Number.isFinite) ? xs.slice(0, n) : null;
}

function vectorLayersOf(json: string | undefined): string[] {
  if (!json) return [];
  try {
    const v = (JSON.parse(json) as { vector_layers?: { id?: unknown }[] }).vector_layers ?? [];
    return v
      .map((l) => l.id)
      .filter((x): x is string => typeof x === 'string' && x.length > 0 && x.length < 100);
  } catch {
    return [];
  }
}

const versionOf = (st: fs.Stats) => `${st.size.toString(36)}-${Math.floor(st.mtimeMs).toString(36)}`;

/** What an MBTiles or PMTiles file holds; throws a DomainError the user can read. */
export function inspectTileFile(path: string): TileFileInfo {
  let st: fs.Stats;
  try {
    st = fs.statSync(path);
  } catch {
    throw new DomainError('invalid_input', 'errors.basemap_file_missing', { path });
  }
  if (!st.isFile()) throw new DomainError('invalid_input', 'errors.basemap_file_missing', { path });
  let head: Buffer;
  try {
    head = readHead(path, 127);
  } catch {
    throw unreadable(path);
  }
  if (head.subarray(0, 7).toString('latin1') === PMTILES_MAGIC) return inspectPmtiles(path, head, st);
  if (head.subarray(0, 16).toString('latin1') === SQLITE_MAGIC) return inspectMbtiles(path, st);
  throw unreadable(path);
}

function inspectMbtiles(path: string, st: fs.Stats): TileFileInfo {
  let db: Database.Database;
  try {
    db = openSqlite(path, { readonly: true, fileMustExist: true });
  } catch {
    throw unreadable(path);
  }
  try {
    let meta: Record<string, string>;
    try {
      meta = Object.fromEntries(
        (db.prepare('SELECT name, value FROM metadata').all() as { name: string; value: string }[]).map(
          (r) => [r.name, String(r.value)],
        ),
      );
      db.prepare('SELECT 1 FROM tiles LIMIT 1').get();
    } catch {
      throw unreadable(path);
    }
    const tileFormat = tileFormatOf(meta.format, path);
    let minZoom = Number(meta.minzoom);
    let maxZoom = Number(meta.maxzoom);
    if (!Number.isInteger(minZoom) || !Number.isInteger(maxZoom)) {
      const z = db.prepare('SELECT min(zoom_level) AS lo, max(zoom_level) AS hi FROM tiles').get() as {
        lo: number | null;
        hi: number | null;
      };
      minZoom = z.lo ?? 0;
      maxZoom = z.hi ?? 0;
    }
    const b = numbers(meta.bounds, 4);
    const c = numbers(meta.center, 2);
    return {
      format: 'mbtiles',
      type: tileFormat === 'pbf' ? 'vector' : 'raster',
      tileFormat,
      minZoom,
      maxZoom,
      bounds: b ? (b as Bounds) : null,
      center: c ? [c[0]!, c[1]!] : null,
      name: (meta.name ?? '').slice(0, 200),
      attribution: (meta.attribution ?? '').replace(/<[^>]*>/g, '').slice(0, 200),
      vectorLayers: vectorLayersOf(meta.json),
      sizeBytes: st.size,
      version: versionOf(st),
    };
  } finally {
    db.close();
  }
}

export interface PmtilesHeader {
  rootOffset: number;
  rootLength: number;
  metadataOffset: number;
  metadataLength: number;
  internalCompression: number;
  tileCompression: number;
  tileType: number;
  minZoom: number;
  maxZoom: number;
  bounds: Bounds;
  center: [number, number];
}

/** The 127-byte header of a PMTiles v3 archive (little-endian; see the PMTiles spec). */
export function parsePmtilesHeader(h: Buffer): PmtilesHeader {
  if (h.length < 127 || h.subarray(0, 7).toString('latin1') !== PMTILES_MAGIC || h[7] !== 3)
    throw new Error('not a PMTiles v3 header');
  const u64 = (o: number) => Number(h.readBigUInt64LE(o));
  const e7 = (o: number) => h.readInt32LE(o) / 1e7;
  return {
    rootOffset: u64(8),
    rootLength: u64(16),
    metadataOffset: u64(24),
    metadataLength: u64(32),
    internalCompression: h[97]!,
    tileCompression: h[98]!,
    tileType: h[99]!,
    minZoom: h[100]!,
    maxZoom: h[101]!,
    bounds: [e7(102), e7(106), e7(110), e7(114)],
    center: [e7(119), e7(123)],
  };
}

const PM_TYPES: Record<number, TileFileInfo['tileFormat']> = {
  1: 'pbf',
  2: 'png',
  3: 'jpg',
  4: 'webp',
  5: 'avif',
};

function inspectPmtiles(path: string, head: Buffer, st: fs.Stats): TileFileInfo {
  let h: PmtilesHeader;
  try {
    h = parsePmtilesHeader(head);
  } catch {
    throw unreadable(path);
  }
  const tileFormat = PM_TYPES[h.tileType];
  if (!tileFormat)
    throw new DomainError('invalid_input', 'errors.basemap_file_format', {
      format: String(h.tileType),
      path,
    });
  let meta: { name?: unknown; attribution?: unknown; vector_layers?: unknown } = {};
  if (h.metadataLength > 0 && h.metadataLength < 16_000_000) {
    try {
      let raw = readRange(path, h.metadataOffset, h.metadataLength);
      // Internal compression: 1 none, 2 gzip (the usual), 3 brotli.
      if (h.internalCompression === 2) raw = zlib.gunzipSync(raw);
      else if (h.internalCompression === 3) raw = zlib.brotliDecompressSync(raw);
      meta = JSON.parse(raw.toString('utf8')) as typeof meta;
    } catch {
      meta = {};
    }
  }
  const text = (v: unknown) => (typeof v === 'string' ? v.replace(/<[^>]*>/g, '').slice(0, 200) : '');
  return {
    format: 'pmtiles',
    type: tileFormat === 'pbf' ? 'vector' : 'raster',
    tileFormat,
    minZoom: h.minZoom,
    maxZoom: h.maxZoom,
    bounds: h.bounds,
    center: h.center,
    name: text(meta.name),
    attribution: text(meta.attribution),
    vectorLayers: vectorLayersOf(JSON.stringify({ vector_layers: meta.vector_layers ?? [] })),
    sizeBytes: st.size,
    version: versionOf(st),
  };
}

const CONTENT_TYPES: Record<TileFileInfo['tileFormat'], string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  avif: 'image/avif',
  pbf: 'application/x-protobuf',
};

export const tileContentType = (f: TileFileInfo['tileFormat']) => CONTENT_TYPES[f];

/** An open MBTiles file: tiles by XYZ (the file stores TMS rows), gzip undone for vector tiles. */
export class MbtilesReader {
  private readonly db: Database.Database;
  private readonly get: Database.Statement<[number, number, number], { tile_data: Buffer }>;

  constructor(readonly path: string) {
    this.db = openSqlite(path, { readonly: true, fileMustExist: true });
    this.get = this.db.prepare(
      'SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?',
    );
  }

  tile(z: number, x: number, y: number): Buffer | null {
    const row = this.get.get(z, x, (1 << z) - 1 - y);
    if (!row) return null;
    const data = Buffer.from(row.tile_data);
    // Vector tiles are usually gzipped in MBTiles; hand the renderer plain protobuf.
    return data[0] === 0x1f && data[1] === 0x8b ? zlib.gunzipSync(data) : data;
  }

  close(): void {
    this.db.close();
  }
}
