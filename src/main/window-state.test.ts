import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  captureWindowState,
  DEFAULT_SIZE,
  fitInto,
  loadWindowState,
  placeWindow,
  saveWindowState,
  trackWindowState,
  type DisplayInfo,
  type Rect,
  type WindowState,
} from './window-state';

const primary: DisplayInfo = { id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } };
const right: DisplayInfo = { id: 2, workArea: { x: 1920, y: 0, width: 2560, height: 1400 } };
const tmpFile = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'duty-room-ws-')), 'window-state.json');

describe('window state', () => {
  it('round-trips through the JSON file', () => {
    const file = tmpFile();
    const state: WindowState = {
      bounds: { x: 2000, y: 40, width: 1600, height: 1000 },
      maximized: true,
      displayId: 2,
    };
    saveWindowState(file, state);
    expect(loadWindowState(file)).toEqual(state);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['window-state.json']);
  });

  it('treats a missing or damaged file as no state', () => {
    const file = tmpFile();
    expect(loadWindowState(file)).toBeNull();
    fs.writeFileSync(file, '{"bounds": {"x": 1');
    expect(loadWindowState(file)).toBeNull();
    fs.writeFileSync(file, JSON.stringify({ bounds: { x: 'a', y: 0, width: 10, height: 10 } }));
    expect(loadWindowState(file)).toBeNull();
    fs.writeFileSync(file, JSON.stringify({ bounds: { x: 0, y: 0, width: -5, height: 10 } }));
    expect(loadWindowState(file)).toBeNull();
  });

  it('first run: default size centred on the primary display', () => {
    const s = placeWindow(null, [primary, right], primary);
    expect(s.bounds).toEqual({
      ...DEFAULT_SIZE,
      x: (1920 - DEFAULT_SIZE.width) / 2,
      y: (1040 - DEFAULT_SIZE.height) / 2,
    });
    expect(s.displayId).toBe(1);
  });

  it('restores on the same display when it still exists', () => {
    const saved: WindowState = {
      bounds: { x: 2100, y: 50, width: 1600, height: 1000 },
      maximized: true,
      displayId: 2,
    };
    expect(placeWindow(saved, [primary, right], primary)).toEqual(saved);
  });

  it('falls back to the primary display when the remembered one is gone, keeping the size', () => {
    const saved: WindowState = {
      bounds: { x: 2100, y: 50, width: 1600, height: 1000 },
      maximized: false,
      displayId: 2,
    };
    const s = placeWindow(saved, [primary], primary);
    expect(s.displayId).toBe(1);
    expect(s.bounds).toEqual({ x: 160, y: 20, width: 1600, height: 1000 });
  });

  it('pulls an off-screen or oversized window back onto its display', () => {
    const offRight: WindowState = {
      bounds: { x: 5000, y: -300, width: 1200, height: 800 },
      maximized: false,
      displayId: 1,
    };
    expect(placeWindow(offRight, [primary], primary).bounds).toEqual({
      x: 720,
      y: 0,
      width: 1200,
      height: 800,
    });
    const huge: WindowState = {
      bounds: { x: -100, y: -100, width: 4000, height: 3000 },
      maximized: false,
      displayId: 1,
    };
    expect(placeWindow(huge, [primary], primary).bounds).toEqual({ x: 0, y: 0, width: 1920, height: 1040 });
    const area: Rect = { x: -1280, y: 200, width: 1280, height: 1024 };
    expect(fitInto({ x: -2000, y: 0, width: 800, height: 600 }, area)).toEqual({
      x: -1280,
      y: 200,
      width: 800,
      height: 600,
    });
  });

  it('captures normal bounds while maximized and saves on close', () => {
    class Win extends EventEmitter {
      maximized = true;
      getBounds = () => ({ x: 0, y: 0, width: 1920, height: 1040 });
      getNormalBounds = () => ({ x: 2000, y: 100, width: 1500, height: 900 });
      isMaximized = () => this.maximized;
      isMinimized = () => false;
      isFullScreen = () => false;
    }
    const screen = { getDisplayMatching: (r: Rect) => (r.x >= 1920 ? right : primary) };
    const win = new Win();
    expect(captureWindowState(win, screen)).toEqual({
      bounds: { x: 2000, y: 100, width: 1500, height: 900 },
      maximized: true,
      displayId: 2,
    });
    const file = tmpFile();
    trackWindowState(win, screen, file);
    win.emit('close');
    expect(loadWindowState(file)).toEqual({
      bounds: { x: 2000, y: 100, width: 1500, height: 900 },
      maximized: true,
      displayId: 2,
    });
  });
});
