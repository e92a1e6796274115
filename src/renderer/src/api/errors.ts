import type { TFunction } from 'i18next';
import { ApiError } from '../../../common/result';

export interface ServerFieldIssue {
  path: string;
  key: string;
  params?: Record<string, string | number>;
  /** As the host rendered it: shown only if this UI's catalogs lack the key. */
  message?: string;
}

/** The field problems an `invalid_input` error carries (see common/i18n/issues.ts). */
export function fieldIssuesOf(err: unknown): ServerFieldIssue[] {
  if (!(err instanceof ApiError) || err.code !== 'invalid_input') return [];
  const issues = (err.details as { issues?: unknown } | undefined)?.issues;
  if (!Array.isArray(issues)) return [];
  return issues.filter(
    (i): i is ServerFieldIssue =>
      typeof i === 'object' &&
      i !== null &&
      typeof (i as ServerFieldIssue).path === 'string' &&
      typeof (i as ServerFieldIssue).key === 'string',
  );
}

/** A field problem in the UI's language; the host's own text if the key is not ours. */
export function issueText(t: TFunction, i: ServerFieldIssue): string {
  return t(i.key, { ...i.params, defaultValue: i.message ?? t('errors.field.invalid') });
}

/**
 * A field's name as the user knows it (`field.<path>`, else `field.<last segment>`), or
 * null: a field's code name (incidentId, subject.townCode) is never shown to a user.
 */
export function fieldLabel(t: TFunction, path: string): string | null {
  const last = path.split('.').pop() ?? path;
  for (const key of [path, last]) {
    const label = t(`field.${key}`, { defaultValue: '' });
    if (label) return label;
  }
  return null;
}

/**
 * Renders an error in the UI's current language from its key and params, never from
 * the server's `message` (which is in the server's locale) unless nothing else is known.
 */
export function errorText(t: TFunction, err: unknown): string {
  if (err instanceof ApiError) {
    if (err.code === 'invalid_input') {
      const issues = fieldIssuesOf(err);
      // A rule of core refusing the input as a whole (a file that is not a PDF) says which, by its key.
      if (issues.length === 0)
        return err.key && err.key !== 'errors.invalid_input'
          ? t(err.key, { ...err.params, defaultValue: t('errors.invalid_input_generic') })
          : t('errors.invalid_input_generic');
      const fields = issues
        .map((i) => {
          const field = fieldLabel(t, i.path);
          return field ? t('form.issue', { field, message: issueText(t, i) }) : issueText(t, i);
        })
        .join(t('form.issueSeparator'));
      return t('errors.invalid_input', { fields });
    }
    if (err.key) return t(err.key, { ...err.params, defaultValue: t(`errors.${err.code}`) });
    return t(`errors.${err.code}`);
  }
  // Not an answer from the host at all: it could not be reached.
  return t('app.unreachable');
}

/** True when the error means our token is gone (not a wrong PIN at sign-in). */
export function isSessionLost(err: unknown): boolean {
  return (
    err instanceof ApiError &&
    err.code === 'unauthenticated' &&
    (err.key === undefined ||
      err.key === 'errors.unauthenticated' ||
      err.key === 'errors.unauthenticated_token')
  );
}

/** The host could not be reached or answered nonsense (the transports' own errors). */
export function isUnreachable(err: unknown): boolean {
  return !(err instanceof ApiError) || err.key === 'errors.network' || err.key === 'errors.bad_response';
}
