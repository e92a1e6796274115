import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { signIn, staffedCore } from '../testing';

let core: Core;
afterEach(() => core?.close());

describe('desktop methods in core', () => {
  it('answer 仅桌面版可用 once access is granted, and refuse those without it first', async () => {
    ({ core } = await staffedCore());
    const chief = await signIn(core, 'shift_chief');
    const admin = (await core.invoke('operators.list', {})).find((o) => o.role === 'admin')!;
    const adminActor = core.authenticate(
      (await core.invoke('auth.signIn', { operatorId: admin.id, pin: '0000' })).token,
    )!;
    const res = await core.call('desktop.openWall', { displayId: 2 }, adminActor);
    expect(res).toMatchObject({
      ok: false,
      error: { code: 'conflict', key: 'errors.desktop_only', message: '仅桌面版可用' },
    });
    expect(await core.call('desktop.displays', {})).toMatchObject({
      ok: false,
      error: { key: 'errors.desktop_only' },
    });
    expect(await core.call('desktop.closeWall', {}, chief)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});
