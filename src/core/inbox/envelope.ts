// What every stored webhook must satisfy whatever its source: a body that is UTF-8 text, and an id, type and serial key
// short and free of control characters (they are indexed columns, log fields and lookup keys).
import { err, ok, type Result } from '../errors.js';
import { hasControlCharacters } from '../provider-values.js';
import type { MalformedWebhook, ParsedWebhook } from './types.js';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Limits of the stored envelope fields, in characters. */
export const ENVELOPE_LIMITS = { eventId: 255, type: 100, serialKey: 300 } as const;

/**
 * The raw body is kept as text for audit: bytes that are not UTF-8 would be stored altered, and a NUL cannot be
 * stored in PostgreSQL text at all, so both are refused (before parsing, whatever the content type says).
 */
export function checkBodyText(rawBody: Buffer): Result<string, MalformedWebhook> {
  let text: string;
  try {
    text = utf8.decode(rawBody);
  } catch {
    return err({ reason: 'body is not valid UTF-8 text' });
  }
  if (text.includes('\u0000')) return err({ reason: 'body contains a NUL character' });
  return ok(text);
}

/** Refuses an event whose id, type or serial key is too long or holds control characters, naming which. */
export function checkEnvelope(parsed: ParsedWebhook): Result<ParsedWebhook, MalformedWebhook> {
  const fields: [keyof typeof ENVELOPE_LIMITS, string | undefined, string][] = [
    ['eventId', parsed.eventId, 'event id'],
    ['type', parsed.type, 'event type'],
    ['serialKey', parsed.serialKey, 'the id it is ordered by (order, customer, phone or chat)'],
  ];
  for (const [key, value, name] of fields) {
    if (value === undefined) continue;
    if (value.length > ENVELOPE_LIMITS[key]) return err({ reason: `${name} is longer than ${ENVELOPE_LIMITS[key]} characters` });
    if (hasControlCharacters(value)) return err({ reason: `${name} contains control characters` });
  }
  return ok(parsed);
}
