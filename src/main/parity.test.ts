import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConnectionStatus, Transport } from '../common/client';
import { forSignInScreen, type AppEvent } from '../common/events';
import type { Result } from '../common/result';
import { createHttpTransport } from '../common/transport/http';
import { createIpcBridge, createIpcTransport, IPC_HELD_TOKEN, type BridgeIpc } from '../common/transport/ipc';
import { anonymous, type Core } from '../core';
import { demoPin, tempCore } from '../core/testing';
import { startHost, type Host } from '../server/host';
import { FakeIpcMain, FakeWebContents } from './fakes';
import { registerIpc } from './ipc';
import { MessageChannel } from 'node:worker_threads';
import { foldMethods } from '../common/areas/define';
import { commonAreas } from '../common/areas';
import { silentLogger } from '../core';
import { inProcessLink, type CoreLink } from './core-link';
import { startCoreProcess, type CoreChild } from './core-process';
import { serveCore } from './core-server';

/*
 * Parity (ARCHITECTURE.md §3): the same cases, in the same order, against core directly, over
 * HTTP (the browser host), over IPC (registerIpc + the preload's bridge + the
 * renderer's transport, Electron replaced by fakes), and over IPC to the core in its
 * own process (core-process.ts and core-server.ts across a MessageChannel). Each transport gets its own fresh
 * core; answers must be identical once tokens, ids and times are normalized.
 */

interface Ctx {
  adminId: string;
  officerId: string;
  officerPin: string;
}

interface Case {
  name: string;
  method: string;
  input: (ctx: Ctx) => unknown;
  /** Learns ids from an answer for later cases. */
  learn?: (value: unknown, ctx: Ctx) => void;
}

const ops = (v: unknown) => v as { id: string; name: string; role: string; hasPin: boolean }[];

// desktop.* are left out on purpose: core and HTTP answer them "仅桌面版可用" while the
// desktop's IPC layer acts on them (displays, the wall window), so by design they differ.
// Their access checks and both answers are tested in wall-window.test.ts.
const CASES: Case[] = [
  { name: 'info before setup', method: 'system.info', input: () => ({}) },
  { name: 'first-run setup without signing in', method: 'system.setup', input: () => ({ mode: 'demo' }) },
  { name: 'setup twice', method: 'system.setup', input: () => ({ mode: 'demo' }) },
  { name: 'info', method: 'system.info', input: () => ({}) },
  {
    name: 'operators',
    method: 'operators.list',
    input: () => ({}),
    learn: (v, ctx) => {
      ctx.adminId = ops(v).find((o) => o.role === 'admin')!.id;
      // Ordered by name: list order among equals follows random ids, which differ per core
      // (and without a session the list carries no phones to order by).
      const officers = ops(v).filter((o) => o.role === 'duty_officer');
      const officer = officers.sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))[0]!;
      ctx.officerId = officer.id;
      ctx.officerPin = demoPin(officer.name) ?? '';
    },
  },
  { name: 'anonymous write', method: 'settings.update', input: () => ({ countyName: '甲县' }) },
  { name: 'anonymous admin read', method: 'wallTokens.list', input: () => ({}) },
  { name: 'anonymous read', method: 'settings.get', input: () => ({}) },
  { name: 'whoami anonymous', method: 'auth.whoami', input: () => ({}) },
  {
    name: 'sign in, wrong PIN',
    method: 'auth.signIn',
    input: (c) => ({ operatorId: c.adminId, pin: '9999' }),
  },
  {
    name: 'sign in, no such operator',
    method: 'auth.signIn',
    input: () => ({ operatorId: 'op_0000000000000000' }),
  },
  {
    name: 'sign in as officer',
    method: 'auth.signIn',
    input: (c) => ({ operatorId: c.officerId, pin: c.officerPin }),
  },
  { name: 'officer may not administer', method: 'settings.update', input: () => ({ countyName: '甲县' }) },
  { name: 'sign in as admin', method: 'auth.signIn', input: (c) => ({ operatorId: c.adminId, pin: '0000' }) },
  { name: 'whoami admin', method: 'auth.whoami', input: () => ({}) },
  {
    name: 'settings valid',
    method: 'settings.update',
    input: () => ({ countyName: '甲县', shiftChangeTime: '08:30' }),
  },
  { name: 'settings invalid time', method: 'settings.update', input: () => ({ shiftChangeTime: '25:99' }) },
  { name: 'settings blank name', method: 'settings.update', input: () => ({ countyName: '   ' }) },
  {
    name: 'settings unknown field',
    method: 'settings.update',
    input: () => ({ countyName: '乙县', colour: 'red' }),
  },
  { name: 'settings wrong type', method: 'settings.update', input: () => ({ countyName: 42 }) },
  { name: 'settings not an object', method: 'settings.update', input: () => ['countyName'] },
  { name: 'settings after the refusals', method: 'settings.get', input: () => ({}) },
  { name: 'wall token', method: 'wallTokens.create', input: () => ({ label: '大屏一' }) },
  { name: 'wall tokens', method: 'wallTokens.list', input: () => ({}) },
  {
    name: 'update missing operator',
    method: 'operators.update',
    input: () => ({ id: 'op_0000000000000000', name: '某人' }),
  },
  {
    name: 'revoke missing wall token',
    method: 'wallTokens.revoke',
    input: () => ({ id: 'wt_0000000000000000' }),
  },
  { name: 'unknown method', method: 'no.such', input: () => ({}) },
  { name: 'sign out', method: 'auth.signOut', input: () => ({}) },
  { name: 'write after sign out', method: 'settings.update', input: () => ({ countyName: '丙县' }) },
  { name: 'whoami after sign out', method: 'auth.whoami', input: () => ({}) },
];

/**
 * Events the writes above must emit, in this order (setup emits more, which other
 * areas add to as they land; the direct run says how many).
 */
const MUST_EMIT = ['system.changed', 'settings.changed', 'wallTokens.changed'];

const TOKEN = /^(op|wall)_[A-Za-z0-9_-]{20,}$/;
const ID = /^[a-z]+_[0-9a-f]{16}$/;
const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Tokens, ids and times differ between any two cores; everything else must not.
 * Arrays are sorted after normalizing: demo operators share one creation time and
 * are ordered by their random ids, which says nothing about the transport.
 */
function normalize(v: unknown): unknown {
  if (typeof v === 'string') {
    if (v === IPC_HELD_TOKEN || TOKEN.test(v)) return '<token>';
    if (ID.test(v)) return '<id>';
    if (TIME.test(v)) return '<time>';
    return v;
  }
  if (Array.isArray(v)) {
    return v.map(normalize).sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  if (v && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, normalize(x)]));
  }
  return v;
}

// What the renderer does: strip `undefined` (JSON and structured clone differ there).
const plain = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;

interface Rig {
  name: string;
  core: Core;
  transport: Transport;
  close(): Promise<void>;
}

/**
 * Core with the rules every transport applies and no wire: calls arrive as from outside
 * the process (an anonymous caller reads nothing but the sign-in screen), and a stream
 * without a session hears only the sign-in screen's events.
 */
function directTransport(core: Core): Transport {
  let token: string | null = null;
  return {
    call: (method, input) =>
      core.call(method, input, token ? (core.authenticate(token) ?? anonymous) : anonymous, {
        via: 'http',
      }),
    subscribe(listener, onStatus) {
      const off = core.subscribe((ev) => {
        const shown = token ? ev : forSignInScreen(ev);
        if (shown) listener(shown);
      });
      onStatus?.('open');
      return off;
    },
    setToken: (t) => void (token = t),
  };
}

async function directRig(): Promise<Rig> {
  const core = tempCore();
  return { name: 'direct', core, transport: directTransport(core), close: () => core.close() };
}

async function httpRig(): Promise<Rig> {
  const core = tempCore();
  const host: Host = await startHost({ core, port: 0 });
  const transport = createHttpTransport({ baseUrl: host.url, reconnect: { initialMs: 20, maxMs: 200 } });
  return {
    name: 'http',
    core,
    transport,
    async close() {
      await host.close();
      await core.close();
    },
  };
}

/** ipcRenderer and one window, wired to a FakeIpcMain the way Electron wires them. */
function ipcRig(): Promise<Rig> {
  const core = tempCore();
  return ipcRigOver('ipc', core, inProcessLink(core), async () => {});
}

/**
 * As the desktop app runs: IPC to main, and main to the core in its own process over a
 * port (core-process.ts ↔ core-server.ts). Here the port is a Node MessageChannel, so
 * every call and event crosses by structured clone as it does to a utilityProcess.
 */
async function processRig(): Promise<Rig> {
  const core = tempCore();
  const { port1, port2 } = new MessageChannel();
  serveCore(core, {
    post: (msg) => port2.postMessage(msg),
    onMessage: (l) => void port2.on('message', l),
  });
  const child: CoreChild = {
    postMessage: (msg) => port1.postMessage(msg),
    on: (event: 'message' | 'exit', l: (x: never) => void) =>
      event === 'message' ? port1.on('message', l as (m: unknown) => void) : port1,
    kill: () => port1.close(),
  };
  const proc = startCoreProcess({
    fork: () => child,
    dataDir: core.dataDir,
    methods: foldMethods(commonAreas),
    logger: silentLogger,
  });
  port2.postMessage({ t: 'ready' });
  expect(await proc.started).toEqual({ ok: true });
  return ipcRigOver('process', core, proc, async () => {
    port1.close();
    port2.close();
  });
}

async function ipcRigOver(
  name: string,
  core: Core,
  link: CoreLink,
  closeLink: () => Promise<void>,
): Promise<Rig> {
  const ipcMain = new FakeIpcMain();
  const reg = registerIpc(ipcMain, link);
  const wc = new FakeWebContents();
  const listeners = new Map<string, Set<(event: unknown, ...args: unknown[]) => void>>();
  wc.deliver = (channel, args) => {
    for (const l of listeners.get(channel) ?? []) l({ sender: 'ipcRenderer' }, ...args);
  };
  const ipcRenderer: BridgeIpc = {
    invoke: (channel, ...args) => ipcMain.invoke(wc.ipcEvent(), channel, ...args),
    send: (channel, ...args) => ipcMain.send(wc.ipcEvent(), channel, ...args),
    on: (channel, l) => {
      if (!listeners.has(channel)) listeners.set(channel, new Set());
      listeners.get(channel)!.add(l);
    },
    removeListener: (channel, l) => listeners.get(channel)?.delete(l),
  };
  // The renderer sees only what the preload exposes: call and subscribe.
  const bridge = createIpcBridge(ipcRenderer);
  const transport = createIpcTransport({ call: bridge.call, subscribe: bridge.subscribe });
  return {
    name,
    core,
    transport,
    async close() {
      reg.dispose();
      wc.destroy();
      await closeLink();
      await core.close();
    },
  };
}

async function waitFor(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

interface Run {
  results: { name: string; result: unknown }[];
  events: AppEvent[];
}

async function runCases(rig: Rig, expectEvents: number): Promise<Run> {
  const events: AppEvent[] = [];
  let status: ConnectionStatus = 'closed';
  const off = rig.transport.subscribe(
    // The demo load's progress is throttled by the clock on the wall, so its count differs
    // from run to run; the changes the writes announce are what must match.
    (ev) => {
      if (ev.type !== 'progress') events.push(ev);
    },
    (s) => (status = s),
  );
  const open = () => waitFor(() => status === 'open', `${rig.name} event stream`);
  await open();
  const ctx: Ctx = { adminId: '', officerId: '', officerPin: '' };
  const results: Run['results'] = [];
  for (const c of CASES) {
    const res: Result<unknown> = await rig.transport.call(c.method, c.input(ctx));
    if (res.ok) c.learn?.(res.value, ctx);
    // As the renderer's client does; a no-op over IPC, where main holds the token.
    if (c.method === 'auth.signIn' && res.ok)
      rig.transport.setToken?.((res.value as { token: string }).token);
    if (c.method === 'auth.signOut') rig.transport.setToken?.(null);
    // HTTP reopens its event stream under the new token; wait, or its events would be missed.
    await open();
    results.push({ name: c.name, result: normalize(plain(res)) });
  }
  await waitFor(() => events.length >= expectEvents, `${rig.name} events`);
  // Anything arriving late (a duplicate, a stray) must show up in the comparison too.
  await new Promise((r) => setTimeout(r, 50));
  off();
  return { results, events };
}

describe('parity: direct, HTTP, IPC, and IPC to the core’s own process answer alike', () => {
  const runs = new Map<string, Run>();
  const rigs: Rig[] = [];

  beforeAll(async () => {
    for (const make of [directRig, httpRig, ipcRig, processRig]) {
      const rig = await make();
      rigs.push(rig);
      // Direct delivery is synchronous: its count is what the others must reach.
      runs.set(rig.name, await runCases(rig, runs.get('direct')?.events.length ?? 0));
    }
    // Three demo loads: seconds each on a PC busy with other jobs.
  }, 120_000);
  afterAll(async () => {
    await Promise.all(rigs.map((r) => r.close()));
  });

  it('the direct run is what the cases mean (a sanity check of the cases themselves)', () => {
    const byName = Object.fromEntries(runs.get('direct')!.results.map((r) => [r.name, r.result]));
    const code = (n: string) => (byName[n] as { ok: boolean; error?: { code: string } }).error?.code ?? 'ok';
    expect(code('first-run setup without signing in')).toBe('ok');
    expect(code('setup twice')).toBe('unauthenticated');
    expect(code('anonymous write')).toBe('unauthenticated');
    expect(code('anonymous read')).toBe('unauthenticated');
    // The sign-in screen's list: who can sign in, never a phone number.
    const listed = (byName['operators'] as { value: { phone: string }[] }).value;
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((o) => o.phone === '')).toBe(true);
    expect(code('sign in, wrong PIN')).toBe('unauthenticated');
    expect(code('sign in, no such operator')).toBe('not_found');
    expect(code('officer may not administer')).toBe('forbidden');
    expect(code('settings valid')).toBe('ok');
    for (const n of [
      'settings invalid time',
      'settings blank name',
      'settings unknown field',
      'settings wrong type',
      'settings not an object',
    ]) {
      expect(code(n), n).toBe('invalid_input');
    }
    expect(byName['settings after the refusals']).toMatchObject({
      ok: true,
      value: { countyName: '甲县', shiftChangeTime: '08:30' },
    });
    expect(code('wall token')).toBe('ok');
    expect(code('update missing operator')).toBe('not_found');
    expect(code('revoke missing wall token')).toBe('not_found');
    expect(code('unknown method')).toBe('not_found');
    expect(code('write after sign out')).toBe('unauthenticated');
    expect(byName['whoami after sign out']).toEqual({
      ok: true,
      value: { kind: 'anonymous', operator: null },
    });
  });

  for (const other of ['http', 'ipc', 'process']) {
    it(`${other} gives the same answers as core, case by case`, () => {
      const direct = runs.get('direct')!.results;
      const theirs = runs.get(other)!.results;
      expect(theirs.map((r) => r.name)).toEqual(direct.map((r) => r.name));
      for (let i = 0; i < direct.length; i++) expect(theirs[i], direct[i]!.name).toEqual(direct[i]);
    });
  }

  it('each transport delivers the events the writes emitted, in order', () => {
    const direct = runs.get('direct')!.events.map((e) => e.type);
    expect(direct.filter((t) => MUST_EMIT.includes(t))).toEqual([
      'system.changed',
      'settings.changed',
      'settings.changed',
      'wallTokens.changed',
    ]);
    expect(direct.at(-1)).toBe('wallTokens.changed');
    for (const [name, run] of runs) {
      expect(
        run.events.map((e) => e.type),
        name,
      ).toEqual(direct);
      expect(normalize(plain(run.events)), name).toEqual(normalize(plain(runs.get('direct')!.events)));
    }
  });
});
