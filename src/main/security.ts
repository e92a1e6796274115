import { silentLogger, type Logger } from '../core';
import { isAppUrl } from './origin';

/** An Electron event whose default action can be cancelled. */
export interface PreventableEvent {
  preventDefault(): void;
}

/** The slice of `WebContents` hardened here. Real `WebContents` satisfies it. */
export interface HardenableWebContents {
  on(event: 'will-navigate', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: PreventableEvent & { url: string }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/** The slice of `Session` hardened here. */
export interface HardenableSession {
  setPermissionRequestHandler(
    handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler?(handler: (details: unknown) => boolean): void;
  setSpellCheckerEnabled(enable: boolean): void;
  setSpellCheckerLanguages(languages: string[]): void;
}

export interface SecurityOptions {
  logger?: Logger;
  isAllowedUrl?: (url: string) => boolean;
}

/**
 * Locks a page in place (ARCHITECTURE.md §4): it may only move within the app's own origin
 * (hash routes, reload), never open windows, never host a <webview>.
 * Applied to every WebContents the app creates (`web-contents-created`).
 */
export function hardenWebContents(contents: HardenableWebContents, opts: SecurityOptions = {}): void {
  const logger = opts.logger ?? silentLogger;
  const allowed = opts.isAllowedUrl ?? isAppUrl;
  const guard = (kind: string) => (event: PreventableEvent, url: string) => {
    if (allowed(url)) return;
    event.preventDefault();
    logger.warn(`${kind} blocked`, { url: String(url).slice(0, 200) });
  };
  contents.on('will-navigate', guard('navigation'));
  contents.on('will-redirect', guard('redirect'));
  // Covers sub-frames too, which will-navigate does not.
  contents.on('will-frame-navigate', (event) => guard('frame navigation')(event, event.url));
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    logger.warn('webview blocked');
  });
  contents.setWindowOpenHandler((details) => {
    logger.warn('window.open denied', { url: String(details.url).slice(0, 200) });
    return { action: 'deny' };
  });
}

/**
 * Denies every permission (camera, geolocation, notifications, ...): the duty room
 * needs none, and a page that asks is not ours. The spellchecker is turned off because
 * enabling it makes Chromium download dictionaries (§1 offline).
 */
export function hardenSession(session: HardenableSession, opts: SecurityOptions = {}): void {
  const logger = opts.logger ?? silentLogger;
  session.setPermissionRequestHandler((_wc, permission, callback) => {
    logger.warn('permission request denied', { permission });
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler?.(() => false);
  session.setSpellCheckerEnabled(false);
  try {
    session.setSpellCheckerLanguages([]);
  } catch (e) {
    // macOS uses the system spellchecker and may refuse the call; it downloads nothing there.
    logger.info('setSpellCheckerLanguages not applied', { error: String(e) });
  }
}
