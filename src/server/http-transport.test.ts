import { afterEach, describe, expect, it } from 'vitest';
import { createClient, type ConnectionStatus } from '../common/client';
import type { AppEvent } from '../common/events';
import { ApiError } from '../common/result';
import { createHttpTransport } from '../common/transport/http';
import { createCore, type Core } from '../core';
import { startHost, type Host } from './host';
import { demoCore, waitFor } from './testkit';

// The renderer's HTTP transport against the real browser host (src/common cannot import
// the server, so this test lives here; the scripted-fetch tests sit beside the transport).

describe('HTTP transport against the browser host', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const f of cleanup.splice(0).reverse()) await f();
  });

  it('calls methods with the bearer token, and typed errors come through the client', async () => {
    const core = await demoCore({ lan: true });
    const host = await startHost({ core, port: 0, lan: true });
    cleanup.push(
      () => core.close(),
      () => host.close(),
    );
    let unauthorized = 0;
    const transport = createHttpTransport({ baseUrl: host.url, onUnauthorized: () => unauthorized++ });
    const client = createClient(transport);

    await expect(client.call('settings.get', {})).rejects.toMatchObject({ code: 'unauthenticated' });
    expect(unauthorized).toBe(1);
    const admin = (await client.call('operators.list', {})).find((o) => o.role === 'admin')!;
    const wrong = await client
      .call('auth.signIn', { operatorId: admin.id, pin: '1111' })
      .catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(ApiError);
    expect(unauthorized).toBe(1);
    const { token } = await client.call('auth.signIn', { operatorId: admin.id, pin: '0000' });
    client.setToken(token);
    expect(await client.call('auth.whoami', {})).toMatchObject({
      kind: 'operator',
      operator: { id: admin.id },
    });
    await expect(client.call('settings.update', { shiftChangeTime: '25:00' })).rejects.toMatchObject({
      code: 'invalid_input',
    });
  });

  it('answers errors.network when nothing listens', async () => {
    const core = await demoCore();
    const host = await startHost({ core, port: 0 });
    const url = host.url;
    await host.close();
    await core.close();
    const res = await createHttpTransport({ baseUrl: url }).call('system.info', {});
    expect(res).toEqual({
      ok: false,
      error: { code: 'internal', key: 'errors.network', message: '无法连接到服务，请检查程序是否在运行' },
    });
  });

  it('reconnects after the host restarts on the same port and reports open again', async () => {
    let core: Core = await demoCore();
    const dataDir = core.dataDir;
    let host: Host = await startHost({ core, port: 0 });
    const port = host.port;
    cleanup.push(
      () => core.close(),
      () => host.close(),
    );

    const transport = createHttpTransport({ baseUrl: host.url });
    const statuses: ConnectionStatus[] = [];
    const events: AppEvent[] = [];
    const off = transport.subscribe(
      (ev) => events.push(ev),
      (s) => statuses.push(s),
    );
    cleanup.push(async () => off());
    await waitFor(() => statuses.at(-1) === 'open');
    expect(statuses).toEqual(['connecting', 'open']);

    // The host goes away (an update, a crash, a restart of the service)...
    await host.close();
    await core.close();
    await waitFor(() => statuses.includes('closed'));
    // ...and comes back on the same port with the same data.
    core = createCore({ dataDir, backups: false });
    host = await startHost({ core, port });
    const t0 = Date.now();
    await waitFor(() => statuses.at(-1) === 'open', 8000);
    const reopenMs = Date.now() - t0;
    const afterFirstOpen = statuses.slice(2);
    expect(afterFirstOpen[0]).toBe('closed');
    expect(afterFirstOpen).toContain('connecting');
    expect(afterFirstOpen.at(-1)).toBe('open');
    // Backoff starts at 0.5 s and is capped at 5 s.
    expect(reopenMs).toBeLessThan(5500);

    // Events flow again on the new stream.
    const token = await (async () => {
      const ops = await transport.call('operators.list', {});
      const admin = (ops.ok ? (ops.value as { id: string; role: string }[]) : []).find(
        (o) => o.role === 'admin',
      )!;
      const signIn = await transport.call('auth.signIn', { operatorId: admin.id, pin: '0000' });
      return signIn.ok ? (signIn.value as { token: string }).token : '';
    })();
    transport.setToken(token);
    await waitFor(() => statuses.at(-1) === 'open');
    const created = await transport.call('operators.create', { name: '重连后新增', role: 'duty_officer' });
    expect(created.ok).toBe(true);
    const id = created.ok ? (created.value as { id: string }).id : '';
    await waitFor(() => events.some((e) => e.type === 'operators.changed' && e.ids?.includes(id)));
  });
});
