import { catalog } from './catalog';

/**
 * Messages of the wall display and the desktop's own methods, both locales. Spread
 * into messages.ts so core, the main process and the renderer render the same keys.
 */
const zh = {
  'errors.desktop_only': '仅桌面版可用',
  'errors.display_missing': '找不到该显示器，可能已断开，请刷新显示器列表后重选',
} as const;

const en: Record<keyof typeof zh, string> = {
  'errors.desktop_only': 'Only available in the desktop app',
  'errors.display_missing': 'That display is not attached (any more); refresh the list and choose again',
};

export const wallMessages = catalog(zh, en);
