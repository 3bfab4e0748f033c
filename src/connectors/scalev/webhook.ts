// ScaleV order webhooks: base64 HMAC-SHA256 of the raw body in X-Scalev-Hmac-Sha256, then id, type and order key.
import { err, ok, type Result } from '../../core/errors.js';
import type { MalformedWebhook, ParsedWebhook, RawWebhookRequest, SignatureFailure } from '../../core/inbox/types.js';
import { hmacBase64, safeEqual, sha256Hex } from '../../core/http/signatures.js';
import { isRecord, parseJsonObject } from '../../core/http/json-body.js';
import { firstIssue, providerLine } from '../../core/provider-values.js';

/** The order code keys the lead and orders its events: a hostile one is refused, not stored. */
const orderIdSchema = providerLine(100).min(1, 'must not be empty');

export const SCALEV_SIGNATURE_HEADER = 'X-Scalev-Hmac-Sha256';

/** Checks X-Scalev-Hmac-Sha256 against the business Signing Secret, used as UTF-8 bytes (not base64-decoded). */
export function verify(request: RawWebhookRequest, secret: string): Result<true, SignatureFailure> {
  if (secret === '') return err({ reason: 'webhook secret is empty' });
  const given = request.headers[SCALEV_SIGNATURE_HEADER.toLowerCase()]?.trim();
  if (given === undefined || given === '') return err({ reason: `missing ${SCALEV_SIGNATURE_HEADER} header` });
  const expected = hmacBase64('sha256', secret, request.rawBody);
  return safeEqual(given, expected) ? ok(true) : err({ reason: 'signature does not match' });
}

/**
 * Reads `event`, `unique_id` and `data.order_id`. The activation handshake (business.test_event) carries no
 * unique_id, so its id falls back to a hash of the body: a redelivered handshake then deduplicates too.
 */
export function parse(request: RawWebhookRequest): Result<ParsedWebhook, MalformedWebhook> {
  const read = parseJsonObject(request.rawBody);
  if (!read.ok) return read;
  const body = read.value;

  const type = body['event'];
  if (typeof type !== 'string' || type === '') return err({ reason: 'missing event' });
  const uniqueId = body['unique_id'];
  if (uniqueId !== undefined && (typeof uniqueId !== 'string' || uniqueId === '')) {
    return err({ reason: 'unique_id is not a non-empty string' });
  }
  const eventId = uniqueId ?? `sha256:${sha256Hex(request.rawBody)}`;

  const data = body['data'];
  const orderId = isRecord(data) ? data['order_id'] : undefined;
  if (orderId !== undefined && orderId !== null) {
    const checked = orderIdSchema.safeParse(orderId);
    if (!checked.success) return err({ reason: firstIssue(checked.error, 'data.order_id') });
  }
  const serialKey = typeof orderId === 'string' ? `order:${orderId}` : undefined;
  return ok({ eventId, type, serialKey });
}

