import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSP_NONCE_PLACEHOLDER } from '../common/csp';
import {
  APP_SCHEME_PRIVILEGES,
  createAppProtocolHandler,
  handleAppProtocol,
  mimeTypeOf,
  registerAppScheme,
  resolveInside,
} from './protocol';

let root: string;
let outside: string;
beforeAll(() => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'duty-room-protocol-'));
  root = path.join(base, 'renderer');
  outside = path.join(base, 'secret.txt');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(
    path.join(root, 'index.html'),
    `<!doctype html><html><head><meta property="csp-nonce" nonce="${CSP_NONCE_PLACEHOLDER}"><script type="module" src="/assets/app.js" nonce="${CSP_NONCE_PLACEHOLDER}"></script></head><body></body></html>`,
  );
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
  fs.writeFileSync(outside, 'top secret');
});
afterAll(() => fs.rmSync(path.dirname(root), { recursive: true, force: true }));

const get = (url: string, init?: RequestInit) => {
  let n = 0;
  const handler = createAppProtocolHandler({ rootDir: root, nonce: () => `nonce${++n}AAAAAAAAAAAAAAAA==` });
  return handler(new Request(url, init));
};

describe('app:// protocol', () => {
  it('registers app:// as a standard, secure scheme (before ready) and handles it (never file://)', () => {
    const registered: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (s) => registered.push(...s) });
    expect(registered).toEqual([APP_SCHEME_PRIVILEGES]);
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({
      scheme: 'app',
      privileges: { standard: true, secure: true },
    });
    const handled: string[] = [];
    handleAppProtocol({ handle: (scheme) => handled.push(scheme) }, { rootDir: root });
    expect(handled).toEqual(['app']);
  });

  it('serves index.html with a CSP header and a fresh nonce per load, replacing the placeholder', async () => {
    const handler = createAppProtocolHandler({ rootDir: root });
    const nonces: string[] = [];
    for (const url of ['app://duty-room/', 'app://duty-room/index.html']) {
      const res = await handler(new Request(url));
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      const csp = res.headers.get('content-security-policy')!;
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      const nonce = /'nonce-([^']+)'/.exec(csp)![1]!;
      const html = await res.text();
      expect(html).not.toContain(CSP_NONCE_PLACEHOLDER);
      expect(html).toContain(`nonce="${nonce}"`);
      expect(html).toContain(`<meta name="csp-nonce" content="${nonce}">`);
      nonces.push(nonce);
    }
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it('serves assets with their MIME type and the CSP header', async () => {
    const js = await get('app://duty-room/assets/app.js');
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(js.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await js.text()).toBe('console.log(1)');
    const font = await get('app://duty-room/assets/font.woff2');
    expect(font.headers.get('content-type')).toBe('font/woff2');
    expect(new Uint8Array(await font.arrayBuffer())).toEqual(new Uint8Array([0x77, 0x4f, 0x46, 0x32]));
    expect(mimeTypeOf('x.svg')).toBe('image/svg+xml');
    expect(mimeTypeOf('x.pbf')).toBe('application/x-protobuf');
    expect(mimeTypeOf('x.unknown')).toBe('application/octet-stream');
  });

  it('refuses path traversal in every spelling', async () => {
    for (const p of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
      '/assets%2f..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets/..%5c..%5csecret.txt',
      '/%00index.html',
      '/%E0%A4%A',
    ]) {
      const res = await get(`app://duty-room${p}`);
      expect(res.status, p).toBe(404);
      expect(await res.text(), p).not.toContain('top secret');
    }
    expect(resolveInside(root, '/../secret.txt')).toBeNull();
    expect(resolveInside(root, '/a/../../secret.txt')).toBeNull();
    expect(resolveInside(root, '/assets/app.js')).toBe(path.join(root, 'assets', 'app.js'));
  });

  it('answers 404 for missing files, directories and other hosts; 405 for writes', async () => {
    expect((await get('app://duty-room/nope.js')).status).toBe(404);
    expect((await get('app://duty-room/assets')).status).toBe(404);
    expect((await get('app://duty-room/assets/app.js/x')).status).toBe(404);
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('app://duty-room/index.html', { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('adds user-configured tile servers to img-src/connect-src only', async () => {
    const handler = createAppProtocolHandler({
      rootDir: root,
      cspExtra: () => ({
        imgSrc: ['https://t0.tianditu.gov.cn'],
        connectSrc: ['https://t0.tianditu.gov.cn'],
      }),
    });
    const csp = (await handler(new Request('app://duty-room/index.html'))).headers.get(
      'content-security-policy',
    )!;
    expect(csp).toContain("img-src 'self' data: https://t0.tianditu.gov.cn");
    expect(csp).toContain("connect-src 'self' https://t0.tianditu.gov.cn");
    expect(csp).toContain("script-src 'self';");
  });
});
