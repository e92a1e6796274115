import type { z } from 'zod';
import type { Locale } from '../domain/roles';
import { formatMessage, isErrorKey, type ErrorKey } from './messages';

export interface FieldIssue {
  path: string;
  key: ErrorKey;
  message: string;
  params?: Record<string, string | number>;
}

/**
 * Turns zod issues into field problems with our own keys, so a Chinese user never
 * reads zod's English. Custom refinements already carry an `errors.field.*` key.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[], locale: Locale): FieldIssue[] {
  return issues.slice(0, 20).map((issue) => {
    const path = issue.path.map(String).join('.');
    let key: ErrorKey = 'errors.field.invalid';
    let params: Record<string, string | number> | undefined;
    if (isErrorKey(issue.message)) {
      key = issue.message;
      // A refinement may name what its message needs (the calendar's range, say).
      if (issue.code === 'custom' && issue.params) params = issue.params as Record<string, string | number>;
    } else if (issue.code === 'unrecognized_keys') {
      key = 'errors.field.unknown_key';
      params = { keys: issue.keys.join(', ').slice(0, 200) };
    } else if (issue.code === 'invalid_type') {
      // zod 4 leaves the input out of its issues unless asked; its message says what came.
      const missing = issue.input === undefined && /received undefined$/.test(issue.message);
      key = missing ? 'errors.field.required' : 'errors.field.type';
    } else if (issue.code === 'too_big') {
      key = issue.origin === 'string' ? 'errors.field.too_long' : 'errors.field.too_big';
      params = { max: Number(issue.maximum) };
    } else if (issue.code === 'too_small') {
      key =
        issue.origin === 'string' && Number(issue.minimum) === 1
          ? 'errors.field.blank'
          : 'errors.field.too_small';
    }
    return { path, key, params, message: formatMessage(locale, key, params) };
  });
}

/**
 * The `fields` param of errors.invalid_input: each problem as "path：message" in the
 * catalog's own punctuation, so an English reader gets English separators too.
 */
export function issueLines(issues: readonly FieldIssue[], locale: Locale): string {
  return issues
    .map((i) =>
      i.path ? formatMessage(locale, 'issue.line', { path: i.path, message: i.message }) : i.message,
    )
    .join(formatMessage(locale, 'issue.separator'));
}
