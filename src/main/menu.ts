import type { DesktopText } from './desktop-messages';

/**
 * The application menu: short, in the data set's language (Chinese unless set to
 * English). Only items that work today: printing joins it when it is wired.
 */

type Role =
  | 'appMenu'
  | 'quit'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'selectAll'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'toggleDevTools';

/** Structurally a subset of Electron's `MenuItemConstructorOptions`. */
export interface MenuItemTemplate {
  label?: string;
  role?: Role;
  type?: 'separator';
  accelerator?: string;
  click?: () => void;
  submenu?: MenuItemTemplate[];
}

export interface MenuDeps {
  platform: NodeJS.Platform;
  /** Developer tools only in development builds. */
  isPackaged: boolean;
  /** The words, in the app's language (desktop-messages.ts). */
  t: DesktopText;
  /** Reloads the focused window (a stuck page is the one thing a user can fix alone). */
  onReload: () => void;
  /** Shows version and data directory: what support asks for first. */
  onAbout: () => void;
  /** The sheet on screen (#/print/...) to the system print dialog / to a PDF file (printing.ts). */
  onPrint?: () => void;
  onSavePdf?: () => void;
}

export function buildMenuTemplate(deps: MenuDeps): MenuItemTemplate[] {
  const { t } = deps;
  const sep: MenuItemTemplate = { type: 'separator' };
  const view: MenuItemTemplate[] = [
    // No accelerator: Ctrl+R in the middle of typing an intake would throw the form away.
    { label: t('menu.reload'), click: deps.onReload },
    sep,
    { label: t('menu.resetZoom'), role: 'resetZoom' },
    { label: t('menu.zoomIn'), role: 'zoomIn' },
    { label: t('menu.zoomOut'), role: 'zoomOut' },
    sep,
    { label: t('menu.fullscreen'), role: 'togglefullscreen' },
  ];
  if (!deps.isPackaged) view.push(sep, { label: t('menu.devTools'), role: 'toggleDevTools' });

  const template: MenuItemTemplate[] = [
    {
      label: t('menu.file'),
      submenu: [
        ...(deps.onPrint
          ? [{ label: t('menu.print'), accelerator: 'CmdOrCtrl+P', click: deps.onPrint }, sep]
          : []),
        ...(deps.onSavePdf
          ? [{ label: t('menu.savePdf'), accelerator: 'CmdOrCtrl+Shift+S', click: deps.onSavePdf }, sep]
          : []),
        { label: t('menu.quit'), role: 'quit' },
      ],
    },
    // Without an Edit menu, macOS has no copy/paste shortcuts in text fields.
    {
      label: t('menu.edit'),
      submenu: [
        { label: t('menu.undo'), role: 'undo' },
        { label: t('menu.redo'), role: 'redo' },
        sep,
        { label: t('menu.cut'), role: 'cut' },
        { label: t('menu.copy'), role: 'copy' },
        { label: t('menu.paste'), role: 'paste' },
        { label: t('menu.selectAll'), role: 'selectAll' },
      ],
    },
    { label: t('menu.view'), submenu: view },
    { label: t('menu.help'), submenu: [{ label: t('menu.about'), click: deps.onAbout }] },
  ];
  if (deps.platform === 'darwin') template.unshift({ label: t('app.name'), role: 'appMenu' });
  return template;
}
