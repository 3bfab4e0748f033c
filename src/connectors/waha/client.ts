// WAHA (WhatsApp HTTP API) client: session status, send text / image / file, seen, typing, check-exists; X-Api-Key auth.
import type { ZodType } from 'zod';
import { err, ok, type Result } from '../../core/errors.js';
import { ProviderError, type HttpClient } from '../../core/http/index.js';
import { checkExistsDigits } from './chat-id.js';
import {
  wahaAnyBodySchema,
  wahaErrorBodySchema,
  wahaMessageId,
  wahaNotWorkingSchema,
  wahaNumberExistsSchema,
  wahaResultSchema,
  wahaSentMessageSchema,
  wahaSessionSchema,
  type WahaErrorBody,
} from './types.js';

/** DOC: where WAHA listens unless deployed elsewhere; every route is under `/api`. */
export const WAHA_DEFAULT_BASE_URL = 'http://localhost:3000';

/**
 * OBS (source): before answering 422 WAHA waits up to 5 s for a session to become WORKING, so a call's timeout must
 * be well above that or a session that is just starting reads as a timeout.
 */
export const WAHA_MIN_TIMEOUT_MS = 10_000;

export interface WahaClientOptions {
  /** The WAHA server's origin, e.g. WAHA_DEFAULT_BASE_URL or a simulator's url; a trailing `/api` is tolerated. */
  baseUrl: string;
  /** DOC: sent as the `X-Api-Key` header on every call, never in the URL. */
  apiKey: string;
  /** DOC: the session (one WhatsApp account) every call names; `default` unless configured. */
  session: string;
  http: HttpClient;
  /** Per-call timeout in ms; defaults to the transport's own. */
  timeoutMs?: number;
}

/** A file WAHA downloads from a URL it can reach (DOC: `file.url`; base64 `file.data` is not offered here). */
export interface WahaFile {
  url: string;
  /** DOC: images should be `image/jpeg` (WAHA does not convert); documents any type, e.g. `application/pdf`. */
  mimetype: string;
  /** Shown as the document's name; optional for images. */
  filename?: string;
}

export interface WahaSession {
  name: string;
  /** STOPPED, STARTING, SCAN_QR_CODE, WORKING, FAILED, or a newer state (PASSKEY_…). */
  status: string;
  /** Only WORKING can send (DOC). */
  working: boolean;
  /** The account the session is logged in as, when WAHA says (WORKING sessions). */
  me: { chatId: string; pushName: string | undefined } | undefined;
  /** WEBJS, NOWEB, GOWS or WPP, when WAHA says. */
  engine: string | undefined;
}

export interface WahaSentMessage {
  /** WAHA's serialized message id (`true_<chatId>_<WA id>`): the key of later `message.ack` events. */
  messageId: string;
  /** Seconds since epoch, when the engine says. */
  timestamp: number | undefined;
}

export interface WahaNumberStatus {
  /** True when the number has a WhatsApp account. */
  exists: boolean;
  /** DOC: the chat id WhatsApp knows the number by (it may differ from the digits, e.g. Brazil's ninth digit). */
  chatId: string | undefined;
}

export interface SendTextInput {
  chatId: string;
  text: string;
  /** Id of a message to quote. */
  replyTo?: string;
  /** DOC: link previews default to on; WhatsApp may flag bulk previews, so callers choose. */
  linkPreview?: boolean;
}

export interface SendMediaInput {
  chatId: string;
  file: WahaFile;
  caption?: string;
  replyTo?: string;
}

export interface WahaClient {
  readonly session: string;
  /** `GET /api/sessions/{session}`: the session's status; the settings test and health checks read it. */
  getSession(): Promise<Result<WahaSession, ProviderError>>;
  /** `POST /api/sendText`. */
  sendText(input: SendTextInput): Promise<Result<WahaSentMessage, ProviderError>>;
  /** `POST /api/sendImage`, the image by URL. */
  sendImage(input: SendMediaInput): Promise<Result<WahaSentMessage, ProviderError>>;
  /** `POST /api/sendFile`: a document attachment (PDF, brochure), by URL. */
  sendFile(input: SendMediaInput): Promise<Result<WahaSentMessage, ProviderError>>;
  /** `POST /api/sendSeen`: marks the chat (or the given messages, which NOWEB/GOWS need) as read. */
  sendSeen(input: { chatId: string; messageIds?: readonly string[] }): Promise<Result<void, ProviderError>>;
  /** `POST /api/startTyping`: shows "typing…" until stopTyping or a message is sent. */
  startTyping(input: { chatId: string }): Promise<Result<void, ProviderError>>;
  /** `POST /api/stopTyping`. */
  stopTyping(input: { chatId: string }): Promise<Result<void, ProviderError>>;
  /**
   * `GET /api/contacts/check-exists?phone=<digits>&session=…`: whether a number has WhatsApp. Takes an E.164 phone or
   * international digits; anything else is refused before any call, as WAHA could only guess.
   */
  checkExists(phone: string): Promise<Result<WahaNumberStatus, ProviderError>>;
}

/** Why WAHA refused, read from its error body. */
export type WahaRefusal =
  /** 422: the session exists but is not WORKING (STARTING, SCAN_QR_CODE, STOPPED, FAILED…). Retryable: a person can fix it. */
  | 'session_not_working'
  /** 404: no session by that name; older builds also answer this for a session that was never started. Retryable. */
  | 'session_not_found'
  /** 422: the engine or the build cannot do it (older Core builds refused media sends as "Plus only"). */
  | 'not_supported'
  /** 400: WAHA's validation refused the body. */
  | 'invalid_request'
  /** 404 FILE_NOT_FOUND: a media file has expired on the WAHA host. */
  | 'file_not_found';

/**
 * A WAHA refusal: the transport's classification (kind, status, Retry-After) plus the reason from WAHA's body. The
 * message names the session and its status, never the API key or the recipient.
 */
export class WahaApiError extends ProviderError {
  readonly refusal: WahaRefusal;
  /** The session's status when WAHA reported it (422 not WORKING). */
  readonly sessionStatus: string | undefined;

  constructor(from: ProviderError, refusal: WahaRefusal, detail: string, sessionStatus: string | undefined, retryable: boolean) {
    super(from.kind, `${from.message}: ${detail}`, from.options({ retryable }));
    this.name = 'WahaApiError';
    this.refusal = refusal;
    this.sessionStatus = sessionStatus;
  }
}

export function createWahaClient(options: WahaClientOptions): WahaClient {
  const api = `${options.baseUrl.replace(/\/+$/, '').replace(/\/api$/, '')}/api`;
  const session = options.session;
  // The transport blanks this header's value out of any error body it keeps (the name contains "key").
  const headers = { 'x-api-key': options.apiKey };
  const timeout = options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs };

  async function call<T>(
    method: 'GET' | 'POST',
    path: string,
    schema: ZodType<T>,
    extra: { json?: Record<string, unknown>; query?: Record<string, string> },
  ): Promise<Result<T, ProviderError>> {
    const result = await options.http.request({ method, url: `${api}${path}`, headers, schema, ...extra, ...timeout });
    if (!result.ok) return err(withRefusal(result.error, session));
    return ok(result.value.body);
  }

  const post = <T>(path: string, json: Record<string, unknown>, schema: ZodType<T>) => call('POST', path, schema, { json: { session, ...json } });

  async function sendMessage(path: string, json: Record<string, unknown>): Promise<Result<WahaSentMessage, ProviderError>> {
    const result = await post(path, json, wahaSentMessageSchema);
    if (!result.ok) return result;
    const messageId = wahaMessageId(result.value);
    if (messageId === undefined) {
      return err(
        new ProviderError('invalid_response', `POST ${api}${path} answered a message without an id`, {
          retryable: false,
          method: 'POST',
          url: `${api}${path}`,
        }),
      );
    }
    return ok({ messageId, timestamp: result.value.timestamp ?? undefined });
  }

  const media = (input: SendMediaInput): Record<string, unknown> => ({
    chatId: input.chatId,
    file: { mimetype: input.file.mimetype, url: input.file.url, ...(input.file.filename === undefined ? {} : { filename: input.file.filename }) },
    ...(input.caption === undefined ? {} : { caption: input.caption }),
    ...(input.replyTo === undefined ? {} : { reply_to: input.replyTo }),
  });

  const done = (result: Result<unknown, ProviderError>): Result<void, ProviderError> => (result.ok ? ok(undefined) : result);

  return {
    session,

    async getSession() {
      const result = await call('GET', `/sessions/${encodeURIComponent(session)}`, wahaSessionSchema, {});
      if (!result.ok) return result;
      const body = result.value;
      return ok({
        name: body.name,
        status: body.status,
        working: body.status === 'WORKING',
        me: body.me ? { chatId: body.me.id, pushName: body.me.pushName ?? undefined } : undefined,
        engine: engineName(body.engine),
      });
    },

    sendText: (input) =>
      sendMessage('/sendText', {
        chatId: input.chatId,
        text: input.text,
        ...(input.replyTo === undefined ? {} : { reply_to: input.replyTo }),
        ...(input.linkPreview === undefined ? {} : { linkPreview: input.linkPreview }),
      }),

    sendImage: (input) => sendMessage('/sendImage', media(input)),

    sendFile: (input) => sendMessage('/sendFile', media(input)),

    async sendSeen(input) {
      const ids = input.messageIds === undefined || input.messageIds.length === 0 ? {} : { messageIds: [...input.messageIds] };
      return done(await post('/sendSeen', { chatId: input.chatId, ...ids }, wahaAnyBodySchema));
    },

    startTyping: async (input) => done(await post('/startTyping', { chatId: input.chatId }, wahaResultSchema)),

    stopTyping: async (input) => done(await post('/stopTyping', { chatId: input.chatId }, wahaResultSchema)),

    async checkExists(phone) {
      const digits = checkExistsDigits(phone);
      const url = `${api}/contacts/check-exists`;
      if (digits === undefined) {
        // No phone in the message: it may be a customer's, and error texts end up in logs and job records.
        return err(new ProviderError('rejected', `GET ${url} not called: the phone is not an international number`, { retryable: false, method: 'GET', url }));
      }
      const result = await call('GET', '/contacts/check-exists', wahaNumberExistsSchema, { query: { phone: digits, session } });
      if (!result.ok) return result;
      return ok({ exists: result.value.numberExists, chatId: result.value.numberExists ? (result.value.chatId ?? undefined) : undefined });
    },
  };
}

/** The reason WAHA gave for a failed call (the ProviderError itself when it is a WahaApiError), or undefined. */
export function wahaRefusal(error: unknown): WahaRefusal | undefined {
  return error instanceof WahaApiError ? error.refusal : undefined;
}

/** Reads WAHA's error body into a refusal; transport failures (timeouts, 5xx, 401, 429) pass through as they are. */
function withRefusal(error: ProviderError, session: string): ProviderError {
  const body = parseErrorBody(error.responseBody);
  if (error.status === 422) {
    const notWorking = notWorkingOf(body);
    if (notWorking !== undefined) {
      return new WahaApiError(error, 'session_not_working', `session ${session} is ${notWorking}, not WORKING`, notWorking, true);
    }
    return new WahaApiError(error, 'not_supported', `WAHA cannot do this: ${short(messageOf(body) ?? 'unprocessable')}`, undefined, false);
  }
  if (error.status === 404) {
    const fileKey = typeof body?.error === 'object' ? body.error.key : undefined;
    if (fileKey === 'FILE_NOT_FOUND') return new WahaApiError(error, 'file_not_found', 'the media file is no longer on the WAHA host', undefined, false);
    const message = messageOf(body);
    if (message !== undefined && /session/i.test(message)) {
      return new WahaApiError(error, 'session_not_found', `WAHA has no running session named ${session}`, undefined, true);
    }
    return error;
  }
  if (error.status === 400) {
    return new WahaApiError(error, 'invalid_request', `WAHA refused the request: ${short(messageOf(body) ?? 'bad request')}`, undefined, false);
  }
  return error;
}

function parseErrorBody(text: string | undefined): WahaErrorBody | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  let candidate: unknown;
  try {
    candidate = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = wahaErrorBodySchema.safeParse(candidate);
  return parsed.success ? parsed.data : undefined;
}

/** The current status from the 422 object, sent bare (source) or wrapped in `message` (documented example). */
function notWorkingOf(body: WahaErrorBody | undefined): string | undefined {
  if (body === undefined) return undefined;
  for (const candidate of [body.message, body]) {
    const parsed = wahaNotWorkingSchema.safeParse(candidate);
    if (parsed.success && (parsed.data.expected !== undefined || parsed.data.session !== undefined)) return parsed.data.status;
  }
  return undefined;
}

function messageOf(body: WahaErrorBody | undefined): string | undefined {
  const message = body?.message;
  if (typeof message === 'string') return message;
  if (Array.isArray(message)) return message.join('; ');
  if (typeof body?.error === 'string') return body.error;
  return undefined;
}

/** WAHA's texts are one line of English; a cap keeps a long validation list out of job records. */
function short(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

function engineName(engine: unknown): string | undefined {
  if (typeof engine === 'string') return engine;
  if (typeof engine === 'object' && engine !== null && 'engine' in engine && typeof engine.engine === 'string') return engine.engine;
  return undefined;
}
