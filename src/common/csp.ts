/**
 * The Content-Security-Policy of ARCHITECTURE.md §4, shared by both hosts: the browser host
 * (src/server) and Electron's app:// protocol handler build it from here, so the two
 * can never drift apart.
 */

/**
 * What vite stamps on <script>/<style> tags and its csp-nonce meta tag (`html.cspNonce`
 * in electron.vite.config.ts, which must hold the same string). Hosts replace it with a
 * fresh nonce on every load of index.html.
 */
export const CSP_NONCE_PLACEHOLDER = '__DUTY_ROOM_CSP_NONCE__';

/** Sources the user configured (an online tile server); added to img-src/connect-src only. */
export interface CspExtra {
  imgSrc?: readonly string[];
  connectSrc?: readonly string[];
}

// A nonce is base64 (or base64url); anything else could smuggle directives into the header.
const NONCE_RE = /^[A-Za-z0-9+/_-]{16,}={0,2}$/;

/**
 * A configured source must be a plain http(s) origin (optionally with a path or a
 * `*.` host wildcard). Quotes, semicolons, commas and spaces would add directives.
 */
const SOURCE_RE = /^https?:\/\/(\*\.)?[A-Za-z0-9.-]+(:[0-9]{1,5})?(\/[A-Za-z0-9._~/%-]*)?$/;

export function isCspNonce(nonce: string): boolean {
  return NONCE_RE.test(nonce);
}

export function isCspSource(source: string): boolean {
  return SOURCE_RE.test(source);
}

/**
 * The policy for one response. Throws on a malformed nonce (a programming error);
 * malformed extra sources are dropped, as they come from user settings and must never
 * widen the policy in ways nobody asked for.
 */
export function buildCsp(nonce: string, extra: CspExtra = {}): string {
  if (!isCspNonce(nonce)) throw new Error('buildCsp: malformed nonce');
  const more = (list: readonly string[] | undefined) => {
    const ok = (list ?? []).filter(isCspSource);
    return ok.length ? ' ' + [...new Set(ok)].join(' ') : '';
  };
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    `img-src 'self' data:${more(extra.imgSrc)}`,
    "font-src 'self'",
    "worker-src 'self'",
    `connect-src 'self'${more(extra.connectSrc)}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Stamps a fresh nonce into the built index.html: every placeholder is replaced, and a
 * `<meta name="csp-nonce">` is added when missing so the renderer can hand the nonce
 * to antd (browsers hide `nonce` attributes from scripts, but not a meta's content).
 */
export function applyCspNonce(html: string, nonce: string): string {
  if (!isCspNonce(nonce)) throw new Error('applyCspNonce: malformed nonce');
  let out = html.split(CSP_NONCE_PLACEHOLDER).join(nonce);
  if (!/<meta\s[^>]*name=["']?csp-nonce["']?/i.test(out)) {
    const meta = `<meta name="csp-nonce" content="${nonce}">`;
    const head = /<head(\s[^>]*)?>/i.exec(out);
    out = head
      ? out.slice(0, head.index + head[0].length) + meta + out.slice(head.index + head[0].length)
      : meta + out;
  }
  return out;
}
