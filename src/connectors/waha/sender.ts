// The delivery sender for provider `waha`: one WhatsApp call per delivery (text, image, file, seen, typing), payload checked by zod.
import { z } from 'zod';
import { AppError } from '../../core/errors.js';
import { chatIdFromPhone, normalizeChatId } from './chat-id.js';
import type { WahaClient, WahaSentMessage } from './client.js';

// Idempotency. WAHA takes no idempotency key (its docs and source have none for sends). Since 2026.4.3 the NOWEB and
// GOWS engines accept a pre-generated message `id` on sendText (from `GET /api/{session}/new-message-id`), but WEBJS
// does not, media sends do not, and nothing documents that WAHA or WhatsApp drops a second send with the same id; so
// we do not rely on it. Instead: the delivery row's idempotency key makes one delivery per intent, and the send job
// never calls WAHA again for a delivery recorded as sent. What is left is the one ambiguous case of every API
// without keys: WAHA accepted the message but the answer was lost (timeout, dropped connection); the retry then
// sends it a second time. We accept that (a repeated WhatsApp message) over losing a reply.

const chatTarget = {
  /** A chat id as WAHA takes it (`62812…@c.us`, a group `…@g.us`, `…@lid`); wins over `phone`. */
  chat_id: z.string().min(1).optional(),
  /** An E.164 phone (`+62812…`), turned into `62812…@c.us`. */
  phone: z.string().min(1).optional(),
};

const media = {
  ...chatTarget,
  /** A URL the WAHA server can download. */
  url: z.url({ protocol: /^https?$/ }),
  caption: z.string().optional(),
  filename: z.string().min(1).optional(),
  reply_to: z.string().min(1).optional(),
};

/**
 * What a `waha` delivery carries: the call and its fields. Fields a module adds for itself (business ids, template
 * names) are ignored.
 */
export const wahaDeliveryPayloadSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('text'),
    ...chatTarget,
    text: z.string().min(1).max(65_536),
    reply_to: z.string().min(1).optional(),
    link_preview: z.boolean().optional(),
  }),
  /** DOC: WAHA sends images as they are; JPEG is what WhatsApp shows everywhere, hence the default. */
  z.object({ kind: z.literal('image'), ...media, mimetype: z.string().min(3).default('image/jpeg') }),
  z.object({ kind: z.literal('file'), ...media, mimetype: z.string().min(3) }),
  /** Marks the chat read; NOWEB and GOWS need the ids of the messages being read. */
  z.object({ kind: z.literal('seen'), ...chatTarget, message_ids: z.array(z.string().min(1)).optional() }),
  z.object({ kind: z.literal('typing_start'), ...chatTarget }),
  z.object({ kind: z.literal('typing_stop'), ...chatTarget }),
]);
export type WahaDeliveryPayload = z.input<typeof wahaDeliveryPayloadSchema>;
export type WahaDeliveryKind = WahaDeliveryPayload['kind'];

/** What the sender stores as the delivery's response. */
export interface WahaDeliveryResponse {
  kind: WahaDeliveryKind;
  session: string;
  chat_id: string;
  /** WAHA's message id for text, image and file (the key of `message.ack` events); null for seen and typing. */
  message_id: string | null;
}

/** The fields of a delivery row the sender reads (a core delivery row has them). */
export interface WahaDelivery {
  readonly payload: string;
}

/**
 * Performs one `waha` delivery with the workspace's client. A payload that does not parse is a permanent
 * `validation_failed`; a WAHA failure is thrown as the transport's ProviderError (a WahaApiError when WAHA said why),
 * whose `retryable` and `retryAfterMs` the queue follows: 408, 429, 5xx, timeouts, dropped connections and a session
 * that is not WORKING are tried again; a refused key, a refused body or an unsupported feature fail at once.
 */
export async function sendWahaDelivery(client: WahaClient, delivery: WahaDelivery): Promise<{ response: WahaDeliveryResponse }> {
  const payload = parsePayload(delivery.payload);
  const chatId = chatIdOf(payload);
  const respond = (sent: WahaSentMessage | undefined): { response: WahaDeliveryResponse } => ({
    response: { kind: payload.kind, session: client.session, chat_id: chatId, message_id: sent?.messageId ?? null },
  });
  const file = (p: { url: string; mimetype: string; filename?: string | undefined }) => ({
    url: p.url,
    mimetype: p.mimetype,
    ...(p.filename === undefined ? {} : { filename: p.filename }),
  });
  const extras = (p: { caption?: string | undefined; reply_to?: string | undefined }) => ({
    ...(p.caption === undefined ? {} : { caption: p.caption }),
    ...(p.reply_to === undefined ? {} : { replyTo: p.reply_to }),
  });

  switch (payload.kind) {
    case 'text': {
      const result = await client.sendText({
        chatId,
        text: payload.text,
        ...(payload.reply_to === undefined ? {} : { replyTo: payload.reply_to }),
        ...(payload.link_preview === undefined ? {} : { linkPreview: payload.link_preview }),
      });
      if (!result.ok) throw result.error;
      return respond(result.value);
    }
    case 'image':
    case 'file': {
      const input = { chatId, file: file(payload), ...extras(payload) };
      const result = payload.kind === 'image' ? await client.sendImage(input) : await client.sendFile(input);
      if (!result.ok) throw result.error;
      return respond(result.value);
    }
    case 'seen': {
      const result = await client.sendSeen({ chatId, ...(payload.message_ids === undefined ? {} : { messageIds: payload.message_ids }) });
      if (!result.ok) throw result.error;
      return respond(undefined);
    }
    case 'typing_start':
    case 'typing_stop': {
      const result = payload.kind === 'typing_start' ? await client.startTyping({ chatId }) : await client.stopTyping({ chatId });
      if (!result.ok) throw result.error;
      return respond(undefined);
    }
  }
}

/**
 * A sender for the connector descriptor: finds the workspace's client for each delivery (settings are read per send,
 * so a changed key or session applies to the next attempt), then sends. `C` is the job context the queue passes.
 */
export function createWahaSender<D extends WahaDelivery, C>(
  clientFor: (delivery: D, jobContext: C) => Promise<WahaClient>,
): (delivery: D, jobContext: C) => Promise<{ response: WahaDeliveryResponse }> {
  return async (delivery, jobContext) => {
    // Checked before the settings are read: a malformed payload is the module's bug, whatever the settings say.
    parsePayload(delivery.payload);
    return sendWahaDelivery(await clientFor(delivery, jobContext), delivery);
  };
}

type ParsedPayload = z.output<typeof wahaDeliveryPayloadSchema>;

function parsePayload(text: string): ParsedPayload {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw invalid('the payload is not JSON');
  }
  const parsed = wahaDeliveryPayloadSchema.safeParse(raw);
  if (!parsed.success) {
    const fields = parsed.error.issues.slice(0, 5).map((issue) => (issue.path.length > 0 ? issue.path.join('.') : 'kind'));
    throw invalid(`the payload does not fit a WAHA call (${[...new Set(fields)].join(', ')})`);
  }
  return parsed.data;
}

function chatIdOf(payload: ParsedPayload): string {
  if (payload.chat_id !== undefined) {
    const chatId = normalizeChatId(payload.chat_id);
    if (chatId === undefined) throw invalid('chat_id is not a WhatsApp chat id');
    return chatId;
  }
  if (payload.phone !== undefined) {
    const chatId = chatIdFromPhone(payload.phone);
    if (chatId === undefined) throw invalid('phone is not an E.164 number');
    return chatId;
  }
  throw invalid('the payload names neither chat_id nor phone');
}

/** Permanent: sending the same payload again cannot succeed. No payload values in the text: they may be a customer's. */
function invalid(reason: string): AppError {
  return new AppError('validation_failed', `WAHA delivery: ${reason}`, { retryable: false });
}
