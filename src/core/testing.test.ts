import { describe, expect, it } from 'vitest';
import { demoCoreWithAdmin, fingerprint } from './testing';

describe('fingerprint', () => {
  it('changes when any row changes, so "unchanged" assertions can fail', async () => {
    const { core, admin } = await demoCoreWithAdmin();
    const before = fingerprint(core);
    expect(fingerprint(core)).toBe(before);
    await core.invoke('settings.update', { shiftChangeTime: '09:00' }, admin);
    expect(fingerprint(core)).not.toBe(before);
    await core.close();
  });
});
