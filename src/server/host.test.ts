import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CSP_NONCE_PLACEHOLDER } from '../common/csp';
import type { Core } from '../core';
import { startHost, type Host } from './host';
import { demoCore, openEvents, post, rawRequest, signInAdmin, tempDir, waitFor } from './testkit';

const CSP_RE = new RegExp(
  "^default-src 'none'; script-src 'self'; style-src 'self' 'nonce-([A-Za-z0-9+/]{22}==)'; img-src 'self' data:; " +
    "font-src 'self'; worker-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; " +
    "form-action 'none'; frame-ancestors 'none'$",
);

/** What vite writes with `html.cspNonce`: the placeholder on tags and on its own meta. */
const INDEX_HTML = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <meta property="csp-nonce" nonce="${CSP_NONCE_PLACEHOLDER}" />
    <script type="module" crossorigin src="/assets/index-AbCd1234.js" nonce="${CSP_NONCE_PLACEHOLDER}"></script>
    <link rel="stylesheet" crossorigin href="/assets/index-Zz9_x-8Q.css" nonce="${CSP_NONCE_PLACEHOLDER}">
  </head>
  <body><div id="root"></div></body>
</html>
`;

/** A built-renderer fixture with a secret next to it that traversal must never reach. */
function makeStatic(): { root: string; staticDir: string } {
  const root = tempDir('duty-room-static-');
  const staticDir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.mkdirSync(path.join(staticDir, 'tiles'), { recursive: true });
  fs.writeFileSync(path.join(root, 'package.json'), '{"secret":"outside-static-dir"}');
  // No extension: a miss would fall back to index.html (200), so only a refusal gives 404.
  fs.writeFileSync(path.join(root, 'secret'), 'outside-static-dir');
  fs.writeFileSync(path.join(staticDir, 'index.html'), INDEX_HTML);
  fs.writeFileSync(path.join(staticDir, 'assets', 'index-AbCd1234.js'), 'console.log(1)');
  fs.writeFileSync(path.join(staticDir, 'assets', 'worker-Q1w2E3r4.mjs'), 'self.x=1');
  fs.writeFileSync(path.join(staticDir, 'assets', 'index-Zz9_x-8Q.css'), 'body{}');
  fs.writeFileSync(
    path.join(staticDir, 'assets', 'noto-sans-sc-0-wght-normal-B2t5bD7c.woff2'),
    Buffer.from([0x77, 0x4f, 0x46, 0x32]),
  );
  fs.writeFileSync(
    path.join(staticDir, 'assets', 'logo-9f8e7d6c.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg"/>',
  );
  fs.writeFileSync(
    path.join(staticDir, 'assets', 'marker-a1b2c3d4.png'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47]),
  );
  fs.writeFileSync(path.join(staticDir, 'style.json'), '{"version":8}');
  fs.writeFileSync(path.join(staticDir, 'tiles', '0.pbf'), Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]));
  fs.symlinkSync(path.join(root, 'package.json'), path.join(staticDir, 'linked.json'));
  return { root, staticDir };
}

describe('browser host (127.0.0.1)', () => {
  let core: Core;
  let host: Host;
  let base: string;
  let calls: string[];
  let fixture: { root: string; staticDir: string };

  beforeAll(async () => {
    core = await demoCore();
    // Records what reaches core, to prove the edge refuses bad input before core runs.
    calls = [];
    const call = core.call.bind(core);
    core.call = (method, input, actor, meta) => {
      calls.push(method);
      return call(method, input, actor, meta);
    };
    fixture = makeStatic();
    host = await startHost({ core, port: 0, staticDir: fixture.staticDir });
    base = host.url;
  });
  afterAll(async () => {
    await host.close();
    await core.close();
  });

  it('answers /api/health with version, schema version and initialized', async () => {
    const res = await fetch(`${base}/api/health`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ ok: true, version: '0.1.0', initialized: true });
    expect(body.schemaVersion).toEqual(expect.any(Number));
    expect(body.schemaVersion as number).toBeGreaterThan(0);
  });

  it('serves index.html with the CSP of ARCHITECTURE.md §4 and a fresh nonce on every load', async () => {
    const nonces: string[] = [];
    for (let i = 0; i < 2; i++) {
      const res = await fetch(`${base}/`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      const m = CSP_RE.exec(res.headers.get('content-security-policy') ?? '');
      expect(m, res.headers.get('content-security-policy') ?? 'no CSP header').not.toBeNull();
      const nonce = m![1]!;
      const html = await res.text();
      expect(html).not.toContain(CSP_NONCE_PLACEHOLDER);
      // Every tag vite stamped carries the header's nonce, and the renderer can read it.
      expect(html.split(`nonce="${nonce}"`).length - 1).toBe(3);
      expect(html).toContain(`<meta name="csp-nonce" content="${nonce}">`);
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it('puts the CSP and nosniff on every response, JSON included', async () => {
    for (const res of [await fetch(`${base}/api/health`), await fetch(`${base}/assets/index-AbCd1234.js`)]) {
      expect(res.headers.get('content-security-policy')).toMatch(CSP_RE);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('serves files with their content types; hashed assets are immutable', async () => {
    const cases: [string, string][] = [
      ['/assets/index-AbCd1234.js', 'text/javascript; charset=utf-8'],
      ['/assets/worker-Q1w2E3r4.mjs', 'text/javascript; charset=utf-8'],
      ['/assets/index-Zz9_x-8Q.css', 'text/css; charset=utf-8'],
      ['/assets/noto-sans-sc-0-wght-normal-B2t5bD7c.woff2', 'font/woff2'],
      ['/assets/logo-9f8e7d6c.svg', 'image/svg+xml'],
      ['/assets/marker-a1b2c3d4.png', 'image/png'],
      ['/style.json', 'application/json; charset=utf-8'],
      ['/tiles/0.pbf', 'application/x-protobuf'],
    ];
    for (const [p, type] of cases) {
      const res = await fetch(base + p);
      expect(res.status, p).toBe(200);
      expect(res.headers.get('content-type'), p).toBe(type);
      await res.arrayBuffer();
    }
    const hashed = await fetch(`${base}/assets/index-AbCd1234.js`);
    expect(hashed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await hashed.text()).toBe('console.log(1)');
    const plain = await fetch(`${base}/style.json`);
    expect(plain.headers.get('cache-control')).toBe('no-cache');
  });

  it('answers a byte range (PMTiles basemaps read by range)', async () => {
    const res = await fetch(`${base}/tiles/0.pbf`, { headers: { Range: 'bytes=2-4' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe('bytes 2-4/8');
    expect([...new Uint8Array(await res.arrayBuffer())]).toEqual([3, 4, 5]);
  });

  it('serves index.html for app paths, 404 for a missing asset', async () => {
    const app = await fetch(`${base}/wall`);
    expect(app.status).toBe(200);
    expect(await app.text()).toContain('<div id="root">');
    const missing = await fetch(`${base}/assets/nothing-12345678.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).not.toContain('html');
    // Said in words, Chinese first: a wall screen's browser shows this text as it is.
    expect(await missing.text()).toBe('未找到该页面或文件 / No such page or file');
  });

  it.each([
    '/../package.json',
    '/%2e%2e/package.json',
    '/%2e%2e%2fpackage.json',
    '/..%2fpackage.json',
    '/%252e%252e%252fpackage.json',
    '/..\\package.json',
    '/assets/../../package.json',
    '/assets/%2e%2e/%2e%2e/package.json',
    '/%2E%2E%5Cpackage.json',
    '/index.html%00.js',
    '/%c0%ae%c0%ae/package.json',
    '/linked.json',
    '/.%2e/package.json',
    '/../secret',
    '/%2e%2e/secret',
    '/%2e%2e%2fsecret',
    '/..%2fsecret',
    '/%252e%252e%252fsecret',
    '/..\\secret',
    '/%2e%2e%5csecret',
    '/assets/../../secret',
    '/secret%00',
  ])('refuses path traversal %s with 404', async (p) => {
    const res = await rawRequest(host.port, { path: p });
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('outside-static-dir');
    expect(res.body).not.toContain('<div id="root">');
  });

  it('answers 401 in Chinese to a read without a session, even on 127.0.0.1', async () => {
    const input = { filter: {}, limit: 5 };
    const res = await post(base, 'logs.list', input);
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({ code: 'unauthenticated', message: '请先登录' });
    expect(JSON.stringify(res.body)).not.toContain('items');
    const token = await signInAdmin(base);
    const signed = await post(base, 'logs.list', input, token);
    expect(signed.status).toBe(200);
    expect((signed.body.value as { items: unknown[] }).items.length).toBe(5);
  });

  it('POST /api/<method> answers the envelope with status 200', async () => {
    const res = await post(base, 'system.info', {});
    expect(res.status).toBe(200);
    expect(res.body.ok).toBe(true);
    expect(res.body.value).toMatchObject({ initialized: true, lan: false });
  });

  it('refuses invalid input with 400 before core sees it', async () => {
    calls.length = 0;
    const res = await post(base, 'operators.list', { includeInactive: 'yes', extra: 1 });
    expect(res.status).toBe(400);
    expect(res.body.ok).toBe(false);
    expect(res.body.error?.code).toBe('invalid_input');
    expect(res.body.error?.message).toMatch(/^输入有误/);
    expect(calls).not.toContain('operators.list');
  });

  it('answers an unknown method with 404, a GET of a method with 405', async () => {
    const unknown = await post(base, 'logs.nosuch', {});
    expect(unknown.status).toBe(404);
    expect(unknown.body.error?.code).toBe('not_found');
    const odd = await rawRequest(host.port, {
      path: '/api/..%2f..%2fpackage.json',
      method: 'POST',
      body: '{}',
    });
    expect(odd.status).toBe(404);
    const get = await fetch(`${base}/api/system.info`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect((await fetch(`${base}/api/health`, { method: 'POST' })).status).toBe(405);
    expect((await rawRequest(host.port, { path: '/api/events', method: 'HEAD' })).status).toBe(405);
  });

  it('refuses bad JSON with 400 and an oversized body with 413, in Chinese', async () => {
    const bad = await fetch(`${base}/api/system.info`, { method: 'POST', body: '{"a":' });
    expect(bad.status).toBe(400);
    const badBody = (await bad.json()) as { error: { code: string; key: string; message: string } };
    expect(badBody.error).toEqual({
      code: 'invalid_input',
      key: 'errors.bad_json',
      message: '请求不是有效的 JSON',
    });

    const big = await fetch(`${base}/api/system.info`, {
      method: 'POST',
      body: JSON.stringify({ pad: 'x'.repeat(2 * 1024 * 1024 + 10) }),
    });
    expect(big.status).toBe(413);
    const bigBody = (await big.json()) as { error: { code: string; key: string; message: string } };
    expect(bigBody.error).toMatchObject({ key: 'errors.payload_too_large', message: '提交的数据过大' });
  });

  it('reads a division file of several megabytes, which a spreadsheet import may not send', async () => {
    const token = await signInAdmin(base);
    // ~4 MB of GeoJSON: a village layer with detailed outlines is larger than 2 MB.
    const ring = Array.from({ length: 200_000 }, (_, i) => [114 + i / 1e6, 38 + (i % 2) / 1e4]);
    const doc = JSON.stringify({
      type: 'Feature',
      properties: {},
      geometry: { type: 'LineString', coordinates: ring },
    });
    const base64 = Buffer.from(doc).toString('base64');
    expect(base64.length).toBeGreaterThan(3 * 1024 * 1024);
    const geo = await post(
      base,
      'geo.preview',
      { layer: 'rivers', file: { fileName: '河流.geojson', base64 } },
      token,
    );
    expect(geo.status).toBe(200);
    const sheet = await post(
      base,
      'imports.preview',
      { target: 'equipment', fileName: '台账.csv', base64 },
      token,
    );
    expect(sheet.status).toBe(413);
  });

  it('maps core errors to HTTP statuses (401 unknown token, 409 conflict)', async () => {
    const forged = await post(base, 'settings.get', {}, 'op_forged-token-that-was-never-issued');
    expect(forged.status).toBe(401);
    expect(forged.body.error?.code).toBe('unauthenticated');
    const garbage = await fetch(`${base}/api/settings.get`, {
      method: 'POST',
      headers: { Authorization: 'Basic YWRtaW46MDAwMA==' },
      body: '{}',
    });
    expect(garbage.status).toBe(401);
    const again = await post(base, 'system.setup', { mode: 'demo' }, await signInAdmin(base));
    expect(again.status).toBe(409);
    expect(again.body.error?.code).toBe('conflict');
  });

  it('refuses a Host header that does not name the bound address (DNS rebinding)', async () => {
    const evil = await rawRequest(host.port, {
      path: '/api/health',
      headers: { Host: `evil.example:${host.port}` },
    });
    expect(evil.status).toBe(403);
    const evilCall = await rawRequest(host.port, {
      path: '/api/system.info',
      method: 'POST',
      headers: { Host: `evil.example:${host.port}`, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(evilCall.status).toBe(403);
    expect(JSON.parse(evilCall.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const otherPort = await rawRequest(host.port, {
      path: '/api/health',
      headers: { Host: `127.0.0.1:${host.port + 1}` },
    });
    expect(otherPort.status).toBe(403);
    for (const ok of [`127.0.0.1:${host.port}`, `localhost:${host.port}`, `LOCALHOST:${host.port}`]) {
      expect((await rawRequest(host.port, { path: '/api/health', headers: { Host: ok } })).status, ok).toBe(
        200,
      );
    }
  });

  it('refuses an Origin other than its own (cross-site calls)', async () => {
    const evil = await post(base, 'system.info', {}, undefined, { Origin: 'http://evil.example' });
    expect(evil.status).toBe(403);
    expect(evil.body.error?.code).toBe('forbidden');
    const nullOrigin = await post(base, 'system.info', {}, undefined, { Origin: 'null' });
    expect(nullOrigin.status).toBe(403);
    const events = await fetch(`${base}/api/events`, { headers: { Origin: 'http://evil.example' } });
    expect(events.status).toBe(403);
    await events.text();
    const own = await post(base, 'system.info', {}, undefined, { Origin: `http://127.0.0.1:${host.port}` });
    expect(own.status).toBe(200);
  });

  it('never takes a token from the query string', async () => {
    const token = await signInAdmin(base);
    const res = await fetch(`${base}/api/settings.update?token=${token}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ countyName: '查询串县' }),
    });
    expect(res.status).toBe(401);
    expect((await post(base, 'settings.get', {})).body.value).not.toMatchObject({ countyName: '查询串县' });
  });

  it('streams core events over SSE after a write', async () => {
    const token = await signInAdmin(base);
    const stream = await openEvents(base, token);
    expect(stream.status).toBe(200);
    const created = await post(base, 'operators.create', { name: '事件测试员', role: 'duty_officer' }, token);
    expect(created.status).toBe(200);
    const id = (created.body.value as { id: string }).id;
    const ev = await stream.next((e) => e.type === 'operators.changed' && (e.ids ?? []).includes(id));
    expect(typeof ev.at).toBe('string');
    stream.abort();
  });

  it('leaves no listener behind when event streams disconnect', async () => {
    let live = 0;
    const subscribe = core.subscribe.bind(core);
    core.subscribe = (listener) => {
      live++;
      const off = subscribe(listener);
      return () => {
        live--;
        off();
      };
    };
    try {
      const streams = await Promise.all([openEvents(base), openEvents(base), openEvents(base)]);
      expect(live).toBe(3);
      for (const s of streams) s.abort();
      await waitFor(() => live === 0);
    } finally {
      core.subscribe = subscribe;
    }
  });
});

describe('LAN host names', () => {
  let core: Core;
  afterEach(async () => core?.close());

  it('answers the configured DNS names in LAN mode, and no other name', async () => {
    core = await demoCore();
    const host = await startHost({ core, port: 0, lan: true, hostNames: ['duty-pc'] });
    const at = (name: string) =>
      rawRequest(host.port, { path: '/api/health', headers: { Host: `${name}:${host.port}` } });
    expect((await at('duty-pc')).status).toBe(200);
    expect((await at('DUTY-PC')).status).toBe(200);
    expect((await at('duty-pc2')).status).toBe(403);
    expect((await at('evil.example')).status).toBe(403);
    await host.close();
  });

  it('outside LAN mode ignores them: loopback names only', async () => {
    core = await demoCore();
    const host = await startHost({ core, port: 0, hostNames: ['duty-pc'] });
    const r = await rawRequest(host.port, { path: '/api/health', headers: { Host: `duty-pc:${host.port}` } });
    expect(r.status).toBe(403);
    await host.close();
  });
});

describe('browser host heartbeat and shutdown', () => {
  let core: Core;
  afterEach(async () => core?.close());

  it('sends heartbeat comments and ends streams on close()', async () => {
    core = await demoCore();
    const host = await startHost({ core, port: 0, heartbeatMs: 50 });
    const stream = await openEvents(host.url);
    await waitFor(() => stream.text().includes(': ping\n\n'));
    await host.close();
    await stream.ended;
    await expect(fetch(`${host.url}/api/health`)).rejects.toThrow();
  });

  it('without a built renderer still serves the API, and / explains how to build', async () => {
    core = await demoCore();
    const host = await startHost({ core, port: 0, staticDir: path.join(tempDir(), 'missing') });
    try {
      const page = await fetch(`${host.url}/`);
      expect(page.status).toBe(503);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(page.headers.get('content-security-policy')).toMatch(CSP_RE);
      expect(await page.text()).toContain('npm run build');
      expect((await post(host.url, 'system.info', {})).status).toBe(200);
    } finally {
      await host.close();
    }
  });
});

describe('browser host in LAN mode', () => {
  let core: Core;
  let host: Host;
  let base: string;
  let admin: string;

  let calls: string[];

  beforeAll(async () => {
    core = await demoCore({ lan: true });
    calls = [];
    const call = core.call.bind(core);
    core.call = (method, input, actor, meta) => {
      calls.push(method);
      return call(method, input, actor, meta);
    };
    // Loopback address, LAN rules: the rules depend on `lan`, not on the interface.
    host = await startHost({ core, port: 0, lan: true });
    base = host.url;
    admin = await signInAdmin(base);
  });
  afterAll(async () => {
    await host.close();
    await core.close();
  });

  it('refuses reads without a token with 401', async () => {
    calls.length = 0;
    const res = await post(base, 'settings.get', {});
    expect(res.status).toBe(401);
    expect(res.body.error?.code).toBe('unauthenticated');
    const ping = await post(base, 'system.ping', {});
    expect(ping.status).toBe(401);
    // The host refuses them itself; core is not even asked.
    expect(calls.filter((m) => m === 'settings.get' || m === 'system.ping')).toEqual([]);
  });

  it('lets the sign-in screen call its public methods without a token', async () => {
    expect((await post(base, 'system.info', {})).status).toBe(200);
    const ops = await post(base, 'operators.list', {});
    expect(ops.status).toBe(200);
    const listed = ops.body.value as { name: string; role: string; phone: string }[];
    expect(listed.length).toBeGreaterThan(0);
    // Names and roles for the sign-in screen; phone numbers only with a token.
    expect(listed.every((o) => o.name !== '' && o.role !== '' && o.phone === '')).toBe(true);
    const withToken = (await post(base, 'operators.list', {}, admin)).body.value as { phone: string }[];
    const phones = withToken.map((o) => o.phone).filter(Boolean);
    expect(phones.length).toBeGreaterThan(0);
    for (const phone of phones) expect(JSON.stringify(ops.body)).not.toContain(phone);
    // auth.signIn is exercised by beforeAll; a wrong PIN is a 401 that changes nothing.
    const adminId = (ops.body.value as { id: string; role: string }[]).find((o) => o.role === 'admin')!.id;
    const wrong = await post(base, 'auth.signIn', { operatorId: adminId, pin: '9999' });
    expect(wrong.status).toBe(401);
  });

  it('lets an operator token write', async () => {
    const res = await post(base, 'settings.update', { bureauName: '局域网测试应急管理局' }, admin);
    expect(res.status).toBe(200);
    const read = await post(base, 'settings.get', {}, admin);
    expect(read.body.value).toMatchObject({ bureauName: '局域网测试应急管理局' });
  });

  it('lets a wall token read but answers 403 to a write, changing nothing', async () => {
    const created = await post(base, 'wallTokens.create', { label: '大厅大屏' }, admin);
    expect(created.status).toBe(200);
    const wall = (created.body.value as { token: string }).token;
    expect(wall.startsWith('wall_')).toBe(true);

    const before = await post(base, 'settings.get', {}, wall);
    expect(before.status).toBe(200);
    const write = await post(base, 'settings.update', { countyName: '大屏改的县' }, wall);
    expect(write.status).toBe(403);
    expect(write.body.error?.code).toBe('forbidden');
    const after = await post(base, 'settings.get', {}, admin);
    expect(after.body.value).toEqual(before.body.value);

    const adminOnly = await post(base, 'wallTokens.list', {}, wall);
    expect(adminOnly.status).toBe(403);
  });

  it('tells a stream without a token only what the sign-in screen shows', async () => {
    const anon = await openEvents(base);
    expect(anon.status).toBe(200);
    const signedIn = await openEvents(base, admin);
    await post(base, 'settings.update', { shiftChangeTime: '08:30' }, admin);
    const created = await post(base, 'operators.create', { name: '流测试员', role: 'duty_officer' }, admin);
    const id = (created.body.value as { id: string }).id;
    await signedIn.next((e) => e.type === 'operators.changed' && (e.ids ?? []).includes(id));
    await anon.next((e) => e.type === 'operators.changed');
    // Settings and operators changed: both heard, neither with ids; nothing else at all.
    expect(anon.events.map((e) => e.type)).toEqual(['settings.changed', 'operators.changed']);
    expect(anon.events.every((e) => e.ids === undefined)).toBe(true);
    anon.abort();
    signedIn.abort();
  });

  it('needs a token for the event stream to hear the log; a wall token will do', async () => {
    const bad = await fetch(`${base}/api/events`, { headers: { Authorization: 'Bearer op_nosuchtoken' } });
    expect(bad.status).toBe(401);
    await bad.text();
    // A token in the query string is not read: that stream is the sign-in screen's.
    const viaQuery = await openEvents(base, undefined, `?token=${admin}`);
    const wall = (
      (await post(base, 'wallTokens.create', { label: '值班室大屏' }, admin)).body.value as { token: string }
    ).token;
    const stream = await openEvents(base, wall);
    expect(stream.status).toBe(200);
    const created = await post(
      base,
      'operators.create',
      { name: '查询串测试员', role: 'duty_officer' },
      admin,
    );
    const id = (created.body.value as { id: string }).id;
    await stream.next((e) => e.type === 'operators.changed' && (e.ids ?? []).includes(id));
    await viaQuery.next((e) => e.type === 'operators.changed');
    expect(viaQuery.events.every((e) => e.ids === undefined)).toBe(true);
    stream.abort();
    viaQuery.abort();
  });

  it('closes the event stream of an operator who signed out, at the next event', async () => {
    const session = await signInAdmin(base);
    const stream = await openEvents(base, session);
    expect(stream.status).toBe(200);
    expect((await post(base, 'auth.signOut', {}, session)).status).toBe(200);
    // Tokens are re-checked at most once a second, except on events that revoke them.
    await new Promise((r) => setTimeout(r, 1100));
    await post(base, 'settings.update', { shiftChangeTime: '09:00' }, admin);
    await stream.ended;
    expect(stream.events.some((e) => e.type === 'settings.changed')).toBe(false);
  });

  it('closes the event stream of a wall token when it is revoked', async () => {
    const created = await post(base, 'wallTokens.create', { label: '会议室大屏' }, admin);
    const { token: wall, wallToken } = created.body.value as { token: string; wallToken: { id: string } };
    const stream = await openEvents(base, wall);
    expect(stream.status).toBe(200);
    // A second, unrelated stream stays open.
    const other = await openEvents(base, admin);

    const revoked = await post(base, 'wallTokens.revoke', { id: wallToken.id }, admin);
    expect(revoked.status).toBe(200);
    await stream.ended;
    expect(stream.events.some((e) => e.type === 'wallTokens.changed')).toBe(false);

    await other.next((e) => e.type === 'wallTokens.changed');
    const again = await fetch(`${base}/api/events`, { headers: { Authorization: `Bearer ${wall}` } });
    expect(again.status).toBe(401);
    await again.text();
    expect((await post(base, 'settings.get', {}, wall)).status).toBe(401);
    other.abort();
  });
});
