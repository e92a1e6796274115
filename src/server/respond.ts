import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { buildCsp } from '../common/csp';
import type { Locale } from '../common/domain/roles';
import { formatMessage, type ErrorKey } from '../common/i18n/messages';
import type { ErrorBody, ErrorCode, Result } from '../common/result';

/** HTTP status of each envelope error code (the body always carries the envelope too). */
export const STATUS_OF: Record<ErrorCode, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  internal: 500,
};

export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

/**
 * Headers every response carries, whatever it is: the CSP (with a nonce of its own, so
 * even an error page gets the full policy), no MIME sniffing, no Referer (the wall's
 * `?token=` URL must never leak through it).
 */
export function setSecurityHeaders(res: ServerResponse, nonce: string = newNonce()): void {
  res.setHeader('Content-Security-Policy', buildCsp(nonce));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}

export function errorBody(
  locale: Locale,
  code: ErrorCode,
  key: ErrorKey,
  params?: Record<string, string | number>,
): ErrorBody {
  return params
    ? { code, key, params, message: formatMessage(locale, key, params) }
    : { code, key, message: formatMessage(locale, key) };
}

/** Answers a result envelope with the status its error code maps to. */
export function sendEnvelope(
  res: ServerResponse,
  result: Result<unknown>,
  headers?: Record<string, string>,
): void {
  sendJson(res, result.ok ? 200 : STATUS_OF[result.error.code], result, headers);
}

export interface SendErrorOptions {
  params?: Record<string, string | number>;
  headers?: Record<string, string>;
  /** When the HTTP status is more specific than the code's (405, 413). */
  status?: number;
}

export function sendError(
  res: ServerResponse,
  locale: Locale,
  code: ErrorCode,
  key: ErrorKey,
  opts: SendErrorOptions = {},
): void {
  const body = { ok: false, error: errorBody(locale, code, key, opts.params) } as const;
  sendJson(res, opts.status ?? STATUS_OF[code], body, opts.headers);
}

export function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}
