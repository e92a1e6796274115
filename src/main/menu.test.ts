import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type MenuItemTemplate } from './menu';

const labels = (items: MenuItemTemplate[]) => items.map((i) => i.label);
const flat = (items: MenuItemTemplate[]): MenuItemTemplate[] => items.flatMap((i) => [i, ...flat(i.submenu ?? [])]);

describe('application menu', () => {
  const deps = { platform: 'linux' as const, isPackaged: true, appName: '应急值班指挥台', onReload: () => {}, onAbout: () => {} };

  it('is Chinese: 文件 / 编辑 / 视图 / 帮助, no developer tools in a packaged build', () => {
    const t = buildMenuTemplate(deps);
    expect(labels(t)).toEqual(['文件', '编辑', '视图', '帮助']);
    expect(flat(t).some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(flat(buildMenuTemplate({ ...deps, isPackaged: false })).some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('every item does something real: a role or a handler', () => {
    for (const item of flat(buildMenuTemplate(deps))) {
      if (item.type === 'separator' || item.submenu) continue;
      expect(Boolean(item.role || item.click), item.label).toBe(true);
    }
  });

  it('wires 重新加载 and 关于 to the given handlers', () => {
    const calls: string[] = [];
    const t = flat(buildMenuTemplate({ ...deps, onReload: () => calls.push('reload'), onAbout: () => calls.push('about') }));
    t.find((i) => i.label === '重新加载')!.click!();
    t.find((i) => i.label === '关于应急值班指挥台')!.click!();
    expect(calls).toEqual(['reload', 'about']);
  });

  it('starts with the app menu on macOS', () => {
    expect(buildMenuTemplate({ ...deps, platform: 'darwin' })[0]).toMatchObject({ role: 'appMenu' });
  });
});
