import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Actor } from '../actor';
import type { AppEvent } from '../../common/events';
import type { Core } from '../core';
import { fingerprint, signIn, staffedCore } from '../testing';
import { parseCsv } from './csv';
import { decodeText } from './decode';

let core: Core;
let officer: Actor;
afterEach(async () => {
  await core?.close();
});

async function setup() {
  ({ core } = await staffedCore());
  officer = await signIn(core, 'duty_officer');
}

const b64 = (b: Buffer | string) => Buffer.from(b).toString('base64');

const CSV = [
  '通讯设备台账（2026年）,,,,,,',
  '设备类型,名称,型号,编号,存放位置,保管人,检查周期,交接物品',
  '卫星电话,卫星电话（值班室）,天通 T900,1740-0001,值班室,张伟,每日,是',
  '对讲机,对讲机 1 号,PD780,PD780-01,值班室,李娜,每天,是',
  ',,,,,,,',
  '机房,应急指挥中心机房,,JF-01,三楼,周涛,每3天,否',
  '视频会议系统,视频会议终端,"华为 TE40, 含摄像头",TE40-01,指挥大厅,周涛,每周,否',
].join('\r\n');

describe('decoding and CSV', () => {
  it('reads UTF-8 with or without BOM and GB18030', () => {
    expect(decodeText(Buffer.from('\ufeff名称', 'utf8'))).toEqual({ text: '名称', encoding: 'utf-8' });
    expect(decodeText(Buffer.from('名称', 'utf8')).encoding).toBe('utf-8');
    // 名称 in GB18030 (GBK): C3FB B3C6.
    expect(decodeText(Buffer.from([0xc3, 0xfb, 0xb3, 0xc6]))).toEqual({ text: '名称', encoding: 'gb18030' });
  });

  it('parses quotes, embedded commas and newlines, and semicolon files', () => {
    expect(parseCsv('a,"b, c","d ""e"""\n"x\ny",z')).toEqual([
      ['a', 'b, c', 'd "e"'],
      ['x\ny', 'z'],
    ]);
    expect(parseCsv('a;b;c\r\n1;2;3\r\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });
});

describe('imports.preview', () => {
  it('finds the header under a title row, maps Chinese headers, and writes nothing', async () => {
    await setup();
    const before = fingerprint(core);
    const p = await core.invoke('imports.preview', {
      target: 'equipment',
      fileName: '台账.csv',
      base64: b64(CSV),
    });
    expect(p).toMatchObject({
      format: 'csv',
      encoding: 'utf-8',
      headerRow: 2,
      total: 4,
      valid: 4,
      errors: [],
    });
    expect(p.suggestedMapping).toMatchObject({
      kind: 0,
      name: 1,
      model: 2,
      serial: 3,
      location: 4,
      custodianA: 5,
      interval: 6,
      handover: 7,
      custodianB: null,
    });
    expect(p.rows.map((r) => r.row)).toEqual([3, 4, 6, 7]);
    expect(p.rows[3]!.values.model).toBe('华为 TE40, 含摄像头');
    expect(fingerprint(core)).toBe(before);
  });

  it('reports row-level problems with spreadsheet row numbers, in the bureau’s language', async () => {
    await setup();
    const bad = [
      '类型,名称,编号,检查周期,状态,经度,纬度',
      '卫星电话,,S1,每日,在用,,',
      '步话机,对讲机,R1,每日,在用,,',
      '对讲机,对讲机 2,R2,每季,坏了,111.5,',
      '对讲机,对讲机 3,R2,每周,在用,,',
    ].join('\n');
    const p = await core.invoke('imports.preview', {
      target: 'equipment',
      fileName: 'x.csv',
      base64: b64(bad),
    });
    expect(p.valid).toBe(1);
    expect(p.errors.map((e) => [e.row, e.field, e.key])).toEqual([
      [2, 'name', 'errors.field.blank'],
      [3, 'kind', 'errors.import_unknown_value'],
      [4, 'interval', 'errors.import_not_interval'],
      [4, 'status', 'errors.import_unknown_value'],
      [4, 'lat', 'errors.import_point_pair'],
    ]);
    expect(p.errors[1]!.message).toBe('无法识别的值“步话机”');
    // Nothing written on commit while any row is wrong.
    const before = fingerprint(core);
    await expect(
      core.invoke(
        'imports.commit',
        { target: 'equipment', fileName: 'x.csv', base64: b64(bad), mapping: p.mapping },
        officer,
      ),
    ).rejects.toMatchObject({ code: 'invalid_input', key: 'errors.import_has_errors', params: { count: 5 } });
    expect(fingerprint(core)).toBe(before);
  });

  it('flags duplicates within the file and follows a mapping the user chose', async () => {
    await setup();
    const csv = ['A,B,C', '对讲机,对讲机 1,R1', '对讲机,对讲机 1（重复）,R1'].join('\n');
    const p = await core.invoke('imports.preview', {
      target: 'equipment',
      fileName: 'x.csv',
      base64: b64(csv),
      mapping: { kind: 0, name: 1, serial: 2 },
    });
    expect(p.headerRow).toBe(1);
    expect(p.errors).toEqual([
      expect.objectContaining({
        row: 3,
        field: 'serial',
        key: 'errors.import_duplicate_in_file',
        params: { other: 2 },
      }),
    ]);
    await expect(
      core.invoke('imports.preview', {
        target: 'equipment',
        fileName: 'x.csv',
        base64: b64(csv),
        mapping: { kind: 9 },
      }),
    ).rejects.toMatchObject({ key: 'errors.import_column_unknown' });
    await expect(
      core.invoke('imports.preview', { target: 'nosuch', fileName: 'x.csv', base64: b64(csv) }),
    ).rejects.toMatchObject({ code: 'not_found', key: 'errors.import_target_unknown' });
  });

  it('refuses files it cannot read', async () => {
    await setup();
    await expect(
      core.invoke('imports.preview', {
        target: 'equipment',
        fileName: 'x.xlsx',
        base64: b64(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])),
      }),
    ).rejects.toMatchObject({ key: 'errors.import_unreadable' });
    await expect(
      core.invoke('imports.preview', { target: 'equipment', fileName: 'x.csv', base64: b64('类型,名称\n') }),
    ).rejects.toMatchObject({ key: 'errors.import_empty' });
  });
});

describe('imports.commit', () => {
  it('writes all rows in one transaction, audited, and an export imports back as updates', async () => {
    await setup();
    const preview = await core.invoke('imports.preview', {
      target: 'equipment',
      fileName: '台账.csv',
      base64: b64(CSV),
    });
    const res = await core.invoke(
      'imports.commit',
      { target: 'equipment', fileName: '台账.csv', base64: b64(CSV), mapping: preview.mapping },
      officer,
    );
    expect(res).toEqual({ created: 4, updated: 0 });
    const list = await core.invoke('equipment.list', {});
    expect(list.map((e) => [e.kind, e.interval, e.handover])).toEqual([
      ['satellite_phone', { kind: 'daily' }, true],
      ['radio', { kind: 'daily' }, true],
      ['machine_room', { kind: 'days', days: 3 }, false],
      ['video_conf', { kind: 'weekly' }, false],
    ]);
    const audit = core
      .db()
      .read.prepare(`SELECT changes_json FROM audit WHERE method = 'imports.commit'`)
      .all();
    expect(audit).toHaveLength(1);

    // Round trip: export, change one cell in Excel, import back.
    const x = await core.invoke('equipment.export', {});
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(x.base64, 'base64') as unknown as ArrayBuffer);
    wb.worksheets[0]!.getCell('E2').value = '指挥大厅';
    const edited = Buffer.from(await wb.xlsx.writeBuffer());
    const p2 = await core.invoke('imports.preview', {
      target: 'equipment',
      fileName: 'x.xlsx',
      base64: b64(edited),
    });
    expect(p2).toMatchObject({ format: 'xlsx', total: 4, valid: 4, errors: [] });
    expect(p2.rows.every((r) => r.action === 'update')).toBe(true);
    expect(
      await core.invoke(
        'imports.commit',
        { target: 'equipment', fileName: 'x.xlsx', base64: b64(edited), mapping: p2.mapping },
        officer,
      ),
    ).toEqual({ created: 0, updated: 4 });
    expect((await core.invoke('equipment.list', {}))[0]!.location).toBe('指挥大厅');
  });

  it('needs a signed-in operator', async () => {
    await setup();
    await expect(
      core.invoke('imports.commit', {
        target: 'equipment',
        fileName: 'x.csv',
        base64: b64(CSV),
        mapping: {},
      }),
    ).rejects.toMatchObject({ code: 'unauthenticated' });
  });
});

describe('progress of a long import', () => {
  it('preview and commit count off the rows read, the last being all of them', async () => {
    await setup();
    const n = 1200;
    const csv = [
      '设备类型,名称,型号,编号,存放位置,保管人,检查周期,交接物品',
      ...Array.from(
        { length: n },
        (_, i) => `对讲机,对讲机 ${i + 1} 号,PD780,PD-${i + 1},值班室,李娜,每天,否`,
      ),
    ].join('\r\n');
    const events: AppEvent[] = [];
    core.subscribe((e) => events.push(e));
    const input = { target: 'equipment', fileName: '台账.csv', base64: b64(csv) };
    const preview = await core.invoke('imports.preview', input, officer);
    expect(preview).toMatchObject({ total: n, valid: n });
    await core.invoke('imports.commit', { ...input, mapping: preview.mapping }, officer);
    for (const job of ['imports.preview', 'imports.commit']) {
      const seen = events.filter((e) => e.progress?.job === job).map((e) => e.progress!);
      // The first batch always goes (nothing sent yet), and so does the last.
      expect(seen.length).toBeGreaterThanOrEqual(2);
      expect(seen[0]).toEqual({ job, done: 250, total: n });
      expect(seen.at(-1)).toEqual({ job, done: n, total: n });
    }
    expect(await core.invoke('equipment.list', {})).toHaveLength(n);
  });
});
