// Twilio Messages API client: send one SMS; a REST error keeps Twilio's numeric code, so 21610 (opted out) is recognisable.
import { err, ok, type Result } from '../../core/errors.js';
import { ProviderError, type HttpClient } from '../../core/http/transport.js';
import { TWILIO_ERROR, twilioAccountSchema, twilioErrorBodySchema, twilioMessageSchema } from './types.js';

/** DOC: the REST origin; paths below add `/2010-04-01/Accounts/...`. */
export const TWILIO_DEFAULT_BASE_URL = 'https://api.twilio.com';

const API_VERSION = '2010-04-01';

export interface TwilioClientOptions {
  /** Origin without `/2010-04-01`, e.g. TWILIO_DEFAULT_BASE_URL or a simulator's url. */
  baseUrl: string;
  accountSid: string;
  /** The Basic-auth password: the Auth Token, or the API Key secret when `apiKeySid` is set. */
  authToken: string;
  /** DOC: an API Key SID (`SK…`) may replace the AccountSid as the Basic-auth user. */
  apiKeySid?: string;
  http: HttpClient;
}

/** A sender is `from` (number, short code or alphanumeric id), a Messaging Service, or both. */
export type SendSmsInput = {
  /** E.164, e.g. +6281234567890. */
  to: string;
  /** Up to 1600 characters; Twilio splits longer-than-one-segment text itself. */
  body: string;
  /** Our status-callback URL (PUBLIC_URL + path); Twilio signs the callbacks it sends there with this exact string. */
  statusCallback?: string;
} & ({ from: string; messagingServiceSid?: string } | { from?: undefined; messagingServiceSid: string });

export interface SentSms {
  /** `SM…`: the key of every later status callback. */
  sid: string;
  /** The initial status: `queued`, or `accepted` with a Messaging Service. */
  status: string;
}

export interface TwilioAccount {
  sid: string;
  friendlyName: string | undefined;
  /** `active`, `suspended` or `closed`. */
  status: string | undefined;
}

export interface TwilioClient {
  /** `POST /2010-04-01/Accounts/{AccountSid}/Messages.json`, form-encoded. */
  sendSms(input: SendSmsInput): Promise<Result<SentSms, ProviderError>>;
  /** DOC: `GET /2010-04-01/Accounts/{AccountSid}.json`: the cheapest call that proves the credentials (the settings test). */
  fetchAccount(): Promise<Result<TwilioAccount, ProviderError>>;
  /** DOC: `GET /2010-04-01/Accounts/{AccountSid}/Messages/{Sid}.json`: a message's status now (reconciliation). */
  fetchMessage(sid: string): Promise<Result<{ sid: string; status: string; errorCode: number | undefined }, ProviderError>>;
}

/**
 * A Twilio REST error: the transport's classification (kind, status, retryable, Retry-After) plus Twilio's own code.
 * The message names the code only: Twilio's text may repeat the phone number.
 */
export class TwilioApiError extends ProviderError {
  readonly twilioCode: number;
  readonly moreInfo: string | undefined;

  constructor(from: ProviderError, twilioCode: number, moreInfo: string | undefined) {
    super(from.kind, `${from.message} (Twilio error ${twilioCode})`, from.options());
    this.name = 'TwilioApiError';
    this.twilioCode = twilioCode;
    this.moreInfo = moreInfo;
  }
}

export function createTwilioClient(options: TwilioClientOptions): TwilioClient {
  const origin = options.baseUrl.replace(/\/+$/, '');
  const user = options.apiKeySid ?? options.accountSid;
  // The transport blanks this header's value (and the decoded user and password) out of any error body it keeps.
  const headers = { authorization: `Basic ${Buffer.from(`${user}:${options.authToken}`, 'utf8').toString('base64')}` };
  const accountUrl = `${origin}/${API_VERSION}/Accounts/${encodeURIComponent(options.accountSid)}`;
  const messagesUrl = `${accountUrl}/Messages.json`;

  return {
    async sendSms(input) {
      const form: Record<string, string> = { To: input.to, Body: input.body };
      if (input.from !== undefined) form['From'] = input.from;
      if (input.messagingServiceSid !== undefined) form['MessagingServiceSid'] = input.messagingServiceSid;
      if (input.statusCallback !== undefined) form['StatusCallback'] = input.statusCallback;
      const result = await options.http.request({ method: 'POST', url: messagesUrl, headers, form, schema: twilioMessageSchema });
      if (!result.ok) return err(withTwilioCode(result.error));
      return ok({ sid: result.value.body.sid, status: result.value.body.status });
    },
    async fetchAccount() {
      const result = await options.http.request({ method: 'GET', url: `${accountUrl}.json`, headers, schema: twilioAccountSchema });
      if (!result.ok) return err(withTwilioCode(result.error));
      const body = result.value.body;
      return ok({ sid: body.sid, friendlyName: body.friendly_name ?? undefined, status: body.status ?? undefined });
    },
    async fetchMessage(sid) {
      const result = await options.http.request({ method: 'GET', url: `${accountUrl}/Messages/${encodeURIComponent(sid)}.json`, headers, schema: twilioMessageSchema });
      if (!result.ok) return err(withTwilioCode(result.error));
      const body = result.value.body;
      return ok({ sid: body.sid, status: body.status, errorCode: body.error_code ?? undefined });
    },
  };
}

/**
 * Twilio's numeric error code (21610, 21211, 20003, 20429…) of a failed call, or undefined when the failure carried
 * no Twilio error body (network, timeout, a proxy's HTML page). Reads the kept response body when the error is a
 * plain ProviderError, e.g. one rebuilt from a job's stored error.
 */
export function twilioErrorCode(error: unknown): number | undefined {
  if (error instanceof TwilioApiError) return error.twilioCode;
  if (!(error instanceof ProviderError)) return undefined;
  return parseErrorBody(error.responseBody)?.code;
}

/** True when Twilio refused because the recipient opted out (21610): mark the number opted out, never retry. */
export function isTwilioOptOutError(error: unknown): boolean {
  return twilioErrorCode(error) === TWILIO_ERROR.unsubscribedRecipient;
}

function withTwilioCode(error: ProviderError): ProviderError {
  const body = parseErrorBody(error.responseBody);
  return body === undefined ? error : new TwilioApiError(error, body.code, body.more_info);
}

function parseErrorBody(text: string | undefined): { code: number; more_info?: string | undefined } | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  let candidate: unknown;
  try {
    candidate = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = twilioErrorBodySchema.safeParse(candidate);
  return parsed.success ? parsed.data : undefined;
}
