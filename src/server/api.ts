import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Locale } from '../common/domain/roles';
import { describeIssues, issueLines } from '../common/i18n/issues';
import { formatMessage, type ErrorKey } from '../common/i18n/messages';
import type { ErrorCode } from '../common/result';
import { systemActor, type Core } from '../core';
import { resolveActor } from './auth';
import { readJsonBody } from './body';
import { sendEnvelope, sendError, type SendErrorOptions } from './respond';

export interface ApiContext {
  core: Core;
  lan: boolean;
  bodyLimit?: number;
}

// `area.verb`, letters and digits only: anything else is not a method, whatever it decodes to.
const METHOD_NAME = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)+$/;

/**
 * Messages the host writes itself use the data set's locale, like core's do; the key
 * travels too, so each client can re-render them in its own language.
 */
export async function hostLocale(core: Core): Promise<Locale> {
  const info = await core.call('system.info', {}, systemActor('http'));
  if (info.ok) {
    const locale = (info.value as { locale?: unknown }).locale;
    if (locale === 'zh-CN' || locale === 'en-US') return locale;
  }
  return 'zh-CN';
}

/** `POST /api/<method>`: name, token, body and input are all checked before core runs anything. */
export async function handleApiCall(
  ctx: ApiContext,
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
): Promise<void> {
  const { core, lan } = ctx;
  // The locale costs a read, so only failures look it up.
  const fail = async (code: ErrorCode, key: ErrorKey, opts?: SendErrorOptions) =>
    sendError(res, await hostLocale(core), code, key, opts);
  // The core's own table: the app's areas (or, in a test, the app's plus a fixture's).
  const def = Object.hasOwn(core.methods, method) ? core.methods[method] : undefined;
  if (!METHOD_NAME.test(method) || !def) {
    const shown = METHOD_NAME.test(method) ? method.slice(0, 80) : '?';
    await fail('not_found', 'errors.unknown_method', { params: { method: shown } });
    return;
  }
  if (req.method !== 'POST') {
    await fail('invalid_input', 'errors.method_not_allowed', { status: 405, headers: { Allow: 'POST' } });
    return;
  }

  const who = resolveActor(core, req);
  if (!who.ok) {
    await fail('unauthenticated', 'errors.unauthenticated_token');
    return;
  }
  const { actor } = who;
  // Without a session only the sign-in screen's methods answer, in both modes: without
  // --lan any program on this PC reaches 127.0.0.1. The first-run choice is made at the
  // duty PC itself, never over the LAN (core allows it only while nothing is set up).
  const firstRunHere = def.firstRun === true && !lan;
  if (actor.kind === 'anonymous' && def.access !== 'public' && !firstRunHere) {
    await fail('unauthenticated', 'errors.unauthenticated');
    return;
  }
  // Core refuses this too; refusing here as well means a wall's write never even parses.
  if (actor.kind === 'wall' && (def.access === 'write' || def.access === 'admin')) {
    await fail('forbidden', 'errors.forbidden_wall');
    return;
  }

  const body = await readJsonBody(req, def.bodyLimit ?? ctx.bodyLimit);
  if (!body.ok) {
    if (body.reason === 'too_large') {
      // The rest of an oversized body is never read: close instead of draining it.
      await fail('invalid_input', 'errors.payload_too_large', {
        status: 413,
        headers: { Connection: 'close' },
      });
    } else {
      await fail('invalid_input', 'errors.bad_json');
    }
    return;
  }

  const parsed = def.input.safeParse(body.value);
  if (!parsed.success) {
    const locale = await hostLocale(core);
    const issues = describeIssues(parsed.error.issues, locale);
    const fields = issueLines(issues, locale);
    sendEnvelope(res, {
      ok: false,
      error: {
        code: 'invalid_input',
        key: 'errors.invalid_input',
        params: { fields },
        message: formatMessage(locale, 'errors.invalid_input', { fields }),
        details: { issues },
      },
    });
    return;
  }

  // Core gets the input as it came: it validates again and is the one that transforms it.
  const result = await core.call(method, body.value, actor, { via: lan ? 'lan' : 'http' });
  sendEnvelope(res, result);
}
