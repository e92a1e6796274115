import { LOCALES, type Locale } from '../common/domain/roles';
import { catalog, renderTemplate } from '../common/i18n/catalog';
import type { Core } from '../core';

/**
 * What the desktop app says itself: the application menu, window titles, the printing
 * and about dialogs, the PDF file names, the page shown when the data cannot be opened.
 * Chosen by the data set's locale (设置 → 基本设置), like the rest of the app; before the
 * data is open nothing says which, so that one failure is told in both (`bothLanguages`).
 */
const zh = {
  'app.name': '应急值班指挥台',
  'app.wallTitle': '$t(app.name) · 大屏',
  'menu.file': '文件',
  'menu.print': '打印…',
  'menu.savePdf': '另存为 PDF…',
  'menu.quit': '退出',
  'tray.tooltip': '$t(app.name) · 运行中',
  'tray.show': '显示主窗口',
  'tray.closeWall': '关闭大屏窗口',
  'tray.quit': '退出$t(app.name)',
  'menu.edit': '编辑',
  'menu.undo': '撤销',
  'menu.redo': '重做',
  'menu.cut': '剪切',
  'menu.copy': '复制',
  'menu.paste': '粘贴',
  'menu.selectAll': '全选',
  'menu.view': '视图',
  'menu.reload': '重新加载',
  'menu.resetZoom': '实际大小',
  'menu.zoomIn': '放大',
  'menu.zoomOut': '缩小',
  'menu.fullscreen': '全屏',
  'menu.devTools': '开发者工具',
  'menu.help': '帮助',
  'menu.about': '关于$t(app.name)',
  'about.message': '$t(app.name) {{version}}',
  'about.detail': '数据目录：{{dir}}',
  'print.title': '打印',
  'print.noSheet': '请先打开要打印的表单',
  'print.noSheetDetail': '交接班记录、值班表、事件处置记录和检查记录表都有“打印”按钮，打开后再选择本菜单。',
  'savePdf.title': '另存为 PDF',
  'savePdf.failed': '未能保存 PDF',
  // A sheet's PDF: 值班表-2026-12.pdf, 通讯设备检查记录表-2026-11-01至2026-11-30.pdf.
  'pdf.name': '{{title}}-{{arg}}',
  'pdf.range': '{{title}}-{{from}}至{{to}}',
  'pdf.unknown': '打印',
  'openFailed.title': '无法打开值班数据',
  'openFailed.dataDir': '数据目录：{{dir}}',
  'openFailed.nativeModule':
    'better-sqlite3 是为 Node 编译的，不是为 Electron 编译的。请运行：npx electron-builder install-app-deps',
  'openFailed.nodeAgain': '之后再跑 Node 单元测试前需运行 npm rebuild better-sqlite3',
} as const;

const en: Record<keyof typeof zh, string> = {
  'app.name': 'Duty Room',
  'app.wallTitle': '$t(app.name) · Wall display',
  'menu.file': 'File',
  'menu.print': 'Print…',
  'menu.savePdf': 'Save as PDF…',
  'menu.quit': 'Quit',
  'tray.tooltip': '$t(app.name) · running',
  'tray.show': 'Show the main window',
  'tray.closeWall': 'Close the wall window',
  'tray.quit': 'Quit $t(app.name)',
  'menu.edit': 'Edit',
  'menu.undo': 'Undo',
  'menu.redo': 'Redo',
  'menu.cut': 'Cut',
  'menu.copy': 'Copy',
  'menu.paste': 'Paste',
  'menu.selectAll': 'Select all',
  'menu.view': 'View',
  'menu.reload': 'Reload',
  'menu.resetZoom': 'Actual size',
  'menu.zoomIn': 'Zoom in',
  'menu.zoomOut': 'Zoom out',
  'menu.fullscreen': 'Full screen',
  'menu.devTools': 'Developer tools',
  'menu.help': 'Help',
  'menu.about': 'About $t(app.name)',
  'about.message': '$t(app.name) {{version}}',
  'about.detail': 'Data directory: {{dir}}',
  'print.title': 'Print',
  'print.noSheet': 'Open the sheet to print first',
  'print.noSheetDetail':
    'The handover record, the roster, the incident record and the check sheet each have a Print button: open one, then choose this menu item.',
  'savePdf.title': 'Save as PDF',
  'savePdf.failed': 'The PDF could not be saved',
  'pdf.name': '{{title}}-{{arg}}',
  'pdf.range': '{{title}}-{{from}}-to-{{to}}',
  'pdf.unknown': 'print',
  'openFailed.title': 'Cannot open the duty data',
  'openFailed.dataDir': 'data directory: {{dir}}',
  'openFailed.nativeModule':
    'better-sqlite3 was built for Node, not for Electron. Run: npx electron-builder install-app-deps',
  'openFailed.nodeAgain': 'run npm rebuild better-sqlite3 before Node tests again',
};

export const desktopMessages = catalog(zh, en);
export type DesktopKey = keyof typeof zh;
type Params = Readonly<Record<string, string | number>>;

/** The desktop's words in one language: `t('menu.file')`. */
export type DesktopText = (key: DesktopKey, params?: Params) => string;

export function desktopText(locale: Locale): DesktopText {
  const table: Readonly<Record<string, string>> = desktopMessages[locale];
  return (key, params = {}) => renderTemplate((k) => table[k], table[key] ?? key, params);
}

/** Chinese, then English: for the one message shown before any data set names a language. */
export function bothLanguages(key: DesktopKey, params: Params = {}, separator = ' / '): string {
  return LOCALES.map((l) => desktopText(l)(key, params)).join(separator);
}

/** The data set's language (设置 → 基本设置); Chinese when it cannot be read. */
export async function appLocale(core: Pick<Core, 'call'>): Promise<Locale> {
  const info = await core.call('system.info', {});
  return info.ok ? (info.value as { locale: Locale }).locale : 'zh-CN';
}
