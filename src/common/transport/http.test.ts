import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConnectionStatus } from '../client';
import type { AppEvent } from '../events';
import { createHttpTransport } from './http';

// The transport against a scripted fetch; src/server/http-transport.test.ts drives it
// against the real browser host.

interface Seen {
  url: string;
  init: RequestInit | undefined;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** An event-stream response whose chunks the test pushes. */
function sseResponse() {
  let ctrl!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({ start: (c) => void (ctrl = c) });
  const enc = new TextEncoder();
  return {
    response: new Response(body, { status: 200, headers: { 'Content-Type': 'text/event-stream' } }),
    push: (text: string) => ctrl.enqueue(enc.encode(text)),
    end: () => ctrl.close(),
  };
}

const flush = async (n = 10) => {
  for (let i = 0; i < n; i++) await Promise.resolve();
};

afterEach(() => {
  vi.useRealTimers();
});

describe('http transport: calls', () => {
  it('POSTs JSON to /api/<method> with the bearer token once set', async () => {
    const seen: Seen[] = [];
    const t = createHttpTransport({
      baseUrl: 'http://127.0.0.1:5317/',
      fetch: async (url, init) => {
        seen.push({ url: String(url), init });
        return json(200, { ok: true, value: { pong: 1 } });
      },
    });
    expect(await t.call('system.info', {})).toEqual({ ok: true, value: { pong: 1 } });
    t.setToken('op_secret');
    await t.call('settings.update', { countyName: '甲县' });
    expect(seen[0]!.url).toBe('http://127.0.0.1:5317/api/system.info');
    expect(seen[0]!.init?.method).toBe('POST');
    expect(new Headers(seen[0]!.init?.headers).get('authorization')).toBeNull();
    expect(new Headers(seen[1]!.init?.headers).get('authorization')).toBe('Bearer op_secret');
    expect(seen[1]!.init?.body).toBe('{"countyName":"甲县"}');
    // Never in the URL.
    expect(seen.every((s) => !s.url.includes('op_secret'))).toBe(true);
  });

  it('turns a network failure into an internal envelope with errors.network, never a throw', async () => {
    const t = createHttpTransport({
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    });
    expect(await t.call('system.info', {})).toEqual({
      ok: false,
      error: { code: 'internal', key: 'errors.network', message: '无法连接到服务，请检查程序是否在运行' },
    });
    const en = createHttpTransport({ locale: 'en-US', fetch: () => Promise.reject(new Error('down')) });
    const res = await en.call('system.info', {});
    expect(!res.ok && res.error.message).toBe('Cannot reach the service');
  });

  it('passes error envelopes through and refuses answers that are not envelopes', async () => {
    const err = {
      ok: false,
      error: { code: 'forbidden', key: 'errors.forbidden_wall', message: '大屏令牌只能查看' },
    };
    const t = createHttpTransport({ fetch: async () => json(403, err) });
    expect(await t.call('settings.update', {})).toEqual(err);
    const proxy = createHttpTransport({
      fetch: async () => new Response('<html>502</html>', { status: 502 }),
    });
    const res = await proxy.call('system.info', {});
    expect(!res.ok && res.error).toMatchObject({ code: 'internal', key: 'errors.bad_response' });
    const odd = createHttpTransport({ fetch: async () => json(200, { hello: 1 }) });
    expect(await odd.call('system.info', {})).toMatchObject({
      ok: false,
      error: { key: 'errors.bad_response' },
    });
  });

  it('calls onUnauthorized when the session is gone, not for a wrong PIN', async () => {
    const onUnauthorized = vi.fn();
    let answer: unknown;
    const t = createHttpTransport({ onUnauthorized, fetch: async () => json(401, answer) });
    answer = {
      ok: false,
      error: { code: 'unauthenticated', key: 'errors.pin_wrong', message: 'PIN 不正确' },
    };
    await t.call('auth.signIn', { operatorId: 'op_1', pin: '1234' });
    expect(onUnauthorized).not.toHaveBeenCalled();
    answer = {
      ok: false,
      error: { code: 'unauthenticated', key: 'errors.unauthenticated_token', message: '令牌无效' },
    };
    await t.call('settings.get', {});
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });
});

describe('http transport: event stream', () => {
  it('parses events split across chunks, CRLF lines, comments and multi-line data', async () => {
    const stream = sseResponse();
    const seen: Seen[] = [];
    const t = createHttpTransport({
      baseUrl: 'http://h',
      fetch: async (url, init) => {
        seen.push({ url: String(url), init });
        return stream.response;
      },
    });
    t.setToken('wall_abc');
    const events: AppEvent[] = [];
    const statuses: ConnectionStatus[] = [];
    t.subscribe(
      (ev) => events.push(ev),
      (s) => statuses.push(s),
    );
    await flush();
    expect(seen[0]!.url).toBe('http://h/api/events');
    expect(new Headers(seen[0]!.init?.headers).get('authorization')).toBe('Bearer wall_abc');
    expect(statuses).toEqual(['connecting', 'open']);
    stream.push(': connected\n\ndata: {"type":"logs.chan');
    stream.push('ged","ids":["a"],"at":"2026-01-01T00:00:00Z"}\r\n\r\n: ping\n\n');
    stream.push('data: {"type":"x.changed",\ndata: "at":"t"}\n\ndata: not json\n\ndata: {"no":"type"}\n\n');
    await vi.waitFor(() => expect(events).toHaveLength(2));
    expect(events[0]).toEqual({ type: 'logs.changed', ids: ['a'], at: '2026-01-01T00:00:00Z' });
    expect(events[1]).toEqual({ type: 'x.changed', at: 't' });
  });

  it('keeps up with a burst of thousands of events in one chunk, and a CRLF split across chunks', async () => {
    const stream = sseResponse();
    const t = createHttpTransport({ fetch: async () => stream.response });
    const events: AppEvent[] = [];
    t.subscribe((ev) => events.push(ev));
    await flush();
    const burst = Array.from(
      { length: 20_000 },
      (_, i) => `data: {"type":"logs.changed","ids":["e${i}"],"at":"t"}\n\n`,
    );
    stream.push(burst.join(''));
    await vi.waitFor(() => expect(events).toHaveLength(20_000), { timeout: 5000 });
    expect(events[19_999]!.ids).toEqual(['e19999']);

    // One event over two data lines; the CRLF between them arrives split across chunks.
    stream.push('data: {"type":"a.changed",\r');
    stream.push('\ndata: "at":"t"}\r\n\r\n');
    await vi.waitFor(() => expect(events).toHaveLength(20_001));
    // Read as two line breaks it would end the event early and lose it.
    expect(events.at(-1)).toEqual({ type: 'a.changed', at: 't' });
  });

  it('reconnects with backoff 0.5 s doubling to 5 s, and reports open again', async () => {
    vi.useFakeTimers();
    const attempts: number[] = [];
    let serve: (() => Response) | null = null;
    const t = createHttpTransport({
      fetch: async () => {
        attempts.push(Date.now());
        if (serve) return serve();
        throw new TypeError('fetch failed');
      },
    });
    const statuses: ConnectionStatus[] = [];
    t.subscribe(
      () => {},
      (s) => statuses.push(s),
    );
    for (let i = 0; i < 7; i++) {
      await flush();
      await vi.advanceTimersToNextTimerAsync();
    }
    const gaps = attempts.slice(1).map((a, i) => a - attempts[i]!);
    expect(gaps).toEqual([500, 1000, 2000, 4000, 5000, 5000, 5000]);
    expect(statuses.slice(0, 4)).toEqual(['connecting', 'closed', 'connecting', 'closed']);

    const stream = sseResponse();
    serve = () => stream.response;
    await vi.advanceTimersToNextTimerAsync();
    await flush();
    expect(statuses.at(-1)).toBe('open');
    // After a good connection the backoff starts over.
    stream.end();
    await flush();
    expect(statuses.at(-1)).toBe('closed');
    const before = attempts.length;
    serve = null;
    await vi.advanceTimersByTimeAsync(499);
    expect(attempts.length).toBe(before);
    await vi.advanceTimersByTimeAsync(1);
    expect(attempts.length).toBe(before + 1);
  });

  it('reopens a stream that has gone silent (half-open connection)', async () => {
    vi.useFakeTimers();
    let opened = 0;
    let first: ReturnType<typeof sseResponse> | null = null;
    const t = createHttpTransport({
      idleTimeoutMs: 1000,
      fetch: async (_url, init) => {
        opened++;
        const s = sseResponse();
        first ??= s;
        init?.signal?.addEventListener('abort', () => s.end());
        return s.response;
      },
    });
    const statuses: ConnectionStatus[] = [];
    t.subscribe(
      () => {},
      (s) => statuses.push(s),
    );
    await flush();
    expect(statuses).toEqual(['connecting', 'open']);
    // Heartbeats keep it open well past the idle limit...
    for (let i = 0; i < 5; i++) {
      await vi.advanceTimersByTimeAsync(600);
      first!.push(': ping\n\n');
      await flush();
    }
    expect(statuses).toEqual(['connecting', 'open']);
    // ...silence does not.
    await vi.advanceTimersByTimeAsync(1000);
    await flush();
    expect(statuses.slice(2, 3)).toEqual(['closed']);
    await vi.advanceTimersByTimeAsync(500);
    await flush();
    expect(opened).toBe(2);
    expect(statuses.at(-1)).toBe('open');
  });

  it('shares one stream among subscribers, reopens it on a new token, stops on the last unsubscribe', async () => {
    const aborted: boolean[] = [];
    const auth: (string | null)[] = [];
    const t = createHttpTransport({
      fetch: async (_url, init) => {
        const i = aborted.push(false) - 1;
        auth.push(new Headers(init?.headers).get('authorization'));
        init?.signal?.addEventListener('abort', () => (aborted[i] = true));
        return sseResponse().response;
      },
    });
    const a: ConnectionStatus[] = [];
    const b: ConnectionStatus[] = [];
    const offA = t.subscribe(
      () => {},
      (s) => a.push(s),
    );
    await flush();
    const offB = t.subscribe(
      () => {},
      (s) => b.push(s),
    );
    await flush();
    expect(aborted).toHaveLength(1);
    expect(b).toEqual(['open']);

    t.setToken('op_new');
    await flush();
    expect(aborted).toEqual([true, false]);
    expect(auth).toEqual([null, 'Bearer op_new']);
    expect(a.slice(-2)).toEqual(['connecting', 'open']);

    offA();
    expect(aborted[1]).toBe(false);
    offB();
    expect(aborted[1]).toBe(true);
    const before = [...a, ...b].length;
    await flush();
    expect([...a, ...b].length).toBe(before);
  });

  it('calls onUnauthorized when the stream is refused with 401', async () => {
    vi.useFakeTimers();
    const onUnauthorized = vi.fn();
    const t = createHttpTransport({
      onUnauthorized,
      fetch: async () =>
        json(401, {
          ok: false,
          error: { code: 'unauthenticated', key: 'errors.unauthenticated', message: '请先登录' },
        }),
    });
    const off = t.subscribe(() => {});
    await flush();
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    off();
  });
});
