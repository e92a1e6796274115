import fs from 'node:fs/promises';
import { printRoutes } from '../common/areas';
import type { PrintRouteDef } from '../common/areas/define';
import type { Logger } from '../core';
import { isAppUrl } from './origin';
import { label, type LabelKey } from '../common/i18n/domain-labels';
import type { Locale } from '../common/domain/roles';
import { desktopText } from './desktop-messages';

/**
 * Printing in the desktop app: the sheets are the renderer's `#/print/...` routes,
 * laid out as A4 pages by the page itself (the browser host prints the same route with
 * the browser's own dialog). Here the 文件 menu's 打印… opens the system print dialog
 * for the sheet on screen (webContents.print) and 另存为 PDF… writes it with
 * printToPDF after a save dialog. Electron objects come in as arguments.
 */

export interface PrintableWebContents {
  getURL(): string;
  print(
    options: {
      silent: boolean;
      printBackground: boolean;
      pageSize: 'A4';
      margins: { marginType: 'none' };
    },
    callback: (success: boolean, failureReason: string) => void,
  ): void;
  printToPDF(options: typeof PDF_OPTIONS): Promise<Uint8Array>;
}

export interface PrintableWindow {
  webContents: PrintableWebContents;
}

export interface PrintDialogs {
  showSaveDialog(
    window: PrintableWindow,
    options: { title: string; defaultPath: string; filters: { name: string; extensions: string[] }[] },
  ): Promise<{ canceled: boolean; filePath?: string }>;
  showMessageBox(options: { type: 'info'; title: string; message: string; detail: string }): Promise<unknown>;
}

export interface PrintDeps {
  /** The window the menu acts on (the focused one). */
  focused(): PrintableWindow | null;
  dialog: PrintDialogs;
  /** The app's language now (it follows 设置 → 基本设置): dialogs and file names use it. */
  locale(): Promise<Locale>;
  writeFile?: (path: string, data: Uint8Array) => Promise<void>;
  logger: Logger;
}

/** The pages are A4 boxes with their own margins and page numbers: the printer adds none. */
export const PDF_OPTIONS = {
  pageSize: 'A4' as const,
  printBackground: true,
  preferCSSPageSize: true,
  margins: { top: 0, bottom: 0, left: 0, right: 0 },
};

export type PrintOutcome = 'printed' | 'saved' | 'cancelled' | 'not-a-sheet' | 'failed';

/** The sheet's route (`print/handover/2026-11-29`), or null when the page is not a printable sheet. */
export function sheetRoute(url: string): string | null {
  if (!isAppUrl(url)) return null;
  const hash = new URL(url).hash.replace(/^#\/?/, '');
  return hash.startsWith('print/') ? hash : null;
}

const clean = (s: string) => s.replace(/[\\/:*?"<>|\s]+/g, '_').slice(0, 60);

/**
 * A file name that says what the sheet is, in the app's language: 值班交接班记录-2026-11-29.pdf.
 * Each area's manifest names its sheets (src/common/areas, `printRoutes`).
 */
export function pdfNameFor(
  route: string,
  locale: Locale,
  sheets: Readonly<Record<string, PrintRouteDef>> = printRoutes,
): string {
  const t = desktopText(locale);
  const [path = '', query = ''] = route.split('?');
  const [, kind = '', arg] = path.split('/').map((p) => decodeURIComponent(p));
  const sheet = Object.hasOwn(sheets, kind) ? sheets[kind] : undefined;
  if (!sheet) return `${t('pdf.unknown')}.pdf`;
  // defineArea holds fileTitle to a key of the area's labels.
  const title = label(locale, sheet.fileTitle as LabelKey);
  if (sheet.fileArg === 'range') {
    const q = new URLSearchParams(query);
    return `${t('pdf.range', { title, from: clean(q.get('from') ?? ''), to: clean(q.get('to') ?? '') })}.pdf`;
  }
  return `${t('pdf.name', { title, arg: clean(arg ?? '') })}.pdf`;
}

export function createPrinting(deps: PrintDeps): {
  print(): Promise<PrintOutcome>;
  savePdf(): Promise<PrintOutcome>;
} {
  const writeFile = deps.writeFile ?? ((p: string, d: Uint8Array) => fs.writeFile(p, d));

  /** The focused window's sheet, or a word to the user that there is none on screen. */
  const current = async (): Promise<{ win: PrintableWindow; route: string } | null> => {
    const win = deps.focused();
    const route = win ? sheetRoute(win.webContents.getURL()) : null;
    if (win && route) return { win, route };
    const t = desktopText(await deps.locale());
    await deps.dialog
      .showMessageBox({
        type: 'info',
        title: t('print.title'),
        message: t('print.noSheet'),
        detail: t('print.noSheetDetail'),
      })
      .catch(() => undefined);
    return null;
  };

  return {
    async print() {
      const sheet = await current();
      if (!sheet) return 'not-a-sheet';
      return new Promise<PrintOutcome>((resolve) => {
        sheet.win.webContents.print(
          { silent: false, printBackground: true, pageSize: 'A4', margins: { marginType: 'none' } },
          (success, reason) => {
            if (success) return resolve('printed');
            if (/cancel/i.test(reason)) return resolve('cancelled');
            deps.logger.warn('printing failed', { reason, route: sheet.route });
            resolve('failed');
          },
        );
      });
    },

    async savePdf() {
      const sheet = await current();
      if (!sheet) return 'not-a-sheet';
      const locale = await deps.locale();
      const t = desktopText(locale);
      const target = await deps.dialog.showSaveDialog(sheet.win, {
        title: t('savePdf.title'),
        defaultPath: pdfNameFor(sheet.route, locale),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (target.canceled || !target.filePath) return 'cancelled';
      try {
        const data = await sheet.win.webContents.printToPDF(PDF_OPTIONS);
        await writeFile(target.filePath, data);
        deps.logger.info('sheet saved as PDF', { route: sheet.route, bytes: data.byteLength });
        return 'saved';
      } catch (err) {
        deps.logger.error('save as PDF failed', { route: sheet.route, error: String(err) });
        await deps.dialog
          .showMessageBox({
            type: 'info',
            title: t('savePdf.title'),
            message: t('savePdf.failed'),
            detail: String(err),
          })
          .catch(() => undefined);
        return 'failed';
      }
    },
  };
}
