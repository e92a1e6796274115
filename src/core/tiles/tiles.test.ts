import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { PMTiles, zxyToTileId, type RangeResponse, type Source } from 'pmtiles';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../testing';
import { MbtilesReader, inspectTileFile } from './files';
import {
  DEMO_BOUNDS,
  solidPng,
  tileId,
  tilesCovering,
  writeDemoTileFiles,
  writeMbtiles,
  writePmtiles,
} from './fixtures';
import { parseTilePath } from './service';

const dir = tempDir('duty-room-tiles-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The real PMTiles reader, over the file on disk. */
class FileSource implements Source {
  constructor(private readonly file: string) {}
  getKey() {
    return this.file;
  }
  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    const fd = fs.openSync(this.file, 'r');
    try {
      const buf = Buffer.alloc(length);
      const n = fs.readSync(fd, buf, 0, length, offset);
      return { data: buf.buffer.slice(buf.byteOffset, buf.byteOffset + n) };
    } finally {
      fs.closeSync(fd);
    }
  }
}

describe('tile files', () => {
  const files = writeDemoTileFiles(dir);

  it('numbers PMTiles tiles as the PMTiles library does (Hilbert order)', () => {
    for (const [z, x, y] of [
      [0, 0, 0],
      [1, 1, 0],
      [3, 5, 2],
      [10, 830, 433],
      [12, 3317, 1735],
    ] as const)
      expect(tileId(z, x, y)).toBe(zxyToTileId(z, x, y));
  });

  it('inspects a raster MBTiles: format, zooms, bounds, name; a version that follows the file', () => {
    const info = inspectTileFile(files.mbtiles);
    expect(info).toMatchObject({
      format: 'mbtiles',
      type: 'raster',
      tileFormat: 'png',
      minZoom: 0,
      maxZoom: 12,
      bounds: DEMO_BOUNDS,
      name: '测试底图（MBTiles）',
    });
    const again = inspectTileFile(files.mbtiles);
    expect(again.version).toBe(info.version);
  });

  it('reads MBTiles tiles by XYZ although the file stores TMS rows', () => {
    const r = new MbtilesReader(files.mbtiles);
    const [t] = tilesCovering(DEMO_BOUNDS, 10, 10);
    expect(r.tile(t!.z, t!.x, t!.y)).toEqual(solidPng(256, [150, 220, 190]));
    // The same column, counted from the other pole: nothing there.
    expect(r.tile(t!.z, t!.x, (1 << t!.z) - 1 - t!.y)).toBeNull();
    r.close();
  });

  it('writes a PMTiles archive the PMTiles library reads, and inspects its header and metadata', async () => {
    const info = inspectTileFile(files.pmtiles);
    expect(info).toMatchObject({
      format: 'pmtiles',
      type: 'raster',
      tileFormat: 'png',
      minZoom: 0,
      maxZoom: 12,
    });
    expect(info.bounds![0]).toBeCloseTo(DEMO_BOUNDS[0], 5);
    expect(info.name).toBe('测试底图（PMTiles）');
    const pm = new PMTiles(new FileSource(files.pmtiles));
    const [t] = tilesCovering(DEMO_BOUNDS, 11, 11);
    const got = await pm.getZxy(t!.z, t!.x, t!.y);
    expect(Buffer.from(got!.data)).toEqual(solidPng(256, [190, 190, 250]));
    expect(await pm.getZxy(2, 0, 0)).toBeUndefined();
  });

  it('recognises vector files and lists their layers', () => {
    const mvt = zlib.gzipSync(Buffer.from([0x1a, 0x00]));
    const vec = path.join(dir, 'vector.mbtiles');
    writeMbtiles(vec, [{ z: 0, x: 0, y: 0, data: mvt }], {
      name: 'v',
      format: 'pbf',
      minzoom: '0',
      maxzoom: '14',
      json: JSON.stringify({ vector_layers: [{ id: 'water' }, { id: 'roads' }] }),
    });
    expect(inspectTileFile(vec)).toMatchObject({
      type: 'vector',
      tileFormat: 'pbf',
      vectorLayers: ['water', 'roads'],
    });
    // gzip undone on the way out.
    expect(new MbtilesReader(vec).tile(0, 0, 0)).toEqual(Buffer.from([0x1a, 0x00]));
    const pvec = path.join(dir, 'vector.pmtiles');
    writePmtiles(pvec, [{ z: 0, x: 0, y: 0, data: mvt }], {
      tileType: 'pbf',
      bounds: [-180, -85, 180, 85],
      metadata: { vector_layers: [{ id: 'places' }] },
    });
    expect(inspectTileFile(pvec)).toMatchObject({ type: 'vector', vectorLayers: ['places'] });
  });

  it('refuses what is not a tile package, in words', () => {
    const txt = path.join(dir, 'notes.txt');
    fs.writeFileSync(txt, 'hello');
    expect(() => inspectTileFile(txt)).toThrow(
      expect.objectContaining({ key: 'errors.basemap_file_unreadable' }),
    );
    expect(() => inspectTileFile(path.join(dir, 'gone.mbtiles'))).toThrow(
      expect.objectContaining({ key: 'errors.basemap_file_missing' }),
    );
    expect(() => inspectTileFile(dir)).toThrow(
      expect.objectContaining({ key: 'errors.basemap_file_missing' }),
    );
  });

  it('parses tile paths and refuses anything else', () => {
    expect(parseTilePath('/tiles/10/830/433')).toEqual({ kind: 'xyz', z: 10, x: 830, y: 433 });
    expect(parseTilePath('/tiles/10/830/433.png')).toEqual({ kind: 'xyz', z: 10, x: 830, y: 433 });
    expect(parseTilePath('/tiles/archive.pmtiles')).toEqual({ kind: 'pmtiles' });
    for (const bad of ['/tiles/1/2/0', '/tiles/../x', '/tiles/25/0/0', '/tiles/a/b/c', '/tiles/1/0/0/0'])
      expect(parseTilePath(bad)).toBeNull();
  });
});
