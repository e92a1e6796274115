import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distanceM, offsetM, type LonLat } from '../../common/geo/distance';
import { ApiError } from '../../common/result';
import type { Actor } from '../actor';
import type { Core } from '../core';
import { demoCoreWithAdmin, signIn, tempDir } from '../testing';
import { DEMO_BOUNDS, solidPng, tilesCovering, writeDemoTileFiles } from '../tiles/fixtures';
import { createTileService } from '../tiles/service';

let core: Core;
let admin: Actor;
let officer: Actor;
const dir = tempDir('duty-room-map-');

beforeAll(async () => {
  ({ core, admin } = await demoCoreWithAdmin());
  officer = await signIn(core, 'duty_officer');
});
afterAll(async () => {
  await core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function rejected(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('the demo county on the map', () => {
  it('has the facilities and depots the issue asks for', async () => {
    const facilities = await core.invoke('facilities.list', {});
    const count = (k: string) => facilities.filter((f) => f.kind === k).length;
    expect(count('school')).toBeGreaterThanOrEqual(55);
    expect(count('hospital')).toBeGreaterThanOrEqual(8);
    for (const k of ['water', 'power', 'gas', 'transport']) expect(count(k)).toBeGreaterThanOrEqual(3);
    expect(facilities.every((f) => f.point && f.townName && f.contact && f.phone)).toBe(true);
    const depots = await core.invoke('depots.list', {});
    expect(depots).toHaveLength(6);
    expect(depots.every((d) => d.stock.length >= 5)).toBe(true);
    expect(depots.some((d) => d.short > 0)).toBe(true);
  });

  it('map.layers draws located incidents (open always, closed since a time), facilities and depots', async () => {
    const all = await core.invoke('map.layers', {});
    expect(all.incidents.length).toBeGreaterThan(100);
    expect(all.facilities.length).toBeGreaterThanOrEqual(90);
    expect(all.depots).toHaveLength(6);
    const since = new Date(Date.now() - 7 * 86_400_000).toISOString();
    const recent = await core.invoke('map.layers', { closedSince: since });
    const open = all.incidents.filter((i) => i.status === 'pending' || i.status === 'active');
    expect(open.length).toBeGreaterThan(0);
    for (const i of open) expect(recent.incidents.some((r) => r.id === i.id)).toBe(true);
    for (const i of recent.incidents)
      if (i.status === 'closed' || i.status === 'withdrawn') expect(i.receivedAt >= since).toBe(true);
    expect(recent.incidents.length).toBeLessThan(all.incidents.length);
  });
});

describe('map.around', () => {
  it('lists what lies in each ring, nearest first, with counts that agree with the distances', async () => {
    const { incidents } = await core.invoke('map.layers', {});
    const layers = await core.invoke('map.layers', {});
    // An incident in the county town: plenty around it.
    const inc = incidents.find(
      (i) => layers.facilities.filter((f) => distanceM(f.point, i.point) < 3000).length > 5,
    )!;
    const r = await core.invoke('map.around', { incidentId: inc.id });
    expect(r.incident).toMatchObject({ id: inc.id, number: inc.number });
    expect(r.center).toEqual(inc.point);
    expect(r.radiiM).toEqual([1000, 3000, 5000]);
    const truth = layers.facilities
      .map((f) => ({ f, d: distanceM(inc.point, f.point) }))
      .filter((x) => x.d <= 5000);
    expect(r.facilities.map((f) => f.id).sort()).toEqual(truth.map((x) => x.f.id).sort());
    for (let i = 1; i < r.facilities.length; i++)
      expect(r.facilities[i]!.distanceM).toBeGreaterThanOrEqual(r.facilities[i - 1]!.distanceM);
    r.radiiM.forEach((radius, ring) => {
      const inside = truth.filter((x) => x.d <= radius);
      expect(r.rings[ring]!.counts.school).toBe(inside.filter((x) => x.f.kind === 'school').length);
      expect(r.rings[ring]!.students).toBe(
        inside.filter((x) => x.f.kind === 'school').reduce((s, x) => s + (x.f.capacity ?? 0), 0),
      );
      expect(r.rings[ring]!.beds).toBe(
        inside.filter((x) => x.f.kind === 'hospital').reduce((s, x) => s + (x.f.capacity ?? 0), 0),
      );
    });
    for (const f of r.facilities) expect(f.distanceM).toBeLessThanOrEqual(r.radiiM[f.ring]!);
    expect(r.depots).toHaveLength(3);
    expect(r.depots[0]!.distanceM).toBeLessThanOrEqual(r.depots[1]!.distanceM);
    expect(r.depots[0]!.stock.length).toBeGreaterThan(0);
  });

  it('sums shelter places and the persons and households hazard points threaten, ring by ring', async () => {
    // Far from the demo county, so only these count.
    const center: LonLat = [113.2, 25.1];
    const put = (
      kind: 'shelter' | 'geohazard' | 'hazmat' | 'reservoir',
      name: string,
      m: number,
      capacity: number | null,
      households: number | null = null,
    ) =>
      core.invoke(
        'facilities.upsert',
        {
          kind,
          name,
          address: '',
          townCode: null,
          point: offsetM(center, m, 1.1),
          capacity,
          households,
          contact: '',
          phone: '',
          notes: '',
        },
        officer,
      );
    await put('shelter', '测试广场避难场所', 600, 3000);
    await put('shelter', '测试公园避难场所', 2500, 8000);
    await put('geohazard', '测试村滑坡隐患点', 900, 120, 34);
    await put('geohazard', '测试村崩塌隐患点', 2800, 45, 12);
    await put('hazmat', '测试加油站', 1500, 60);
    await put('reservoir', '测试水库', 2900, 250);
    const r = await core.invoke('map.around', { point: center, radiiM: [1000, 3000] });
    expect(r.rings.map((x) => [x.shelterPlaces, x.threatenedPersons, x.threatenedHouseholds])).toEqual([
      [3000, 120, 34],
      [11_000, 165, 46],
    ]);
    expect(
      r.rings.map((x) => [x.counts.shelter, x.counts.geohazard, x.counts.hazmat, x.counts.reservoir]),
    ).toEqual([
      [1, 1, 0, 0],
      [2, 2, 1, 1],
    ]);
    const point = r.facilities.find((f) => f.name === '测试村滑坡隐患点')!;
    expect(point).toMatchObject({ kind: 'geohazard', capacity: 120, households: 34, ring: 0 });
  });

  it('takes a point and its own radii (sorted, deduplicated) and any number of depots', async () => {
    const center: LonLat = [111.52, 27.46];
    const r = await core.invoke('map.around', { point: center, radiiM: [2000, 500, 2000], depots: 6 });
    expect(r.incident).toBeNull();
    expect(r.radiiM).toEqual([500, 2000]);
    expect(r.depots).toHaveLength(6);
    // A point at sea level of the Pacific: nothing around, depots far away.
    const far = await core.invoke('map.around', { point: offsetM(center, 200_000, 1), radiiM: [1000] });
    expect(far.facilities).toEqual([]);
    expect(far.depots[0]!.distanceM).toBeGreaterThan(150_000);
  });

  it('refuses an unknown incident, one without a position, and both or neither of incident and point', async () => {
    expect((await rejected(core.invoke('map.around', { incidentId: 'inc_nope' }))).code).toBe('not_found');
    const created = await core.invoke(
      'incidents.create',
      {
        clientKey: 'k_nopoint_01',
        intake: {
          channel: 'phone',
          receivedAt: new Date(Date.now() - 60_000).toISOString(),
          caller: { unit: '', name: '', post: '', phone: '' },
          title: '位置不明的报告',
          description: '',
          cause: '',
          occurredAt: null,
          place: { townCode: null, address: '', point: null },
          casualties: { dead: 0, injured: 0, missing: 0, trapped: 0 },
          losses: '',
          measures: '',
          trend: '',
          notified: [],
          category: 'accident',
          subtype: 'fire',
          grade: 'unrated',
        },
      },
      officer,
    );
    const e = await rejected(core.invoke('map.around', { incidentId: created.incident.id }));
    expect(e.key).toBe('errors.incident_no_point');
    expect((await rejected(core.invoke('map.around', {}))).code).toBe('invalid_input');
    expect(
      (await rejected(core.invoke('map.around', { incidentId: created.incident.id, point: [111, 27] }))).code,
    ).toBe('invalid_input');
  });
});

describe('basemaps', () => {
  const files = writeDemoTileFiles(dir);

  it('starts with the county basemap and lets only an admin change it', async () => {
    expect(await core.invoke('map.basemap', {})).toEqual({
      config: { kind: 'builtin' },
      file: null,
      problem: null,
      origins: [],
    });
    const e = await rejected(core.invoke('map.setBasemap', { basemap: { kind: 'builtin' } }, officer));
    expect(e.code).toBe('forbidden');
  });

  it('an online template lets exactly its origins into the CSP', async () => {
    const info = await core.invoke(
      'map.setBasemap',
      {
        basemap: {
          kind: 'online',
          url: 'https://t{s}.tianditu.gov.cn/vec_w/wmts?LAYER=vec&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={key}',
          overlayUrl: 'http://10.1.2.3:8080/cva/{z}/{x}/{-y}.png',
          subdomains: '0,1',
          key: 'abc123',
          tileSize: 256,
          maxZoom: 18,
          attribution: '天地图',
        },
      },
      admin,
    );
    expect(info.origins).toEqual([
      'http://10.1.2.3:8080',
      'https://t0.tianditu.gov.cn',
      'https://t1.tianditu.gov.cn',
    ]);
    const bad = await core.call(
      'map.setBasemap',
      { basemap: { ...info.config, url: 'javascript:alert(1)//{z}{x}{y}' } },
      admin,
    );
    expect(bad.ok).toBe(false);
    const quote = await core.call(
      'map.setBasemap',
      { basemap: { ...info.config, url: "https://a.example/{z}/{x}/{y}'; script-src *" } },
      admin,
    );
    expect(quote.ok).toBe(false);
  });

  it('a tile file is checked before it is saved, served by the tile service, and reported when it goes away', async () => {
    const missing = await rejected(
      core.invoke(
        'map.setBasemap',
        { basemap: { kind: 'file', path: path.join(dir, 'none.mbtiles') } },
        admin,
      ),
    );
    expect(missing.key).toBe('errors.basemap_file_missing');
    expect(
      (
        await rejected(
          core.invoke('map.setBasemap', { basemap: { kind: 'file', path: 'relative.mbtiles' } }, admin),
        )
      ).code,
    ).toBe('invalid_input');

    const tiles = createTileService(core);
    const [t] = tilesCovering(DEMO_BOUNDS, 9, 9);
    expect((await tiles.tile(t!.z, t!.x, t!.y)).status).toBe(404); // online basemap: no tiles here
    expect((await tiles.cspExtra()).imgSrc).toContain('https://t0.tianditu.gov.cn');

    const info = await core.invoke(
      'map.setBasemap',
      { basemap: { kind: 'file', path: files.mbtiles } },
      admin,
    );
    expect(info.file).toMatchObject({ format: 'mbtiles', type: 'raster', maxZoom: 12 });
    expect(info.origins).toEqual([]);
    expect(await tiles.cspExtra()).toEqual({ imgSrc: [], connectSrc: [] });
    expect(await tiles.tile(t!.z, t!.x, t!.y)).toEqual({
      status: 200,
      contentType: 'image/png',
      body: solidPng(256, [150, 220, 190]),
    });
    expect((await tiles.tile(t!.z, 0, 0)).status).toBe(204);
    expect(await tiles.pmtilesPath()).toBeNull();

    await core.invoke('map.setBasemap', { basemap: { kind: 'file', path: files.pmtiles } }, admin);
    expect(await tiles.pmtilesPath()).toBe(files.pmtiles);
    expect((await tiles.tile(t!.z, t!.x, t!.y)).status).toBe(404);

    const moved = path.join(dir, 'moved.pmtiles');
    fs.renameSync(files.pmtiles, moved);
    const now = await core.invoke('map.basemap', {});
    expect(now.file).toBeNull();
    expect(now.problem).toMatchObject({ key: 'errors.basemap_file_missing' });
    expect(now.problem!.message).toContain('找不到底图文件');
    fs.renameSync(moved, files.pmtiles);
    tiles.close();
    await core.invoke('map.setBasemap', { basemap: { kind: 'builtin' } }, admin);
  });
});
