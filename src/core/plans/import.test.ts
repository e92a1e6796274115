import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../common/result';
import type { Actor } from '../actor';
import type { Core } from '../core';
import { fingerprint, signIn, staffedCore } from '../testing';

let core: Core;
let officer: Actor;
afterEach(async () => {
  await core?.close();
});

/**
 * A 预案汇编 list as a county office keeps it: a title row over the table, 序号 first,
 * the headers in its own words, 印发时间 as real date cells, 备案情况 as dates or words.
 */
async function compilation(rows: (string | number | Date | null)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('预案目录');
  ws.mergeCells('A1:I1');
  ws.getCell('A1').value = '青岚示范县突发事件应急预案汇编目录（2026年）';
  ws.addRow([
    '序号',
    '预案名称',
    '预案类别',
    '牵头单位',
    '印发文号',
    '发文机关',
    '印发时间',
    '备案情况',
    '备注',
  ]);
  for (const r of rows) ws.addRow(r);
  ws.getColumn(7).numFmt = 'yyyy"年"m"月"d"日"';
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe('import of a 预案汇编 list', () => {
  it('reads the county’s headers, dates and kinds, and registers each plan with its version in force', async () => {
    ({ core } = await staffedCore({ clock: { now: () => new Date('2026-09-30T10:00:00+08:00') } }));
    officer = await signIn(core, 'duty_officer');
    const base64 = await compilation([
      [
        1,
        '青岚示范县突发事件总体应急预案',
        '总体预案',
        '县应急管理局',
        '青政发〔2024〕3号',
        '县人民政府',
        d('2024-03-15'),
        '2024年4月2日',
        '',
      ],
      [
        2,
        '青岚示范县防汛抗旱应急预案',
        '专项',
        '县应急管理局',
        '青政办发〔2026〕31号',
        '县人民政府办公室',
        d('2026-09-28'),
        '未备案',
        '',
      ],
      [
        3,
        '青岚示范县突发公共卫生事件应急预案',
        '专项预案',
        '县卫生健康局',
        '青政办发〔2023〕12号',
        '县人民政府办公室',
        d('2023-06-01'),
        '2023/6/20',
        '待修订',
      ],
      [4, '青岚示范县教育系统突发事件应急预案', '部门预案', '县教育局', '', '', null, '', ''],
    ]);
    const input = { target: 'plans', fileName: '预案汇编目录.xlsx', base64 };
    const p = await core.invoke('imports.preview', input, officer);
    expect(p.headerRow).toBe(2);
    expect(p.mapping).toMatchObject({
      name: 1,
      kind: 2,
      ownerUnit: 3,
      docNo: 4,
      issuer: 5,
      issuedOn: 6,
      filedOn: 7,
      notes: 8,
    });
    expect(p.errors).toEqual([]);
    expect(p.valid).toBe(4);
    expect(await core.invoke('imports.commit', { ...input, mapping: p.mapping }, officer)).toEqual({
      created: 4,
      updated: 0,
    });

    const list = await core.invoke('plans.list', {}, officer);
    const byName = new Map(list.map((x) => [x.name, x]));
    expect(byName.get('青岚示范县突发事件总体应急预案')).toMatchObject({
      kind: 'overall',
      domain: 'general',
      current: {
        label: '2024年版',
        status: 'filed',
        docNo: '青政发〔2024〕3号',
        issuedOn: '2024-03-15',
        filedOn: '2024-04-02',
      },
    });
    // Issued two days ago and not filed: the 备案 clock runs across the National Day holiday.
    expect(byName.get('青岚示范县防汛抗旱应急预案')).toMatchObject({
      domain: 'natural',
      current: { status: 'issued', filing: { due: '2026-10-30', daysLeft: 18 } },
    });
    expect(byName.get('青岚示范县突发公共卫生事件应急预案')).toMatchObject({
      domain: 'health',
      notes: '待修订',
      // Issued 2023-06-01: evaluation due three years on, already past.
      evaluation: { due: '2026-06-01', overdue: true },
    });
    expect(byName.get('青岚示范县教育系统突发事件应急预案')).toMatchObject({
      kind: 'department',
      current: null,
      drill: null,
    });

    // The same list again updates the plans and adds no second version.
    expect(await core.invoke('imports.commit', { ...input, mapping: p.mapping }, officer)).toEqual({
      created: 0,
      updated: 4,
    });
    expect((await core.invoke('plans.list', {}, officer)).reduce((n, x) => n + x.versionCount, 0)).toBe(3);
  });

  it('names each bad cell by row and column, and imports nothing', async () => {
    ({ core } = await staffedCore());
    officer = await signIn(core, 'duty_officer');
    const base64 = await compilation([
      [
        1,
        '青岚示范县地震应急预案',
        '专项',
        '县应急管理局',
        '青政办发〔2025〕7号',
        '县政府办',
        '2025年13月1日',
        '',
        '',
      ],
      [2, '青岚示范县森林火灾应急预案', '特别预案', '县林业局', '', '', null, '', ''],
      [3, '青岚示范县防汛应急预案', '专项', '县应急管理局', '', '', null, '', ''],
      [4, '青岚示范县防汛应急预案', '专项', '县水利局', '', '', null, '', ''],
    ]);
    const input = { target: 'plans', fileName: '预案.xlsx', base64 };
    const p = await core.invoke('imports.preview', input, officer);
    expect(p.errors.map((e) => `${e.row}:${e.field}:${e.message}`)).toEqual([
      '3:issuedOn:无法识别的日期：2025年13月1日',
      '4:kind:无法识别的值“特别预案”',
      '6:name:与第 5 行重复',
    ]);
    const before = fingerprint(core);
    const e = await core
      .invoke('imports.commit', { ...input, mapping: p.mapping }, officer)
      .catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiError);
    expect((e as ApiError).key).toBe('errors.import_has_errors');
    expect(fingerprint(core)).toBe(before);
  });
});
