import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppEvent } from '../common/events';
import type { Core, Logger } from '../core';

export const HEARTBEAT_MS = 15_000;
// A client that stops reading (a frozen wall browser) must not make us buffer forever:
// past this it is cut off, and reconnects and refetches when it wakes up.
const MAX_BUFFERED = 1024 * 1024;

interface Stream {
  res: ServerResponse;
  token: string | null;
  unsubscribe: () => void;
}

export interface SseHub {
  /** Serves one `GET /api/events` until the client goes away or the hub closes it. */
  open(req: IncomingMessage, res: ServerResponse, token: string | null): void;
  /** Open streams (tests check that disconnects leave nothing behind). */
  size(): number;
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

  // Whether the stream's token still names a live session or wall token. Checked before
  // every event, so a revoked wall token (wallTokens.changed) or a deactivated operator
  // (operators.changed) is cut off by the very event that revoked it.
  const stillValid = (s: Stream): boolean => {
    if (s.token === null) return true;
    try {
      return core.authenticate(s.token) !== null;
    } catch {
      return false;
    }
  };

  const write = (s: Stream, chunk: string) => {
    if (s.res.writableLength > MAX_BUFFERED) {
      logger.warn('event stream client is not reading; closing it');
      end(s);
      return;
    }
    s.res.write(chunk);
  };

  const heartbeat = setInterval(() => {
    for (const s of streams) write(s, ': ping\n\n');
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
      const stream: Stream = {
        res,
        token,
        unsubscribe: () => {},
      };
      stream.unsubscribe = core.subscribe((ev: AppEvent) => {
        if (!stillValid(stream)) {
          end(stream);
          return;
        }
        write(stream, `data: ${JSON.stringify(ev)}\n\n`);
      });
      streams.add(stream);
      res.on('close', () => end(stream));
    },
    size: () => streams.size,
    close() {
      clearInterval(heartbeat);
      for (const s of [...streams]) end(s);
    },
  };
}
