import type { ErrorCode } from '../common/result';

/** A failure the user should read: carries an i18n key rendered in the user's locale. */
export class DomainError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, 'internal'>,
    readonly key: string,
    readonly params: Record<string, string | number> = {},
    readonly details?: unknown,
  ) {
    super(key);
    this.name = 'DomainError';
  }
}

export const notFound = (what?: string) =>
  new DomainError('not_found', 'errors.not_found', what ? { what } : {});
export const conflict = (key = 'errors.conflict', params: Record<string, string | number> = {}) =>
  new DomainError('conflict', key, params);
export const forbidden = (key = 'errors.forbidden') => new DomainError('forbidden', key);
