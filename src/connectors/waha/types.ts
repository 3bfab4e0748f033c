// WAHA wire schemas: session info, the sent-message answer, check-exists, and the error bodies WAHA (NestJS) answers with.
import { z } from 'zod';

// Loose objects throughout: WAHA's answers differ per engine (WEBJS, NOWEB, GOWS, WPP) and grow between versions, so an
// unknown field must never fail a parse. Only the fields we read are typed. Sources: the WAHA docs and its OpenAPI
// document (waha.devlike.pro, github.com/devlikeapro/waha-docs) and the WAHA source (github.com/devlikeapro/waha).

/**
 * DOC: session statuses. Only WORKING can send. Newer versions add the two PASSKEY states; the schema keeps the status
 * a string so a state WAHA adds later reads as "not WORKING" instead of as an invalid answer.
 */
export const WAHA_SESSION_STATUSES = [
  'STOPPED',
  'STARTING',
  'SCAN_QR_CODE',
  'WORKING',
  'FAILED',
  'PASSKEY_REQUIRED',
  'PASSKEY_CONFIRMATION_REQUIRED',
] as const;
export type WahaSessionStatus = (typeof WAHA_SESSION_STATUSES)[number];

/** DOC: the account a WORKING session is logged in as; `id` is its chat id (`62…@c.us`). */
export const wahaMeSchema = z.looseObject({
  id: z.string(),
  pushName: z.string().nullish(),
});

/** DOC: `GET /api/sessions/{session}`. `me` is absent or null until the session is WORKING; `engine` is `{engine}`. */
export const wahaSessionSchema = z.looseObject({
  name: z.string().min(1),
  status: z.string().min(1),
  me: wahaMeSchema.nullish(),
  engine: z.unknown().optional(),
  config: z.unknown().optional(),
});
export type WahaSessionBody = z.infer<typeof wahaSessionSchema>;

/**
 * DOC: sendText / sendImage / sendFile answer with the created message (HTTP 201). Its content is engine-dependent
 * (OBS, source): WAHA's own message shape has `id` as a string (`true_<chatId>_<WA id>`); WEBJS builds have answered
 * whatsapp-web.js' `id: {_serialized}`, and NOWEB builds Baileys' `key: {id, remoteJid, fromMe}`. The message id is what
 * we keep (it is the key of later `message.ack` events); `wahaMessageId` reads it from any of the three.
 */
export const wahaSentMessageSchema = z.looseObject({
  id: z.union([z.string().min(1), z.looseObject({ _serialized: z.string().min(1) })]).optional(),
  key: z.looseObject({ id: z.string().min(1), remoteJid: z.string().min(1), fromMe: z.boolean().optional() }).optional(),
  timestamp: z.number().nullish(),
});
export type WahaSentMessageBody = z.infer<typeof wahaSentMessageSchema>;

/** The serialized message id of a send answer, or undefined when the answer names none. */
export function wahaMessageId(body: WahaSentMessageBody): string | undefined {
  if (typeof body.id === 'string') return body.id;
  if (body.id !== undefined) return body.id._serialized;
  if (body.key === undefined) return undefined;
  // OBS (source, NOWEB `buildMessageId`): `<fromMe>_<chat id in @c.us form>_<id>`.
  const chat = body.key.remoteJid.replace(/@s\.whatsapp\.net$/, '@c.us');
  return `${body.key.fromMe === true}_${chat}_${body.key.id}`;
}

/** OBS (source): sendSeen answers an empty body on some engines and an object or `true` on others; any 2xx is success. */
export const wahaAnyBodySchema = z.unknown();

/** OBS (source): startTyping / stopTyping answer `{"result": true}`; an empty body is accepted too. */
export const wahaResultSchema = z.union([z.looseObject({ result: z.boolean().optional() }), z.undefined()]);

/** DOC: `GET /api/contacts/check-exists`: `chatId` is absent when the number has no WhatsApp account. */
export const wahaNumberExistsSchema = z.looseObject({
  numberExists: z.boolean(),
  chatId: z.string().nullish(),
});

/**
 * OBS (source, `waitUntilStatus`): a call on a session that is not WORKING after a 5 s wait answers 422 with this
 * object. NestJS sends the object itself as the body; some builds (and the documented example) wrap it as
 * `{statusCode: 422, message: {...}}`. Both are read.
 */
export const wahaNotWorkingSchema = z.looseObject({
  error: z.string().optional(),
  session: z.string().optional(),
  status: z.string(),
  expected: z.array(z.string()).optional(),
});

/**
 * OBS (source): NestJS errors `{statusCode, message, error}`, where `message` is a string, a list of validation
 * messages (400) or the not-WORKING object (422); and the file filter's `{error: {code, key, message}}` (404).
 */
export const wahaErrorBodySchema = z.looseObject({
  statusCode: z.number().optional(),
  message: z.union([z.string(), z.array(z.string()), z.record(z.string(), z.unknown())]).optional(),
  error: z.union([z.string(), z.looseObject({ key: z.string().optional(), message: z.string().optional() })]).optional(),
  status: z.string().optional(),
});
export type WahaErrorBody = z.infer<typeof wahaErrorBodySchema>;
