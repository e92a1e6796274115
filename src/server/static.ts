import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { applyCspNonce, buildCsp, type CspExtra } from '../common/csp';
import { contentTypeOf } from './content-types';
import { newNonce, sendText } from './respond';
import { LOCALES } from '../common/domain/roles';
import { bilingual, cliText, httpText } from './cli-messages';

/**
 * The path segments a raw request path names, or null when it tries anything clever.
 * Checked on the once-decoded raw path, before any normalisation: a URL parser
 * would quietly turn `/../package.json` into `/package.json` and hide the attempt.
 * Refused: `..` and `.` and dotfiles, backslashes, NUL and control characters, drive
 * letters, malformed escapes, and anything still holding a `%` after one decoding
 * (double encoding: no file we ship has a `%` in its name).
 */
export function safeSegments(rawPath: string): string[] | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  // The decoded form holds every raw character too, so one test covers both.
  // eslint-disable-next-line no-control-regex
  if (/[%\\\u0000-\u001f\u007f:]/.test(decoded)) return null;
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s.startsWith('.'))) return null;
  return segments;
}

/** A regular file inside `root` (after following symlinks), or null. */
async function fileInside(root: string, segments: string[]): Promise<string | null> {
  const candidate = path.resolve(root, ...segments);
  try {
    const [realRoot, real] = await Promise.all([fs.promises.realpath(root), fs.promises.realpath(candidate)]);
    const rel = path.relative(realRoot, real);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
    const st = await fs.promises.stat(real);
    return st.isFile() ? real : null;
  } catch {
    return null;
  }
}

// Vite names built assets `name-<8+ char hash>.ext`: their content never changes.
const HASHED = /-[A-Za-z0-9_-]{8,}\.[A-Za-z0-9]+$/;

function cacheControlFor(segments: string[]): string {
  const name = segments[segments.length - 1] ?? '';
  return segments[0] === 'assets' && HASHED.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** Sends a file, honouring one `Range: bytes=a-b` (PMTiles basemaps read by range). */
export async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: string,
  cacheControl: string,
): Promise<void> {
  const { size } = await fs.promises.stat(file);
  const headers: Record<string, string | number> = {
    'Content-Type': contentTypeOf(file),
    'Cache-Control': cacheControl,
    'Accept-Ranges': 'bytes',
  };
  let start = 0;
  let end = size - 1;
  let status = 200;
  const range = req.headers.range;
  if (range !== undefined) {
    const m = /^bytes=(\d*)-(\d*)$/.exec(range.trim());
    const a = m?.[1] ? Number(m[1]) : null;
    const b = m?.[2] ? Number(m[2]) : null;
    if (m && a !== null) {
      start = a;
      end = b === null ? size - 1 : Math.min(b, size - 1);
    } else if (m && b !== null) {
      start = Math.max(0, size - b);
    }
    if (!m || (a === null && b === null) || start > end || start >= size) {
      res.writeHead(416, { 'Content-Range': `bytes */${size}` });
      res.end();
      return;
    }
    status = 206;
    headers['Content-Range'] = `bytes ${start}-${end}/${size}`;
  }
  headers['Content-Length'] = size === 0 ? 0 : end - start + 1;
  res.writeHead(status, headers);
  if (req.method === 'HEAD' || size === 0) {
    res.end();
    return;
  }
  await new Promise<void>((resolve) => {
    const stream = fs.createReadStream(file, { start, end });
    stream.on('error', () => {
      res.destroy();
      resolve();
    });
    res.on('close', () => {
      stream.destroy();
      resolve();
    });
    stream.pipe(res);
  });
}

// Shown when the renderer has not been built: catalog text in both languages (no data
// set says which one yet), nothing from the request, and no markup in the catalog.
const HINT_HTML = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${bilingual('notBuilt.title')}</title></head>
<body>
<h1>${bilingual('notBuilt.heading')}</h1>
${LOCALES.map((l) => `<p lang="${l}">${cliText(l, 'notBuilt.body')}</p>`).join('\n')}
</body></html>
`;

export interface StaticServer {
  /** GET/HEAD of a non-API path: a file, index.html for app routes, or 404. */
  handle(req: IncomingMessage, res: ServerResponse, rawPath: string): Promise<void>;
}

export function createStaticServer(
  staticDir: string | undefined,
  resourcesDir?: string,
  /** Tile origins the user configured (an online basemap), read on every page load. */
  cspExtra: () => Promise<CspExtra> = async () => ({}),
): StaticServer {
  async function sendHtml(req: IncomingMessage, res: ServerResponse, file: string | null): Promise<void> {
    if (!file) {
      res.writeHead(503, {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        'Content-Length': Buffer.byteLength(HINT_HTML),
      });
      res.end(req.method === 'HEAD' ? undefined : HINT_HTML);
      return;
    }
    // A fresh nonce per load, in the page and in its header: a nonce seen once is no secret.
    const nonce = newNonce();
    const html = applyCspNonce(await fs.promises.readFile(file, 'utf8'), nonce);
    res.writeHead(200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': buildCsp(nonce, await cspExtra()),
      'Cache-Control': 'no-store',
      'Content-Length': Buffer.byteLength(html),
    });
    res.end(req.method === 'HEAD' ? undefined : html);
  }

  const index = async () => (staticDir ? fileInside(staticDir, ['index.html']) : null);

  const notFound = (res: ServerResponse) => sendText(res, 404, httpText('http.not_found'));

  return {
    async handle(req, res, rawPath) {
      const segments = safeSegments(rawPath);
      if (segments === null) return notFound(res);
      if (segments.length === 0) return sendHtml(req, res, await index());
      // Runtime assets (map styles, sprites, basemap data) ship beside the app, not in the build.
      if (segments[0] === 'resources') {
        const file = resourcesDir ? await fileInside(resourcesDir, segments.slice(1)) : null;
        return file ? sendFile(req, res, file, 'no-cache') : notFound(res);
      }
      const file = staticDir ? await fileInside(staticDir, segments) : null;
      if (file && file.endsWith('.html')) return sendHtml(req, res, file);
      if (file) return sendFile(req, res, file, cacheControlFor(segments));
      // App routes live in the hash, so any other path is the app; a missing asset
      // (`/assets/x.js`) is a real 404, not a page of HTML served as a script.
      const last = segments[segments.length - 1]!;
      if (/\.[A-Za-z0-9]+$/.test(last) && !last.endsWith('.html')) return notFound(res);
      return sendHtml(req, res, await index());
    },
  };
}
