import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Core } from '../core';
import { tempCore, tempDir } from '../core/testing';
import { DEMO_BOUNDS, solidPng, tilesCovering, writeDemoTileFiles } from '../core/tiles/fixtures';
import { createTileService, type TileService } from '../core/tiles/service';
import { createAppProtocolHandler, handleAppProtocol, type ProtocolLike } from './protocol';

let core: Core;
let tiles: TileService;
const dir = tempDir('duty-room-app-tiles-');
const root = path.join(dir, 'renderer');
const files = writeDemoTileFiles(path.join(dir, 'maps'));
let handler: (r: Request) => Promise<Response>;

beforeAll(() => {
  fs.mkdirSync(root, { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><html><head></head><body></body></html>');
  core = tempCore();
  tiles = createTileService(core);
  // Installed the way app.ts does it, through a recording stand-in for Electron's protocol.
  const installed: ProtocolLike = {
    handle: (_scheme, h) => {
      handler = h as (r: Request) => Promise<Response>;
    },
  };
  handleAppProtocol(installed, { rootDir: root, tiles, nonce: () => 'nonceAAAAAAAAAAAAAAAAAAAA==' });
});
afterAll(async () => {
  tiles.close();
  await core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function setBasemap(basemap: unknown) {
  const r = await core.call('map.setBasemap', { basemap }, systemActor('test'));
  if (!r.ok) throw new Error(r.error.message);
}

describe('app:// serves the configured basemap', () => {
  const [t] = tilesCovering(DEMO_BOUNDS, 10, 10);
  const tileUrl = `app://duty-room/tiles/${t!.z}/${t!.x}/${t!.y}`;

  it('has no tiles with the county basemap, and the page CSP lets nothing else in', async () => {
    expect((await handler(new Request(tileUrl))).status).toBe(404);
    const page = await handler(new Request('app://duty-room/index.html'));
    expect(page.headers.get('content-security-policy')).toContain("img-src 'self' data:;");
  });

  it('serves MBTiles tiles by XYZ (204 where the file has none)', async () => {
    await setBasemap({ kind: 'file', path: files.mbtiles });
    const res = await handler(new Request(`${tileUrl}?v=2`));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(Buffer.from(await res.arrayBuffer())).toEqual(solidPng(256, [150, 220, 190]));
    expect((await handler(new Request(`app://duty-room/tiles/${t!.z}/0/0`))).status).toBe(204);
  });

  it('serves the PMTiles file by range, whole, and refuses a range past its end', async () => {
    await setBasemap({ kind: 'file', path: files.pmtiles });
    const size = fs.statSync(files.pmtiles).size;
    const url = 'app://duty-room/tiles/archive.pmtiles';
    const part = await handler(new Request(url, { headers: { Range: 'bytes=0-6' } }));
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 0-6/${size}`);
    expect(Buffer.from(await part.arrayBuffer()).toString('latin1')).toBe('PMTiles');
    const tail = await handler(new Request(url, { headers: { Range: 'bytes=-10' } }));
    expect(Buffer.from(await tail.arrayBuffer())).toEqual(fs.readFileSync(files.pmtiles).subarray(size - 10));
    const whole = await handler(new Request(url));
    expect(whole.status).toBe(200);
    expect((await whole.arrayBuffer()).byteLength).toBe(size);
    expect((await handler(new Request(url, { headers: { Range: `bytes=${size}-` } }))).status).toBe(416);
  });

  it("puts an online basemap's origins, and only those, into the CSP of every response", async () => {
    await setBasemap({
      kind: 'online',
      url: 'https://tiles.example.cn/{z}/{x}/{y}.png',
      overlayUrl: null,
      subdomains: '',
      key: '',
      tileSize: 256,
      maxZoom: 18,
      attribution: '',
    });
    const page = await handler(new Request('app://duty-room/index.html'));
    const csp = page.headers.get('content-security-policy')!;
    expect(csp).toContain("img-src 'self' data: https://tiles.example.cn;");
    expect(csp).toContain("connect-src 'self' https://tiles.example.cn;");
    expect((await handler(new Request(tileUrl))).status).toBe(404);
  });

  it('without a tile service, /tiles/ paths are ordinary (missing) files', async () => {
    const plain = createAppProtocolHandler({ rootDir: root });
    expect((await plain(new Request(tileUrl))).status).toBe(404);
  });
});
