// One error type with a code, a retry flag and context; mapped to HTTP in one place (server/plugins/errors.ts).

import type { ErrorCode } from './error-codes.js';

export { ERROR_CODES, type ErrorCode } from './error-codes.js';

export interface AppErrorOptions {
  /** Whether a job that hit this error should be tried again later. */
  retryable?: boolean;
  /** When the cause (a provider's Retry-After) says how long to wait, in ms. */
  retryAfterMs?: number;
  /** Structured details safe to show to the caller (field names, ids), never secrets. */
  context?: Record<string, unknown>;
  cause?: unknown;
}

export class AppError extends Error {
  readonly retryable: boolean;
  readonly retryAfterMs: number | undefined;
  readonly context: Record<string, unknown>;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options: AppErrorOptions = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.retryable = options.retryable ?? false;
    this.retryAfterMs = options.retryAfterMs;
    this.context = options.context ?? {};
  }
}

export const notFound = (what: string, id: string) => new AppError('not_found', `${what} ${id} was not found`, { context: { id } });

export type Result<T, E = AppError> = { ok: true; value: T } | { ok: false; error: E };
export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E>(error: E): Result<never, E> => ({ ok: false, error });

/** Turns anything thrown into an Error, for logging and for the job table's last_error. */
export function coerceError(thrown: unknown): Error {
  return thrown instanceof Error ? thrown : new Error(typeof thrown === 'string' ? thrown : JSON.stringify(thrown));
}
