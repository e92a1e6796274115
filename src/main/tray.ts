import type { DesktopText } from './desktop-messages';
import type { MenuItemTemplate } from './menu';

/** The slice of Electron's `Tray` used (a fake in tests). */
export interface TrayLike<M> {
  setToolTip(text: string): void;
  setContextMenu(menu: M): void;
  on(event: 'click', listener: () => void): unknown;
  destroy(): void;
}

export interface TrayDeps {
  t: DesktopText;
  /** Brings the desk window to the front (restored if minimised). */
  onShow: () => void;
  /** The wall window is a setting of 设置 → 大屏; here it can only be closed. */
  onCloseWall?: () => void;
  onQuit: () => void;
}

/**
 * The tray icon's menu: the duty PC's app is found and brought back from the tray, and
 * quit from it, in the data set's language like the application menu.
 */
export function buildTrayMenu(d: TrayDeps): MenuItemTemplate[] {
  return [
    { label: d.t('tray.show'), click: d.onShow },
    ...(d.onCloseWall ? [{ label: d.t('tray.closeWall'), click: d.onCloseWall }] : []),
    { type: 'separator' },
    { label: d.t('tray.quit'), click: d.onQuit },
  ];
}

/** Sets (or resets, after a language switch) the tray's tooltip and menu. */
export function applyTray<M>(
  tray: TrayLike<M>,
  build: (template: MenuItemTemplate[]) => M,
  deps: TrayDeps,
): void {
  tray.setToolTip(deps.t('tray.tooltip'));
  tray.setContextMenu(build(buildTrayMenu(deps)));
}
