// Reading a WhatsApp webhook body (pure): WAHA's envelope or the flat `{from, body, timestamp, message_id}`, into what the assistant acts on.
import { z } from 'zod';

/** A customer's message, whichever body shape brought it. */
export interface InboundMessage {
  readonly kind: 'message';
  readonly session: string;
  /** WAHA's payload.id (or the flat body's message_id): the dedupe key with the session. */
  readonly messageId: string;
  /** Digits only, country code first (`6281234567890`). */
  readonly digits: string;
  readonly chatId: string;
  readonly body: string;
  /** The message's own time, epoch ms; null when the body has none that reads. */
  readonly at: number | null;
  readonly media: { readonly kind: 'image' | 'file' | 'video' | 'location' | 'other'; readonly url: string | null } | null;
}

export type InboundRead =
  | InboundMessage
  | { readonly kind: 'session.status'; readonly session: string; readonly status: string; readonly at: number | null }
  | { readonly kind: 'message.ack'; readonly session: string; readonly messageId: string; readonly ack: number }
  /** Acknowledged and not acted on: a group, our own message, an event we do not use. */
  | { readonly kind: 'ignored'; readonly reason: string }
  /** The body lacks a field the event needs: answered 400 naming it. */
  | { readonly kind: 'malformed'; readonly field: string; readonly reason: string };

const flatBody = z.object({
  from: z.string().min(5).max(64),
  body: z.string().max(65_536).optional().default(''),
  // Read by readMessageTime, never refused. `.optional()` is needed: zod 4 counts a bare unknown() key as required.
  timestamp: z.unknown().optional(),
  message_id: z.string().min(1).max(200),
});

const messagePayload = z.object({
  id: z.string().min(1).max(300),
  from: z.string().min(3).max(128),
  fromMe: z.boolean().optional().default(false),
  body: z.string().max(65_536).nullish(),
  // As in flatBody: read by readMessageTime, never refused.
  timestamp: z.unknown().optional(),
  hasMedia: z.boolean().optional(),
  media: z.object({ url: z.string().nullish(), mimetype: z.string().nullish() }).nullish(),
  location: z.object({ latitude: z.union([z.number(), z.string()]), longitude: z.union([z.number(), z.string()]) }).nullish(),
  to: z.string().nullish(),
});

const firstIssue = (error: z.ZodError, prefix: string) => {
  const issue = error.issues[0];
  const field = [prefix, ...(issue?.path ?? []).map(String)].filter((p) => p !== '').join('.');
  return { kind: 'malformed' as const, field, reason: `${field}: ${issue?.message ?? 'invalid'}` };
};

/**
 * A message's time, epoch ms: `2025-01-25 10:30:00` (taken as UTC+7, Indonesia's WIB, when no zone is given), ISO
 * text, or epoch seconds or milliseconds as a number or as digits (WAHA sends seconds). The time only orders and dates
 * the message, so one that does not read is null and the message is still answered: refusing it would silence a
 * customer over a field they never see.
 */
export function readMessageTime(value: unknown): number | null {
  if (typeof value === 'string' && /^\d{9,13}$/.test(value.trim())) value = Number(value.trim());
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value <= 0) return null;
    return value < 1e12 ? value * 1000 : value;
  }
  if (typeof value !== 'string' || value.length > 40) return null;
  const local = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (local) {
    const [, y, mo, d, h, mi, s] = local.map(Number) as number[];
    return Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, (h ?? 0) - 7, mi ?? 0, s ?? 0);
  }
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? null : parsed;
}

/** Groups, channels and status updates are not conversations with a customer. */
export function chatIgnoredBecause(chatId: string): string | undefined {
  if (chatId === 'status@broadcast') return 'a status update';
  if (chatId.endsWith('@g.us')) return 'a group message';
  if (chatId.endsWith('@newsletter')) return 'a channel (newsletter) message';
  if (chatId.endsWith('@broadcast')) return 'a broadcast list message';
  if (chatId.endsWith('@lid')) return 'a hidden linked id without a phone number';
  return undefined;
}

function mediaOf(p: z.infer<typeof messagePayload>): InboundMessage['media'] {
  if (p.location) return { kind: 'location', url: `https://maps.google.com/?q=${p.location.latitude},${p.location.longitude}` };
  if (!p.hasMedia) return null;
  const type = p.media?.mimetype ?? '';
  const kind = type.startsWith('image/') ? 'image' : type.startsWith('video/') ? 'video' : type === '' ? 'other' : 'file';
  return { kind, url: p.media?.url ?? null };
}

/** Reads one webhook body. `defaultSession` names the session of a flat body (it names none). */
export function readInbound(body: unknown, defaultSession: string): InboundRead {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { kind: 'malformed', field: 'body', reason: 'body: expected a JSON object' };
  const record = body as Record<string, unknown>;
  if (!('event' in record)) {
    const flat = flatBody.safeParse(record);
    if (!flat.success) return firstIssue(flat.error, '');
    const digits = flat.data.from.replace(/@.*$/, '').replace(/\D/g, '');
    const chatId = `${digits}@c.us`;
    const ignored = chatIgnoredBecause(chatId);
    if (ignored) return { kind: 'ignored', reason: ignored };
    if (digits.length < 6) return { kind: 'malformed', field: 'from', reason: 'from: expected a phone number' };
    return { kind: 'message', session: defaultSession, messageId: flat.data.message_id, digits, chatId, body: flat.data.body, at: readMessageTime(flat.data.timestamp), media: null };
  }
  const event = record['event'];
  if (typeof event !== 'string' || event === '') return { kind: 'malformed', field: 'event', reason: 'event: expected a string' };
  const session = typeof record['session'] === 'string' && record['session'] !== '' ? record['session'] : defaultSession;
  const payload = record['payload'];
  if (event === 'message') {
    const parsed = messagePayload.safeParse(payload);
    if (!parsed.success) return firstIssue(parsed.error, 'payload');
    const p = parsed.data;
    if (p.fromMe) return { kind: 'ignored', reason: 'our own message' };
    const ignored = chatIgnoredBecause(p.from);
    if (ignored) return { kind: 'ignored', reason: ignored };
    const digits = p.from.replace(/@.*$/, '').replace(/\D/g, '');
    if (digits.length < 6) return { kind: 'malformed', field: 'payload.from', reason: 'payload.from: expected a chat id like 6281234567890@c.us' };
    // `@s.whatsapp.net` (inside some engines' data) and bare digits are the same person's `@c.us` chat.
    const chatId = p.from.endsWith('@c.us') ? p.from : `${digits}@c.us`;
    return { kind: 'message', session, messageId: p.id, digits, chatId, body: p.body ?? '', at: readMessageTime(p.timestamp), media: mediaOf(p) };
  }
  if (event === 'session.status') {
    const parsed = z.object({ status: z.string().min(1).max(64) }).safeParse(payload);
    if (!parsed.success) return firstIssue(parsed.error, 'payload');
    const at = typeof record['timestamp'] === 'number' ? record['timestamp'] : null;
    return { kind: 'session.status', session, status: parsed.data.status, at };
  }
  if (event === 'message.ack') {
    const parsed = z.object({ id: z.string().min(1), ack: z.number().int() }).safeParse(payload);
    if (!parsed.success) return firstIssue(parsed.error, 'payload');
    return { kind: 'message.ack', session, messageId: parsed.data.id, ack: parsed.data.ack };
  }
  return { kind: 'ignored', reason: `event ${event.slice(0, 60)} is not used by the assistant` };
}
