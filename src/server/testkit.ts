/* Helpers for the server's tests (real SQLite in temp dirs, real sockets). Not used at run time. */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AppEvent } from '../common/events';
import { createCore, systemActor, type Core } from '../core';

export function tempDir(prefix = 'duty-room-server-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A core on a fresh data directory with the demo county loaded. */
export async function demoCore(opts: { lan?: boolean } = {}): Promise<Core> {
  const core = createCore({ dataDir: tempDir(), backups: false, lan: opts.lan ?? false });
  const res = await core.call('system.setup', { mode: 'demo' }, systemActor('test'));
  if (!res.ok) throw new Error(res.error.message);
  return core;
}

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request whose path goes out byte for byte (fetch would normalise `/../` away). */
export function rawRequest(
  port: number,
  opts: { path: string; method?: string; headers?: Record<string, string>; body?: string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: opts.path,
        method: opts.method ?? 'GET',
        headers: opts.headers,
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

export async function post(
  base: string,
  method: string,
  input: unknown,
  token?: string,
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  body: { ok: boolean; value?: unknown; error?: { code: string; key?: string; message: string } };
}> {
  const res = await fetch(`${base}/api/${method}`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify(input),
  });
  return { status: res.status, body: (await res.json()) as never };
}

export async function signInAdmin(base: string): Promise<string> {
  const ops = await post(base, 'operators.list', {});
  const admin = (ops.body.value as { id: string; role: string }[]).find((o) => o.role === 'admin');
  if (!admin) throw new Error('no admin in the demo county');
  const res = await post(base, 'auth.signIn', { operatorId: admin.id, pin: '0000' });
  if (!res.body.ok) throw new Error(res.body.error?.message);
  return (res.body.value as { token: string }).token;
}

export interface EventStream {
  status: number;
  events: AppEvent[];
  /** Raw text received, comments included (heartbeats). */
  text(): string;
  /** Resolves with the first event (already received or coming) that matches. */
  next(match: (ev: AppEvent) => boolean, timeoutMs?: number): Promise<AppEvent>;
  /** Resolves when the server ends the stream. */
  ended: Promise<void>;
  abort(): void;
}

/** Opens GET /api/events the way the app does: fetch streaming, token in the header. */
export async function openEvents(base: string, token?: string, query = ''): Promise<EventStream> {
  const ctrl = new AbortController();
  const res = await fetch(`${base}/api/events${query}`, {
    headers: token ? { Authorization: `Bearer ${token}` } : {},
    signal: ctrl.signal,
  });
  const events: AppEvent[] = [];
  let raw = '';
  const waiters = new Set<() => void>();
  let resolveEnded!: () => void;
  const ended = new Promise<void>((r) => (resolveEnded = r));
  if (res.ok && res.body) {
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let buf = '';
    void (async () => {
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          const chunk = decoder.decode(value, { stream: true });
          raw += chunk;
          buf += chunk;
          let cut: number;
          while ((cut = buf.indexOf('\n\n')) >= 0) {
            const block = buf.slice(0, cut);
            buf = buf.slice(cut + 2);
            for (const line of block.split('\n')) {
              if (line.startsWith('data: ')) events.push(JSON.parse(line.slice(6)) as AppEvent);
            }
          }
          for (const w of [...waiters]) w();
        }
      } catch {
        // aborted
      }
      resolveEnded();
    })();
  } else {
    await res.text();
    resolveEnded();
  }
  return {
    status: res.status,
    events,
    text: () => raw,
    ended,
    abort: () => ctrl.abort(),
    next(match, timeoutMs = 3000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const hit = events.find(match);
          if (hit) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(hit);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error('no matching event in time'));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
}

export async function waitFor(
  cond: () => boolean | Promise<boolean>,
  timeoutMs = 3000,
  stepMs = 20,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, stepMs));
  }
}
