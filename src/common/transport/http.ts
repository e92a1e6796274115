import type { ConnectionStatus, Transport } from '../client';
import type { Locale } from '../domain/roles';
import type { AppEvent, Unsubscribe } from '../events';
import { formatMessage, type ErrorKey } from '../i18n/messages';
import { isErrorBody, type Result } from '../result';

export interface HttpTransportOptions {
  /** Origin of the browser host; '' (the default) means the page's own origin. */
  baseUrl?: string;
  fetch?: typeof fetch;
  /**
   * Called when the host says the session is gone (401 with errors.unauthenticated or
   * errors.unauthenticated_token), so the app can return to the sign-in screen. A wrong
   * PIN is also a 401 but not a lost session, and does not call it.
   */
  onUnauthorized?: () => void;
  /** Language of the messages the transport writes itself (network failures). */
  locale?: Locale;
  /** Event-stream reconnect backoff: doubles from `initialMs` up to `maxMs`. */
  reconnect?: { initialMs?: number; maxMs?: number };
  /**
   * The host sends a heartbeat every 15 s; a stream silent for this long is presumed
   * dead (a half-open connection after the host's PC lost power) and reopened.
   */
  idleTimeoutMs?: number;
}

export interface HttpTransport extends Transport {
  setToken(token: string | null): void;
}

const SESSION_KEYS = new Set(['errors.unauthenticated', 'errors.unauthenticated_token']);

interface Subscriber {
  listener: (ev: AppEvent) => void;
  onStatus: ((s: ConnectionStatus) => void) | undefined;
}

function isResult(v: unknown): v is Result<unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as { ok?: unknown; value?: unknown; error?: unknown };
  return (r.ok === true && 'value' in r) || (r.ok === false && isErrorBody(r.error));
}

function isAppEvent(v: unknown): v is AppEvent {
  return typeof v === 'object' && v !== null && typeof (v as AppEvent).type === 'string';
}

/**
 * The browser host's transport: `POST /api/<method>` for calls, `GET /api/events`
 * (server-sent events) for change notifications. The stream is read through fetch,
 * not EventSource, because EventSource cannot send the Authorization header and the
 * token must never travel in a URL.
 */
export function createHttpTransport(opts: HttpTransportOptions = {}): HttpTransport {
  const base = (opts.baseUrl ?? '').replace(/\/+$/, '');
  // Bound late: an unbound window.fetch throws "Illegal invocation" in browsers.
  const doFetch: typeof fetch = opts.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const locale = opts.locale ?? 'zh-CN';
  const initialMs = opts.reconnect?.initialMs ?? 500;
  const maxMs = opts.reconnect?.maxMs ?? 5000;
  const idleMs = opts.idleTimeoutMs ?? 45_000;
  let token: string | null = null;

  const failure = (key: ErrorKey): Result<never> => ({
    ok: false,
    error: { code: 'internal', key, message: formatMessage(locale, key) },
  });
  const authHeaders = (): Record<string, string> => (token ? { Authorization: `Bearer ${token}` } : {});
  const maybeUnauthorized = (status: number, body: unknown) => {
    if (status !== 401) return;
    const key = isResult(body) && !body.ok ? body.error.key : undefined;
    if (key === undefined || SESSION_KEYS.has(key)) opts.onUnauthorized?.();
  };

  // One event stream however many subscribers: a browser allows only six connections per host.
  const subscribers = new Set<Subscriber>();
  let status: ConnectionStatus = 'closed';
  let current: AbortController | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let delay = initialMs;

  const setStatus = (s: ConnectionStatus) => {
    status = s;
    for (const sub of [...subscribers]) sub.onStatus?.(s);
  };

  const dispatch = (data: string) => {
    let ev: unknown;
    try {
      ev = JSON.parse(data);
    } catch {
      return;
    }
    if (!isAppEvent(ev)) return;
    for (const sub of [...subscribers]) {
      try {
        sub.listener(ev);
      } catch {
        // One broken listener must not starve the others.
      }
    }
  };

  async function readStream(body: ReadableStream<Uint8Array>, ctrl: AbortController): Promise<void> {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    let pendingCr = '';
    let idle: ReturnType<typeof setTimeout> | null = null;
    const armIdle = () => {
      if (idle) clearTimeout(idle);
      idle = setTimeout(() => ctrl.abort(), idleMs);
    };
    armIdle();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        armIdle();
        let text = pendingCr + decoder.decode(value, { stream: true });
        // A CR at the very end may be half of a CRLF split across chunks: wait for the rest.
        pendingCr = text.endsWith('\r') ? '\r' : '';
        if (pendingCr) text = text.slice(0, -1);
        buffer += text.replace(/\r\n?/g, '\n');
        let start = 0;
        let cut: number;
        while ((cut = buffer.indexOf('\n\n', start)) >= 0) {
          const block = buffer.slice(start, cut);
          start = cut + 2;
          const data = block
            .split('\n')
            .filter((line) => line.startsWith('data:'))
            .map((line) => line.slice(5).replace(/^ /, ''));
          if (data.length) dispatch(data.join('\n'));
        }
        buffer = buffer.slice(start);
      }
    } finally {
      if (idle) clearTimeout(idle);
      reader.cancel().catch(() => undefined);
    }
  }

  async function connect(): Promise<void> {
    retryTimer = null;
    const ctrl = new AbortController();
    current = ctrl;
    setStatus('connecting');
    try {
      const res = await doFetch(`${base}/api/events`, {
        headers: { Accept: 'text/event-stream', ...authHeaders() },
        signal: ctrl.signal,
      });
      if (!res.ok || !res.body) {
        let body: unknown;
        try {
          body = await res.json();
        } catch {
          body = undefined;
        }
        maybeUnauthorized(res.status, body);
        throw new Error(`event stream refused: HTTP ${res.status}`);
      }
      delay = initialMs;
      // Clients refetch on every 'open': whatever changed while we were away is picked up.
      setStatus('open');
      await readStream(res.body, ctrl);
    } catch {
      // Network failure, refusal or abort: all end in the same reconnect below.
    }
    // Superseded by a new token or stopped by the last unsubscribe: nothing more to do here.
    if (current !== ctrl) return;
    current = null;
    setStatus('closed');
    retryTimer = setTimeout(() => void connect(), delay);
    delay = Math.min(delay * 2, maxMs);
  }

  function stop() {
    if (retryTimer) clearTimeout(retryTimer);
    retryTimer = null;
    const ctrl = current;
    current = null;
    ctrl?.abort();
    status = 'closed';
  }

  function restart() {
    stop();
    delay = initialMs;
    void connect();
  }

  return {
    async call(method, input) {
      let res: Response;
      try {
        res = await doFetch(`${base}/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...authHeaders() },
          body: JSON.stringify(input === undefined ? {} : input),
        });
      } catch {
        return failure('errors.network');
      }
      let body: unknown;
      try {
        body = await res.json();
      } catch {
        // The connection broke mid-answer, or something other than the host answered.
        return failure(res.ok ? 'errors.network' : 'errors.bad_response');
      }
      maybeUnauthorized(res.status, body);
      return isResult(body) ? body : failure('errors.bad_response');
    },

    subscribe(listener, onStatus): Unsubscribe {
      const sub: Subscriber = { listener, onStatus };
      subscribers.add(sub);
      if (subscribers.size === 1) {
        void connect();
      } else if (onStatus) {
        const now = status;
        queueMicrotask(() => {
          if (subscribers.has(sub)) onStatus(now);
        });
      }
      return () => {
        if (!subscribers.delete(sub)) return;
        if (subscribers.size === 0) stop();
      };
    },

    setToken(next) {
      if (next === token) return;
      token = next;
      // The stream was opened with the old token's rights: reopen it with the new one.
      if (subscribers.size > 0) restart();
    },
  };
}
