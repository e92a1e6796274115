import { afterEach, describe, expect, it } from 'vitest';
import type { FacilityInput } from '../../common/contract/facilities';
import { distanceM, type LonLat } from '../../common/geo/distance';
import { ApiError } from '../../common/result';
import type { Actor } from '../actor';
import type { Core } from '../core';
import { encodeGb18030 } from '../imports/gb18030';
import { gcjToBd, wgsToGcj } from '../imports/known-crs';
import { fingerprint, signIn, staffedCore } from '../testing';

let core: Core;
let officer: Actor;
afterEach(async () => {
  await core?.close();
});

async function setup() {
  ({ core } = await staffedCore());
  officer = await signIn(core, 'duty_officer');
}

const b64 = (b: Uint8Array | string) => Buffer.from(b).toString('base64');

const school = (over: Partial<FacilityInput> = {}): FacilityInput => ({
  kind: 'school',
  name: '青石镇中心小学',
  address: '青石镇石坝村一组',
  townCode: '990101101',
  point: [111.61, 27.57],
  capacity: 860,
  contact: '刘校长',
  phone: '0812-5551234',
  notes: '',
  ...over,
});

async function rejected(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
}

/** True WGS-84 positions in and around the demo county (and one in Beijing, for scale). */
const TRUTH: [string, LonLat][] = [
  ['青石镇中心小学', [111.612345, 27.571234]],
  ['县人民医院', [111.520011, 27.459876]],
  ['白沙镇供水站', [111.402222, 27.601111]],
  ['柳溪镇变电站', [111.70001, 27.33333]],
  ['天安门广场应急避难场所', [116.397499, 39.908722]],
];

describe('the facility register', () => {
  it('creates, lists, filters, edits (audited) and archives facilities', async () => {
    await setup();
    const a = await core.invoke('facilities.upsert', school(), officer);
    expect(a).toMatchObject({ kind: 'school', townName: '青石镇', archived: false, point: [111.61, 27.57] });
    const h = await core.invoke(
      'facilities.upsert',
      school({ kind: 'hospital', name: '青石镇卫生院', capacity: 40, contact: '王院长', point: null }),
      officer,
    );
    expect(await core.invoke('facilities.list', {})).toHaveLength(2);
    expect((await core.invoke('facilities.list', { kind: 'hospital' })).map((f) => f.name)).toEqual([
      '青石镇卫生院',
    ]);
    expect((await core.invoke('facilities.list', { q: '王院长' })).map((f) => f.id)).toEqual([h.id]);
    expect(await core.invoke('facilities.list', { townCode: '990101102' })).toEqual([]);

    const edited = await core.invoke(
      'facilities.upsert',
      { id: a.id, ...school({ capacity: 900 }) },
      officer,
    );
    expect(edited.capacity).toBe(900);
    const audit = core
      .db()
      .read.prepare(
        `SELECT changes_json FROM audit WHERE method = 'facilities.upsert' ORDER BY seq DESC LIMIT 1`,
      )
      .get() as { changes_json: string };
    expect(JSON.parse(audit.changes_json)).toMatchObject([
      { entity: 'facility', id: a.id, before: { capacity: 860 }, after: { capacity: 900 } },
    ]);

    await core.invoke('facilities.archive', { id: h.id, archived: true }, officer);
    expect((await core.invoke('facilities.list', {})).map((f) => f.id)).toEqual([a.id]);
    expect(await core.invoke('facilities.list', { includeArchived: true })).toHaveLength(2);
    expect((await core.invoke('facilities.archive', { id: h.id, archived: false }, officer)).archived).toBe(
      false,
    );
  });

  it('refuses a second unit of the same kind and name, an unknown town, and writes by nobody', async () => {
    await setup();
    await core.invoke('facilities.upsert', school(), officer);
    expect((await rejected(core.invoke('facilities.upsert', school(), officer))).key).toBe(
      'errors.facility_name_taken',
    );
    await core.invoke('facilities.upsert', school({ kind: 'other' }), officer); // other kind: fine
    expect(
      (
        await rejected(
          core.invoke('facilities.upsert', school({ name: 'x', townCode: '990101999' }), officer),
        )
      ).key,
    ).toBe('errors.town_unknown');
    expect((await rejected(core.invoke('facilities.upsert', school({ name: 'y' })))).code).toBe(
      'unauthenticated',
    );
  });

  it('keeps depots with their stock; short items are flagged; a duplicated item is refused', async () => {
    await setup();
    const d = await core.invoke(
      'depots.upsert',
      {
        name: '县应急物资储备库',
        address: '城关街道工业园路 6 号',
        townCode: '990101001',
        point: [111.53, 27.45],
        keeper: '罗保管',
        phone: '13800005555',
        notes: '',
        stock: [
          { item: '帐篷', unit: '顶', quantity: 200, minimum: 100 },
          { item: '冲锋舟', unit: '艘', quantity: 2, minimum: 4 },
        ],
      },
      officer,
    );
    expect(d).toMatchObject({
      short: 1,
      stock: [
        { item: '帐篷', short: false },
        { item: '冲锋舟', short: true },
      ],
    });
    const e = await rejected(
      core.invoke(
        'depots.upsert',
        {
          id: d.id,
          name: d.name,
          address: d.address,
          townCode: d.townCode,
          point: d.point,
          keeper: d.keeper,
          phone: d.phone,
          notes: d.notes,
          stock: [
            { item: '帐篷', unit: '顶', quantity: 1, minimum: 1 },
            { item: '帐篷', unit: '顶', quantity: 2, minimum: 1 },
          ],
        },
        officer,
      ),
    );
    expect(e.key).toBe('errors.stock_duplicate_item');
    expect(e.code).toBe('invalid_input');
    const kept = await core.invoke('depots.list', { q: '冲锋舟' });
    expect(kept[0]!.stock).toHaveLength(2);
  });
});

describe('importing the registers', () => {
  it('knows the new kinds by the words registers use, with capacity and households by their own headers', async () => {
    await setup();
    const csv = [
      '类别,名称,受威胁人数,受威胁户数',
      '应急避难场所,滨江公园,12000,',
      '加油站,中石化城北加油站,60,',
      '危险化学品企业,青岚化工,860,',
      '滑坡,石坝村滑坡隐患点,126,35',
      '地灾隐患点,杨柳村崩塌隐患点,40,11',
      '水库,双河水库,2600,',
      '堤防,青岚江堤防,,',
      '其他重点单位,县文化艺术中心,1200,',
    ].join('\n');
    const input = { target: 'facilities', fileName: '重点单位.csv', base64: b64(csv) };
    const p = await core.invoke('imports.preview', input);
    expect(p).toMatchObject({ total: 8, valid: 8, errors: [] });
    expect(p.suggestedMapping).toMatchObject({ kind: 0, name: 1, capacity: 2, households: 3 });
    await core.invoke('imports.commit', { ...input, mapping: p.mapping }, officer);
    const got = (await core.invoke('facilities.list', {})).map((f) => [
      f.name,
      f.kind,
      f.capacity,
      f.households,
    ]);
    expect(got).toEqual(
      expect.arrayContaining([
        ['滨江公园', 'shelter', 12000, null],
        ['中石化城北加油站', 'hazmat', 60, null],
        ['青岚化工', 'hazmat', 860, null],
        ['石坝村滑坡隐患点', 'geohazard', 126, 35],
        ['杨柳村崩塌隐患点', 'geohazard', 40, 11],
        ['双河水库', 'reservoir', 2600, null],
        ['青岚江堤防', 'reservoir', null, null],
        ['县文化艺术中心', 'other', 1200, null],
      ]),
    );
  });

  it('reads a GB18030 CSV with GCJ-02 coordinates and puts every point within 10 m of its WGS-84 position', async () => {
    await setup();
    const lines = [
      '重点单位名录（高德坐标）',
      '单位类型,单位名称,所属乡镇,详细地址,经度,纬度,在校学生数,联系人,值班电话',
      ...TRUTH.map(([name, p], i) => {
        const [lon, lat] = wgsToGcj(p);
        return `${i === 1 ? '医院' : i === 2 ? '水厂' : i === 3 ? '变电站' : '学校'},${name},${i < 2 ? '青石镇' : ''},某地,${lon.toFixed(6)},${lat.toFixed(6)},${100 + i},张${i},0812-555${i}000`;
      }),
    ];
    const bytes = encodeGb18030(lines.join('\r\n'));
    const input = {
      target: 'facilities',
      fileName: '重点单位.csv',
      base64: b64(bytes),
      options: { crs: 'gcj02' as const },
    };
    const p = await core.invoke('imports.preview', input);
    expect(p).toMatchObject({
      format: 'csv',
      encoding: 'gb18030',
      headerRow: 2,
      total: 5,
      valid: 5,
      errors: [],
      crs: 'gcj02',
    });
    expect(p.suggestedMapping).toMatchObject({
      kind: 0,
      name: 1,
      town: 2,
      address: 3,
      lon: 4,
      lat: 5,
      capacity: 6,
      contact: 7,
      phone: 8,
    });
    // The preview shows the file as it is.
    expect(p.rows[0]!.values.lon).toBe(wgsToGcj(TRUTH[0]![1])[0].toFixed(6));

    expect(await core.invoke('imports.commit', { ...input, mapping: p.mapping }, officer)).toEqual({
      created: 5,
      updated: 0,
    });
    const stored = await core.invoke('facilities.list', {});
    for (const [name, truth] of TRUTH) {
      const f = stored.find((x) => x.name === name)!;
      expect(distanceM(f.point!, truth), name).toBeLessThan(10);
      // Taken as WGS-84 it would be hundreds of metres off (in China).
      if (truth[0] < 120) expect(distanceM(wgsToGcj(truth), truth)).toBeGreaterThan(200);
    }
    expect(stored.find((x) => x.name === '县人民医院')).toMatchObject({
      kind: 'hospital',
      townName: '青石镇',
      capacity: 101,
    });
  });

  it('converts BD-09 too, and leaves WGS-84 as it is', async () => {
    await setup();
    const csv = (crsOf: (p: LonLat) => LonLat) =>
      [
        '类型,名称,经度,纬度',
        ...TRUTH.map(([n, p]) => `学校,${n},${crsOf(p)[0].toFixed(7)},${crsOf(p)[1].toFixed(7)}`),
      ].join('\n');
    const run = async (text: string, crs: 'bd09' | 'wgs84') => {
      const input = { target: 'facilities', fileName: 'x.csv', base64: b64(text), options: { crs } };
      const p = await core.invoke('imports.preview', input);
      await core.invoke('imports.commit', { ...input, mapping: p.mapping }, officer);
    };
    await run(
      csv((p) => gcjToBd(wgsToGcj(p))),
      'bd09',
    );
    for (const [name, truth] of TRUTH)
      expect(
        distanceM((await core.invoke('facilities.list', { q: name }))[0]!.point!, truth),
        name,
      ).toBeLessThan(10);
    await run(
      csv((p) => p),
      'wgs84',
    );
    for (const [name, truth] of TRUTH)
      expect((await core.invoke('facilities.list', { q: name }))[0]!.point).toEqual(truth);
  });

  it('refuses a file with three bad rows, naming those rows, and imports nothing', async () => {
    await setup();
    const csv = [
      '类型,名称,乡镇,经度,纬度,规模,联系电话',
      '学校,城关小学,城关街道,111.52,27.46,1200,0812-5550001', // row 2 ok
      '商场,万达广场,城关街道,111.52,27.46,,', // row 3: unknown kind
      '医院,县人民医院,城关街道,111.52,,600,', // row 4: latitude missing
      '供水,县第一水厂,城关街道,111.53,27.45,六万,', // row 5: capacity not a number
      '供电,城关变电站,城关街道,111.54,27.44,,', // row 6 ok
    ].join('\n');
    const before = fingerprint(core);
    const input = { target: 'facilities', fileName: '有错.csv', base64: b64(csv) };
    const p = await core.invoke('imports.preview', input);
    expect(p.total).toBe(5);
    expect(p.valid).toBe(2);
    expect([...new Set(p.errors.map((e) => e.row))]).toEqual([3, 4, 5]);
    expect(p.errors.map((e) => [e.row, e.field, e.key])).toEqual([
      [3, 'kind', 'errors.import_unknown_value'],
      [4, 'lat', 'errors.import_point_pair'],
      [5, 'capacity', 'errors.import_not_whole_number'],
    ]);
    expect(p.errors[0]!.message).toBe('无法识别的值“商场”');
    const e = await rejected(
      core.invoke(
        'facilities.import',
        { fileName: input.fileName, base64: input.base64, mapping: p.mapping },
        officer,
      ),
    );
    expect(e.key).toBe('errors.import_has_errors');
    expect((e.details as { errors: { row: number }[] }).errors.map((x) => x.row)).toEqual([3, 4, 5]);
    expect(fingerprint(core)).toBe(before);
  });

  it('facilities.import is the shared commit: updates by kind and name, restores archived lines, audited under its name', async () => {
    await setup();
    const a = await core.invoke('facilities.upsert', school({ capacity: 1 }), officer);
    await core.invoke('facilities.archive', { id: a.id, archived: true }, officer);
    const csv = '类型,名称,规模\n学校,青石镇中心小学,870\n医院,县中医医院,320\n';
    const p = await core.invoke('imports.preview', {
      target: 'facilities',
      fileName: 'f.csv',
      base64: b64(csv),
    });
    expect(p.rows.map((r) => r.action)).toEqual(['update', 'create']);
    expect(
      await core.invoke(
        'facilities.import',
        { fileName: 'f.csv', base64: b64(csv), mapping: p.mapping },
        officer,
      ),
    ).toEqual({
      created: 1,
      updated: 1,
    });
    const list = await core.invoke('facilities.list', {});
    expect(list.find((f) => f.id === a.id)).toMatchObject({ capacity: 870, archived: false, point: null });
    const audit = core
      .db()
      .read.prepare(`SELECT count(*) AS n FROM audit WHERE method = 'facilities.import'`)
      .get() as { n: number };
    expect(audit.n).toBe(1);
  });

  it('imports depots, then their stock by depot name; an unknown depot is a row error', async () => {
    await setup();
    const depots =
      '储备库名称,乡镇,经度,纬度,保管员,联系电话\n县应急物资储备库,城关街道,111.53,27.45,罗保管,13800005555\n';
    let p = await core.invoke('imports.preview', {
      target: 'depots',
      fileName: 'd.csv',
      base64: b64(depots),
    });
    expect(p.errors).toEqual([]);
    await core.invoke(
      'imports.commit',
      { target: 'depots', fileName: 'd.csv', base64: b64(depots), mapping: p.mapping },
      officer,
    );
    const stock =
      '储备库,物资名称,单位,数量,最低储备\n县应急物资储备库,帐篷,顶,"1,200",1000\n县应急物资储备库,冲锋舟,艘,3,4\n不存在的库,棉被,床,10,\n';
    p = await core.invoke('imports.preview', { target: 'depotStock', fileName: 's.csv', base64: b64(stock) });
    expect(p.crs).toBeNull();
    expect(p.errors.map((e) => [e.row, e.field, e.key])).toEqual([
      [4, 'depot', 'errors.import_depot_unknown'],
    ]);
    const ok = stock.split('\n').slice(0, 3).join('\n');
    p = await core.invoke('imports.preview', { target: 'depotStock', fileName: 's.csv', base64: b64(ok) });
    await core.invoke(
      'imports.commit',
      { target: 'depotStock', fileName: 's.csv', base64: b64(ok), mapping: p.mapping },
      officer,
    );
    const [d] = await core.invoke('depots.list', {});
    expect(d).toMatchObject({ keeper: '罗保管', short: 1 });
    expect(d!.stock.map((s) => [s.item, s.quantity, s.minimum])).toEqual([
      ['帐篷', 1200, 1000],
      ['冲锋舟', 3, 4],
    ]);
    // The depot sheet again: the depot is updated, its stock kept.
    p = await core.invoke('imports.preview', { target: 'depots', fileName: 'd.csv', base64: b64(depots) });
    expect(p.rows[0]!.action).toBe('update');
    await core.invoke(
      'imports.commit',
      { target: 'depots', fileName: 'd.csv', base64: b64(depots), mapping: p.mapping },
      officer,
    );
    expect((await core.invoke('depots.list', {}))[0]!.stock).toHaveLength(2);
  });

  it('exports the registers to XLSX whose sheets import back as updates', async () => {
    await setup();
    await core.invoke('facilities.upsert', school(), officer);
    await core.invoke(
      'facilities.upsert',
      school({ kind: 'power', name: '城关变电站', townCode: '990101001', capacity: null }),
      officer,
    );
    const x = await core.invoke('facilities.export', {});
    expect(x).toMatchObject({ rows: 2, mime: expect.stringContaining('spreadsheetml') });
    expect(x.fileName).toMatch(/^重点单位-\d{12}\.xlsx$/);
    const p = await core.invoke('imports.preview', {
      target: 'facilities',
      fileName: x.fileName,
      base64: x.base64,
    });
    expect(p).toMatchObject({ format: 'xlsx', total: 2, errors: [] });
    expect(p.rows.map((r) => r.action)).toEqual(['update', 'update']);
    expect(p.rows[0]!.values).toMatchObject({ kind: '学校', town: '青石镇', lon: '111.61', capacity: '860' });

    await core.invoke(
      'depots.upsert',
      {
        name: '县储备库',
        address: '',
        townCode: null,
        point: null,
        keeper: '',
        phone: '',
        notes: '',
        stock: [{ item: '帐篷', unit: '顶', quantity: 5, minimum: 1 }],
      },
      officer,
    );
    const d = await core.invoke('depots.export', {});
    expect(d.rows).toBe(1);
    const dp = await core.invoke('imports.preview', {
      target: 'depots',
      fileName: d.fileName,
      base64: d.base64,
    });
    expect(dp).toMatchObject({ total: 1, errors: [] });
  });
});
