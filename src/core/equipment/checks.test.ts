import { afterEach, describe, expect, it } from 'vitest';
import type { Core } from '../core';
import { START, check, setupEquipment, testClock } from './testing';

let core: Core;
afterEach(async () => {
  await core?.close();
  testClock.at = new Date(START);
});
async function setup() {
  const s = await setupEquipment();
  core = s.core;
  return s;
}

describe('checks', () => {
  it('results are append-only; a repeated submit is answered, not saved twice', async () => {
    const { officer, id } = await setup();
    const input = check(id, 80);
    const a = await core.invoke('checks.record', input, officer);
    const b = await core.invoke('checks.record', input, officer);
    expect(b).toMatchObject({ replayed: true, check: { id: a.check.id } });
    expect(() => core.db().write.prepare(`UPDATE checks SET passed = 0`).run()).toThrow(/append-only/);
    expect(() => core.db().write.prepare(`DELETE FROM checks`).run()).toThrow(/append-only/);
  });

  it('refuses missing required items, values of the wrong type and unknown items', async () => {
    const { officer, id } = await setup();
    await expect(
      core.invoke('checks.record', { ...check(id, 80), results: [{ key: 'call', value: true }] }, officer),
    ).rejects.toMatchObject({ key: 'errors.check_missing_item' });
    await expect(
      core.invoke('checks.record', { ...check(id, 80), results: [{ key: 'call', value: 'yes' }] }, officer),
    ).rejects.toMatchObject({ key: 'errors.check_bad_value' });
    await expect(
      core.invoke('checks.record', { ...check(id, 80), results: [{ key: 'volume', value: 3 }] }, officer),
    ).rejects.toMatchObject({ key: 'errors.check_unknown_item' });
  });
});
