import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distanceM } from '../../common/geo/distance';
import type { Core } from '../core';
import { demoCoreWithAdmin } from '../testing';
import { DEMO_CAUSES } from './causes';
import { DEMO_AREA_CODE } from './county';

/** The demo county read as a newcomer would: nothing in it may contradict itself. */
let core: Core;
beforeAll(async () => {
  ({ core } = await demoCoreWithAdmin());
});
afterAll(() => core.close());

describe('demo data without seams', () => {
  it('gives each incident a cause of its own type (no landslide caused by 用火不慎)', () => {
    const rows = core
      .db()
      .read.prepare(
        `SELECT i.subtype, json_extract(e.data_json, '$.cause') AS cause
           FROM entries e JOIN incidents i ON i.id = e.incident_id WHERE e.kind = 'intake'`,
      )
      .all() as { subtype: keyof typeof DEMO_CAUSES; cause: string }[];
    expect(rows.length).toBeGreaterThan(200);
    const wrong = rows.filter((r) => !DEMO_CAUSES[r.subtype].includes(r.cause));
    expect(wrong).toEqual([]);
    const landslides = rows.filter((r) => r.subtype === 'landslide');
    expect(landslides.length).toBeGreaterThan(0);
    expect(landslides.some((r) => /火|车辆/.test(r.cause))).toBe(false);
  });

  it('uses one area code for every landline: operators, facilities, depots, contacts, equipment', () => {
    const db = core.db().read;
    const phones = [
      ...db.prepare('SELECT phone FROM operators').all(),
      ...db.prepare('SELECT phone FROM facilities').all(),
      ...db.prepare('SELECT phone FROM depots').all(),
      ...db.prepare('SELECT phone FROM roster_contacts').all(),
      ...db.prepare('SELECT name AS phone FROM equipment').all(),
    ].map((r) => (r as { phone: string }).phone);
    const codes = new Set(phones.flatMap((p) => /\b(0\d{2,3})-\d{7,8}\b/.exec(p)?.[1] ?? []));
    expect(codes).toEqual(new Set([DEMO_AREA_CODE]));
  });

  it('registers every facility kind, shelters with places and hazard points with persons and households', async () => {
    const all = await core.invoke('facilities.list', {});
    const of = (k: string) => all.filter((f) => f.kind === k);
    expect(of('shelter').length).toBeGreaterThanOrEqual(10);
    expect(of('shelter').every((f) => (f.capacity ?? 0) > 0)).toBe(true);
    expect(of('geohazard').length).toBeGreaterThanOrEqual(10);
    for (const f of of('geohazard')) {
      expect(f.households).toBeGreaterThan(0);
      expect(f.capacity).toBeGreaterThanOrEqual(f.households!);
    }
    expect(of('hazmat').length).toBeGreaterThanOrEqual(5);
    expect(of('reservoir').length).toBeGreaterThanOrEqual(4);
    expect(of('other').length).toBeGreaterThanOrEqual(1);
    // Each lies in the town it is registered to, or near it (the seat's surroundings).
    const towns = await core.invoke('geo.towns', {});
    for (const f of all) {
      const t = towns.find((x) => x.code === f.townCode)!;
      expect(distanceM(t.seat, f.point!)).toBeLessThan(6000);
    }
  });
});
