// Twilio simulator: the Messages API (create, fetch) behind Basic auth, signed status callbacks and signed inbound messages.
import { createHmac, randomBytes } from 'node:crypto';
import { cancellableWaits, startSimServer, webhookPoster, type SimRequest, type SimResponse, type SimServer } from './base.js';

// Written from Twilio's public documentation only. Where it documents nothing, a comment says ASSUMED.

/** DOC: the Message resource status enum. */
export const TWILIO_SIM_STATUSES = [
  'queued', 'sending', 'sent', 'failed', 'delivered', 'undelivered', 'receiving', 'received',
  'accepted', 'scheduled', 'read', 'partially_delivered', 'canceled',
] as const;
export type TwilioSimStatus = (typeof TWILIO_SIM_STATUSES)[number];

/** DOC: whole-body keywords Twilio acts on itself (case-insensitive, surrounding whitespace ignored). */
export const TWILIO_SIM_OPT_OUT_KEYWORDS = ['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'REVOKE', 'OPTOUT'] as const;
export const TWILIO_SIM_OPT_IN_KEYWORDS = ['START', 'YES', 'UNSTOP'] as const;
export const TWILIO_SIM_HELP_KEYWORDS = ['HELP', 'INFO'] as const;

export interface TwilioSimMessage {
  sid: string;
  accountSid: string;
  to: string;
  /** `From` as requested; null when only a Messaging Service was named (the create response shows null too). */
  from: string | null;
  /** The number callbacks report as `From`: the requested one, or the Messaging Service's pool number. */
  sender: string;
  messagingServiceSid: string | null;
  body: string;
  mediaUrls: string[];
  statusCallback: string | undefined;
  status: TwilioSimStatus;
  errorCode: number | null;
  numSegments: number;
  /** RFC 2822, as the API shows them. */
  dateCreated: string;
  dateUpdated: string;
  dateSent: string | null;
  /** Every status the message went through, in the true order, the initial one first. */
  history: TwilioSimStatus[];
}

/** One webhook request the sim made (status callback or inbound message). */
export interface TwilioSimDelivery {
  kind: 'status' | 'inbound';
  /** The URL signed: the StatusCallback as given, or the URL passed to sendInbound. */
  url: string;
  /** The address actually called; differs from `url` only when `resolveUrl` maps it. */
  target: string;
  messageSid: string;
  /** MessageStatus of a status callback. */
  messageStatus: string | undefined;
  params: Record<string, string>;
  rawBody: string;
  signature: string;
  headers: Record<string, string>;
  /** The receiver's HTTP status; 0 when the request itself failed (see `error`). */
  status: number;
  responseBody: string;
  error: string | undefined;
  /** Epoch ms when the answer (or the failure) came back. */
  time: number;
}

export interface TwilioSimSignOptions {
  /** Signs with another token (bad-signature tests). */
  authToken?: string;
  /** Sends this header value instead of a computed signature. */
  signature?: string;
}

export interface SendStatusOptions extends TwilioSimSignOptions {
  /** Sent as ErrorCode; defaults to the number's failNumber code for failed/undelivered. */
  errorCode?: number;
  /** Defaults to the message's StatusCallback. */
  url?: string;
  /** Sends the identical request this many times (default 1). */
  repeat?: number;
  /** Extra form fields, e.g. ones Twilio may add without notice. */
  extraParams?: Record<string, string>;
}

export interface SendInboundInput {
  From: string;
  To: string;
  Body: string;
  /** DOC: only with Advanced Opt-Out; set explicitly here, or by the `advancedOptOut` sim option. */
  OptOutType?: 'STOP' | 'START' | 'HELP';
  /** Defaults to a fresh SM… sid; pass one to resend "the same" message. */
  MessageSid?: string;
  MessagingServiceSid?: string;
  extraParams?: Record<string, string>;
}

export interface TwilioSimKnobs {
  /** auto: every create with a StatusCallback gets its callbacks; manual: only sendStatus sends them. */
  callbacks: 'auto' | 'manual';
  /** Delivers a message's automatic callbacks in a shuffled order (never the true one when there are two or more). */
  shuffle: boolean;
  /** Sends each automatic callback this many times. */
  repeat: number;
  /** Pause before each automatic callback, in ms. */
  stepDelayMs: number;
}

export interface TwilioSimOptions extends Partial<TwilioSimKnobs> {
  accountSid?: string;
  authToken?: string;
  /** DOC: an API Key SID (SK…) and secret are accepted as Basic credentials too. */
  apiKey?: { sid: string; secret: string };
  port?: number;
  /** The number a Messaging Service sends from (callbacks' From). */
  serviceNumber?: string;
  /** Adds OptOutType to inbound keyword messages, as Advanced Opt-Out does. */
  advancedOptOut?: boolean;
  /** Maps the URL Twilio signs to the address the sim connects to (a public URL served behind a proxy). */
  resolveUrl?: (url: string) => string;
}

export interface TwilioSim extends SimServer {
  readonly accountSid: string;
  readonly authToken: string;
  /** Mutable: tests may change callback behaviour between sends. */
  readonly knobs: TwilioSimKnobs;
  /** Every message created ("sent"), oldest first. */
  readonly messages: readonly TwilioSimMessage[];
  /** Every webhook request the sim made, in the order answers came back. */
  readonly deliveries: readonly TwilioSimDelivery[];
  readonly optedOut: ReadonlySet<string>;
  /** Creating a message to this number now fails with 21610, as after a STOP reply. */
  optOut(number: string): void;
  optIn(number: string): void;
  /** Messages to this number end undelivered (default, ErrorCode 30003) or failed (default for 30008). */
  failNumber(number: string, errorCode?: number, status?: 'undelivered' | 'failed'): void;
  findMessage(sid: string): TwilioSimMessage | undefined;
  /** Moves the message forward to `status` without any callback, as when Twilio's callback never arrives. */
  setStatus(messageSid: string, status: TwilioSimStatus, errorCode?: number): void;
  /** The form fields of a status callback for this message, without sending it. */
  statusParams(messageSid: string, status: TwilioSimStatus, errorCode?: number): Record<string, string>;
  /**
   * POSTs the signed callback for `status` (several times with `repeat`) and moves the message forward to it; a
   * status behind the current one (a late `sent` after `delivered`) is sent but leaves the message where it is.
   */
  sendStatus(messageSid: string, status: TwilioSimStatus, options?: SendStatusOptions): Promise<TwilioSimDelivery[]>;
  /** POSTs a signed inbound-message webhook; an opt-out/opt-in keyword also changes `optedOut`, as Twilio does. */
  sendInbound(url: string, input: SendInboundInput, options?: TwilioSimSignOptions): Promise<TwilioSimDelivery>;
  /** Re-POSTs identical bytes and signature. */
  redeliver(previous: TwilioSimDelivery): Promise<TwilioSimDelivery>;
  /** Resolves once every automatic callback scheduled so far has been answered; rejects after `timeoutMs`. */
  idle(timeoutMs?: number): Promise<void>;
}

const API_VERSION = '2010-04-01';
const E164 = /^\+[1-9]\d{6,14}$/;
/** ASSUMED: an alphanumeric sender id is 1–11 letters, digits and spaces with at least one letter. */
const ALPHANUMERIC_SENDER = /^(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}$/;
const MAX_BODY = 1600;
/** GSM 03.38 basic set plus the extension characters, for segment counting. */
const GSM_BASIC = /^[@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&'()*+,\-./0-9:;<=>?¡A-ZÄÖÑÜ§¿a-zäöñüà^{}\\[~\]|€]*$/;

const ERRORS: Readonly<Record<number, { status: number; message: string }>> = {
  20003: { status: 401, message: 'Authenticate' },
  20404: { status: 404, message: 'The requested resource was not found' },
  21211: { status: 400, message: "Invalid 'To' Phone Number" },
  // ASSUMED codes below 21610: Twilio's own for a missing field.
  21602: { status: 400, message: 'Message body is required.' },
  21603: { status: 400, message: "A 'From' phone number is required." },
  21604: { status: 400, message: "A 'To' phone number is required." },
  21606: { status: 400, message: "The 'From' phone number provided is not a valid message-capable Twilio phone number for this destination/account." },
  21609: { status: 400, message: 'Invalid StatusCallback url' },
  21610: { status: 400, message: 'Attempt to send to unsubscribed recipient' },
  21617: { status: 400, message: 'The concatenated message body exceeds the 1600 character limit.' },
  20429: { status: 429, message: 'Too Many Requests' },
};

/** The documented error body `{code, message, more_info, status}`; use it with `fail()` for Twilio-shaped faults. */
export function twilioSimErrorBody(code: number, status?: number, message?: string): { code: number; message: string; more_info: string; status: number } {
  const known = ERRORS[code];
  return { code, message: message ?? known?.message ?? `Error ${code}`, more_info: `https://www.twilio.com/docs/errors/${code}`, status: status ?? known?.status ?? 400 };
}

export async function startTwilioSim(options: TwilioSimOptions = {}): Promise<TwilioSim> {
  const accountSid = options.accountSid ?? `AC${hex(32)}`;
  const authToken = options.authToken ?? hex(32);
  const serviceNumber = options.serviceNumber ?? '+14155550123';
  const resolveUrl = options.resolveUrl ?? ((url: string) => url);
  const knobs: TwilioSimKnobs = {
    callbacks: options.callbacks ?? 'auto',
    shuffle: options.shuffle ?? false,
    repeat: options.repeat ?? 1,
    stepDelayMs: options.stepDelayMs ?? 5,
  };
  const messages: TwilioSimMessage[] = [];
  const deliveries: TwilioSimDelivery[] = [];
  const optedOut = new Set<string>();
  const failing = new Map<string, { errorCode: number; status: 'undelivered' | 'failed' }>();
  const pending = new Set<Promise<void>>();
  const { wait, cancel: cancelWaits } = cancellableWaits();
  const poster = webhookPoster();
  let closed = false;


  const authorized = (req: SimRequest): boolean => {
    const match = /^basic\s+(.+)$/i.exec(req.headers['authorization'] ?? '');
    if (match?.[1] === undefined) return false;
    const decoded = Buffer.from(match[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    const [user, password] = colon === -1 ? [decoded, ''] : [decoded.slice(0, colon), decoded.slice(colon + 1)];
    const valid = (user === accountSid && password === authToken) || (options.apiKey !== undefined && user === options.apiKey.sid && password === options.apiKey.secret);
    // ASSUMED: valid credentials used on another account's URL are refused with the same 20003.
    return valid && req.params['accountSid'] === accountSid;
  };
  const errorResponse = (code: number, message?: string): SimResponse => {
    const body = twilioSimErrorBody(code, undefined, message);
    return code === 20003
      ? { status: body.status, headers: { 'www-authenticate': 'Basic realm="Twilio API"' }, json: body }
      : { status: body.status, json: body };
  };

  const create = (req: SimRequest): SimResponse => {
    if (!authorized(req)) return errorResponse(20003);
    const form = req.formParams();
    const to = form.get('To')?.trim() ?? '';
    const from = form.get('From')?.trim() || null;
    const service = form.get('MessagingServiceSid')?.trim() || null;
    const body = form.get('Body') ?? '';
    const mediaUrls = form.getAll('MediaUrl');
    const callback = form.get('StatusCallback') ?? undefined;
    if (to === '') return errorResponse(21604);
    if (!E164.test(to)) return errorResponse(21211, `Invalid 'To' Phone Number: ${to}`);
    if (from === null && service === null) return errorResponse(21603);
    if (from !== null && !E164.test(from) && !ALPHANUMERIC_SENDER.test(from)) return errorResponse(21606);
    if (body === '' && mediaUrls.length === 0) return errorResponse(21602);
    if (body.length > MAX_BODY) return errorResponse(21617);
    if (callback !== undefined && !/^https?:\/\/\S+$/i.test(callback)) return errorResponse(21609);
    if (optedOut.has(to)) return errorResponse(21610);

    const now = rfc2822(Date.now());
    // DOC: `accepted` first with a Messaging Service, `queued` otherwise.
    const initial: TwilioSimStatus = service === null ? 'queued' : 'accepted';
    const message: TwilioSimMessage = {
      sid: `SM${hex(32)}`, accountSid, to, from, sender: from ?? serviceNumber, messagingServiceSid: service, body, mediaUrls,
      statusCallback: callback, status: initial, errorCode: null, numSegments: segments(body), dateCreated: now, dateUpdated: now,
      dateSent: null, history: [initial],
    };
    messages.push(message);
    if (callback !== undefined && knobs.callbacks === 'auto') schedule(message);
    return { status: 201, json: render(message) };
  };

  const fetchOne = (req: SimRequest): SimResponse => {
    if (!authorized(req)) return errorResponse(20003);
    const message = messages.find((m) => m.sid === req.params['sid']);
    return message === undefined ? errorResponse(20404, `The requested resource ${req.path} was not found`) : { status: 200, json: render(message) };
  };

  // DOC: the Account resource; ASSUMED friendly name. The settings test fetches it to prove the credentials.
  const fetchAccount = (req: SimRequest): SimResponse => {
    if (!authorized(req)) return errorResponse(20003);
    return { status: 200, json: { sid: accountSid, friendly_name: 'Leadcycle simulator', status: 'active', type: 'Full' } };
  };

  const routes = [
    { method: 'GET' as const, path: `/${API_VERSION}/Accounts/:accountSid.json`, handler: fetchAccount },
    { method: 'POST' as const, path: `/${API_VERSION}/Accounts/:accountSid/Messages.json`, handler: create },
    { method: 'GET' as const, path: `/${API_VERSION}/Accounts/:accountSid/Messages/:sid.json`, handler: fetchOne },
  ];
  const server = await startSimServer({ name: 'twilio', routes, ...(options.port === undefined ? {} : { port: options.port }) });

  const findMessage = (sid: string) => messages.find((m) => m.sid === sid);
  const messageOf = (sid: string) => {
    const message = findMessage(sid);
    if (message === undefined) throw new Error(`twilio sim: no message ${sid}`);
    return message;
  };

  /**
   * Moves the message forward to `status`, never backwards: a late `sent` after `delivered` is still sent as a
   * callback but leaves the message delivered. `path` lists the true steps, so the history shows the ones passed.
   */
  const advance = (message: TwilioSimMessage, status: TwilioSimStatus, errorCode: number | undefined, path: readonly TwilioSimStatus[] = [status]) => {
    if (rank(status) <= rank(message.status)) return;
    const from = path.indexOf(message.status);
    const to = path.indexOf(status);
    for (const step of from === -1 || to === -1 ? [status] : path.slice(from + 1, to + 1)) message.history.push(step);
    message.status = status;
    message.dateUpdated = rfc2822(Date.now());
    if (message.dateSent === null && rank(status) >= rank('sent') && status !== 'failed' && status !== 'canceled') message.dateSent = message.dateUpdated;
    if (status === 'failed' || status === 'undelivered') message.errorCode = errorCode ?? null;
  };

  const statusParams: TwilioSim['statusParams'] = (sid, status, errorCode) => {
    const message = messageOf(sid);
    const params: Record<string, string> = { AccountSid: accountSid, ApiVersion: API_VERSION };
    if ((status === 'failed' || status === 'undelivered') && errorCode !== undefined) params['ErrorCode'] = String(errorCode);
    params['From'] = message.sender;
    params['MessageSid'] = message.sid;
    params['MessageStatus'] = status;
    if (message.messagingServiceSid !== null) params['MessagingServiceSid'] = message.messagingServiceSid;
    // DOC: the carrier receipt time YYMMDDhhmm (no zone) rides on some delivered/undelivered callbacks; always sent here.
    if (status === 'delivered' || status === 'undelivered') params['RawDlrDoneDate'] = dlrDate(Date.now());
    params['SmsSid'] = message.sid;
    params['SmsStatus'] = status;
    params['To'] = message.to;
    return params;
  };

  const post = async (
    kind: TwilioSimDelivery['kind'],
    url: string,
    params: Record<string, string>,
    sign: TwilioSimSignOptions,
    previous?: TwilioSimDelivery,
  ): Promise<TwilioSimDelivery> => {
    const rawBody = previous?.rawBody ?? new URLSearchParams(params).toString();
    const signature = previous?.signature ?? sign.signature ?? twilioSignature(sign.authToken ?? authToken, url, params);
    // DOC: form-encoded POST with X-Twilio-Signature; ASSUMED user agent.
    const headers = previous?.headers ?? {
      'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
      'user-agent': 'TwilioProxy/1.1',
      'x-twilio-signature': signature,
    };
    const target = resolveUrl(url);
    const base = { kind, url, target, messageSid: params['MessageSid'] ?? '', messageStatus: kind === 'status' ? params['MessageStatus'] : undefined, params, rawBody, signature, headers };
    const delivery: TwilioSimDelivery = { ...base, ...(await poster.post(target, { headers, body: rawBody, timeoutMs: 10_000 })) };
    deliveries.push(delivery);
    return delivery;
  };

  /** DOC: one callback per transition after the initial status; ASSUMED path sending → sent → final. */
  const schedule = (message: TwilioSimMessage) => {
    const failure = failing.get(message.to);
    const path: TwilioSimStatus[] = message.messagingServiceSid === null ? ['queued'] : ['accepted', 'queued'];
    path.push('sending', 'sent', failure?.status ?? 'delivered');
    const steps = path.slice(1).flatMap((status) => Array.from({ length: Math.max(1, knobs.repeat) }, () => status));
    const order = knobs.shuffle ? shuffled(steps) : steps;
    const url = message.statusCallback ?? '';
    const chain = (async () => {
      for (const status of order) {
        await wait(knobs.stepDelayMs);
        if (closed) return;
        advance(message, status, failure?.errorCode, path);
        const errorCode = status === 'failed' || status === 'undelivered' ? failure?.errorCode : undefined;
        await post('status', url, statusParams(message.sid, status, errorCode), {});
      }
    })();
    pending.add(chain);
    void chain.finally(() => pending.delete(chain));
  };

  const close = async () => {
    closed = true;
    cancelWaits();
    poster.abortAll();
    await server.close();
  };

  return {
    ...server,
    close,
    accountSid,
    authToken,
    knobs,
    messages,
    deliveries,
    optedOut,
    optOut: (number) => void optedOut.add(number),
    optIn: (number) => void optedOut.delete(number),
    failNumber: (number, errorCode = 30003, status) => {
      failing.set(number, { errorCode, status: status ?? (errorCode === 30008 ? 'failed' : 'undelivered') });
    },
    findMessage,
    setStatus: (sid, status, errorCode) => advance(messageOf(sid), status, errorCode),
    statusParams,
    sendStatus: async (sid, status, opts = {}) => {
      const message = messageOf(sid);
      const url = opts.url ?? message.statusCallback;
      if (url === undefined) throw new Error(`twilio sim: message ${sid} has no StatusCallback and no url was given`);
      const failure = failing.get(message.to);
      const failed = status === 'failed' || status === 'undelivered';
      // Our choice: undelivered carries 30003 and failed 30008 unless the number was given its own code.
      const errorCode = opts.errorCode ?? (failed ? (failure?.errorCode ?? (status === 'undelivered' ? 30003 : 30008)) : undefined);
      advance(message, status, errorCode);
      const params = { ...statusParams(sid, status, errorCode), ...opts.extraParams };
      const sent: TwilioSimDelivery[] = [];
      for (let i = 0; i < Math.max(1, opts.repeat ?? 1); i += 1) sent.push(await post('status', url, params, opts));
      return sent;
    },
    sendInbound: (url, input, opts = {}) => {
      const sid = input.MessageSid ?? `SM${hex(32)}`;
      const keyword = input.Body.trim().toUpperCase();
      const optOutType = input.OptOutType ?? (options.advancedOptOut === true ? keywordType(keyword) : undefined);
      // DOC: Twilio itself blocks further messages after an opt-out keyword, and lifts the block on an opt-in one.
      if (optOutType === 'STOP' || (input.OptOutType === undefined && isOneOf(keyword, TWILIO_SIM_OPT_OUT_KEYWORDS))) optedOut.add(input.From);
      if (optOutType === 'START' || (input.OptOutType === undefined && isOneOf(keyword, TWILIO_SIM_OPT_IN_KEYWORDS))) optedOut.delete(input.From);
      // Field set and order of examples/twilio-inbound-message*.json; geo hints are often empty (DOC).
      const params: Record<string, string> = {
        AccountSid: accountSid, ApiVersion: API_VERSION, Body: input.Body, From: input.From, FromCity: '', FromCountry: country(input.From),
        FromState: '', FromZip: '', MessageSid: sid,
      };
      if (input.MessagingServiceSid !== undefined) params['MessagingServiceSid'] = input.MessagingServiceSid;
      Object.assign(params, { NumMedia: '0', NumSegments: String(segments(input.Body)) });
      if (optOutType !== undefined) params['OptOutType'] = optOutType;
      Object.assign(params, {
        SmsMessageSid: sid, SmsSid: sid, SmsStatus: 'received', To: input.To, ToCity: '', ToCountry: country(input.To), ToState: '', ToZip: '',
        ...input.extraParams,
      });
      return post('inbound', url, params, opts);
    },
    redeliver: (previous) => post(previous.kind, previous.url, previous.params, {}, previous),
    idle: async (timeoutMs = 5_000) => {
      const deadline = Date.now() + timeoutMs;
      while (pending.size > 0) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`twilio sim: callbacks still pending after ${timeoutMs} ms`);
        let timer: NodeJS.Timeout | undefined;
        const expired = new Promise<void>((resolve) => {
          timer = setTimeout(resolve, left);
        });
        await Promise.race([Promise.all([...pending]), expired]);
        clearTimeout(timer);
      }
    },
  };
}

/**
 * DOC: base64 HMAC-SHA1 under the auth token of the URL followed by every parameter as name+value, sorted by
 * name in code-unit order. Exported so tests can sign requests of their own the same way.
 */
export function twilioSignature(authToken: string, url: string, params: Record<string, string>): string {
  const data = Object.keys(params)
    .sort()
    .map((name) => name + (params[name] ?? ''))
    .join('');
  return createHmac('sha1', authToken).update(url + data, 'utf8').digest('base64');
}

function render(m: TwilioSimMessage): Record<string, unknown> {
  const uri = `/${API_VERSION}/Accounts/${m.accountSid}/Messages/${m.sid}`;
  return {
    account_sid: m.accountSid, api_version: API_VERSION, body: m.body, date_created: m.dateCreated, date_sent: m.dateSent,
    date_updated: m.dateUpdated, direction: 'outbound-api', error_code: m.errorCode, error_message: null,
    // ASSUMED: `from` stays null while a Messaging Service has not picked the sender.
    from: m.from, messaging_service_sid: m.messagingServiceSid, num_media: String(m.mediaUrls.length), num_segments: String(m.numSegments),
    price: null, price_unit: 'USD', sid: m.sid, status: m.status, subresource_uris: { media: `${uri}/Media.json` }, to: m.to, uri: `${uri}.json`,
  };
}

/** Where a status sits on the way to a final one; terminal statuses share a rank, and read comes after delivered. */
function rank(status: TwilioSimStatus): number {
  switch (status) {
    case 'accepted': case 'scheduled': return 0;
    case 'queued': return 1;
    case 'sending': return 2;
    case 'sent': return 3;
    case 'read': return 5;
    case 'receiving': case 'received': return 0;
    default: return 4;
  }
}

function keywordType(keyword: string): 'STOP' | 'START' | 'HELP' | undefined {
  if (isOneOf(keyword, TWILIO_SIM_OPT_OUT_KEYWORDS)) return 'STOP';
  if (isOneOf(keyword, TWILIO_SIM_OPT_IN_KEYWORDS)) return 'START';
  if (isOneOf(keyword, TWILIO_SIM_HELP_KEYWORDS)) return 'HELP';
  return undefined;
}

function isOneOf(value: string, list: readonly string[]): boolean {
  return list.includes(value);
}

/** GSM-7 text fits 160 characters in one segment (153 when split); anything else is UCS-2, 70 (67 when split). */
function segments(body: string): number {
  if (body === '') return 1;
  const [single, multi] = GSM_BASIC.test(body) ? [160, 153] : [70, 67];
  return body.length <= single ? 1 : Math.ceil(body.length / multi);
}

/** ASSUMED: a two-letter country hint from the calling code, for the handful of numbers tests use. */
function country(number: string): string {
  if (number.startsWith('+62')) return 'ID';
  if (number.startsWith('+502')) return 'GT';
  if (number.startsWith('+1')) return 'US';
  if (number.startsWith('+44')) return 'GB';
  return '';
}

/** Fisher–Yates; a result equal to the input is rotated by one, so "shuffled" always means out of order. */
function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = randomBytes(1).readUInt8(0) % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  if (out.every((item, i) => item === items[i]) && new Set(items).size > 1) {
    const first = out.shift();
    if (first !== undefined) out.push(first);
  }
  return out;
}

function hex(length: number): string {
  return randomBytes(Math.ceil(length / 2)).toString('hex').slice(0, length);
}

function rfc2822(ms: number): string {
  return new Date(ms).toUTCString().replace(/GMT$/, '+0000');
}

function dlrDate(ms: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(2, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}`;
}
