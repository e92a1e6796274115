import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../common/domain/roles';
import { LOCALES } from '../../common/domain/roles';
import { label } from '../../common/i18n/domain-labels';
import type { Core } from '../core';
import type { Actor } from '../actor';
import { demoCoreWithAdmin } from '../testing';

const HAN = /[\u4e00-\u9fff]/;

interface Exported {
  fileName: string;
  base64: string;
}

async function sheetsOf(x: Exported): Promise<{ name: string; header: string[] }[]> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(x.base64, 'base64') as unknown as ArrayBuffer);
  return wb.worksheets.map((ws) => ({
    name: ws.name,
    header: (ws.getRow(1).values as unknown[]).slice(1).map(String),
  }));
}

let core: Core;
let admin: Actor;
const month = new Date().toISOString().slice(0, 7);

beforeAll(async () => {
  ({ core, admin } = await demoCoreWithAdmin());
}, 60_000);
afterAll(() => core.close());

/** Every export core makes, in the data set's language (made once per language: a demo county is slow). */
const made = new Map<Locale, Awaited<ReturnType<typeof make>>>();
async function exportsIn(locale: Locale) {
  if (!made.has(locale)) made.set(locale, await make(locale));
  return made.get(locale)!;
}
async function make(locale: Locale) {
  await core.invoke('settings.update', { locale }, admin);
  return {
    log: await core.invoke('logs.export', { filter: {}, format: 'xlsx' }, admin),
    csv: await core.invoke('logs.export', { filter: {}, format: 'csv' }, admin),
    roster: await core.invoke('roster.export', { month }, admin),
    equipment: await core.invoke('equipment.export', {}, admin),
    facilities: await core.invoke('facilities.export', {}, admin),
    depots: await core.invoke('depots.export', {}, admin),
  };
}

describe('exports speak the data set’s language, from the catalogs', () => {
  it('zh-CN: the names and headers the bureau has always had', async () => {
    const x = await exportsIn('zh-CN');
    expect(x.log.fileName).toMatch(/^值班日志-\d{12}\.xlsx$/);
    expect(x.csv.fileName).toMatch(/^值班日志-\d{12}\.csv$/);
    expect(x.roster.fileName).toMatch(new RegExp(`^值班表-${month}-\\d{12}\\.xlsx$`));
    expect(x.equipment.fileName).toMatch(/^通讯设备台账-\d{12}\.xlsx$/);
    expect(x.facilities.fileName).toMatch(/^重点单位-\d{12}\.xlsx$/);
    expect(x.depots.fileName).toMatch(/^应急物资储备库-\d{12}\.xlsx$/);
    const log = await sheetsOf(x.log);
    expect(log[0]).toMatchObject({ name: '值班日志' });
    expect(log[0]!.header.slice(0, 3)).toEqual(['发生时间', '类别', '事件编号']);
    expect(Buffer.from(x.csv.base64, 'base64').toString('utf8')).toContain('"发生时间","类别","事件编号"');
    expect((await sheetsOf(x.roster))[0]).toMatchObject({
      name: `值班表${month}`,
      header: [
        '日期',
        '班次',
        '带班领导',
        '值班长',
        '值班员',
        '星期',
        '开始',
        '结束',
        '带班领导电话',
        '值班长电话',
        '值班员电话',
      ],
    });
    expect((await sheetsOf(x.equipment))[0]!.header.slice(0, 2)).toEqual(['设备类型', '设备名称']);
    expect((await sheetsOf(x.depots)).map((s) => s.name)).toEqual(['储备库', '物资库存']);
  });

  it('en-US: no Chinese in any file name, sheet name or header', async () => {
    const x = await exportsIn('en-US');
    expect(x.log.fileName).toMatch(/^duty-log-\d{12}\.xlsx$/);
    expect(x.roster.fileName).toMatch(new RegExp(`^roster-${month}-\\d{12}\\.xlsx$`));
    const all = [x.log, x.roster, x.equipment, x.facilities, x.depots];
    for (const f of all) {
      expect(f.fileName).not.toMatch(HAN);
      for (const s of await sheetsOf(f)) {
        expect(s.name, f.fileName).not.toMatch(HAN);
        expect(
          s.header.filter((h) => HAN.test(h)),
          `${f.fileName} ${s.name}`,
        ).toEqual([]);
      }
    }
    expect((await sheetsOf(x.roster))[0]!.name).toBe(`Roster ${month}`);
    expect((await sheetsOf(x.depots)).map((s) => s.name)).toEqual(['Depots', 'Stock']);
    const csv = Buffer.from(x.csv.base64, 'base64').toString('utf8');
    expect(csv.split('\r\n')[0]).toBe(
      '\ufeff"Occurred","Kind","Incident no.","Incident","Grade","Status","Content","Recorded by","Entered","Corrections"',
    );
  });

  it('an export in either language imports back: its headers map every required column', async () => {
    for (const locale of LOCALES) {
      const x = await exportsIn(locale);
      for (const [target, file] of [
        ['equipment', x.equipment],
        ['facilities', x.facilities],
        ['depots', x.depots],
        ['roster', x.roster],
      ] as const) {
        const p = await core.invoke(
          'imports.preview',
          { target, fileName: file.fileName, base64: file.base64 },
          admin,
        );
        const unmapped = p.fields.filter((f) => p.mapping[f.key] === null).map((f) => f.key);
        expect(unmapped, `${locale} ${target}`).toEqual([]);
        // The preview's column labels come from the same catalog, both languages at once.
        expect(p.fields[0]!.labels['en-US']).not.toMatch(HAN);
        expect(p.fields[0]!.labels['zh-CN']).toMatch(HAN);
      }
    }
  });

  it('an unnamed column reads as its number in the reader’s language', () => {
    expect(label('zh-CN', 'column.numbered', { n: 3 })).toBe('第 3 列');
    expect(label('en-US', 'column.numbered', { n: 3 })).toBe('Column 3');
  });
});
