// WAHA simulator: sessions with settable status, the send / seen / typing / check-exists API behind X-Api-Key, signed webhooks.
import { createHmac, randomBytes } from 'node:crypto';
import { cancellableWaits, startSimServer, webhookPoster, type SimRequest, type SimResponse, type SimServer } from './base.js';

// Written from WAHA's public documentation (waha.devlike.pro, github.com/devlikeapro/waha-docs) and its source
// (github.com/devlikeapro/waha); DOC / OBS / ASSUMED mark where each behaviour comes from, as in the connector.

/** DOC: session statuses; only WORKING can send. */
export const WAHA_SIM_STATUSES = ['STOPPED', 'STARTING', 'SCAN_QR_CODE', 'WORKING', 'FAILED', 'PASSKEY_REQUIRED', 'PASSKEY_CONFIRMATION_REQUIRED'] as const;
export type WahaSimStatus = (typeof WAHA_SIM_STATUSES)[number];

/** DOC: message ack values and their names. */
export const WAHA_SIM_ACKS = { ERROR: -1, PENDING: 0, SERVER: 1, DEVICE: 2, READ: 3, PLAYED: 4 } as const;
export type WahaSimAckName = keyof typeof WAHA_SIM_ACKS;

/** DOC: one entry of a session's `config.webhooks[]`; `retries` is the constant policy only. */
export interface WahaSimWebhookConfig {
  url: string;
  /** e.g. ['message', 'session.status']; '*' is every event. */
  events: string[];
  /** Signs every request with X-Webhook-Hmac when set. */
  hmacKey?: string;
  /** DOC (`retries`, policy constant): failed requests (non-2xx or no answer) are sent again this many more times. */
  retries?: { attempts: number; delayMs: number };
}

export interface WahaSimSession {
  readonly name: string;
  status: WahaSimStatus;
  /** Every status with its time (ms), oldest first; `session.status` events carry the last three (DOC). */
  readonly statuses: Array<{ status: WahaSimStatus; timestamp: number }>;
  /** The account the session is logged in as. */
  me: { id: string; pushName: string };
  webhooks: WahaSimWebhookConfig[];
  /** DOC: echoed in every webhook of the session. */
  metadata: Record<string, string> | undefined;
}

export interface WahaSimSessionOptions {
  status?: WahaSimStatus;
  me?: { id: string; pushName: string };
  webhooks?: WahaSimWebhookConfig[];
  metadata?: Record<string, string>;
}

/** A message sent through the API (sendText, sendImage, sendFile). */
export interface WahaSimSentMessage {
  kind: 'text' | 'image' | 'file';
  /** `true_<chatId>_<id>`, as answered. */
  id: string;
  session: string;
  chatId: string;
  text: string | undefined;
  caption: string | undefined;
  file: { mimetype: string; filename: string | undefined; url: string | undefined; data: string | undefined } | undefined;
  replyTo: string | undefined;
  /** Seconds, as WAHA's message timestamps. */
  timestamp: number;
  /** The latest ack sent for it (1 SERVER until sendAck moves it). */
  ack: number;
  /** The request body as received. */
  request: Record<string, unknown>;
}

/** Every accepted API call in order: sends, seen, typing and check-exists. */
export interface WahaSimCall {
  kind: 'text' | 'image' | 'file' | 'seen' | 'typing_start' | 'typing_stop' | 'check_exists';
  session: string;
  /** The chat id, or the digits asked about for check_exists. */
  chatId: string;
  /** sendSeen's messageIds. */
  messageIds: string[] | undefined;
  /** Epoch ms. */
  time: number;
}

/** One webhook request the sim made. */
export interface WahaSimDelivery {
  event: string;
  url: string;
  /** The envelope as sent. */
  envelope: Record<string, unknown>;
  rawBody: string;
  headers: Record<string, string>;
  /** 1 for the first request, 2… for retries and redeliveries of the same bytes. */
  attempt: number;
  /** The receiver's HTTP status; 0 when the request itself failed (see `error`). */
  status: number;
  responseBody: string;
  error: string | undefined;
  /** Epoch ms when the answer (or the failure) came back. */
  time: number;
}

export interface WahaSimWebhookOptions {
  /** Where to post; defaults to every webhook of the session subscribed to the event. */
  url?: string;
  /** Defaults to `default`. */
  session?: string;
  /** Signs with this key instead of the webhook's; null sends no signature headers. */
  hmacKey?: string | null;
  /** Sends this X-Webhook-Hmac value instead of a computed one. */
  signature?: string;
  /** Sends this X-Webhook-Hmac-Algorithm value instead of sha512. */
  algorithm?: string;
  /** Leaves the envelope `id` and `timestamp` out, as builds before the envelope id did. */
  omitId?: boolean;
}

export interface WahaSimIncomingMessage {
  /** The customer: an E.164 phone or a chat id (`62812…@c.us`, a group `…@g.us`, `status@broadcast`). */
  from: string;
  body?: string;
  /** The message id; defaults to a fresh `false_<chatId>_<id>`. Pass one to resend "the same" message. */
  id?: string;
  /** Seconds; defaults to now. */
  timestamp?: number;
  fromMe?: boolean;
  /** Group sender. */
  participant?: string;
  /** An attachment; `content` (text, e.g. a small SVG or CSV) is served at `media.url` with the API key when given. */
  media?: { mimetype: string; filename?: string; content?: string };
  /** Extra payload fields (engine-specific ones WAHA may add). */
  extra?: Record<string, unknown>;
}

export interface WahaSimKnobs {
  /** What check-exists answers for a number setNumber never named. */
  unknownNumbers: 'active' | 'inactive';
  /** OBS: the 422 body for a session that is not WORKING: NestJS sends the object bare; the documented example wraps it. */
  notWorkingBody: 'wrapped' | 'bare';
  /** ASSUMED (WAHA itself has no limit): at most `requests` accepted API calls per `windowMs`, then 429 with Retry-After. */
  rateLimit: { requests: number; windowMs: number } | undefined;
  /** Acks sent automatically after each send to webhooks subscribed to `message.ack`, e.g. ['DEVICE', 'READ']. */
  ackSteps: WahaSimAckName[];
  /** Pause before each automatic webhook, in ms. */
  stepDelayMs: number;
}

export interface WahaSimOptions extends Partial<WahaSimKnobs> {
  /** DOC: required on every call as X-Api-Key (or `?x-api-key=`). Random when absent. */
  apiKey?: string;
  /** Sessions by name; defaults to one WORKING session `default`. */
  sessions?: Record<string, WahaSimSessionOptions>;
  /** Reported in envelopes (`engine`, `environment.engine`). */
  engine?: 'WEBJS' | 'NOWEB' | 'GOWS' | 'WPP';
  port?: number;
}

export interface WahaSim extends SimServer {
  readonly apiKey: string;
  /** Mutable: tests may change behaviour between calls. */
  readonly knobs: WahaSimKnobs;
  readonly sessions: ReadonlyMap<string, WahaSimSession>;
  /** Messages sent through the API, oldest first. */
  readonly messages: readonly WahaSimSentMessage[];
  /** Accepted calls in order (sends, seen, typing, check-exists). */
  readonly calls: readonly WahaSimCall[];
  /** Every webhook request the sim made, in the order answers came back. */
  readonly deliveries: readonly WahaSimDelivery[];
  /** Forgets the recorded messages, calls and webhook deliveries (sessions, numbers and knobs stay). */
  clearRecords(): void;
  addSession(name: string, options?: WahaSimSessionOptions): WahaSimSession;
  removeSession(name: string): void;
  /**
   * Moves a session to `status` and, when a webhook of the session subscribes to `session.status`, posts the event;
   * resolves with the requests made.
   */
  setStatus(status: WahaSimStatus, session?: string): Promise<WahaSimDelivery[]>;
  /** What check-exists answers for this number (E.164 or digits); `failing` answers 500. */
  setNumber(phone: string, state: 'active' | 'inactive' | 'failing', chatId?: string): void;
  /** True between startTyping and stopTyping (or a message sent) in that chat. */
  isTyping(chatId: string, session?: string): boolean;
  /** Posts a `message` envelope (a customer writing to us); resolves with the message id and the requests made. */
  sendMessage(input: WahaSimIncomingMessage, options?: WahaSimWebhookOptions): Promise<{ id: string; deliveries: WahaSimDelivery[] }>;
  /** Posts a `session.status` envelope with the session's current status and its last three. */
  sendSessionStatus(options?: WahaSimWebhookOptions): Promise<WahaSimDelivery[]>;
  /** Posts a `message.ack` for a message sent through the API and records the ack on it. */
  sendAck(messageId: string, ack: WahaSimAckName, options?: WahaSimWebhookOptions): Promise<WahaSimDelivery[]>;
  /** Posts any event with the session's envelope around `payload`. */
  postEvent(event: string, payload: Record<string, unknown>, options?: WahaSimWebhookOptions): Promise<WahaSimDelivery[]>;
  /** Re-posts identical bytes and headers (a WAHA retry after a lost answer). */
  redeliver(previous: WahaSimDelivery): Promise<WahaSimDelivery>;
  /** Resolves once every automatic webhook scheduled so far has been answered; rejects after `timeoutMs`. */
  idle(timeoutMs?: number): Promise<void>;
}

/** DOC: the account of the examples. */
const DEFAULT_ME = { id: '6281398765432@c.us', pushName: 'Toko Berkah Herbal' };
const VERSION = '2026.6.1';
/** DOC: chat id forms WAHA takes; OBS (source, `ensureSuffix`): bare digits get `@c.us` added. */
const CHAT_ID = /^(?:\d{5,20}@(?:c\.us|g\.us|lid|newsletter)|status@broadcast)$/;
const CROCKFORD = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * DOC: X-Webhook-Hmac = lowercase hex HMAC-SHA512 of the exact body bytes, the key used as its UTF-8 bytes. Exported so
 * tests can sign requests of their own the same way.
 */
export function wahaWebhookSignature(key: string, rawBody: string | Buffer): string {
  return createHmac('sha512', key).update(rawBody).digest('hex');
}

export async function startWahaSim(options: WahaSimOptions = {}): Promise<WahaSim> {
  const apiKey = options.apiKey ?? randomBytes(16).toString('hex');
  const engine = options.engine ?? 'WEBJS';
  const knobs: WahaSimKnobs = {
    unknownNumbers: options.unknownNumbers ?? 'active',
    notWorkingBody: options.notWorkingBody ?? 'wrapped',
    rateLimit: options.rateLimit,
    ackSteps: options.ackSteps ?? [],
    stepDelayMs: options.stepDelayMs ?? 5,
  };
  const sessions = new Map<string, WahaSimSession>();
  const messages: WahaSimSentMessage[] = [];
  const calls: WahaSimCall[] = [];
  const deliveries: WahaSimDelivery[] = [];
  const numbers = new Map<string, { state: 'active' | 'inactive' | 'failing'; chatId: string | undefined }>();
  const typing = new Set<string>();
  const files = new Map<string, { mimetype: string; content: string }>();
  const accepted: number[] = [];
  const pending = new Set<Promise<unknown>>();
  const poster = webhookPoster();
  const { wait, cancel: cancelWaits } = cancellableWaits();
  let closed = false;

  const addSession = (name: string, opts: WahaSimSessionOptions = {}): WahaSimSession => {
    const status = opts.status ?? 'WORKING';
    const session: WahaSimSession = {
      name, status, statuses: [{ status, timestamp: Date.now() }], me: opts.me ?? DEFAULT_ME, webhooks: opts.webhooks ?? [], metadata: opts.metadata,
    };
    sessions.set(name, session);
    return session;
  };
  for (const [name, opts] of Object.entries(options.sessions ?? { default: {} })) addSession(name, opts);

  // ---- API side -------------------------------------------------------------------------------------------------

  /** DOC: the 401 body of a missing or wrong key. */
  const unauthorized: SimResponse = { status: 401, json: { message: 'Unauthorized', statusCode: 401 } };
  const badRequest = (...problems: string[]): SimResponse => ({ status: 400, json: { statusCode: 400, message: problems, error: 'Bad Request' } });

  /** Key check, then the rate limit (ASSUMED: NestJS throttler's 429 body); answers undefined when the call may go on. */
  const gate = (req: SimRequest): SimResponse | undefined => {
    if ((req.headers['x-api-key'] ?? req.query['x-api-key']) !== apiKey) return unauthorized;
    const limit = knobs.rateLimit;
    if (limit === undefined) return undefined;
    const now = Date.now();
    while (accepted.length > 0 && (accepted[0] ?? 0) <= now - limit.windowMs) accepted.shift();
    if (accepted.length >= limit.requests) {
      const retryAfter = Math.max(1, Math.ceil(((accepted[0] ?? now) + limit.windowMs - now) / 1000));
      return { status: 429, headers: { 'retry-after': String(retryAfter) }, json: { statusCode: 429, message: 'ThrottlerException: Too Many Requests' } };
    }
    accepted.push(now);
    return undefined;
  };

  /** OBS (source): unknown session → 404; not WORKING → 422 with the expected-status object. */
  const workingSession = (name: string): WahaSimSession | SimResponse => {
    const session = sessions.get(name);
    if (session === undefined) {
      return {
        status: 404,
        json: { statusCode: 404, message: `We didn't find a session with name '${name}'.\nPlease start it first by using POST /api/sessions/${name}/start request`, error: 'Not Found' },
      };
    }
    if (session.status === 'WORKING') return session;
    const inner = { error: 'Session status is not as expected. Try again later or restart the session', session: name, status: session.status, expected: ['WORKING'] };
    return { status: 422, json: knobs.notWorkingBody === 'wrapped' ? { statusCode: 422, message: inner } : inner };
  };

  const isSession = (value: WahaSimSession | SimResponse): value is WahaSimSession => 'statuses' in value;

  /** A JSON body with a session that is WORKING and a valid chat id, or the answer WAHA would give instead. */
  const sendContext = (req: SimRequest): { body: Record<string, unknown>; session: WahaSimSession; chatId: string } | SimResponse => {
    const refused = gate(req);
    if (refused !== undefined) return refused;
    let body: unknown;
    try {
      body = req.json();
    } catch {
      return badRequest('body must be JSON');
    }
    if (!isRecord(body)) return badRequest('body must be a JSON object');
    // DOC: `session` defaults to "default".
    const name = body['session'] === undefined ? 'default' : body['session'];
    if (typeof name !== 'string' || name === '') return badRequest('session must be a string');
    const raw = body['chatId'];
    if (typeof raw !== 'string' || raw.trim() === '') return badRequest('chatId should not be empty', 'chatId must be a string');
    const chatId = /^\d+$/.test(raw) ? `${raw}@c.us` : raw;
    // ASSUMED: WAHA would pass a malformed id to the engine and fail later; the sim refuses it plainly to catch bugs.
    if (!CHAT_ID.test(chatId)) return badRequest('chatId must look like 6281234567890@c.us');
    const session = workingSession(name);
    if (!isSession(session)) return session;
    return { body, session, chatId };
  };

  const record = (kind: WahaSimCall['kind'], session: string, chatId: string, messageIds?: string[]) => {
    calls.push({ kind, session, chatId, messageIds, time: Date.now() });
  };

  const sent = (kind: WahaSimSentMessage['kind'], req: SimRequest): SimResponse => {
    const context = sendContext(req);
    if (!('chatId' in context)) return context;
    const { body, session, chatId } = context;
    let text: string | undefined;
    let file: WahaSimSentMessage['file'];
    if (kind === 'text') {
      if (typeof body['text'] !== 'string') return badRequest('text must be a string');
      text = body['text'];
    } else {
      const given = body['file'];
      if (!isRecord(given)) return badRequest('file must be an object');
      if (typeof given['mimetype'] !== 'string' || given['mimetype'] === '') return badRequest('file.mimetype must be a string');
      const url = typeof given['url'] === 'string' ? given['url'] : undefined;
      const data = typeof given['data'] === 'string' ? given['data'] : undefined;
      // ASSUMED: exactly one of url / data (the docs present them as two alternatives).
      if ((url === undefined) === (data === undefined)) return badRequest('file must have either url or data');
      if (url !== undefined && !/^https?:\/\/\S+$/.test(url)) return badRequest('file.url must be a URL address');
      file = { mimetype: given['mimetype'], filename: typeof given['filename'] === 'string' ? given['filename'] : undefined, url, data };
    }
    const caption = typeof body['caption'] === 'string' ? body['caption'] : undefined;
    const replyTo = typeof body['reply_to'] === 'string' ? body['reply_to'] : undefined;
    const message: WahaSimSentMessage = {
      kind, id: `true_${chatId}_${waId()}`, session: session.name, chatId, text, caption, file, replyTo,
      timestamp: Math.floor(Date.now() / 1000), ack: WAHA_SIM_ACKS.SERVER, request: body,
    };
    messages.push(message);
    record(kind, session.name, chatId);
    // OBS: WhatsApp clears "typing…" when a message goes out.
    typing.delete(`${session.name}|${chatId}`);
    scheduleAcks(session, message);
    // ASSUMED (DOC says "the created message"; content is engine-dependent): the shape of the sendText example.
    return {
      status: 201,
      json: {
        id: message.id, timestamp: message.timestamp, from: session.me.id, fromMe: true, source: 'api', to: chatId, body: text ?? caption ?? '',
        hasMedia: kind !== 'text', ...(file === undefined ? {} : { media: { url: file.url ?? null, mimetype: file.mimetype, filename: file.filename ?? null, error: null } }),
        ack: WAHA_SIM_ACKS.SERVER, ackName: 'SERVER', _data: {},
      },
    };
  };

  const seen = (req: SimRequest): SimResponse => {
    const context = sendContext(req);
    if (!('chatId' in context)) return context;
    const ids = context.body['messageIds'];
    if (ids !== undefined && !(Array.isArray(ids) && ids.every((id) => typeof id === 'string'))) return badRequest('messageIds must be an array of strings');
    record('seen', context.session.name, context.chatId, ids);
    // OBS (source): the controller returns nothing, so the body is empty.
    return { status: 201 };
  };

  const typingCall = (kind: 'typing_start' | 'typing_stop') => (req: SimRequest): SimResponse => {
    const context = sendContext(req);
    if (!('chatId' in context)) return context;
    record(kind, context.session.name, context.chatId);
    const key = `${context.session.name}|${context.chatId}`;
    if (kind === 'typing_start') typing.add(key);
    else typing.delete(key);
    // OBS (source): `{result: true}`.
    return { status: 201, json: { result: true } };
  };

  /** DOC: `GET /api/contacts/check-exists?phone=<digits>&session=<name>` → `{numberExists, chatId?}`. */
  const checkExists = (req: SimRequest): SimResponse => {
    const refused = gate(req);
    if (refused !== undefined) return refused;
    const phone = (req.query['phone'] ?? '').split('@')[0] ?? '';
    if (phone === '') return badRequest('phone must be a string');
    const session = workingSession(req.query['session'] ?? 'default');
    if (!isSession(session)) return session;
    // ASSUMED: WhatsApp looks numbers up by international digits; a `+` or a local 0 finds nobody.
    const digits = phone.replace(/^\+/, '');
    record('check_exists', session.name, digits);
    const known = numbers.get(digits);
    if (known?.state === 'failing') return serverError(req);
    const exists = (known?.state ?? knobs.unknownNumbers) === 'active' && /^[1-9]\d{6,14}$/.test(phone);
    return { status: 200, json: exists ? { numberExists: true, chatId: known?.chatId ?? `${digits}@c.us` } : { numberExists: false } };
  };

  const sessionInfo = (session: WahaSimSession) => ({
    name: session.name,
    status: session.status,
    config: { webhooks: session.webhooks.map(webhookConfig), metadata: session.metadata ?? null, proxy: null, debug: false },
    me: session.status === 'WORKING' ? session.me : null,
    engine: { engine },
  });

  const getSession = (req: SimRequest): SimResponse => {
    const refused = gate(req);
    if (refused !== undefined) return refused;
    const session = sessions.get(req.params['session'] ?? '');
    // OBS (source): the controller's own NotFoundException.
    if (session === undefined) return { status: 404, json: { statusCode: 404, message: 'Session not found', error: 'Not Found' } };
    return { status: 200, json: sessionInfo(session) };
  };

  const listSessions = (req: SimRequest): SimResponse => gate(req) ?? { status: 200, json: [...sessions.values()].map(sessionInfo) };

  /** DOC: media of incoming messages is downloaded from the WAHA host with the API key; OBS: the 404 of an expired file. */
  const getFile = (req: SimRequest): SimResponse => {
    const refused = gate(req);
    if (refused !== undefined) return refused;
    const file = files.get(req.path);
    if (file === undefined) {
      return { status: 404, json: { error: { code: 404, key: 'FILE_NOT_FOUND', message: 'File not found', details: 'File not found or no longer available' } } };
    }
    return { status: 200, headers: { 'content-type': file.mimetype }, text: file.content };
  };

  const routes = [
    { method: 'GET' as const, path: '/api/sessions', handler: listSessions },
    { method: 'GET' as const, path: '/api/sessions/:session', handler: getSession },
    { method: 'POST' as const, path: '/api/sendText', handler: (req: SimRequest) => sent('text', req) },
    { method: 'POST' as const, path: '/api/sendImage', handler: (req: SimRequest) => sent('image', req) },
    { method: 'POST' as const, path: '/api/sendFile', handler: (req: SimRequest) => sent('file', req) },
    { method: 'POST' as const, path: '/api/sendSeen', handler: seen },
    { method: 'POST' as const, path: '/api/startTyping', handler: typingCall('typing_start') },
    { method: 'POST' as const, path: '/api/stopTyping', handler: typingCall('typing_stop') },
    { method: 'GET' as const, path: '/api/contacts/check-exists', handler: checkExists },
    { method: 'GET' as const, path: '/api/files/:session/:file', handler: getFile },
  ];
  const server = await startSimServer({ name: 'waha', routes, ...(options.port === undefined ? {} : { port: options.port }) });

  // ---- webhook side ---------------------------------------------------------------------------------------------

  const sessionOf = (name = 'default'): WahaSimSession => {
    const session = sessions.get(name);
    if (session === undefined) throw new Error(`waha sim: no session ${name}`);
    return session;
  };

  /** DOC: the envelope `{id, timestamp, event, session, metadata, me, payload, engine, environment}`. */
  const envelope = (event: string, session: WahaSimSession, payload: Record<string, unknown>, omitId: boolean): Record<string, unknown> => ({
    ...(omitId ? {} : { id: `evt_${ulid()}`, timestamp: Date.now() }),
    event,
    session: session.name,
    ...(session.metadata === undefined ? {} : { metadata: session.metadata }),
    ...(session.status === 'WORKING' ? { me: session.me } : {}),
    payload,
    engine,
    environment: { version: VERSION, engine, tier: 'CORE', browser: engine === 'WEBJS' ? '/usr/bin/google-chrome-stable' : null },
  });

  const post = async (event: string, url: string, rawBody: string, headers: Record<string, string>, attempt: number, body: Record<string, unknown>): Promise<WahaSimDelivery> => {
    const base = { event, url, envelope: body, rawBody, headers, attempt };
    const delivery: WahaSimDelivery = { ...base, ...(await poster.post(url, { headers, body: rawBody, timeoutMs: 10_000 })) };
    deliveries.push(delivery);
    return delivery;
  };

  /** Posts one event to each target (its retries included), in parallel; resolves with every request made. */
  const postEvent = async (event: string, payload: Record<string, unknown>, opts: WahaSimWebhookOptions = {}): Promise<WahaSimDelivery[]> => {
    const session = sessionOf(opts.session);
    const targets: WahaSimWebhookConfig[] =
      opts.url !== undefined
        ? [{ url: opts.url, events: ['*'], ...hmacOf(session, opts.url) }]
        : session.webhooks.filter((hook) => hook.events.includes('*') || hook.events.includes(event));
    if (targets.length === 0) throw new Error(`waha sim: no url given and no webhook of session ${session.name} subscribes to ${event}`);
    const results = await Promise.all(
      targets.map(async (hook) => {
        const body = envelope(event, session, payload, opts.omitId === true);
        const rawBody = JSON.stringify(body);
        const key = opts.hmacKey === undefined ? hook.hmacKey : (opts.hmacKey ?? undefined);
        // DOC: request headers; OBS: the User-Agent.
        const headers: Record<string, string> = {
          'content-type': 'application/json',
          'user-agent': `WAHA/${VERSION}`,
          'x-webhook-request-id': ulid(),
          'x-webhook-timestamp': String(Date.now()),
        };
        if (key !== undefined || opts.signature !== undefined) {
          headers['x-webhook-hmac'] = opts.signature ?? wahaWebhookSignature(key ?? '', rawBody);
          headers['x-webhook-hmac-algorithm'] = opts.algorithm ?? 'sha512';
        }
        const made: WahaSimDelivery[] = [];
        const attempts = 1 + (hook.retries?.attempts ?? 0);
        for (let attempt = 1; attempt <= attempts && !closed; attempt += 1) {
          if (attempt > 1) await wait(hook.retries?.delayMs ?? 0);
          const delivery = await post(event, hook.url, rawBody, headers, attempt, body);
          made.push(delivery);
          // ASSUMED: anything but a 2xx is a failure WAHA retries.
          if (delivery.status >= 200 && delivery.status < 300) break;
        }
        return made;
      }),
    );
    return results.flat();
  };

  /** A webhook given by URL is signed with the key of the session's webhook for that URL, if there is one. */
  const hmacOf = (session: WahaSimSession, url: string): { hmacKey?: string } => {
    const key = session.webhooks.find((hook) => hook.url === url)?.hmacKey;
    return key === undefined ? {} : { hmacKey: key };
  };

  const subscribed = (session: WahaSimSession, event: string) => session.webhooks.some((hook) => hook.events.includes('*') || hook.events.includes(event));

  const track = <T>(work: Promise<T>): Promise<T> => {
    pending.add(work);
    void work.finally(() => pending.delete(work)).catch(() => undefined);
    return work;
  };

  const ackPayload = (message: WahaSimSentMessage, ack: WahaSimAckName, session: WahaSimSession) => ({
    // DOC minimum `{id, from, participant, fromMe, ack, ackName}`; ASSUMED: our own message is from us, to the chat.
    id: message.id, from: session.me.id, to: message.chatId, participant: null, fromMe: true, ack: WAHA_SIM_ACKS[ack], ackName: ack,
  });

  const sendAck = (messageId: string, ack: WahaSimAckName, opts: WahaSimWebhookOptions = {}): Promise<WahaSimDelivery[]> => {
    const message = messages.find((m) => m.id === messageId);
    if (message === undefined) throw new Error(`waha sim: no sent message ${messageId}`);
    message.ack = WAHA_SIM_ACKS[ack];
    return postEvent('message.ack', ackPayload(message, ack, sessionOf(message.session)), { session: message.session, ...opts });
  };

  const scheduleAcks = (session: WahaSimSession, message: WahaSimSentMessage) => {
    if (knobs.ackSteps.length === 0 || !subscribed(session, 'message.ack')) return;
    const steps = [...knobs.ackSteps];
    void track(
      (async () => {
        for (const step of steps) {
          await wait(knobs.stepDelayMs);
          if (closed) return;
          await sendAck(message.id, step);
        }
      })(),
    );
  };

  const sessionStatusPayload = (session: WahaSimSession) => ({ status: session.status, statuses: session.statuses.slice(-3), data: null });

  const close = async () => {
    closed = true;
    cancelWaits();
    poster.abortAll();
    await server.close();
  };

  return {
    ...server,
    close,
    apiKey,
    knobs,
    sessions,
    messages,
    calls,
    deliveries,
    clearRecords: () => {
      messages.length = 0;
      calls.length = 0;
      deliveries.length = 0;
    },
    addSession,
    removeSession: (name) => void sessions.delete(name),
    setStatus: async (status, name) => {
      const session = sessionOf(name);
      session.status = status;
      session.statuses.push({ status, timestamp: Date.now() });
      if (!subscribed(session, 'session.status')) return [];
      return track(postEvent('session.status', sessionStatusPayload(session), { session: session.name }));
    },
    setNumber: (phone, state, chatId) => {
      numbers.set(phone.trim().replace(/^\+/, ''), { state, chatId });
    },
    isTyping: (chatId, name = 'default') => typing.has(`${name}|${chatId}`),
    sendMessage: async (input, opts = {}) => {
      const session = sessionOf(opts.session);
      const from = input.from.startsWith('+') ? `${input.from.slice(1)}@c.us` : input.from;
      const id = input.id ?? `${input.fromMe === true}_${from}_${waId()}`;
      let media: Record<string, unknown> | null = null;
      if (input.media !== undefined) {
        const extension = input.media.mimetype.split('/')[1]?.split(/[;+]/)[0] ?? 'bin';
        const path = `/api/files/${session.name}/${id}.${extension}`;
        if (input.media.content !== undefined) files.set(path, { mimetype: input.media.mimetype, content: input.media.content });
        media = { url: `${server.url}${path}`, mimetype: input.media.mimetype, filename: input.media.filename ?? null, error: null };
      }
      // The field set and order of the `message` example; `to` is our own account for a customer's message.
      const payload = {
        id, timestamp: input.timestamp ?? Math.floor(Date.now() / 1000), from: input.fromMe === true ? session.me.id : from, fromMe: input.fromMe === true,
        source: input.fromMe === true ? 'api' : 'app', to: input.fromMe === true ? from : session.me.id, participant: input.participant ?? null,
        body: input.body ?? '', hasMedia: input.media !== undefined, media, ack: WAHA_SIM_ACKS.SERVER, ackName: 'SERVER', vCards: [], _data: {},
        ...input.extra,
      };
      return { id, deliveries: await postEvent('message', payload, opts) };
    },
    sendSessionStatus: (opts = {}) => postEvent('session.status', sessionStatusPayload(sessionOf(opts.session)), opts),
    sendAck,
    postEvent,
    redeliver: (previous) => post(previous.event, previous.url, previous.rawBody, previous.headers, previous.attempt + 1, previous.envelope),
    idle: async (timeoutMs = 5_000) => {
      const deadline = Date.now() + timeoutMs;
      while (pending.size > 0) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`waha sim: webhooks still pending after ${timeoutMs} ms`);
        let timer: NodeJS.Timeout | undefined;
        const expired = new Promise<void>((resolve) => {
          timer = setTimeout(resolve, left);
        });
        await Promise.race([Promise.allSettled([...pending]), expired]);
        clearTimeout(timer);
      }
    },
  };

  /** OBS (source): the exception filter's 500 body. */
  function serverError(req: SimRequest): SimResponse {
    return {
      status: 500,
      json: {
        statusCode: 500, timestamp: new Date().toISOString(), exception: { message: 'Failed to query the number', name: 'Error' },
        request: { path: req.path, method: req.method, query: withoutKey(req.query) }, version: { version: VERSION, engine, tier: 'CORE' },
      },
    };
  }
}

/** DOC: the webhook config as `GET /api/sessions/{session}` shows it; the hmac key is echoed as configured. */
function webhookConfig(hook: WahaSimWebhookConfig): Record<string, unknown> {
  return {
    url: hook.url,
    events: hook.events,
    hmac: hook.hmacKey === undefined ? null : { key: hook.hmacKey },
    retries: hook.retries === undefined ? null : { policy: 'constant', delaySeconds: hook.retries.delayMs / 1000, attempts: hook.retries.attempts },
    customHeaders: null,
  };
}

function withoutKey(query: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(query).filter(([name]) => name.toLowerCase() !== 'x-api-key'));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A WhatsApp message id as the examples show them: `3EB0` and 16 upper-case hex digits. */
function waId(): string {
  return `3EB0${randomBytes(8).toString('hex').toUpperCase()}`;
}

/** A lower-case ULID (DOC: envelope ids are `evt_` + one): 10 characters of time, 16 of randomness. */
function ulid(): string {
  let time = Date.now();
  let head = '';
  for (let i = 0; i < 10; i += 1) {
    head = (CROCKFORD[time % 32] ?? '0') + head;
    time = Math.floor(time / 32);
  }
  let tail = '';
  for (const byte of randomBytes(16)) tail += CROCKFORD[byte % 32] ?? '0';
  return head + tail;
}
