import { afterEach, describe, expect, it } from 'vitest';
import { methods, type MethodName } from '../common/contract';
import type { AppEvent } from '../common/events';
import type { Result } from '../common/result';
import {
  IPC_CALL_CHANNEL,
  IPC_EVENT_CHANNEL,
  IPC_HELD_TOKEN,
  IPC_SUBSCRIBE_CHANNEL,
  IPC_UNSUBSCRIBE_CHANNEL,
} from '../common/transport/ipc';
import type { Core } from '../core';
import { fingerprint, tempCore } from '../core/testing';
import { FakeIpcMain, FakeWebContents } from './fakes';
import { registerIpc } from './ipc';
import { CoreUnavailable, inProcessLink } from './core-link';

const cores: Core[] = [];
afterEach(async () => {
  await Promise.all(cores.splice(0).map((c) => c.close()));
});

async function setup() {
  const core = tempCore();
  cores.push(core);
  await core.invoke('system.setup', { mode: 'demo' });
  const ipcMain = new FakeIpcMain();
  const reg = registerIpc(ipcMain, inProcessLink(core));
  const admin = (await core.invoke('operators.list', {})).find((o) => o.role === 'admin')!;
  const call = (wc: FakeWebContents, method: unknown, input: unknown, frameUrl?: string | null) =>
    ipcMain.invoke(wc.ipcEvent(frameUrl), IPC_CALL_CHANNEL, method, input) as Promise<Result<unknown>>;
  return { core, ipcMain, reg, admin, call };
}

const exampleOf = <M extends MethodName>(m: M) => methods[m].example as never;

const events = (wc: FakeWebContents) =>
  wc.sent.filter((s) => s.channel === IPC_EVENT_CHANNEL).map((s) => (s.args[0] as AppEvent).type);

describe('registerIpc', () => {
  it('refuses calls from any frame that is not the app:// origin, and changes nothing', async () => {
    const { core, admin, call } = await setup();
    const before = fingerprint(core);
    const foreign = [
      'https://evil.example/',
      'file:///etc/passwd',
      'http://127.0.0.1:5780/',
      'app://other-host/index.html',
      'app://user:pw@duty-room/index.html',
      'devtools://devtools/bundled/inspector.html',
      '',
    ];
    for (const url of foreign) {
      const wc = new FakeWebContents(url);
      const res = await call(wc, 'auth.signIn', { operatorId: admin.id, pin: '0000' });
      expect(res, url).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    // A page on our origin hosting a foreign frame: the frame is what counts.
    const wc = new FakeWebContents();
    expect(await call(wc, 'settings.update', { countyName: '乙县' }, 'https://evil.example/')).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    // A frame that already navigated away (senderFrame null) is refused too.
    expect(await call(wc, 'operators.list', {}, null)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(fingerprint(core)).toBe(before);
  });

  it('passes a valid call from the app page to core', async () => {
    const { core, call } = await setup();
    const wc = new FakeWebContents();
    const res = await call(wc, 'system.info', {});
    expect(res).toEqual({ ok: true, value: await core.invoke('system.info', {}) });
  });

  it('validates method and input at the edge: unknown method -> not_found, bad input -> invalid_input', async () => {
    const { core, call } = await setup();
    const before = fingerprint(core);
    const wc = new FakeWebContents();
    expect(await call(wc, 'system.rmrf', {})).toMatchObject({
      ok: false,
      error: { code: 'not_found', key: 'errors.unknown_method' },
    });
    expect(await call(wc, 42, {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await call(wc, '__proto__', {})).toMatchObject({
      ok: false,
      error: { code: 'not_found', params: { method: '?' } },
    });
    expect(await call(wc, 'toString', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const bad = await call(wc, 'settings.update', { shiftChangeTime: '25:99' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const extra = await call(wc, 'operators.list', { admin: true });
    expect(extra).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', details: { issues: [{ key: 'errors.field.unknown_key' }] } },
    });
    // Same refusal, word for word, as core itself would give.
    expect(bad).toEqual(await core.call('settings.update', { shiftChangeTime: '25:99' }));
    expect(fingerprint(core)).toBe(before);
  });

  it('holds the operator token per window: signing in on A does not authorize B', async () => {
    const { core, reg, admin, call } = await setup();
    const a = new FakeWebContents();
    const b = new FakeWebContents();
    const signed = await call(a, 'auth.signIn', { operatorId: admin.id, pin: '0000' });
    // The page never sees the real token.
    expect(signed).toMatchObject({ ok: true, value: { token: IPC_HELD_TOKEN, operator: { id: admin.id } } });
    expect(reg.hasSession(a.id)).toBe(true);
    expect(reg.hasSession(b.id)).toBe(false);

    expect(await call(a, 'auth.whoami', {})).toMatchObject({
      ok: true,
      value: { kind: 'operator', operator: { id: admin.id } },
    });
    expect(await call(b, 'auth.whoami', {})).toMatchObject({ ok: true, value: { kind: 'anonymous' } });

    expect(await call(a, 'settings.update', { countyName: '甲县' })).toMatchObject({ ok: true });
    expect(await call(b, 'settings.update', { countyName: '乙县' })).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated' },
    });
    expect((await core.invoke('settings.get', {})).countyName).toBe('甲县');

    // A token the page makes up is just input: it cannot smuggle a session in.
    expect(await call(b, 'auth.signIn', { operatorId: admin.id, pin: '1234' })).toMatchObject({ ok: false });
    expect(reg.hasSession(b.id)).toBe(false);

    // Sign out ends the session for A, and the session row is revoked in core.
    expect(await call(a, 'auth.signOut', {})).toEqual({ ok: true, value: { ok: true } });
    expect(reg.hasSession(a.id)).toBe(false);
    expect(await call(a, 'settings.update', { countyName: '丙县' })).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated' },
    });
    const open = core
      .db()
      .read.prepare('SELECT COUNT(*) AS n FROM sessions WHERE revoked_at IS NULL')
      .get() as { n: number };
    expect(open.n).toBe(0);
  });

  it('forgets a window session when the window is destroyed', async () => {
    const { reg, admin, call } = await setup();
    const a = new FakeWebContents();
    await call(a, 'auth.signIn', { operatorId: admin.id, pin: '0000' });
    expect(reg.hasSession(a.id)).toBe(true);
    a.destroy();
    expect(reg.hasSession(a.id)).toBe(false);
  });

  it('drops a session that core revoked elsewhere (operator deactivated)', async () => {
    const { core, reg, call } = await setup();
    const officer = (await core.invoke('operators.list', {})).find((o) => o.role === 'duty_officer')!;
    const a = new FakeWebContents();
    await call(a, 'auth.signIn', { operatorId: officer.id });
    const { token } = await core.invoke('auth.signIn', {
      operatorId: (await core.invoke('operators.list', {})).find((o) => o.role === 'admin')!.id,
      pin: '0000',
    });
    await core.invoke('operators.update', { id: officer.id, active: false }, core.authenticate(token)!);
    expect(await call(a, 'auth.whoami', {})).toMatchObject({ ok: true, value: { kind: 'anonymous' } });
    expect(reg.hasSession(a.id)).toBe(false);
  });

  it('delivers core events to subscribed windows only, and stops on unsubscribe or destroy', async () => {
    const { core, ipcMain, admin } = await setup();
    const a = new FakeWebContents();
    const b = new FakeWebContents();
    const quiet = new FakeWebContents();
    const evil = new FakeWebContents('https://evil.example/');
    ipcMain.send(a.ipcEvent(), IPC_SUBSCRIBE_CHANNEL);
    ipcMain.send(b.ipcEvent(), IPC_SUBSCRIBE_CHANNEL);
    ipcMain.send(evil.ipcEvent(), IPC_SUBSCRIBE_CHANNEL);

    const { token } = await core.invoke('auth.signIn', { operatorId: admin.id, pin: '0000' });
    const actor = core.authenticate(token)!;
    await core.invoke('settings.update', { countyName: '甲县' }, actor);
    expect(events(a)).toEqual(['settings.changed']);
    expect(events(b)).toEqual(['settings.changed']);
    expect(events(quiet)).toEqual([]);
    expect(events(evil)).toEqual([]);
    expect(a.sent[0]!.args[0]).toMatchObject({ type: 'settings.changed', at: expect.any(String) });

    ipcMain.send(b.ipcEvent(), IPC_UNSUBSCRIBE_CHANNEL);
    a.destroy();
    await core.invoke('settings.update', { countyName: '乙县' }, actor);
    expect(events(a)).toEqual(['settings.changed']);
    expect(events(b)).toEqual(['settings.changed']);

    // A subscribed window whose page somehow left our origin gets nothing.
    const c = new FakeWebContents();
    ipcMain.send(c.ipcEvent(), IPC_SUBSCRIBE_CHANNEL);
    c.url = 'https://evil.example/';
    await core.invoke('settings.update', { countyName: '丙县' }, actor);
    expect(events(c)).toEqual([]);
  });

  it('tells a window nobody signed in to only what the sign-in screen shows', async () => {
    const { core, ipcMain, admin, call } = await setup();
    const signInScreen = new FakeWebContents();
    const desk = new FakeWebContents();
    ipcMain.send(signInScreen.ipcEvent(), IPC_SUBSCRIBE_CHANNEL);
    ipcMain.send(desk.ipcEvent(), IPC_SUBSCRIBE_CHANNEL);
    await call(desk, 'auth.signIn', { operatorId: admin.id, pin: '0000' });
    expect(await call(signInScreen, 'logs.list', { filter: {} })).toMatchObject({
      ok: false,
      error: { code: 'unauthenticated', message: '请先登录' },
    });

    const { token } = await core.invoke('auth.signIn', { operatorId: admin.id, pin: '0000' });
    const actor = core.authenticate(token)!;
    const created = await core.invoke(
      'operators.create',
      { name: '窗口测试员', role: 'duty_officer' },
      actor,
    );
    await core.invoke('logs.add', exampleOf('logs.add'), actor);
    // A signed-in window's events wait for the core to confirm its session.
    await new Promise((r) => setImmediate(r));
    expect(events(desk)).toEqual(expect.arrayContaining(['operators.changed', 'logs.changed']));
    expect(events(signInScreen)).toEqual(['operators.changed']);
    expect(signInScreen.sent[0]!.args[0]).not.toHaveProperty('ids');
    expect(JSON.stringify(signInScreen.sent)).not.toContain(created.id);
  });

  it('dispose removes the handlers and the core subscription', async () => {
    const { core, ipcMain, reg, admin } = await setup();
    const a = new FakeWebContents();
    ipcMain.send(a.ipcEvent(), IPC_SUBSCRIBE_CHANNEL);
    reg.dispose();
    expect(ipcMain.handlers.size).toBe(0);
    expect([...ipcMain.listeners.values()].every((s) => s.size === 0)).toBe(true);
    const { token } = await core.invoke('auth.signIn', { operatorId: admin.id, pin: '0000' });
    await core.invoke('settings.update', { countyName: '甲县' }, core.authenticate(token)!);
    expect(a.sent).toEqual([]);
  });

  it('tells every subscribed window when the core is down and back, signed in or not, after what it was already sent', async () => {
    const { ipcMain, reg, admin, call } = await setup();
    const signInScreen = new FakeWebContents();
    const desk = new FakeWebContents();
    ipcMain.send(signInScreen.ipcEvent(), IPC_SUBSCRIBE_CHANNEL);
    ipcMain.send(desk.ipcEvent(), IPC_SUBSCRIBE_CHANNEL);
    await call(desk, 'auth.signIn', { operatorId: admin.id, pin: '0000' });
    reg.emit({ type: 'desktop.changed', at: 'now' });
    reg.connection('down');
    reg.connection('up');
    await new Promise((r) => setImmediate(r));
    expect(events(desk).slice(-3)).toEqual(['desktop.changed', 'connection.down', 'connection.up']);
    expect(events(signInScreen).slice(-2)).toEqual(['connection.down', 'connection.up']);
  });

  it('while the core cannot say who a window is, its call is refused in words and its session kept', async () => {
    const { core, admin } = await setup();
    const link = inProcessLink(core);
    let down = false;
    const ipcMain = new FakeIpcMain();
    registerIpc(ipcMain, {
      ...link,
      authenticate: (token) =>
        down ? Promise.reject(new CoreUnavailable('errors.core_unavailable')) : link.authenticate(token),
    });
    const wc = new FakeWebContents();
    const call = (method: string, input: unknown) =>
      ipcMain.invoke(wc.ipcEvent(), IPC_CALL_CHANNEL, method, input) as Promise<Result<unknown>>;
    expect((await call('auth.signIn', { operatorId: admin.id, pin: '0000' })).ok).toBe(true);
    down = true;
    expect(await call('settings.get', {})).toMatchObject({
      ok: false,
      error: {
        key: 'errors.core_unavailable',
        message: '后台数据服务正在重启，请稍候再试；本次未做任何变动',
      },
    });
    down = false;
    expect((await call('settings.get', {})).ok).toBe(true);
  });
});
