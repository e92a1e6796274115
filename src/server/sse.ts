import type { IncomingMessage, ServerResponse } from 'node:http';
import { forSignInScreen, type AppEvent } from '../common/events';
import type { Core, Logger } from '../core';

export const HEARTBEAT_MS = 15_000;
// A client that stops reading (a frozen wall browser) must not make us buffer forever.
// A burst of events is written in one go and needs a moment to drain, so the backlog is
// judged at the heartbeat, a whole period later; only an absurd one is cut at once.
// A client cut off reconnects and refetches when it wakes up.
const MAX_BACKLOG = 1024 * 1024;
const HARD_BACKLOG = 32 * 1024 * 1024;
// Events that can revoke a token are checked at once; others at most once a second.
const REVOKING = new Set(['wallTokens.changed', 'operators.changed', 'system.restored']);
const RECHECK_MS = 1000;

interface Stream {
  res: ServerResponse;
  token: string | null;
  checkedAt: number;
  unsubscribe: () => void;
}

export interface SseHub {
  /** Serves one `GET /api/events` until the client goes away or the hub closes it. */
  open(req: IncomingMessage, res: ServerResponse, token: string | null): void;
  /** Ends every stream and stops the heartbeat (host shutdown). */
  close(): void;
}

export function createSseHub(core: Core, logger: Logger, heartbeatMs = HEARTBEAT_MS): SseHub {
  const streams = new Set<Stream>();

  const end = (s: Stream) => {
    if (!streams.delete(s)) return;
    s.unsubscribe();
    s.res.end();
  };

  // Whether the stream's token still names a live session or wall token, so a revoked
  // wall token (wallTokens.changed) or a deactivated operator (operators.changed) is cut
  // off by the very event that revoked it, and a signed-out one by the next event.
  const stillValid = (s: Stream, ev: AppEvent): boolean => {
    if (s.token === null) return true;
    const now = Date.now();
    if (!REVOKING.has(ev.type) && now - s.checkedAt < RECHECK_MS) return true;
    s.checkedAt = now;
    try {
      return core.authenticate(s.token) !== null;
    } catch {
      return false;
    }
  };

  const write = (s: Stream, chunk: string, limit: number) => {
    if (s.res.writableLength > limit) {
      logger.warn('event stream client is not reading; closing it', { backlog: s.res.writableLength });
      end(s);
      return;
    }
    s.res.write(chunk);
  };

  const heartbeat = setInterval(() => {
    for (const s of [...streams]) write(s, ': ping\n\n', MAX_BACKLOG);
  }, heartbeatMs);
  heartbeat.unref();

  return {
    open(req, res, token) {
      req.socket.setNoDelay(true);
      req.socket.setKeepAlive(true, heartbeatMs);
      res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        'X-Accel-Buffering': 'no',
        Connection: 'keep-alive',
      });
      // Flushes the headers at once: the client reports 'open' on them.
      res.write(': connected\n\n');
      const stream: Stream = { res, token, checkedAt: Date.now(), unsubscribe: () => {} };
      stream.unsubscribe = core.subscribe((ev: AppEvent) => {
        if (!stillValid(stream, ev)) {
          end(stream);
          return;
        }
        // Without a token the stream serves the sign-in screen: it hears only what that shows.
        const shown = stream.token === null ? forSignInScreen(ev) : ev;
        if (shown) write(stream, `data: ${JSON.stringify(shown)}\n\n`, HARD_BACKLOG);
      });
      streams.add(stream);
      res.on('close', () => end(stream));
    },
    close() {
      clearInterval(heartbeat);
      for (const s of [...streams]) end(s);
    },
  };
}
