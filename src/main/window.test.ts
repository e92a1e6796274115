import { describe, expect, it } from 'vitest';
import { createMainWindow, type MainWindowOptions } from './window';

class FakeWindow {
  static created: FakeWindow[] = [];
  loaded: string[] = [];
  shown = false;
  maximized = false;
  private readyListeners: (() => void)[] = [];
  constructor(readonly options: MainWindowOptions) {
    FakeWindow.created.push(this);
  }
  async loadURL(url: string) {
    this.loaded.push(url);
  }
  once(_event: 'ready-to-show', l: () => void) {
    this.readyListeners.push(l);
  }
  show() {
    this.shown = true;
  }
  maximize() {
    this.maximized = true;
  }
  paint() {
    for (const l of this.readyListeners.splice(0)) l();
  }
}

const state = { bounds: { x: 10, y: 20, width: 1400, height: 880 }, maximized: true, displayId: 1 };

describe('createMainWindow', () => {
  it('creates the window with the hardened webPreferences and the preload', () => {
    const win = createMainWindow({
      BrowserWindow: FakeWindow,
      preloadPath: '/app/out/preload/index.cjs',
      state,
    });
    expect(win.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
    expect(win.options).toMatchObject({
      x: 10,
      y: 20,
      width: 1400,
      height: 880,
      show: false,
      title: '应急值班指挥台',
    });
  });

  it('loads app://, never file://, and shows the window once painted (maximized if it was)', () => {
    const win = createMainWindow({ BrowserWindow: FakeWindow, preloadPath: '/p.cjs', state });
    expect(win.loaded).toEqual(['app://duty-room/index.html']);
    expect(win.loaded.some((u) => u.startsWith('file:'))).toBe(false);
    expect(win.shown).toBe(false);
    win.paint();
    expect(win.shown).toBe(true);
    expect(win.maximized).toBe(true);
  });

  it('keeps the minimum size within a small screen', () => {
    const small = { bounds: { x: 0, y: 0, width: 800, height: 600 }, maximized: false, displayId: 1 };
    const win = createMainWindow({ BrowserWindow: FakeWindow, preloadPath: '/p.cjs', state: small });
    expect(win.options.minWidth).toBeLessThanOrEqual(800);
    expect(win.options.minHeight).toBeLessThanOrEqual(600);
  });
});
