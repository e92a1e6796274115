import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { Readable } from 'node:stream';
import path from 'node:path';
import { applyCspNonce, buildCsp, type CspExtra } from '../common/csp';
import { silentLogger, type Logger } from '../core';
import { parseTilePath, type TileService } from '../core/tiles/service';
import { APP_HOST, APP_SCHEME } from './origin';

/**
 * Options for `protocol.registerSchemesAsPrivileged`, which must run before app ready.
 * `standard` gives app:// real origins and relative URLs, `secure` makes it a secure
 * context, `supportFetchAPI` lets the renderer fetch its own assets (styles, tiles).
 */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;

export interface SchemeRegistrar {
  registerSchemesAsPrivileged(schemes: (typeof APP_SCHEME_PRIVILEGES)[]): void;
}

export interface ProtocolLike {
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void;
}

/** Must be called at module load of the main entry, before `app.whenReady()`. */
export function registerAppScheme(protocol: SchemeRegistrar): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pbf': 'application/x-protobuf',
  '.mvt': 'application/vnd.mapbox-vector-tile',
  '.pmtiles': 'application/octet-stream',
  '.wav': 'audio/wav',
};

export function mimeTypeOf(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface AppProtocolOptions {
  /** The built renderer (out/renderer). */
  rootDir: string;
  logger?: Logger;
  /** User-configured tile sources, read on every page load. */
  cspExtra?: () => CspExtra | Promise<CspExtra>;
  /** The configured offline basemap: /tiles/{z}/{x}/{y} (MBTiles) and /tiles/archive.pmtiles (by range). */
  tiles?: TileService;
  /** Injected for tests; 16 random bytes by default. */
  nonce?: () => string;
}

/**
 * Resolves a request path inside `rootDir`, or null when it would leave it.
 * Both the raw and the decoded path are checked, so `%2e%2e`, `..\\` and NUL bytes
 * are refused rather than normalised into something that happens to exist.
 */
export function resolveInside(rootDir: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/');
  if (segments.some((s) => s === '..' || s === '.')) return null;
  const root = path.resolve(rootDir);
  const rel = decoded.replace(/^\/+/, '') || 'index.html';
  const full = path.resolve(root, rel);
  if (full !== root && !full.startsWith(root + path.sep)) return null;
  return full;
}

function plain(status: number, text: string, csp: string): Response {
  return new Response(text, {
    status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/**
 * The app:// handler: serves the built renderer from disk (never through file://),
 * index.html with a fresh CSP nonce per load, every response with the CSP header.
 */
export function createAppProtocolHandler(opts: AppProtocolOptions): (request: Request) => Promise<Response> {
  const logger = opts.logger ?? silentLogger;
  const nonceOf = opts.nonce ?? (() => randomBytes(16).toString('base64'));
  const extraOf = opts.cspExtra ?? opts.tiles?.cspExtra.bind(opts.tiles) ?? (() => ({}));

  return async (request) => {
    const nonce = nonceOf();
    const csp = buildCsp(nonce, await extraOf());
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plain(400, 'Bad Request', csp);
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(404, 'Not Found', csp);
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method Not Allowed', csp);
    const tile = opts.tiles ? parseTilePath(url.pathname) : null;
    if (tile && opts.tiles) return serveTile(opts.tiles, request, tile, csp);
    const file = resolveInside(opts.rootDir, url.pathname);
    if (!file) {
      logger.warn('app:// path refused', { path: url.pathname.slice(0, 200) });
      return plain(404, 'Not Found', csp);
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) return plain(404, 'Not Found', csp);
      const headers: Record<string, string> = {
        'Content-Type': mimeTypeOf(file),
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
      };
      if (path.extname(file).toLowerCase() === '.html') {
        const html = applyCspNonce(await readFile(file, 'utf8'), nonce);
        headers['Cache-Control'] = 'no-store';
        return new Response(request.method === 'HEAD' ? null : html, { status: 200, headers });
      }
      const body = request.method === 'HEAD' ? null : new Uint8Array(await readFile(file));
      return new Response(body, { status: 200, headers });
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return plain(404, 'Not Found', csp);
      logger.error('app:// read failed', { path: url.pathname.slice(0, 200), error: String(e) });
      return plain(500, 'Internal Server Error', csp);
    }
  };
}

/**
 * The configured basemap, as the browser host serves it (src/server/tiles.ts): MBTiles
 * tiles by XYZ, and the PMTiles file by byte range for the renderer's PMTiles reader.
 */
async function serveTile(
  tiles: TileService,
  request: Request,
  t: NonNullable<ReturnType<typeof parseTilePath>>,
  csp: string,
): Promise<Response> {
  const base = {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  };
  if (t.kind === 'xyz') {
    const r = await tiles.tile(t.z, t.x, t.y);
    if (r.status === 404) return plain(404, 'Not Found', csp);
    if (r.status === 204) return new Response(null, { status: 204, headers: base });
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(r.body!), {
      status: 200,
      headers: { ...base, 'Content-Type': r.contentType! },
    });
  }
  const file = await tiles.pmtilesPath();
  if (!file) return plain(404, 'Not Found', csp);
  const { size } = await stat(file);
  const headers: Record<string, string> = {
    ...base,
    'Content-Type': 'application/octet-stream',
    'Accept-Ranges': 'bytes',
  };
  const range = request.headers.get('range');
  let start = 0;
  let end = size - 1;
  let status = 200;
  if (range !== null) {
    const m = /^bytes=(\d*)-(\d*)$/.exec(range.trim());
    const a = m?.[1] ? Number(m[1]) : null;
    const b = m?.[2] ? Number(m[2]) : null;
    if (m && a !== null) {
      start = a;
      end = b === null ? size - 1 : Math.min(b, size - 1);
    } else if (m && b !== null) start = Math.max(0, size - b);
    if (!m || (a === null && b === null) || start > end || start >= size)
      return new Response(null, { status: 416, headers: { ...base, 'Content-Range': `bytes */${size}` } });
    status = 206;
    headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
  }
  headers['Content-Length'] = String(size === 0 ? 0 : end - start + 1);
  if (request.method === 'HEAD' || size === 0) return new Response(null, { status, headers });
  // Streamed: a whole county's archive can be gigabytes; the reader asks for ranges anyway.
  const body = Readable.toWeb(createReadStream(file, { start, end })) as ReadableStream<Uint8Array>;
  return new Response(body, { status, headers });
}

/** Installs the handler on the session's protocol (after app ready). */
export function handleAppProtocol(protocol: ProtocolLike, opts: AppProtocolOptions): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(opts));
}
