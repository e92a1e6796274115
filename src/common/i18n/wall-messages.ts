import { catalog } from './catalog';

/**
 * Messages of the wall display and the desktop's own methods, both locales. Spread
 * into messages.ts so core, the main process and the renderer render the same keys.
 */
const zh = {
  'errors.desktop_only': '仅桌面版可用',
  'errors.display_missing': '找不到该显示器，可能已断开，请刷新显示器列表后重选',
  'errors.folder_open_failed': '系统无法打开该文件夹，请在文件管理器中按设置页显示的路径查找',
  'errors.core_lost': '后台数据服务意外中断，正在自动重启；刚才的操作可能没有保存，请在恢复连接后查看再决定是否重做',
  'errors.core_unavailable': '后台数据服务正在重启，请稍候再试；本次未做任何变动',
} as const;

const en: Record<keyof typeof zh, string> = {
  'errors.desktop_only': 'Only available in the desktop app',
  'errors.display_missing': 'That display is not attached (any more); refresh the list and choose again',
  'errors.folder_open_failed': 'The system could not open that folder; find it in the file manager by the path shown in Settings',
  'errors.core_lost':
    'The data service stopped unexpectedly and is restarting; your last action may not have been saved: check once the connection is back before doing it again',
  'errors.core_unavailable': 'The data service is restarting; try again in a moment. Nothing was changed',
};

export const wallMessages = catalog(zh, en);
