import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commonAreas, ROUTES } from '../common/areas';
import { shellRoutes } from '../common/areas/define';
import { fixtureNotesArea } from '../common/areas/testing/fixture-area';
import { methods } from '../common/contract';
import { IPC_CALL_CHANNEL } from '../common/transport/ipc';
import type { Core } from '../core';
import { coreAreas } from '../core/areas';
import { fixtureNotesCore } from '../core/areas/testing/fixture-area';
import { tempCore } from '../core/testing';
import { startHost, type Host } from '../server/host';
import { post } from '../server/testkit';
import { AREAS as E2E_ROUTES } from '../../e2e/web/areas';
import { FakeIpcMain, FakeWebContents } from './fakes';
import { registerIpc, type IpcRegistration } from './ipc';
import { inProcessLink } from './core-link';

/*
 * A new area is its own files plus one entry per side's list: here the app's lists
 * plus a fixture area (one method, one route, one migration), built without editing a
 * shared file, reach both transports. The renderer's half (menu, page, strings) is
 * src/renderer/src/areas/fixture-area.test.tsx.
 */
describe('a fixture area added to the app’s areas', () => {
  let core: Core;
  let host: Host;
  let ipcMain: FakeIpcMain;
  let reg: IpcRegistration;
  const wc = new FakeWebContents();
  let token = '';

  beforeAll(async () => {
    core = tempCore({ areas: [...coreAreas, fixtureNotesCore] });
    host = await startHost({ core, port: 0 });
    ipcMain = new FakeIpcMain();
    reg = registerIpc(ipcMain, inProcessLink(core));
    // Reading takes a session on every transport: a county with its first administrator.
    await core.invoke('system.setup', {
      mode: 'blank',
      countyName: '甲县',
      bureauName: '甲县应急管理局',
      admin: { name: '赵管理' },
    });
    const adminId = (await core.invoke('operators.list', {}))[0]!.id;
    token = ((await post(host.url, 'auth.signIn', { operatorId: adminId })).body.value as { token: string })
      .token;
    await ipcMain.invoke(wc.ipcEvent(), IPC_CALL_CHANNEL, 'auth.signIn', { operatorId: adminId });
  });
  afterAll(async () => {
    reg.dispose();
    wc.destroy();
    await host.close();
    await core.close();
  });

  it('migrates a new data file through its migration, numbered after the app’s', async () => {
    const info = await core.invoke('system.info', {});
    expect(info.schemaVersion).toBe(fixtureNotesCore.migrations[0]!.version);
  });

  it('answers its method over HTTP, its input checked at the edge', async () => {
    expect((await post(host.url, 'fixtureNotes.list', { limit: 5 })).status).toBe(401);
    const ok = await post(host.url, 'fixtureNotes.list', { limit: 5 }, token);
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ ok: true, value: { notes: ['演练通知已收到', '叫应完毕'] } });

    const bad = await post(host.url, 'fixtureNotes.list', { limit: 99 }, token);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('answers its method over IPC, its input checked at the edge', async () => {
    const call = (input: unknown) =>
      ipcMain.invoke(wc.ipcEvent(), IPC_CALL_CHANNEL, 'fixtureNotes.list', input) as Promise<unknown>;
    expect(await call({ limit: 1 })).toEqual({ ok: true, value: { notes: ['演练通知已收到'] } });
    expect(await call({ limit: 'all' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('is unknown to a core of the app’s own areas, on both transports', async () => {
    const plain = tempCore();
    const plainHost = await startHost({ core: plain, port: 0 });
    const plainIpc = new FakeIpcMain();
    const plainReg = registerIpc(plainIpc, inProcessLink(plain));
    try {
      const http = await post(plainHost.url, 'fixtureNotes.list', { limit: 5 });
      expect(http.body).toMatchObject({
        ok: false,
        error: { code: 'not_found', key: 'errors.unknown_method' },
      });
      const ipc = await plainIpc.invoke(wc.ipcEvent(), IPC_CALL_CHANNEL, 'fixtureNotes.list', { limit: 5 });
      expect(ipc).toMatchObject({ ok: false, error: { code: 'not_found', key: 'errors.unknown_method' } });
      expect(Object.keys(methods)).not.toContain('fixtureNotes.list');
    } finally {
      plainReg.dispose();
      await plainHost.close();
      await plain.close();
    }
  });

  it('joins the route list e2e walks, which is the app’s own list and no copy', () => {
    expect(E2E_ROUTES).toBe(ROUTES);
    expect(shellRoutes([...commonAreas, fixtureNotesArea])).toEqual([...ROUTES, 'fixtureNotes']);
  });

  it('is refused when it takes a migration number already taken', () => {
    const clash = { ...fixtureNotesCore, migrations: [{ ...fixtureNotesCore.migrations[0]!, version: 3 }] };
    expect(() => tempCore({ areas: [...coreAreas, clash] })).toThrow(/version 3/);
  });
});
