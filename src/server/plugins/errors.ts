// Every error becomes one JSON envelope { error: { code, message, requestId } } with the right status: mapped here only.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ApiErrorBody } from '../../core/api-errors.js';
import { AppError, type ErrorCode } from '../../core/errors.js';

export const statusByCode: Record<ErrorCode, number> = {
  bad_request: 400,
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  illegal_move: 409,
  invalid_signature: 401,
  provider_not_configured: 400,
  provider_rejected_key: 422,
  provider_error: 502,
  internal: 500,
};

/** Fastify's own errors that are the caller's fault, with the code we answer. */
const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'bad_request',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'bad_request',
  FST_ERR_CTP_INVALID_JSON_BODY: 'bad_request',
  FST_ERR_VALIDATION: 'validation_failed',
};

export function errorBody(code: ErrorCode, message: string, requestId: string, details?: Record<string, unknown>): ApiErrorBody {
  return { error: { code, message, requestId, ...(details && Object.keys(details).length > 0 ? { details } : {}) } };
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(error)) {
      // Name every field that failed: "body.email: Invalid email address".
      const where = error.validationContext ?? 'request';
      const fields = error.validation.map((v) => {
        const path = v.instancePath.replace(/^\//, '').replaceAll('/', '.');
        return { field: path ? `${where}.${path}` : where, message: v.message ?? 'invalid' };
      });
      const message = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
      return reply.code(400).send(errorBody('validation_failed', message, request.id, { fields }));
    }
    if (error instanceof AppError) {
      const status = statusByCode[error.code];
      if (status >= 500) request.log.error({ err: error }, 'request failed');
      if (error.retryAfterMs !== undefined) reply.header('retry-after', Math.ceil(error.retryAfterMs / 1000));
      return reply.code(status).send(errorBody(error.code, error.message, request.id, error.context));
    }
    const known = error.code ? fastifyCodes[error.code] : undefined;
    if (known) return reply.code(statusByCode[known]).send(errorBody(known, error.message, request.id));
    if (error.statusCode === 429) return reply.code(429).send(errorBody('rate_limited', error.message, request.id));
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.code(error.statusCode).send(errorBody('bad_request', error.message, request.id));
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send(errorBody('internal', 'Something went wrong on our side. The error is logged with this request id.', request.id));
  });
}
