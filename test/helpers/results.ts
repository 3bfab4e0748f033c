// Unwrapping a client's Result in tests: the value of a success, or the error of a failure, with a clear message.
import type { ProviderError } from '../../src/core/http/index.js';
import type { Result } from '../../src/core/errors.js';

export function value<T>(result: Result<T, ProviderError>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.kind}: ${result.error.message}`);
  return result.value;
}

export function failure<T>(result: Result<T, ProviderError>): ProviderError {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}
