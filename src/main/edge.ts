import '../common/zod-setup';
import { methods as appMethods, type MethodName, type MethodTable } from '../common/contract';
import type { Locale } from '../common/domain/roles';
import { describeIssues, issueLines } from '../common/i18n/issues';
import { formatMessage } from '../common/i18n/messages';
import { fail, type Result } from '../common/result';

/**
 * Validation at the IPC edge (ARCHITECTURE.md §3): method name and input are checked
 * against the contract before core sees them. The refusals read exactly as core's
 * own, so the renderer cannot tell (and the parity test checks) which layer said no.
 */
export type EdgeCheck = { ok: true; method: MethodName } | { ok: false; refusal: Result<never> };

// `area.verb`: a name of any other shape is not echoed back (the browser host does the same).
const METHOD_SHAPE = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)+$/;

/** `table`: the core's method table (`core.methods`), the app's by default. */
export function checkAtEdge(
  method: unknown,
  input: unknown,
  locale: Locale,
  table: MethodTable = appMethods,
): EdgeCheck {
  const def = typeof method === 'string' && Object.hasOwn(table, method) ? table[method] : undefined;
  if (typeof method !== 'string' || !METHOD_SHAPE.test(method) || !def) {
    const shown = typeof method === 'string' && METHOD_SHAPE.test(method) ? method.slice(0, 80) : '?';
    const params = { method: shown };
    return {
      ok: false,
      refusal: fail({
        code: 'not_found',
        key: 'errors.unknown_method',
        params,
        message: formatMessage(locale, 'errors.unknown_method', params),
      }),
    };
  }
  const parsed = def.input.safeParse(input);
  // A name of the table; typed as the app's (a test's fixture area adds names of its own).
  if (parsed.success) return { ok: true, method: method as MethodName };
  const issues = describeIssues(parsed.error.issues, locale);
  const fields = issueLines(issues, locale);
  return {
    ok: false,
    refusal: fail({
      code: 'invalid_input',
      key: 'errors.invalid_input',
      params: { fields },
      message: formatMessage(locale, 'errors.invalid_input', { fields }),
      details: { issues },
    }),
  };
}

/** The refusal for a message that did not come from the app's own page. */
export function foreignSenderRefusal(locale: Locale): Result<never> {
  return fail({
    code: 'forbidden',
    key: 'errors.forbidden',
    message: formatMessage(locale, 'errors.forbidden'),
  });
}
