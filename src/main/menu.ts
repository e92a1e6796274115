/**
 * The application menu: short and Chinese. Only items that work today: printing and
 * the wall display join it when their windows exist (their routes are the renderer's).
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
  appName: string;
  /** Reloads the focused window (a stuck page is the one thing a user can fix alone). */
  onReload: () => void;
  /** Shows version and data directory: what support asks for first. */
  onAbout: () => void;
  /** The sheet on screen (#/print/...) to the system print dialog / to a PDF file (printing.ts). */
  onPrint?: () => void;
  onSavePdf?: () => void;
}

export function buildMenuTemplate(deps: MenuDeps): MenuItemTemplate[] {
  const sep: MenuItemTemplate = { type: 'separator' };
  const view: MenuItemTemplate[] = [
    // No accelerator: Ctrl+R in the middle of typing an intake would throw the form away.
    { label: '重新加载', click: deps.onReload },
    sep,
    { label: '实际大小', role: 'resetZoom' },
    { label: '放大', role: 'zoomIn' },
    { label: '缩小', role: 'zoomOut' },
    sep,
    { label: '全屏', role: 'togglefullscreen' },
  ];
  if (!deps.isPackaged) view.push(sep, { label: '开发者工具', role: 'toggleDevTools' });

  const template: MenuItemTemplate[] = [
    {
      label: '文件',
      submenu: [
        ...(deps.onPrint ? [{ label: '打印…', accelerator: 'CmdOrCtrl+P', click: deps.onPrint }, sep] : []),
        ...(deps.onSavePdf
          ? [{ label: '另存为 PDF…', accelerator: 'CmdOrCtrl+Shift+S', click: deps.onSavePdf }, sep]
          : []),
        { label: '退出', role: 'quit' },
      ],
    },
    // Without an Edit menu, macOS has no copy/paste shortcuts in text fields.
    {
      label: '编辑',
      submenu: [
        { label: '撤销', role: 'undo' },
        { label: '重做', role: 'redo' },
        sep,
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
      ],
    },
    { label: '视图', submenu: view },
    { label: '帮助', submenu: [{ label: `关于${deps.appName}`, click: deps.onAbout }] },
  ];
  if (deps.platform === 'darwin') template.unshift({ label: deps.appName, role: 'appMenu' });
  return template;
}
