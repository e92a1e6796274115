import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type MenuItemTemplate } from './menu';
import { desktopText } from './desktop-messages';

const labels = (items: MenuItemTemplate[]) => items.map((i) => i.label);
const flat = (items: MenuItemTemplate[]): MenuItemTemplate[] =>
  items.flatMap((i) => [i, ...flat(i.submenu ?? [])]);

describe('application menu', () => {
  const deps = {
    platform: 'linux' as const,
    isPackaged: true,
    t: desktopText('zh-CN'),
    onReload: () => {},
    onAbout: () => {},
  };

  it('is Chinese: 文件 / 编辑 / 视图 / 帮助, no developer tools in a packaged build', () => {
    const t = buildMenuTemplate(deps);
    expect(labels(t)).toEqual(['文件', '编辑', '视图', '帮助']);
    expect(flat(t).some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(
      flat(buildMenuTemplate({ ...deps, isPackaged: false })).some((i) => i.role === 'toggleDevTools'),
    ).toBe(true);
  });

  it('every item does something real: a role or a handler', () => {
    for (const item of flat(buildMenuTemplate(deps))) {
      if (item.type === 'separator' || item.submenu) continue;
      expect(Boolean(item.role || item.click), item.label).toBe(true);
    }
  });

  it('wires 重新加载 and 关于 to the given handlers', () => {
    const calls: string[] = [];
    const t = flat(
      buildMenuTemplate({
        ...deps,
        onReload: () => calls.push('reload'),
        onAbout: () => calls.push('about'),
      }),
    );
    t.find((i) => i.label === '重新加载')!.click!();
    t.find((i) => i.label === '关于应急值班指挥台')!.click!();
    expect(calls).toEqual(['reload', 'about']);
  });

  it('offers 打印… and 另存为 PDF… in 文件 when printing is wired, each calling its handler', () => {
    const calls: string[] = [];
    const t = buildMenuTemplate({
      ...deps,
      onPrint: () => calls.push('print'),
      onSavePdf: () => calls.push('pdf'),
    });
    const file = t.find((i) => i.label === '文件')!.submenu!;
    expect(file.filter((i) => i.type !== 'separator').map((i) => [i.label, i.accelerator ?? i.role])).toEqual(
      [
        ['打印…', 'CmdOrCtrl+P'],
        ['另存为 PDF…', 'CmdOrCtrl+Shift+S'],
        ['退出', 'quit'],
      ],
    );
    file.find((i) => i.label === '打印…')!.click!();
    file.find((i) => i.label === '另存为 PDF…')!.click!();
    expect(calls).toEqual(['print', 'pdf']);
    expect(labels(buildMenuTemplate(deps).find((i) => i.label === '文件')!.submenu!)).toEqual(['退出']);
  });

  it('starts with the app menu on macOS', () => {
    expect(buildMenuTemplate({ ...deps, platform: 'darwin' })[0]).toMatchObject({
      role: 'appMenu',
      label: '应急值班指挥台',
    });
  });

  it('speaks English when the data set does, with no Chinese left on any item', () => {
    const t = buildMenuTemplate({
      ...deps,
      isPackaged: false,
      platform: 'darwin',
      t: desktopText('en-US'),
      onPrint: () => {},
      onSavePdf: () => {},
    });
    expect(labels(t)).toEqual(['Duty Room', 'File', 'Edit', 'View', 'Help']);
    const items = flat(t).filter((i) => i.type !== 'separator');
    expect(items.filter((i) => /[\u4e00-\u9fff]/.test(i.label ?? '')).map((i) => i.label)).toEqual([]);
    expect(items.map((i) => i.label)).toContain('About Duty Room');
    expect(items.map((i) => i.label)).toContain('Save as PDF…');
  });
});
