import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor, type Core } from '../core';
import { DEMO_BOUNDS, solidPng, tilesCovering, writeDemoTileFiles } from '../core/tiles/fixtures';
import { startHost, type Host } from './host';
import { demoCore, tempDir } from './testkit';

let core: Core;
let host: Host;
const dir = tempDir('duty-room-tiles-');
const files = writeDemoTileFiles(dir);
const staticDir = tempDir('duty-room-static-');
fs.writeFileSync(`${staticDir}/index.html`, '<!doctype html><html><head></head><body></body></html>');

async function setBasemap(basemap: unknown) {
  const r = await core.call('map.setBasemap', { basemap }, systemActor('test'));
  if (!r.ok) throw new Error(r.error.message);
}

beforeAll(async () => {
  core = await demoCore();
  host = await startHost({ core, port: 0, staticDir });
});
afterAll(async () => {
  await host.close();
  await core.close();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(staticDir, { recursive: true, force: true });
});

describe('the browser host serves the configured basemap', () => {
  const [t] = tilesCovering(DEMO_BOUNDS, 10, 10);

  it('has no tiles while the county basemap is in use', async () => {
    expect((await fetch(`${host.url}/tiles/${t!.z}/${t!.x}/${t!.y}`)).status).toBe(404);
    expect((await fetch(`${host.url}/tiles/archive.pmtiles`)).status).toBe(404);
  });

  it('serves MBTiles tiles by XYZ, 204 where the file has none', async () => {
    await setBasemap({ kind: 'file', path: files.mbtiles });
    const res = await fetch(`${host.url}/tiles/${t!.z}/${t!.x}/${t!.y}?v=1`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await res.arrayBuffer())).toEqual(solidPng(256, [150, 220, 190]));
    expect((await fetch(`${host.url}/tiles/${t!.z}/0/0`)).status).toBe(204);
  });

  it('serves the PMTiles file by byte range', async () => {
    await setBasemap({ kind: 'file', path: files.pmtiles });
    const res = await fetch(`${host.url}/tiles/archive.pmtiles`, { headers: { Range: 'bytes=0-6' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes 0-6/${fs.statSync(files.pmtiles).size}`);
    expect(Buffer.from(await res.arrayBuffer()).toString('latin1')).toBe('PMTiles');
    expect((await fetch(`${host.url}/tiles/${t!.z}/${t!.x}/${t!.y}`)).status).toBe(404);
  });

  it("lets an online basemap's origins, and only those, into the page's CSP", async () => {
    const csp = async () => (await fetch(`${host.url}/`)).headers.get('content-security-policy') ?? '';
    expect(await csp()).toContain("img-src 'self' data:;");
    await setBasemap({
      kind: 'online',
      url: 'https://t{s}.tianditu.gov.cn/vec_w/wmts?TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={key}',
      overlayUrl: null,
      subdomains: '0,1',
      key: 'k',
      tileSize: 256,
      maxZoom: 18,
      attribution: '',
    });
    const policy = await csp();
    expect(policy).toContain("img-src 'self' data: https://t0.tianditu.gov.cn https://t1.tianditu.gov.cn;");
    expect(policy).toContain("connect-src 'self' https://t0.tianditu.gov.cn https://t1.tianditu.gov.cn;");
    expect(policy).toContain("script-src 'self';");
    await setBasemap({ kind: 'builtin' });
    expect(await csp()).toContain("connect-src 'self';");
  });
});
