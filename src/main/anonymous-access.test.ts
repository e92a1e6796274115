import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames, methods, type MethodName } from '../common/contract';
import type { Result } from '../common/result';
import { IPC_CALL_CHANNEL } from '../common/transport/ipc';
import type { Core } from '../core';
import { tempCore } from '../core/testing';
import { startHost, type Host } from '../server/host';
import { post } from '../server/testkit';
import { FakeIpcMain, FakeWebContents } from './fakes';
import { registerIpc, type IpcRegistration } from './ipc';
import { inProcessLink } from './core-link';

/*
 * Who can be reached without a session, method by method, over every transport. Without
 * --lan any program on the PC reaches 127.0.0.1, so the answer is the same in both modes:
 * only what the sign-in screen needs (and health, which is not a method). A method made
 * public, or a transport that forgets to ask for a session, fails here.
 */

/** The sign-in screen: the county's name and language, who can sign in, signing in, who am I. */
const SIGN_IN_SCREEN: readonly MethodName[] = ['system.info', 'operators.list', 'auth.signIn', 'auth.whoami'];
/** Allowed only while the data directory is empty, and only at the duty PC itself (not over the LAN). */
const FIRST_RUN: readonly MethodName[] = ['system.setup'];

const exampleOf = (m: MethodName): unknown => (methods[m] as { example?: unknown }).example ?? {};

type Answer = Result<unknown>;
type Caller = (method: MethodName, input: unknown) => Promise<Answer>;

/** Refused for want of a session (not for a wrong PIN or an unknown operator, which are answers). */
const wantsSession = (a: Answer) =>
  !a.ok && a.error.code === 'unauthenticated' && a.error.key === 'errors.unauthenticated';

it('the contract marks exactly the sign-in screen public and exactly the first-run choice firstRun', () => {
  expect(methodNames.filter((m) => methods[m].access === 'public').sort()).toEqual(
    [...SIGN_IN_SCREEN].sort(),
  );
  expect(methodNames.filter((m) => (methods[m] as { firstRun?: boolean }).firstRun === true)).toEqual(
    FIRST_RUN,
  );
});

interface Rig {
  core: Core;
  call: Caller;
  close(): Promise<void>;
}

async function httpRig(lan: boolean): Promise<Rig> {
  const core = tempCore({ lan });
  const host: Host = await startHost({ core, port: 0, lan });
  return {
    core,
    call: async (m, input) => (await post(host.url, m, input)).body as Answer,
    async close() {
      await host.close();
      await core.close();
    },
  };
}

async function ipcRig(): Promise<Rig> {
  const core = tempCore();
  const ipcMain = new FakeIpcMain();
  const reg: IpcRegistration = registerIpc(ipcMain, inProcessLink(core));
  // A window nobody has signed in to: the desktop app's sign-in screen.
  const wc = new FakeWebContents();
  return {
    core,
    call: (m, input) => ipcMain.invoke(wc.ipcEvent(), IPC_CALL_CHANNEL, m, input) as Promise<Answer>,
    async close() {
      reg.dispose();
      await core.close();
    },
  };
}

describe.each([
  { name: 'HTTP on 127.0.0.1', make: () => httpRig(false), firstRunHere: true },
  { name: 'HTTP in LAN mode', make: () => httpRig(true), firstRunHere: false },
  { name: 'IPC (desktop)', make: () => ipcRig(), firstRunHere: true },
])('without a session over $name', ({ make, firstRunHere }) => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await make();
  });
  afterAll(async () => rig.close());

  it(`sets up the data directory ${firstRunHere ? 'at the duty PC' : 'never over the LAN'}`, async () => {
    const res = await rig.call('system.setup', { mode: 'demo' });
    if (firstRunHere) {
      expect(res).toEqual({ ok: true, value: { ok: true } });
    } else {
      expect(wantsSession(res)).toBe(true);
      await rig.core.invoke('system.setup', { mode: 'demo' });
    }
    expect((await rig.core.invoke('system.info', {})).initialized).toBe(true);
  });

  it('reaches the sign-in screen and nothing else, with a message in Chinese', async () => {
    const reached: string[] = [];
    for (const m of methodNames) {
      const res = await rig.call(m, exampleOf(m));
      if (wantsSession(res)) {
        expect(!res.ok && res.error.message, m).toBe('请先登录');
      } else {
        reached.push(m);
      }
    }
    expect(reached.sort()).toEqual([...SIGN_IN_SCREEN].sort());
  });

  it('sees who can sign in, with no phone numbers', async () => {
    const res = await rig.call('operators.list', { includeInactive: true });
    if (!res.ok) throw new Error(res.error.message);
    const listed = res.value as { name: string; role: string; phone: string; active: boolean }[];
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((o) => o.phone === '' && o.active)).toBe(true);
    // The demo's operators do have phones: none of them leaks anywhere in the answer.
    const phones = (await rig.core.invoke('operators.list', { includeInactive: true }))
      .map((o) => o.phone)
      .filter(Boolean);
    expect(phones.length).toBeGreaterThan(0);
    const json = JSON.stringify(res);
    for (const phone of phones) expect(json).not.toContain(phone);
  });
});
