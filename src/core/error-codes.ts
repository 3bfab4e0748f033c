// The API's error codes as plain values: the error body's schema and the dashboard read them (hand-written core).

/** Every error code the API can answer with. The HTTP status for each lives in server/plugins/errors.ts. */
export const ERROR_CODES = [
  'bad_request',
  'validation_failed',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'illegal_move',
  'invalid_signature',
  'provider_not_configured',
  'provider_rejected_key',
  'provider_error',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
