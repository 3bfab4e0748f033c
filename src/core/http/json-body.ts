// Reading a webhook body as a JSON object, with the reason worded for the webhook log when it is not one.
import { err, ok, type Result } from '../errors.js';
import type { MalformedWebhook } from '../inbox/types.js';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function parseJsonObject(rawBody: Buffer): Result<Record<string, unknown>, MalformedWebhook> {
  let body: unknown;
  try {
    body = JSON.parse(rawBody.toString('utf8'));
  } catch {
    return err({ reason: 'body is not valid JSON' });
  }
  return isRecord(body) ? ok(body) : err({ reason: 'body is not a JSON object' });
}

export function nonEmptyString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
