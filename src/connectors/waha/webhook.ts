// WAHA webhooks: lowercase hex HMAC-SHA512 of the raw body in X-Webhook-Hmac, then id, type and chat key.
import { err, ok, type Result } from '../../core/errors.js';
import type { MalformedWebhook, ParsedWebhook, RawWebhookRequest, SignatureFailure } from '../../core/inbox/types.js';
import { hmacHex, safeEqual } from '../../core/http/signatures.js';
import { isRecord, nonEmptyString, parseJsonObject } from '../../core/http/json-body.js';

export const WAHA_SIGNATURE_HEADER = 'X-Webhook-Hmac';
export const WAHA_ALGORITHM_HEADER = 'X-Webhook-Hmac-Algorithm';

/** Checks X-Webhook-Hmac against the session's hmac.key, used as UTF-8 bytes. */
export function verify(request: RawWebhookRequest, secret: string): Result<true, SignatureFailure> {
  if (secret === '') return err({ reason: 'webhook secret is empty' });
  const algorithm = request.headers[WAHA_ALGORITHM_HEADER.toLowerCase()]?.trim();
  if (algorithm !== undefined && algorithm.toLowerCase() !== 'sha512') {
    return err({ reason: `unsupported ${WAHA_ALGORITHM_HEADER} "${algorithm.slice(0, 32)}", expected sha512` });
  }
  const given = request.headers[WAHA_SIGNATURE_HEADER.toLowerCase()]?.trim();
  if (given === undefined || given === '') return err({ reason: `missing ${WAHA_SIGNATURE_HEADER} header` });
  const expected = hmacHex('sha512', secret, request.rawBody);
  return safeEqual(given.toLowerCase(), expected) ? ok(true) : err({ reason: 'signature does not match' });
}

/**
 * Reads the envelope. Old WAHA builds send no envelope `id`; then the id is built from session, event and
 * payload.id, because one message produces several events (message, message.any) that must not collapse.
 */
export function parse(request: RawWebhookRequest): Result<ParsedWebhook, MalformedWebhook> {
  const read = parseJsonObject(request.rawBody);
  if (!read.ok) return read;
  const body = read.value;

  const type = body['event'];
  if (typeof type !== 'string' || type === '') return err({ reason: 'missing event' });
  const payload = isRecord(body['payload']) ? body['payload'] : {};

  const envelopeId = nonEmptyString(body['id']);
  const payloadId = nonEmptyString(payload['id']);
  let eventId: string;
  if (envelopeId !== undefined) {
    eventId = envelopeId;
  } else if (payloadId !== undefined) {
    const session = nonEmptyString(body['session']) ?? 'default';
    eventId = `${session}:${type}:${payloadId}`;
  } else {
    return err({ reason: 'missing id (neither the envelope id nor payload.id is present)' });
  }

  // A message names its chat; one without is refused here, with the field, instead of being stored and then skipped
  // by every subscriber after the 200 (the seed's /api/whatsapp/webhook refuses it the same way).
  if ((type === 'message' || type === 'message.any') && nonEmptyString(payload['from']) === undefined) {
    return err({ reason: 'payload.from: missing (a message event names its chat, e.g. 6281234567890@c.us)' });
  }
  return ok({ eventId, type, serialKey: chatKey(type, payload) });
}

/** The serial key of a chat's events: they are processed one at a time, in order (and a turn waits for them). */
export const chatSerialKey = (chatId: string) => `chat:${chatId}`;

/** Messages we sent from the phone carry our own number in `from`; their chat is `to`. */
function chatKey(type: string, payload: Record<string, unknown>): string | undefined {
  if (type !== 'message' && !type.startsWith('message.')) return undefined;
  const chat = payload['fromMe'] === true ? nonEmptyString(payload['to']) : nonEmptyString(payload['from']);
  return chat === undefined ? undefined : chatSerialKey(chat);
}
