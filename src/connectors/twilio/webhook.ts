// Twilio SMS webhooks (status callbacks, inbound messages): X-Twilio-Signature check and id, type and phone key.
import { err, ok, type Result } from '../../core/errors.js';
import type { MalformedWebhook, ParsedWebhook, RawWebhookRequest, SignatureFailure } from '../../core/inbox/types.js';
import { hmacBase64, safeEqual, sha256Hex } from '../../core/http/signatures.js';
import { firstIssue } from '../../core/provider-values.js';
import { twilioInboundMessageSchema, twilioStatusCallbackSchema } from './types.js';

export const TWILIO_SIGNATURE_HEADER = 'X-Twilio-Signature';

const DEFAULT_PORTS: Readonly<Record<string, string>> = { 'http:': '80', 'https:': '443' };

/**
 * Checks X-Twilio-Signature: base64 HMAC-SHA1 under the Auth Token of the URL followed by every form
 * parameter as name+value, sorted by name. Twilio is inconsistent about default ports, so the URL is
 * tried with and without `:443`/`:80`, as the official helper does.
 */
export function verify(request: RawWebhookRequest, secret: string): Result<true, SignatureFailure> {
  if (secret === '') return err({ reason: 'webhook secret is empty' });
  const given = request.headers[TWILIO_SIGNATURE_HEADER.toLowerCase()]?.trim();
  if (given === undefined || given === '') return err({ reason: `missing ${TWILIO_SIGNATURE_HEADER} header` });

  const bodyHash = bodySha256Param(request.url);
  // JSON-bodied webhooks sign the URL only and pin the body through the bodySHA256 query parameter.
  const params = bodyHash === undefined ? new URLSearchParams(request.rawBody.toString('utf8')) : new URLSearchParams();
  const suffix = signedParams(params);

  let matched = false;
  for (const url of urlCandidates(request.url)) {
    // No early exit: every candidate is computed and compared.
    if (safeEqual(given, hmacBase64('sha1', secret, url + suffix))) matched = true;
  }
  if (!matched) return err({ reason: 'signature does not match' });
  if (bodyHash !== undefined && !safeEqual(bodyHash.toLowerCase(), sha256Hex(request.rawBody))) {
    return err({ reason: 'body does not match the bodySHA256 URL parameter' });
  }
  return ok(true);
}

/** A delivery status callback: one event per (MessageSid, MessageStatus), serialized per recipient phone. */
export function parseStatusCallback(request: RawWebhookRequest): Result<ParsedWebhook, MalformedWebhook> {
  const form = new URLSearchParams(request.rawBody.toString('utf8'));
  const sid = required(form, 'MessageSid');
  if (!sid.ok) return sid;
  const status = required(form, 'MessageStatus');
  if (!status.ok) return status;
  if (!/^[a-z_]+$/.test(status.value)) return err({ reason: 'MessageStatus is not a status name' });
  const checked = twilioStatusCallbackSchema.safeParse(Object.fromEntries(form));
  if (!checked.success) return err({ reason: firstIssue(checked.error) });
  return ok({
    eventId: `${sid.value}:${status.value}`,
    type: `sms.status.${status.value}`,
    serialKey: phoneKey(form.get('To')),
  });
}

/** An inbound SMS (including STOP/START/HELP), serialized per sender phone. */
export function parseInboundMessage(request: RawWebhookRequest): Result<ParsedWebhook, MalformedWebhook> {
  const form = new URLSearchParams(request.rawBody.toString('utf8'));
  const sid = required(form, 'MessageSid');
  if (!sid.ok) return sid;
  const checked = twilioInboundMessageSchema.safeParse(Object.fromEntries(form));
  if (!checked.success) return err({ reason: firstIssue(checked.error) });
  return ok({ eventId: sid.value, type: 'sms.inbound', serialKey: phoneKey(form.get('From')) });
}

/** Names sorted by UTF-16 code unit (uppercase before lowercase); a repeated name adds each distinct value, sorted. */
function signedParams(params: URLSearchParams): string {
  const byName = new Map<string, string[]>();
  for (const [name, value] of params) {
    const values = byName.get(name);
    if (values === undefined) byName.set(name, [value]);
    else values.push(value);
  }
  let out = '';
  for (const name of [...byName.keys()].sort()) {
    const values = [...new Set(byName.get(name) ?? [])].sort();
    for (const value of values) out += name + value;
  }
  return out;
}

/**
 * The URL exactly as given (Twilio signs its encoding as configured), the same with the default port
 * added or removed, and the WHATWG-normalized form the official helper signs.
 */
function urlCandidates(url: string): string[] {
  const candidates = new Set<string>([url, togglePort(url)]);
  try {
    const normalized = new URL(url).toString();
    candidates.add(normalized);
    candidates.add(togglePort(normalized));
  } catch {
    // An unparsable URL can still be compared as the raw string.
  }
  return [...candidates];
}

function togglePort(url: string): string {
  const match = /^([a-z][a-z0-9+.-]*:)\/\/([^/?#]*)(.*)$/is.exec(url);
  if (match === null) return url;
  const [, scheme = '', authority = '', rest = ''] = match;
  const defaultPort = DEFAULT_PORTS[scheme.toLowerCase()];
  if (defaultPort === undefined) return url;
  const port = /:(\d*)$/.exec(authority);
  if (port === null) return `${scheme}//${authority}:${defaultPort}${rest}`;
  if (port[1] === defaultPort) return `${scheme}//${authority.slice(0, port.index)}${rest}`;
  return url;
}

function bodySha256Param(url: string): string | undefined {
  const query = url.indexOf('?');
  if (query === -1) return undefined;
  const value = new URLSearchParams(url.slice(query + 1).split('#')[0]).get('bodySHA256');
  return value === null ? undefined : value;
}

function required(form: URLSearchParams, name: string): Result<string, MalformedWebhook> {
  const value = form.get(name);
  return value === null || value === '' ? err({ reason: `missing ${name}` }) : ok(value);
}

function phoneKey(phone: string | null): string | undefined {
  return phone === null || phone === '' ? undefined : `phone:${phone}`;
}
