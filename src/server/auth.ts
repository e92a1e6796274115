import type { IncomingMessage } from 'node:http';
import { anonymous, type Actor, type Core } from '../core';

export type Resolved =
  | { ok: true; actor: Actor; token: string | null }
  /** A header was sent but names no live session or wall token: always 401, never anonymous. */
  | { ok: false };

// Tokens are `op_` / `wall_` + base64url; the cap keeps hashing of junk cheap.
const BEARER = /^Bearer ([A-Za-z0-9._~+/-]{1,256}=*)$/i;

/**
 * The actor of a request, from `Authorization: Bearer <token>` only. Tokens are never
 * read from cookies or the query string: a URL ends up in history, logs and Referer.
 */
export function resolveActor(core: Core, req: IncomingMessage): Resolved {
  const header = req.headers.authorization;
  if (header === undefined || header === '') return { ok: true, actor: anonymous, token: null };
  const m = BEARER.exec(header.trim());
  if (!m) return { ok: false };
  const token = m[1]!;
  let actor: Actor | null;
  try {
    actor = core.authenticate(token);
  } catch {
    // The database is closed (shutting down) or being swapped (restore): not signed in.
    actor = null;
  }
  return actor ? { ok: true, actor, token } : { ok: false };
}
