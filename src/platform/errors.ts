/**
 * The one error type of the system. `kind` decides the HTTP status and the CLI exit code;
 * `code` is a stable, documented identifier (e.g. `USER_NOT_FOUND`) that clients may branch on.
 */
export type ErrorKind =
  | 'invalid'
  | 'not_found'
  | 'conflict'
  | 'forbidden'
  | 'unauthenticated'
  | 'rate_limited'
  | 'unavailable'
  | 'internal';

export interface FieldError {
  path: string;
  message: string;
  /** CSV imports: the file's line and column of the problem. */
  line?: number;
  field?: string | null;
}

export class AppError extends Error {
  readonly kind: ErrorKind;
  readonly code: string;
  readonly errors: FieldError[] | undefined;
  /** Seconds a client should wait before retrying (rate limits, lockouts). */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    kind: ErrorKind,
    code: string,
    message: string,
    options: { errors?: FieldError[]; retryAfterSeconds?: number; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.kind = kind;
    this.code = code;
    this.errors = options.errors;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export const httpStatusOfKind: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
};

/** Exit codes of the CLI, one per kind, documented in the README. */
export const exitCodeOfKind: Record<ErrorKind, number> = {
  internal: 1,
  invalid: 2,
  not_found: 3,
  conflict: 4,
  unauthenticated: 5,
  forbidden: 5,
  rate_limited: 6,
  unavailable: 6,
};

export const invalid = (code: string, message: string, errors?: FieldError[]) =>
  new AppError('invalid', code, message, errors ? { errors } : {});
export const notFound = (code: string, message: string) => new AppError('not_found', code, message);
export const conflict = (code: string, message: string) => new AppError('conflict', code, message);
export const forbidden = (code: string, message: string) =>
  new AppError('forbidden', code, message);
export const unauthenticated = (code: string, message: string) =>
  new AppError('unauthenticated', code, message);
