/** Error codes that travel in the `{ ok: false }` envelope (ARCHITECTURE.md §3). */
export const ERROR_CODES = [
  'invalid_input',
  'not_found',
  'conflict',
  'forbidden',
  'unauthenticated',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorBody {
  code: ErrorCode;
  /** Human text in the server's locale; the renderer re-renders from `key` when it can. */
  message: string;
  /** i18n key of the message (`errors.*`), so each client can show it in its own language. */
  key?: string;
  params?: Record<string, string | number>;
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorBody };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: ErrorBody): Result<never> => ({ ok: false, error });

/** The typed error a client throws when a call answers `{ ok: false }`. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly key: string | undefined;
  readonly params: Record<string, string | number> | undefined;
  readonly details: unknown;
  constructor(body: ErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.code = body.code;
    this.key = body.key;
    this.params = body.params;
    this.details = body.details;
  }
}

export function isErrorBody(v: unknown): v is ErrorBody {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as ErrorBody).code === 'string' &&
    (ERROR_CODES as readonly string[]).includes((v as ErrorBody).code) &&
    typeof (v as ErrorBody).message === 'string'
  );
}
