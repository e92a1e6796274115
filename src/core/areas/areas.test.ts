import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { commonAreas } from '../../common/areas';
import { methodNames } from '../../common/contract';
import { coreAreas, coreImportTargets, coreMigrations } from '.';
import { handlers } from '../handlers';

describe('core area manifests', () => {
  it('are one per shared manifest, in the same order', () => {
    expect(coreAreas.map((a) => a.area.id)).toEqual(commonAreas.map((a) => a.id));
    coreAreas.forEach((a, i) => expect(a.area).toBe(commonAreas[i]));
  });

  it('handle every method of the contract exactly once', () => {
    expect(Object.keys(handlers).sort()).toEqual([...methodNames].sort());
  });

  it('list every migration file, each once, numbered 1, 2, 3 … without gaps', () => {
    const dir = path.join(import.meta.dirname, '../db/migrations');
    const files = fs
      .readdirSync(dir)
      .filter((f) => /^\d{3}-.*\.ts$/.test(f) && !f.endsWith('.test.ts'))
      .map((f) => f.replace(/\.ts$/, ''));
    expect(coreMigrations.map((m) => m.version)).toEqual(files.map((_, i) => i + 1));
    // A migration file nobody lists would never run: each file's number is on the list.
    expect(files.map((f) => Number(f.slice(0, 3)))).toEqual(coreMigrations.map((m) => m.version));
  });

  it('offer every import target under its own name', () => {
    expect([...coreImportTargets.keys()].sort()).toEqual([
      'contacts',
      'depotStock',
      'depots',
      'equipment',
      'facilities',
      'plans',
      'roster',
    ]);
  });
});
