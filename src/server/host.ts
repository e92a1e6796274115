import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import '../common/zod-setup';
import { systemActor, silentLogger, type Core, type Logger } from '../core';
import { handleApiCall, hostLocale } from './api';
import { resolveActor } from './auth';
import { createHostGuard, type HostGuard } from './guards';
import { httpText } from './cli-messages';
import { sendError, sendJson, sendText, setSecurityHeaders } from './respond';
import { createSseHub } from './sse';
import { createStaticServer } from './static';
import { createTileService, parseTilePath } from '../core/tiles/service';
import { handleTiles } from './tiles';

export interface HostOptions {
  core: Core;
  /** 0 picks a free port; the chosen one comes back in `port` and `url`. */
  port: number;
  /** Interface to bind; default 127.0.0.1. Anything else is meant for LAN mode. */
  host?: string;
  /** LAN mode: every request but the public sign-in methods needs a token. */
  lan?: boolean;
  /** LAN mode: DNS names of this PC the Host check accepts besides its addresses. */
  hostNames?: readonly string[];
  /** The built renderer (out/renderer). Without it the API still runs and `/` says how to build. */
  staticDir?: string;
  logger?: Logger;
  /** Runtime assets (map styles, basemap data), served read-only under /resources/. */
  resourcesDir?: string;
  /** SSE heartbeat period; 15 s unless a test needs it faster. */
  heartbeatMs?: number;
}

export interface Host {
  url: string;
  port: number;
  /** Stops accepting, ends event streams, waits briefly for requests in flight. Leaves the core open. */
  close(): Promise<void>;
}

// After this, connections still busy at shutdown are cut.
const CLOSE_GRACE_MS = 3000;

function urlOf(host: string, port: number): string {
  const h = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  return `http://${h}:${port}`;
}

export async function startHost(opts: HostOptions): Promise<Host> {
  const { core } = opts;
  const bindHost = opts.host ?? '127.0.0.1';
  const lan = opts.lan ?? false;
  const logger = opts.logger ?? silentLogger;
  // The configured basemap: its tiles under /tiles/, its online origins in the page's CSP.
  const tiles = createTileService(core);
  const files = createStaticServer(opts.staticDir, opts.resourcesDir, () => tiles.cspExtra());
  const sse = createSseHub(core, logger, opts.heartbeatMs);
  // Known only once listening (port 0): until then nothing is answered.
  let guard: HostGuard | null = null;

  async function health(res: ServerResponse): Promise<void> {
    const info = await core.call('system.info', {}, systemActor('health'));
    if (!info.ok) {
      sendJson(res, 503, { ok: false });
      return;
    }
    const v = info.value as { appVersion: string; schemaVersion: number; initialized: boolean };
    sendJson(res, 200, {
      ok: true,
      version: v.appVersion,
      schemaVersion: v.schemaVersion,
      initialized: v.initialized,
    });
  }

  async function events(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const who = resolveActor(core, req);
    if (!who.ok) {
      sendError(res, await hostLocale(core), 'unauthenticated', 'errors.unauthenticated_token');
      return;
    }
    // No token: the sign-in screen's stream, which hears only what that screen shows (sse.ts).
    sse.open(req, res, who.token);
  }

  async function api(req: IncomingMessage, res: ServerResponse, sub: string): Promise<void> {
    if (!guard!.originAllowed(req.headers.origin)) {
      logger.warn('refused a cross-origin API request', { origin: String(req.headers.origin).slice(0, 100) });
      sendError(res, await hostLocale(core), 'forbidden', 'errors.origin_forbidden');
      return;
    }
    // HEAD is fine for health; an event stream answered to HEAD would never end.
    const wrongVerb =
      (sub === 'health' && req.method !== 'GET' && req.method !== 'HEAD') ||
      (sub === 'events' && req.method !== 'GET');
    if (wrongVerb) {
      sendError(res, await hostLocale(core), 'invalid_input', 'errors.method_not_allowed', {
        status: 405,
        headers: { Allow: 'GET' },
      });
      return;
    }
    if (sub === 'health') return health(res);
    if (sub === 'events') return events(req, res);
    return handleApiCall({ core, lan }, req, res, sub);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    setSecurityHeaders(res);
    const target = req.url ?? '/';
    const rawPath = target.split('?')[0]!;
    const isApi = rawPath === '/api' || rawPath.startsWith('/api/');
    if (!guard || !guard.hostAllowed(req.headers.host)) {
      // Logged without the URL: a wall's `/?token=` must not end up in a log file.
      logger.warn('refused a request for another host name', {
        host: String(req.headers.host).slice(0, 100),
      });
      if (isApi) sendError(res, 'zh-CN', 'forbidden', 'errors.host_forbidden');
      else sendText(res, 403, httpText('http.forbidden'));
      return;
    }
    if (!target.startsWith('/')) {
      sendText(res, 400, httpText('http.bad_request'));
      return;
    }
    if (isApi) return api(req, res, rawPath.slice('/api/'.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendText(res, 405, httpText('http.method_not_allowed'), { Allow: 'GET, HEAD' });
      return;
    }
    const tile = parseTilePath(rawPath);
    if (tile) return handleTiles(tiles, req, res, tile);
    return files.handle(req, res, rawPath);
  }

  // Requests in flight per connection: on close, idle connections (browsers keep spare
  // ones open) are cut at once, busy ones as soon as their response is done.
  const sockets = new Map<Socket, number>();
  let closing: Promise<void> | null = null;

  const server = http.createServer((req, res) => {
    const socket = req.socket;
    sockets.set(socket, (sockets.get(socket) ?? 0) + 1);
    res.on('close', () => {
      const busy = sockets.get(socket);
      if (busy === undefined) return;
      sockets.set(socket, busy - 1);
      if (closing && busy === 1) socket.destroy();
    });
    if (closing) res.setHeader('Connection', 'close');
    handle(req, res).catch((e: unknown) => {
      logger.error('request failed', { error: e instanceof Error ? e.stack : String(e) });
      if (!res.headersSent) sendText(res, 500, httpText('http.internal'));
      else res.destroy();
    });
  });

  server.on('connection', (socket: Socket) => {
    sockets.set(socket, 0);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, bindHost, () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.on('error', (e) => logger.error('http server error', { error: String(e) }));
  const port = (server.address() as AddressInfo).port;
  guard = createHostGuard(bindHost, port, lan ? (opts.hostNames ?? []) : []);
  const url = urlOf(bindHost, port);
  logger.info('browser host listening', { url, lan });

  return {
    url,
    port,
    close() {
      closing ??= new Promise<void>((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        sse.close();
        tiles.close();
        for (const [socket, busy] of sockets) if (busy === 0) socket.destroy();
      });
      return closing;
    },
  };
}
