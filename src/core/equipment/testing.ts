import type { InputOf } from '../../common/contract';
import type { Actor } from '../actor';
import type { Core } from '../core';
import { signIn, staffedCore } from '../testing';

/** Test support for the equipment area's tests (checks, faults, the register). */

/** 10:00 in the county, in the shift since 08:30. */
export const START = '2026-11-29T02:00:00.000Z';

/** The clock these tests' cores run on: a test moves `at`, its afterEach puts it back. */
export const testClock = { at: new Date(START) };
export const opts = { clock: { now: () => testClock.at } };

export const satPhone: InputOf<'equipment.upsert'> = {
  kind: 'satellite_phone',
  name: '卫星电话（1号）',
  model: '天通 T900',
  serial: 'TT-0001',
  location: '值班室',
  point: null,
  custodianA: '张伟',
  custodianB: '李娜',
  interval: { kind: 'daily' },
  status: 'in_use',
  handover: true,
  notes: '',
};

let n = 0;
export const key = () => `k_test_${String(++n).padStart(6, '0')}`;

/** A staffed county with one satellite phone, registered by a duty officer. */
export async function setupEquipment(): Promise<{ core: Core; admin: Actor; officer: Actor; id: string }> {
  const s = await staffedCore(opts);
  const officer = await signIn(s.core, 'duty_officer');
  const eq = await s.core.invoke('equipment.upsert', satPhone, officer);
  return { core: s.core, admin: s.admin, officer, id: eq.id };
}

/** A check of the satellite phone template with the given battery level. */
export const check = (id: string, battery: number, extra: Partial<InputOf<'checks.record'>> = {}) => ({
  clientKey: key(),
  equipmentId: id,
  templateVersion: 1,
  results: [
    { key: 'call', value: true },
    { key: 'battery', value: battery },
    { key: 'charged', value: true },
  ],
  notes: '',
  ...extra,
});
