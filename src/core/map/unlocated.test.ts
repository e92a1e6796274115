import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../actor';
import type { Core } from '../core';
import { signIn, staffedCore } from '../testing';

let core: Core;
let officer: Actor;

beforeAll(async () => {
  ({ core } = await staffedCore());
  officer = await signIn(core, 'duty_officer');
});
afterAll(async () => {
  await core.close();
});

const put = (kind: 'shelter' | 'geohazard', name: string, point: [number, number] | null) =>
  core.invoke(
    'facilities.upsert',
    {
      kind,
      name,
      address: '',
      townCode: null,
      point,
      capacity: 100,
      households: null,
      contact: '',
      phone: '',
      notes: '',
    },
    officer,
  );

describe('facilities the map cannot show', () => {
  it('are counted by kind beside what the map draws, and the register lists exactly them', async () => {
    await put('shelter', '城关广场避难场所', [111.52, 27.46]);
    await put('shelter', '东湖公园避难场所', null);
    await put('shelter', '第一中学避难场所', null);
    const slope = await put('geohazard', '石坝村滑坡隐患点', null);
    const layers = await core.invoke('map.layers', {});
    expect(layers.facilities.map((f) => f.name)).toEqual(['城关广场避难场所']);
    expect(layers.unlocated).toEqual([
      { kind: 'geohazard', count: 1 },
      { kind: 'shelter', count: 2 },
    ]);
    const shelters = await core.invoke('facilities.list', { kind: 'shelter', unlocated: true });
    expect(shelters.map((f) => f.name).sort()).toEqual(['东湖公园避难场所', '第一中学避难场所']);
    expect((await core.invoke('facilities.list', { unlocated: true })).length).toBe(3);
    // Archived ones are neither drawn nor counted.
    await core.invoke('facilities.archive', { id: slope.id, archived: true }, officer);
    expect((await core.invoke('map.layers', {})).unlocated).toEqual([{ kind: 'shelter', count: 2 }]);
  });
});
