import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../events';
import {
  createIpcBridge,
  createIpcTransport,
  IPC_CALL_CHANNEL,
  IPC_EVENT_CHANNEL,
  IPC_CONNECTION_EVENTS,
  IPC_SUBSCRIBE_CHANNEL,
  IPC_UNSUBSCRIBE_CHANNEL,
  type BridgeIpc,
} from './ipc';

type L = (event: unknown, ...args: unknown[]) => void;

/** An ipcRenderer double that records what the bridge sends. */
function fakeIpc(answer: (channel: string, ...args: unknown[]) => Promise<unknown>) {
  const listeners = new Map<string, Set<L>>();
  const sent: string[] = [];
  const ipc: BridgeIpc = {
    invoke: answer,
    send: (channel) => void sent.push(channel),
    on: (channel, l) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(l);
    },
    removeListener: (channel, l) => listeners.get(channel)?.delete(l),
  };
  const push = (payload: unknown) => {
    for (const l of listeners.get(IPC_EVENT_CHANNEL) ?? []) l({ sender: 'the ipcRenderer' }, payload);
  };
  return { ipc, sent, push, listenerCount: () => listeners.get(IPC_EVENT_CHANNEL)?.size ?? 0 };
}

describe('IPC bridge (preload side)', () => {
  it('forwards call(method, input) on the call channel and returns the envelope', async () => {
    const seen: unknown[] = [];
    const { ipc } = fakeIpc(async (...args) => {
      seen.push(args);
      return { ok: true, value: { pong: 1 } };
    });
    const bridge = createIpcBridge(ipc);
    expect(Object.keys(bridge).sort()).toEqual(['call', 'subscribe']);
    expect(await bridge.call('system.ping', {})).toEqual({ ok: true, value: { pong: 1 } });
    expect(seen).toEqual([[IPC_CALL_CHANNEL, 'system.ping', {}]]);
  });

  it('turns a rejected invoke or a malformed answer into an internal error envelope', async () => {
    const broken = createIpcBridge(fakeIpc(() => Promise.reject(new Error('no handler'))).ipc);
    expect(await broken.call('system.ping', {})).toMatchObject({
      ok: false,
      error: { code: 'internal', key: 'errors.internal' },
    });
    const odd = createIpcBridge(fakeIpc(async () => ({ ok: false, error: { code: 'nope' } })).ipc);
    expect(await odd.call('system.ping', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('subscribes once, hands listeners only the event (never the IPC event object), unsubscribes with the last listener', () => {
    const f = fakeIpc(async () => null);
    const bridge = createIpcBridge(f.ipc);
    const a: unknown[][] = [];
    const b: unknown[][] = [];
    const offA = bridge.subscribe((...args) => a.push(args));
    const offB = bridge.subscribe((...args) => b.push(args));
    expect(f.sent).toEqual([IPC_SUBSCRIBE_CHANNEL]);
    expect(f.listenerCount()).toBe(1);
    f.push({ type: 'logs.changed', ids: ['l1'], at: '2025-01-01T00:00:00.000Z', extra: 'dropped' });
    f.push('garbage');
    expect(a).toEqual([[{ type: 'logs.changed', ids: ['l1'], at: '2025-01-01T00:00:00.000Z' }]]);
    expect(b).toEqual(a);
    offA();
    offA(); // idempotent
    expect(f.sent).toEqual([IPC_SUBSCRIBE_CHANNEL]);
    offB();
    expect(f.sent).toEqual([IPC_SUBSCRIBE_CHANNEL, IPC_UNSUBSCRIBE_CHANNEL]);
    expect(f.listenerCount()).toBe(0);
  });

  it('keeps delivering to other listeners when one throws', () => {
    const f = fakeIpc(async () => null);
    const bridge = createIpcBridge(f.ipc);
    const got: AppEvent[] = [];
    bridge.subscribe(() => {
      throw new Error('boom');
    });
    bridge.subscribe((ev) => got.push(ev));
    f.push({ type: 'x.changed', at: 'now' });
    expect(got).toHaveLength(1);
  });
});

describe('createIpcTransport (renderer side)', () => {
  it('calls through the bridge, ignores setToken, and reports the event pipe open', async () => {
    const f = fakeIpc(async () => ({ ok: true, value: 1 }));
    const t = createIpcTransport(createIpcBridge(f.ipc));
    expect(await t.call('system.ping', {})).toEqual({ ok: true, value: 1 });
    expect(() => t.setToken?.('op_x')).not.toThrow();
    const statuses: string[] = [];
    const got: AppEvent[] = [];
    const off = t.subscribe(
      (ev) => got.push(ev),
      (s) => statuses.push(s),
    );
    await Promise.resolve();
    expect(statuses).toEqual(['open']);
    f.push({ type: 'settings.changed', at: 'now' });
    expect(got.map((e) => e.type)).toEqual(['settings.changed']);
    off();
    expect(f.sent).toEqual([IPC_SUBSCRIBE_CHANNEL, IPC_UNSUBSCRIBE_CHANNEL]);
  });

  it('main saying the core is down and back is the pipe closing and reopening, never an event for the pages', async () => {
    const f = fakeIpc(async () => ({ ok: true, value: 1 }));
    const t = createIpcTransport(createIpcBridge(f.ipc));
    const statuses: string[] = [];
    const got: string[] = [];
    t.subscribe(
      (ev) => got.push(ev.type),
      (s) => statuses.push(s),
    );
    await Promise.resolve();
    f.push({ type: IPC_CONNECTION_EVENTS.down, at: 'now' });
    f.push({ type: IPC_CONNECTION_EVENTS.up, at: 'now' });
    f.push({ type: 'logs.changed', at: 'now' });
    expect(statuses).toEqual(['open', 'closed', 'open']);
    expect(got).toEqual(['logs.changed']);
  });
});
