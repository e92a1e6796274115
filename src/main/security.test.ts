import { describe, expect, it } from 'vitest';
import { FakeSession, FakeWebContents } from './fakes';
import { hardenSession, hardenWebContents } from './security';

describe('hardenWebContents', () => {
  it('lets the page move within app:// (hash routes, reload) but blocks every other navigation', () => {
    const wc = new FakeWebContents();
    hardenWebContents(wc);
    expect(wc.fire('will-navigate', 'app://duty-room/index.html#/wall')).toBe(false);
    for (const url of [
      'https://evil.example/',
      'file:///etc/passwd',
      'http://127.0.0.1:5780/',
      'app://elsewhere/',
      'javascript:alert(1)',
      'data:text/html,hi',
    ]) {
      expect(wc.fire('will-navigate', url), url).toBe(true);
      expect(wc.fire('will-redirect', url), url).toBe(true);
      expect(wc.fire('will-frame-navigate', url), url).toBe(true);
    }
  });

  it('denies window.open and <webview>', () => {
    const wc = new FakeWebContents();
    hardenWebContents(wc);
    expect(wc.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(wc.windowOpenHandler?.({ url: 'app://duty-room/index.html#/wall' })).toEqual({ action: 'deny' });
    expect(wc.fire('will-attach-webview')).toBe(true);
  });
});

describe('hardenSession', () => {
  it('denies every permission request and check', () => {
    const s = new FakeSession();
    hardenSession(s);
    for (const p of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'fullscreen',
      'openExternal',
      'unknown',
    ]) {
      let granted: boolean | null = null;
      s.permissionRequestHandler!(null, p, (g) => (granted = g));
      expect(granted, p).toBe(false);
      expect(s.permissionCheckHandler!(null, p), p).toBe(false);
    }
    expect(s.devicePermissionHandler!({ deviceType: 'usb' })).toBe(false);
  });

  it('turns the spellchecker off so no dictionary is downloaded', () => {
    const s = new FakeSession();
    hardenSession(s);
    expect(s.spellCheckerEnabled).toBe(false);
    expect(s.spellCheckerLanguages).toEqual([]);
  });

  it('survives a platform that refuses setSpellCheckerLanguages (macOS)', () => {
    const s = new FakeSession();
    s.setSpellCheckerLanguages = () => {
      throw new Error('not supported');
    };
    expect(() => hardenSession(s)).not.toThrow();
    expect(s.spellCheckerEnabled).toBe(false);
  });
});
