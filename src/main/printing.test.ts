import { describe, expect, it } from 'vitest';
import { silentLogger } from '../core';
import { APP_ORIGIN } from './origin';
import {
  createPrinting,
  pdfNameFor,
  PDF_OPTIONS,
  sheetRoute,
  type PrintableWindow,
  type PrintDialogs,
} from './printing';

/** A window whose webContents records print calls and answers them as told (no Electron here). */
function fakeWindow(url: string, printAnswer: [boolean, string] = [true, '']) {
  const calls: { kind: 'print' | 'pdf'; options: unknown }[] = [];
  const win: PrintableWindow = {
    webContents: {
      getURL: () => url,
      print(options, cb) {
        calls.push({ kind: 'print', options });
        setTimeout(() => cb(...printAnswer), 0);
      },
      async printToPDF(options) {
        calls.push({ kind: 'pdf', options });
        return new TextEncoder().encode('%PDF-1.4 fake');
      },
    },
  };
  return { win, calls };
}

/** The app's language, as app.ts reads it from the data set. */
const zh = async () => 'zh-CN' as const;
const en = async () => 'en-US' as const;

function fakeDialogs(savePath: string | null) {
  const messages: string[] = [];
  const saves: { defaultPath: string }[] = [];
  const dialog: PrintDialogs = {
    async showSaveDialog(_w, options) {
      saves.push(options);
      return savePath ? { canceled: false, filePath: savePath } : { canceled: true };
    },
    async showMessageBox(o) {
      messages.push(o.message);
      return {};
    },
  };
  return { dialog, messages, saves };
}

describe('printing sheets from the menu', () => {
  it('knows the sheet routes of the app and names their PDFs', () => {
    expect(sheetRoute(`${APP_ORIGIN}/index.html#/print/handover/2026-11-29`)).toBe(
      'print/handover/2026-11-29',
    );
    expect(sheetRoute(`${APP_ORIGIN}/index.html#/roster/handover`)).toBeNull();
    expect(sheetRoute('https://example.org/#/print/handover/2026-11-29')).toBeNull();
    expect(pdfNameFor('print/handover/2026-11-29-night', 'zh-CN')).toBe(
      '值班交接班记录-2026-11-29-night.pdf',
    );
    expect(pdfNameFor('print/roster/2026-12', 'zh-CN')).toBe('值班表-2026-12.pdf');
    expect(pdfNameFor('print/incident/inc_1', 'zh-CN')).toBe('事件处置记录-inc_1.pdf');
    expect(pdfNameFor('print/equipment?from=2026-11-01&to=2026-11-30', 'zh-CN')).toBe(
      '通讯设备检查记录表-2026-11-01至2026-11-30.pdf',
    );
    expect(pdfNameFor('print/incident/..%2F..%2Fetc', 'zh-CN')).toBe('事件处置记录-.._.._etc.pdf');
  });

  it('打印… opens the system dialog for the sheet on screen, A4 without printer margins', async () => {
    const { win, calls } = fakeWindow(`${APP_ORIGIN}/index.html#/print/handover/2026-11-29`);
    const { dialog } = fakeDialogs(null);
    const p = createPrinting({ focused: () => win, dialog, locale: zh, logger: silentLogger });
    expect(await p.print()).toBe('printed');
    expect(calls).toEqual([
      {
        kind: 'print',
        options: { silent: false, printBackground: true, pageSize: 'A4', margins: { marginType: 'none' } },
      },
    ]);
    const cancelled = fakeWindow(`${APP_ORIGIN}/index.html#/print/roster/2026-11`, [false, 'cancelled']);
    expect(
      await createPrinting({
        focused: () => cancelled.win,
        dialog,
        locale: zh,
        logger: silentLogger,
      }).print(),
    ).toBe('cancelled');
    const failed = fakeWindow(`${APP_ORIGIN}/index.html#/print/roster/2026-11`, [
      false,
      'Printer unavailable',
    ]);
    expect(
      await createPrinting({ focused: () => failed.win, dialog, locale: zh, logger: silentLogger }).print(),
    ).toBe('failed');
  });

  it('另存为 PDF… asks where, prints the route to PDF and writes it', async () => {
    const { win, calls } = fakeWindow(`${APP_ORIGIN}/index.html#/print/handover/2026-11-29`);
    const { dialog, saves } = fakeDialogs('/tmp/out.pdf');
    const written: { path: string; text: string }[] = [];
    const p = createPrinting({
      focused: () => win,
      dialog,
      locale: zh,
      logger: silentLogger,
      writeFile: async (path, data) => {
        written.push({ path, text: new TextDecoder().decode(data) });
      },
    });
    expect(await p.savePdf()).toBe('saved');
    expect(saves[0]).toMatchObject({ defaultPath: '值班交接班记录-2026-11-29.pdf' });
    expect(calls).toEqual([{ kind: 'pdf', options: PDF_OPTIONS }]);
    expect(PDF_OPTIONS).toMatchObject({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true });
    expect(written).toEqual([{ path: '/tmp/out.pdf', text: '%PDF-1.4 fake' }]);

    // Cancelled at the save dialog: nothing printed, nothing written.
    const other = fakeWindow(`${APP_ORIGIN}/index.html#/print/roster/2026-11`);
    const none = fakeDialogs(null);
    expect(
      await createPrinting({
        focused: () => other.win,
        dialog: none.dialog,
        locale: zh,
        logger: silentLogger,
      }).savePdf(),
    ).toBe('cancelled');
    expect(other.calls).toEqual([]);
  });

  it('on a page that is not a sheet (or with no window) it says what to open instead', async () => {
    const { win, calls } = fakeWindow(`${APP_ORIGIN}/index.html#/roster/month`);
    const { dialog, messages } = fakeDialogs('/tmp/x.pdf');
    expect(
      await createPrinting({ focused: () => win, dialog, locale: zh, logger: silentLogger }).print(),
    ).toBe('not-a-sheet');
    expect(
      await createPrinting({ focused: () => null, dialog, locale: zh, logger: silentLogger }).savePdf(),
    ).toBe('not-a-sheet');
    expect(messages).toEqual(['请先打开要打印的表单', '请先打开要打印的表单']);
    expect(calls).toEqual([]);
  });

  it('names the PDF and says what to open in English when the data set is English', async () => {
    expect(pdfNameFor('print/roster/2026-12', 'en-US')).toBe('Duty roster-2026-12.pdf');
    expect(pdfNameFor('print/equipment?from=2026-11-01&to=2026-11-30', 'en-US')).toBe(
      'Equipment check sheet-2026-11-01-to-2026-11-30.pdf',
    );
    expect(pdfNameFor('print/nothing/x', 'en-US')).toBe('print.pdf');
    const sheet = fakeWindow(`${APP_ORIGIN}/index.html#/print/handover/2026-11-29`);
    const { dialog, messages, saves } = fakeDialogs(null);
    await createPrinting({ focused: () => sheet.win, dialog, locale: en, logger: silentLogger }).savePdf();
    expect(saves[0]).toMatchObject({ title: 'Save as PDF', defaultPath: 'Handover record-2026-11-29.pdf' });
    await createPrinting({ focused: () => null, dialog, locale: en, logger: silentLogger }).print();
    expect(messages).toEqual(['Open the sheet to print first']);
  });
});
