// Turns a provider failure into an answer a shop owner understands: rejected key, rate limit, or unreachable.
import { AppError } from '../errors.js';
import type { ProviderError } from './transport.js';

/**
 * `provider` is the name people know it by (ScaleV, Twilio, The SMTP server); `credential` what they pasted in
 * Settings (the API key, the Auth Token, the login).
 */
export function providerFailure(provider: string, error: ProviderError, credential = 'the API key'): AppError {
  if (error.kind === 'auth') {
    return new AppError('provider_rejected_key', `${provider} rejected ${credential}${error.status ? ` (HTTP ${error.status})` : ''}: check it in Settings`, {
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
