import { describe, expect, it } from 'vitest';
import { anonymous } from '../actor';
import { demoCoreWithAdmin } from '../testing';

describe('operators and sign-in', () => {
  it('signs in with a PIN, refuses a wrong one, and locks after five tries', async () => {
    const { core, admin } = await demoCoreWithAdmin();
    const op = await core.invoke(
      'operators.create',
      { name: '钱值班', role: 'shift_chief', pin: '1357' },
      admin,
    );
    const noPin = await core.call('auth.signIn', { operatorId: op.id });
    expect(!noPin.ok && noPin.error).toMatchObject({ code: 'unauthenticated', message: '请输入 PIN' });
    for (let i = 0; i < 5; i++) {
      const wrong = await core.call('auth.signIn', { operatorId: op.id, pin: '0000' });
      expect(!wrong.ok && wrong.error.message).toBe('PIN 不正确');
    }
    const locked = await core.call('auth.signIn', { operatorId: op.id, pin: '1357' });
    expect(!locked.ok && locked.error.message).toMatch(/PIN 连续错误次数过多/);
    await core.close();
  });

  it('a correct PIN yields a token that authenticates until sign-out', async () => {
    const { core, admin } = await demoCoreWithAdmin();
    const op = await core.invoke(
      'operators.create',
      { name: '孙值班', role: 'duty_officer', pin: '2468' },
      admin,
    );
    const { token, operator } = await core.invoke('auth.signIn', { operatorId: op.id, pin: '2468' });
    expect(operator.name).toBe('孙值班');
    const actor = core.authenticate(token)!;
    expect(actor).toMatchObject({ kind: 'operator', operatorId: op.id, role: 'duty_officer' });
    expect(await core.invoke('auth.whoami', {}, actor)).toMatchObject({
      kind: 'operator',
      operator: { id: op.id },
    });
    await core.invoke('auth.signOut', {}, actor);
    expect(core.authenticate(token)).toBeNull();
    expect(core.authenticate('op_forged')).toBeNull();
    await core.close();
  });

  it('over the LAN, an operator without a PIN cannot sign in', async () => {
    const { core, admin } = await demoCoreWithAdmin({ lan: true });
    // The demo's operators all have PINs: a newcomer has none yet.
    const officer = await core.invoke('operators.create', { name: '李新来', role: 'duty_officer' }, admin);
    expect(officer.hasPin).toBe(false);
    const res = await core.call('auth.signIn', { operatorId: officer.id }, anonymous, { via: 'lan' });
    expect(!res.ok && res.error.message).toBe('局域网登录需要设置 PIN 的值班人员');
    expect((await core.call('auth.signIn', { operatorId: officer.id }, anonymous, { via: 'http' })).ok).toBe(
      true,
    );
    await core.close();
  });

  it('deactivating an operator ends their sessions; the last admin cannot be demoted', async () => {
    const { core, admin } = await demoCoreWithAdmin();
    const op = await core.invoke('operators.create', { name: '李临时', role: 'duty_officer' }, admin);
    const { token } = await core.invoke('auth.signIn', { operatorId: op.id });
    await core.invoke('operators.update', { id: op.id, active: false }, admin);
    expect(core.authenticate(token)).toBeNull();
    expect((await core.invoke('operators.list', {})).some((o) => o.id === op.id)).toBe(false);
    expect((await core.invoke('operators.list', { includeInactive: true })).some((o) => o.id === op.id)).toBe(
      true,
    );
    const adminId = admin.kind === 'operator' ? admin.operatorId : '';
    const res = await core.call('operators.update', { id: adminId, role: 'leader' }, admin);
    expect(!res.ok && res.error.code).toBe('conflict');
    await core.close();
  });

  it('an operator changes their own PIN only with the current one; an admin resets anyone', async () => {
    const { core, admin } = await demoCoreWithAdmin();
    const op = await core.invoke(
      'operators.create',
      { name: '周换码', role: 'duty_officer', pin: '1111' },
      admin,
    );
    const self = core.authenticate(
      (await core.invoke('auth.signIn', { operatorId: op.id, pin: '1111' })).token,
    )!;
    const bad = await core.call('operators.setPin', { id: op.id, pin: '2222', currentPin: '9999' }, self);
    expect(!bad.ok && bad.error.message).toBe('原 PIN 不正确');
    await core.invoke('operators.setPin', { id: op.id, pin: '2222', currentPin: '1111' }, self);
    expect((await core.call('auth.signIn', { operatorId: op.id, pin: '2222' })).ok).toBe(true);
    const other = (await core.invoke('operators.list', {})).find((o) => o.role === 'leader')!;
    const notMine = await core.call('operators.setPin', { id: other.id, pin: '3333' }, self);
    expect(!notMine.ok && notMine.error.code).toBe('forbidden');
    await core.invoke('operators.setPin', { id: op.id, pin: null }, admin);
    expect((await core.invoke('operators.list', {})).find((o) => o.id === op.id)!.hasPin).toBe(false);
    await core.close();
  });
});
