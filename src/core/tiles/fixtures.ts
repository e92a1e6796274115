import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import Database from 'better-sqlite3';

/**
 * Test support: tiny MBTiles and PMTiles files the tests generate (no downloads, no
 * binary fixtures in git). Raster tiles are solid-colour PNGs, so a test can find the
 * colour in the rendered map. `node --import tsx src/core/tiles/fixtures.ts <dir>`
 * writes the demo county's pair (used by the e2e suite, which keeps SQLite out of its worker).
 */

export interface FixtureTile {
  z: number;
  x: number;
  y: number;
  data: Buffer;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** A solid-colour RGB PNG. */
export function solidPng(size: number, rgb: [number, number, number]): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const row = Buffer.alloc(1 + size * 3);
  for (let i = 0; i < size; i++) row.set(rgb, 1 + i * 3);
  const raw = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** XYZ tiles covering a bounding box at zooms lo..hi. */
export function tilesCovering(
  bounds: [number, number, number, number],
  lo: number,
  hi: number,
): { z: number; x: number; y: number }[] {
  const out: { z: number; x: number; y: number }[] = [];
  const tx = (lon: number, z: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
  const ty = (lat: number, z: number) => {
    const r = (lat * Math.PI) / 180;
    return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
  };
  for (let z = lo; z <= hi; z++) {
    for (let x = tx(bounds[0], z); x <= tx(bounds[2], z); x++) {
      for (let y = ty(bounds[3], z); y <= ty(bounds[1], z); y++) out.push({ z, x, y });
    }
  }
  return out;
}

export function writeMbtiles(file: string, tiles: FixtureTile[], metadata: Record<string, string>): void {
  fs.rmSync(file, { force: true });
  const db = new Database(file);
  db.exec(`
    CREATE TABLE metadata (name TEXT, value TEXT);
    CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);
    CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row);
  `);
  const meta = db.prepare('INSERT INTO metadata (name, value) VALUES (?, ?)');
  // MBTiles rows count from the south (TMS).
  const tile = db.prepare(
    'INSERT INTO tiles (zoom_level, tile_column, tile_row, tile_data) VALUES (?, ?, ?, ?)',
  );
  db.transaction(() => {
    for (const [k, v] of Object.entries(metadata)) meta.run(k, v);
    for (const t of tiles) tile.run(t.z, t.x, (1 << t.z) - 1 - t.y, t.data);
  })();
  db.close();
}

// ---------------------------------------------------------------- PMTiles v3

function rotate(n: number, xy: [number, number], rx: number, ry: number): void {
  if (ry === 0) {
    if (rx === 1) {
      xy[0] = n - 1 - xy[0];
      xy[1] = n - 1 - xy[1];
    }
    const t = xy[0];
    xy[0] = xy[1];
    xy[1] = t;
  }
}

/** The PMTiles tile id: tiles of lower zooms first, then the Hilbert curve index. */
export function tileId(z: number, x: number, y: number): number {
  let acc = 0;
  for (let i = 0; i < z; i++) acc += 4 ** i;
  const n = 2 ** z;
  const xy: [number, number] = [x, y];
  let d = 0;
  for (let s = n / 2; s >= 1; s /= 2) {
    const rx = xy[0] & s ? 1 : 0;
    const ry = xy[1] & s ? 1 : 0;
    d += s * s * ((3 * rx) ^ ry);
    rotate(s, xy, rx, ry);
  }
  return acc + d;
}

function varint(n: number, out: number[]): void {
  while (n >= 0x80) {
    out.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
}

const TILE_TYPES = { pbf: 1, png: 2, jpg: 3, webp: 4 } as const;

/** A PMTiles v3 archive: header, uncompressed root directory and metadata, then the tiles. */
export function writePmtiles(
  file: string,
  tiles: FixtureTile[],
  opts: {
    tileType: keyof typeof TILE_TYPES;
    bounds: [number, number, number, number];
    metadata: Record<string, unknown>;
  },
): void {
  const sorted = tiles.map((t) => ({ id: tileId(t.z, t.x, t.y), ...t })).sort((a, b) => a.id - b.id);
  const entries: { id: number; offset: number; length: number }[] = [];
  let offset = 0;
  for (const t of sorted) {
    entries.push({ id: t.id, offset, length: t.data.length });
    offset += t.data.length;
  }
  const dir: number[] = [];
  varint(entries.length, dir);
  let last = 0;
  for (const e of entries) {
    varint(e.id - last, dir);
    last = e.id;
  }
  for (const _e of entries) varint(1, dir); // run lengths
  for (const e of entries) varint(e.length, dir);
  entries.forEach((e, i) => {
    const prev = entries[i - 1];
    varint(prev && e.offset === prev.offset + prev.length ? 0 : e.offset + 1, dir);
  });
  const root = Buffer.from(dir);
  const meta = Buffer.from(JSON.stringify(opts.metadata), 'utf8');
  const data = Buffer.concat(sorted.map((t) => t.data));
  const zooms = tiles.map((t) => t.z);

  const h = Buffer.alloc(127);
  h.write('PMTiles', 0, 'latin1');
  h[7] = 3;
  const u64 = (o: number, v: number) => h.writeBigUInt64LE(BigInt(v), o);
  u64(8, 127);
  u64(16, root.length);
  u64(24, 127 + root.length);
  u64(32, meta.length);
  u64(40, 0);
  u64(48, 0);
  u64(56, 127 + root.length + meta.length);
  u64(64, data.length);
  u64(72, entries.length);
  u64(80, entries.length);
  u64(88, entries.length);
  h[96] = 1; // clustered
  h[97] = 1; // internal compression: none
  h[98] = opts.tileType === 'pbf' ? 2 : 1; // tile compression: gzip for vector, none for images
  h[99] = TILE_TYPES[opts.tileType];
  h[100] = Math.min(...zooms);
  h[101] = Math.max(...zooms);
  const e7 = (o: number, v: number) => h.writeInt32LE(Math.round(v * 1e7), o);
  e7(102, opts.bounds[0]);
  e7(106, opts.bounds[1]);
  e7(110, opts.bounds[2]);
  e7(114, opts.bounds[3]);
  h[118] = Math.min(...zooms);
  e7(119, (opts.bounds[0] + opts.bounds[2]) / 2);
  e7(123, (opts.bounds[1] + opts.bounds[3]) / 2);
  fs.writeFileSync(file, Buffer.concat([h, root, meta, data]));
}

/** The demo county's bounding box, a little wider. */
export const DEMO_BOUNDS: [number, number, number, number] = [111.2, 27.15, 111.85, 27.75];
export const MBTILES_RGB: [number, number, number] = [150, 220, 190];
export const PMTILES_RGB: [number, number, number] = [190, 190, 250];

/** A raster MBTiles and a raster PMTiles of the demo county (zooms 0-12), each one solid colour. */
export function writeDemoTileFiles(dir: string): { mbtiles: string; pmtiles: string } {
  fs.mkdirSync(dir, { recursive: true });
  const cover = tilesCovering(DEMO_BOUNDS, 0, 12);
  const mbtiles = path.join(dir, '县域底图.mbtiles');
  const pmtiles = path.join(dir, 'county.pmtiles');
  const png1 = solidPng(256, MBTILES_RGB);
  const png2 = solidPng(256, PMTILES_RGB);
  writeMbtiles(
    mbtiles,
    cover.map((t) => ({ ...t, data: png1 })),
    {
      name: '测试底图（MBTiles）',
      format: 'png',
      minzoom: '0',
      maxzoom: '12',
      bounds: DEMO_BOUNDS.join(','),
      attribution: '测试数据',
    },
  );
  writePmtiles(
    pmtiles,
    cover.map((t) => ({ ...t, data: png2 })),
    {
      tileType: 'png',
      bounds: DEMO_BOUNDS,
      metadata: { name: '测试底图（PMTiles）', attribution: '测试数据' },
    },
  );
  return { mbtiles, pmtiles };
}

if (process.argv[1] && /tiles[\\/]fixtures\.ts$/.test(process.argv[1])) {
  const out = process.argv[2];
  if (!out) {
    process.stderr.write('usage: node --import tsx src/core/tiles/fixtures.ts <dir>\n');
    process.exit(2);
  }
  process.stdout.write(JSON.stringify(writeDemoTileFiles(out)) + '\n');
}
