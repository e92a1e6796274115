import { describe, expect, it } from 'vitest';
import { fingerprint, signIn, staffedCore } from '../testing';

describe('定级与报送 settings', () => {
  it('offers the county’s report recipients and accident thresholds; admins change them, with checks', async () => {
    const { core, admin } = await staffedCore();
    const s = await core.invoke('settings.get', {}, admin);
    expect(s.reportTargets).toContain('市应急管理局');
    expect(s.accidentThresholds.III).toEqual({ dead: 3, injured: 10, lossWan: 1000 });

    const saved = await core.invoke(
      'settings.update',
      {
        reportTargets: ['市应急管理局值班室', '县委总值班室'],
        accidentThresholds: { ...s.accidentThresholds, III: { dead: 2, injured: 8, lossWan: 800 } },
      },
      admin,
    );
    expect(saved.reportTargets).toEqual(['市应急管理局值班室', '县委总值班室']);
    // Read by everyone signed in: the intake suggests from the same thresholds core checks.
    const officer = await signIn(core, 'duty_officer');
    expect((await core.invoke('settings.get', {}, officer)).accidentThresholds.III.dead).toBe(2);

    const before = fingerprint(core);
    const twice = await core.call('settings.update', { reportTargets: ['县委总值班室', '县委总值班室'] }, admin);
    expect(!twice.ok && twice.error.message).toContain('有重复的名称');
    const upsideDown = await core.call(
      'settings.update',
      { accidentThresholds: { ...s.accidentThresholds, II: { dead: 2, injured: 50, lossWan: 5000 } } },
      admin,
    );
    expect(!upsideDown.ok && upsideDown.error.message).toContain('特别重大 > 重大 > 较大');
    const notAdmin = await core.call('settings.update', { reportTargets: [] }, officer);
    expect(notAdmin.ok).toBe(false);
    expect(fingerprint(core)).toBe(before);
    await core.close();
  });
});
