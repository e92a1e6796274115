import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { methods } from '../../common/contract';
import { ApiError } from '../../common/result';
import type { Core } from '../core';
import { staffedCore, refusal } from '../testing';

let core: Core | undefined;
afterEach(async () => {
  await core?.close();
  core = undefined;
});

async function county(at = '2026-12-03T02:00:00.000Z') {
  let now = new Date(at);
  const s = await staffedCore({ clock: { now: () => now } });
  core = s.core;
  return { ...s, setNow: (iso: string) => (now = new Date(iso)) };
}

const line = methods['contacts.upsert'].example!;

/** A county's contact sheet as an office keeps it: a title row, its own headers, Chinese words for the kinds. */
async function countySheet(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('应急通讯录');
  ws.addRow(['青岚示范县应急值班通讯录（2026年4月更新）']);
  ws.addRow(['分类', '单位名称', '联系人', '职务', '值班电话', '手机号码', '座机', '乡镇', '是否叫应', '核实日期']);
  ws.addRow(['市级', '市应急管理局', '', '总值班室', '0812-3330110', '', '', '', '否', '2026/4/15']);
  ws.addRow(['县领导', '县人民政府', '张立军', '副县长', '', '13900000001', '', '', '是', '2026年4月15日']);
  ws.addRow(['乡镇', '青石镇人民政府', '刘明', '应急办主任', '0812-5551100', '13800001234', '', '青石镇', '是', '']);
  ws.addRow(['县直部门', '县水利局', '', '防汛值班室', '0812-5552200', '', '', '', '', '2025-11-30']);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

describe('通讯录', () => {
  it('keeps one line per unit and person, with at least one phone, and archives instead of deleting', async () => {
    const { core, admin } = await county();
    const saved = await core.invoke('contacts.upsert', line, admin);
    expect(saved).toMatchObject({ unit: '市应急管理局', category: 'superior', dutyPhone: '0812-3330110', archived: false });
    const twice = await refusal(core.invoke('contacts.upsert', { ...line, dutyPhone: '0812-1' }, admin));
    expect(twice?.key).toBe('errors.contact_taken');
    const noPhone = await refusal(
      core.invoke('contacts.upsert', { ...line, unit: '县气象局', dutyPhone: '', mobile: '', officePhone: '' }, admin),
    );
    expect(noPhone?.key).toBe('errors.contact_no_phone');
    const badTown = await refusal(core.invoke('contacts.upsert', { ...line, unit: '某村', townCode: '999999999' }, admin));
    expect(badTown).toBeInstanceOf(ApiError);
    expect(await core.invoke('contacts.list', {})).toHaveLength(1);
    await core.invoke('contacts.archive', { id: saved.id, archived: true }, admin);
    expect(await core.invoke('contacts.list', {})).toHaveLength(0);
    expect(await core.invoke('contacts.list', { includeArchived: true })).toHaveLength(1);
  });

  it('imports a county sheet with its own headers and words, then exports what imports back', async () => {
    const { core, admin } = await county();
    const input = { target: 'contacts', fileName: '应急通讯录.xlsx', base64: await countySheet() };
    const p = await core.invoke('imports.preview', input);
    expect(p).toMatchObject({ headerRow: 2, total: 4, valid: 4, errors: [] });
    await core.invoke('imports.commit', { ...input, mapping: p.mapping }, admin);
    const got = await core.invoke('contacts.list', {});
    expect(got.map((c) => [c.category, c.unit, c.person, c.callList, c.reviewedOn, c.townName])).toEqual([
      ['superior', '市应急管理局', '', false, '2026-04-15', null],
      ['county_leader', '县人民政府', '张立军', true, '2026-04-15', null],
      ['department', '县水利局', '', false, '2025-11-30', null],
      ['town', '青石镇人民政府', '刘明', true, null, '青石镇'],
    ]);
    const file = await core.invoke('contacts.export', {}, admin);
    expect(file.rows).toBe(4);
    // The export imports back over the same lines: nothing new, every line updated.
    const back = { target: 'contacts', fileName: file.fileName, base64: file.base64 };
    const again = await core.invoke('imports.preview', back);
    expect(again).toMatchObject({ total: 4, valid: 4, errors: [] });
    expect(await core.invoke('imports.commit', { ...back, mapping: again.mapping }, admin)).toEqual({
      created: 0,
      updated: 4,
    });
  });

  it('names the rows of a sheet that cannot be read, and imports nothing', async () => {
    const { core, admin } = await county();
    const csv = ['类别,单位,值班电话,叫应名单', '乡镇,青石镇人民政府,0812-5551100,也许', '部委,国家某部,010-1,否', '县直部门,县水利局,,否'].join(
      '\n',
    );
    const input = { target: 'contacts', fileName: '通讯录.csv', base64: Buffer.from(csv).toString('base64') };
    const p = await core.invoke('imports.preview', input);
    expect(p.valid).toBe(0);
    expect(p.errors.map((e) => [e.row, e.field, e.key])).toEqual([
      [2, 'callList', 'errors.import_not_yes_no'],
      [3, 'category', 'errors.import_unknown_value'],
      [4, 'dutyPhone', 'errors.contact_no_phone'],
    ]);
    const refused = await refusal(core.invoke('imports.commit', { ...input, mapping: p.mapping }, admin));
    expect(refused).toBeInstanceOf(ApiError);
    expect(await core.invoke('contacts.list', {})).toEqual([]);
  });

  it('reminds a yearly review per kind of unit, and a review moves it on', async () => {
    const { core, admin, setNow } = await county();
    const reminders = async () =>
      (await core.invoke('reminders.list', {}, admin)).items.filter((r) => r.source === 'contacts.reviewDue');
    const a = await core.invoke('contacts.upsert', { ...line, reviewedOn: '2026-01-10' }, admin);
    await core.invoke('contacts.upsert', { ...line, unit: '市防汛办', reviewedOn: '2026-03-01' }, admin);
    // Due 2027-01-10, shown 30 days before.
    expect(await reminders()).toEqual([]);
    setNow('2026-12-15T02:00:00.000Z');
    expect((await reminders()).map((r) => [r.ref, r.state, r.params])).toEqual([
      ['superior', 'due', { categoryLabel: 'contactCategory.superior', n: 1 }],
    ]);
    await core.invoke('contacts.review', { ids: [a.id] }, admin);
    expect((await core.invoke('contacts.list', {})).find((c) => c.id === a.id)!.reviewedOn).toBe('2026-12-15');
    // The oldest is now 2026-03-01: due 2027-03-01, not yet shown.
    expect(await reminders()).toEqual([]);
    // A line never confirmed is due at once.
    await core.invoke('contacts.upsert', { ...line, unit: '县气象局', reviewedOn: null }, admin);
    expect((await reminders()).map((r) => [r.state, r.params.n])).toEqual([['overdue', 1]]);
    const unknown = await refusal(core.invoke('contacts.review', { ids: [a.id, 'con_nothing'] }, admin));
    expect(unknown?.key).toBe('errors.contact_missing');
  });
});
