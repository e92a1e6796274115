import type { ErrorCode } from '../common/result';
import type { ErrorKey } from '../common/i18n/messages';

/** A failure the user should read: carries an i18n key rendered in the user's locale. */
export class DomainError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, 'internal'>,
    /** Typed against the catalogs: a key no catalog has does not compile. */
    readonly key: ErrorKey,
    readonly params: Record<string, string | number> = {},
    readonly details?: unknown,
  ) {
    super(key);
    this.name = 'DomainError';
  }
}

export const notFound = (what?: string) =>
  new DomainError('not_found', 'errors.not_found', what ? { what } : {});
export const conflict = (key: ErrorKey = 'errors.conflict', params: Record<string, string | number> = {}) =>
  new DomainError('conflict', key, params);
export const forbidden = (key: ErrorKey = 'errors.forbidden') => new DomainError('forbidden', key);
