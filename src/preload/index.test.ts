import { beforeEach, describe, expect, it, vi } from 'vitest';

// The real `electron` package must never load in tests (its first require downloads a
// binary): the preload's two imports are replaced by recorders.
const exposed = new Map<string, unknown>();
const invoked: unknown[][] = [];
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: {
    invoke: async (...args: unknown[]) => {
      invoked.push(args);
      return { ok: true, value: { ok: true } };
    },
    send: () => {},
    on: () => {},
    removeListener: () => {},
  },
}));

describe('preload', () => {
  beforeEach(() => {
    exposed.clear();
    vi.resetModules();
  });

  it('exposes exactly window.dutyRoom = { call, subscribe }, nothing else', async () => {
    await import('./index');
    expect([...exposed.keys()]).toEqual(['dutyRoom']);
    const api = exposed.get('dutyRoom') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(['call', 'subscribe']);
    expect(typeof api.call).toBe('function');
    expect(typeof api.subscribe).toBe('function');
    // No handle on ipcRenderer or its methods leaks through.
    for (const v of Object.values(api)) expect(Object.keys(v as object)).toEqual([]);
  });

  it('call() goes out on the duty-room:call channel', async () => {
    await import('./index');
    const api = exposed.get('dutyRoom') as { call(m: string, i: unknown): Promise<unknown> };
    expect(await api.call('system.ping', {})).toEqual({ ok: true, value: { ok: true } });
    expect(invoked.at(-1)).toEqual(['duty-room:call', 'system.ping', {}]);
  });
});
