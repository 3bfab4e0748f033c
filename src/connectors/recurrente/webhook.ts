// Recurrente webhooks, delivered by Svix: svix-id/timestamp/signature check and id, type and customer key.
import { err, ok, type Result } from '../../core/errors.js';
import type { MalformedWebhook, ParsedWebhook, RawWebhookRequest, SignatureFailure } from '../../core/inbox/types.js';
import { hmacBase64, safeEqual } from '../../core/http/signatures.js';
import { isRecord, nonEmptyString, parseJsonObject } from '../../core/http/json-body.js';
import { firstIssue } from '../../core/provider-values.js';
import { recurrenteResourceSchema } from './types.js';

/** Svix's own window: a signed timestamp further than this from our clock, either way, is refused. */
export const SVIX_TOLERANCE_SECONDS = 300;

const SECRET_PREFIX = 'whsec_';

/**
 * Checks the Svix signature: HMAC-SHA256 keyed with the base64-decoded part of the `whsec_` secret over
 * `id.timestamp.body`. Any `v1,` token may match (several appear while a secret is rotated).
 */
export function verify(request: RawWebhookRequest, secret: string): Result<true, SignatureFailure> {
  const key = Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');
  if (key.length === 0) return err({ reason: 'webhook secret is empty or not base64' });

  const headers = svixHeaders(request);
  if (headers.id === undefined) return err({ reason: 'missing svix-id header' });
  if (headers.timestamp === undefined) return err({ reason: 'missing svix-timestamp header' });
  if (headers.signature === undefined) return err({ reason: 'missing svix-signature header' });

  if (!/^\d+$/.test(headers.timestamp)) return err({ reason: 'svix-timestamp is not a number of seconds' });
  const skewSeconds = Math.abs(request.receivedAt / 1000 - Number(headers.timestamp));
  if (skewSeconds > SVIX_TOLERANCE_SECONDS) return err({ reason: 'timestamp outside the 5-minute tolerance' });

  const signedContent = Buffer.concat([Buffer.from(`${headers.id}.${headers.timestamp}.`, 'utf8'), request.rawBody]);
  const expected = hmacBase64('sha256', key, signedContent);
  let matched = false;
  for (const token of headers.signature.split(' ')) {
    const comma = token.indexOf(',');
    if (comma === -1 || token.slice(0, comma) !== 'v1') continue;
    // No early exit, so the position of the matching token does not show in the timing.
    if (safeEqual(token.slice(comma + 1), expected)) matched = true;
  }
  return matched ? ok(true) : err({ reason: 'signature does not match' });
}

/**
 * eventId is svix-id, which stays the same on every redelivery. The resource is `data` when the body wraps
 * it, else the body itself; events are serialized per customer so a payment and a cancel for one person
 * keep their order.
 */
export function parse(request: RawWebhookRequest): Result<ParsedWebhook, MalformedWebhook> {
  const eventId = svixHeaders(request).id;
  if (eventId === undefined) return err({ reason: 'missing svix-id header' });
  const read = parseJsonObject(request.rawBody);
  if (!read.ok) return read;
  const body = read.value;
  const type = body['event_type'];
  if (typeof type !== 'string' || type === '') return err({ reason: 'missing event_type' });

  const wrapped = isRecord(body['data']);
  const resource = wrapped ? (body['data'] as Record<string, unknown>) : body;
  // The fields we store are checked here, so a hostile value is refused to the sender instead of stored.
  const checked = recurrenteResourceSchema.safeParse(resource);
  if (!checked.success) return err({ reason: firstIssue(checked.error, wrapped ? 'data' : '') });
  return ok({ eventId, type, serialKey: serialKeyOf(type, resource) });
}

function serialKeyOf(type: string, resource: Record<string, unknown>): string | undefined {
  const customer = resource['customer'];
  const customerId = isRecord(customer) ? nonEmptyString(customer['id']) : undefined;
  if (customerId !== undefined) return `customer:${customerId}`;
  const subscriptionId = type.startsWith('subscription.')
    ? nonEmptyString(resource['id'])
    : nonEmptyString(resource['subscription_id']) ?? paidSubscriptionId(resource);
  return subscriptionId === undefined ? undefined : `subscription:${subscriptionId}`;
}

/** A subscription charge names its subscription at checkout.payment.paymentable. */
function paidSubscriptionId(resource: Record<string, unknown>): string | undefined {
  const checkout = resource['checkout'];
  const payment = isRecord(checkout) ? checkout['payment'] : undefined;
  const paymentable = isRecord(payment) ? payment['paymentable'] : undefined;
  if (!isRecord(paymentable) || paymentable['type'] !== 'Subscription') return undefined;
  return nonEmptyString(paymentable['id']);
}

/** Svix white-label senders use `webhook-` instead of `svix-`; both mean the same. */
function svixHeaders(request: RawWebhookRequest): { id: string | undefined; timestamp: string | undefined; signature: string | undefined } {
  const read = (suffix: string) =>
    nonEmptyString(request.headers[`svix-${suffix}`]?.trim()) ?? nonEmptyString(request.headers[`webhook-${suffix}`]?.trim());
  return { id: read('id'), timestamp: read('timestamp'), signature: read('signature') };
}
