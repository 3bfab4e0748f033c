// Turns a provider failure into an answer a shop owner understands: rejected key, rate limit, or unreachable.
import type { ProviderError } from '../../connectors/http/index.js';
import { AppError } from '../../core/errors.js';

export function providerFailure(provider: 'ScaleV' | 'Mailketing', error: ProviderError): AppError {
  if (error.kind === 'auth') {
    return new AppError('provider_rejected_key', `${provider} rejected the API key${error.status ? ` (HTTP ${error.status})` : ''}: check it in Settings`, {
      context: { provider, status: error.status ?? null },
    });
  }
  if (error.kind === 'rate_limited') {
    return new AppError('rate_limited', `${provider} asks us to slow down; try again shortly`, {
      ...(error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : {}),
      context: { provider },
    });
  }
  return new AppError('provider_error', `${provider} could not answer: ${error.message}`, {
    retryable: error.retryable,
    context: { provider, kind: error.kind, status: error.status ?? null },
  });
}
