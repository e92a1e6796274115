import { describe, expect, it } from 'vitest';
import { desktopText } from './desktop-messages';
import type { MenuItemTemplate } from './menu';
import { applyTray, buildTrayMenu, type TrayLike } from './tray';

function fakeTray() {
  const state: { tip: string; menu: MenuItemTemplate[] } = { tip: '', menu: [] };
  const tray: TrayLike<MenuItemTemplate[]> = {
    setToolTip: (s) => (state.tip = s),
    setContextMenu: (m) => (state.menu = m),
    on: () => undefined,
    destroy: () => undefined,
  };
  return { tray, state };
}

describe('the tray', () => {
  it('offers show, close the wall and quit, in the data set’s language', () => {
    const calls: string[] = [];
    const deps = {
      t: desktopText('zh-CN'),
      onShow: () => calls.push('show'),
      onCloseWall: () => calls.push('wall'),
      onQuit: () => calls.push('quit'),
    };
    const { tray, state } = fakeTray();
    applyTray(tray, (m) => m, deps);
    expect(state.tip).toBe('应急值班指挥台 · 运行中');
    expect(state.menu.map((i) => i.label ?? i.type)).toEqual([
      '显示主窗口',
      '关闭大屏窗口',
      'separator',
      '退出应急值班指挥台',
    ]);
    for (const i of state.menu) i.click?.();
    expect(calls).toEqual(['show', 'wall', 'quit']);

    applyTray(tray, (m) => m, { ...deps, t: desktopText('en-US') });
    expect(state.tip).toBe('Duty Room · running');
    expect(state.menu[0]!.label).toBe('Show the main window');
  });

  it('without a wall to close, has no such item', () => {
    const menu = buildTrayMenu({ t: desktopText('zh-CN'), onShow: () => undefined, onQuit: () => undefined });
    expect(menu.map((i) => i.label ?? i.type)).toEqual(['显示主窗口', 'separator', '退出应急值班指挥台']);
  });
});
