/**
 * The app's own origin. The renderer is served from `app://duty-room/` (never
 * file://), and that origin is the only one allowed to navigate, call IPC or get events.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'duty-room';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * True when `url` is on the app's origin. Compared by parts: for a non-special scheme
 * WHATWG `URL.origin` is the string "null", so it cannot be compared directly.
 */
export function isAppUrl(url: string | null | undefined): boolean {
  if (typeof url !== 'string' || url.length === 0) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '';
}
