// Mailketing v1 API client: list lists, add a subscriber to a list, check credits; refusals in a 200 body become ProviderErrors.
import type { ZodType } from 'zod';
import { err, ok, type Result } from '../../core/errors.js';
import { ProviderError, type HttpClient } from '../../core/http/transport.js';
import {
  mailketingBalanceSchema,
  mailketingStatusSchema,
  mailketingViewListSchema,
  type MailketingBalanceBody,
  type MailketingStatusBody,
} from './types.js';

/** DOC (official n8n node) / OBS: the v1 base, including `/api/v1`. */
export const MAILKETING_DEFAULT_BASE_URL = 'https://api.mailketing.co.id/api/v1';

export interface MailketingClientOptions {
  /** Up to and including `/api/v1`, e.g. MAILKETING_DEFAULT_BASE_URL or a simulator's apiBaseUrl. */
  baseUrl: string;
  /** Sent as the form field `api_token` (DOC); never as a header. */
  apiToken: string;
  http: HttpClient;
}

export interface MailketingList {
  /** Integer on the wire (OBS); kept as a string, as clients store it. */
  listId: string;
  name: string;
}

/** DOC: the official n8n node sends exactly this field set to addsubtolist. */
export interface AddSubscriberInput {
  listId: string | number;
  email: string;
  firstName?: string;
  lastName?: string;
  /** Sent as `mobile` (DOC); `phone` is only an unofficial alias some clients add. Indonesian `62…` or `08…`. */
  phone?: string;
  company?: string;
  city?: string;
  /** Province, e.g. `Jawa Barat`. */
  state?: string;
  country?: string;
}

export interface AddSubscriberOutcome {
  /** True when Mailketing refused only because the email is already on the list: for us that is success. */
  alreadySubscribed: boolean;
  message: string | undefined;
}

export interface MailketingClient {
  /** `POST /viewlist`: every list of the account (no pagination is known). */
  listLists(): Promise<Result<MailketingList[], ProviderError>>;
  /** `POST /addsubtolist`. Idempotent: adding an email already on the list succeeds, so a retried job never fails on it. */
  addSubscriber(input: AddSubscriberInput): Promise<Result<AddSubscriberOutcome, ProviderError>>;
  /** `POST /ceksaldo`: remaining credits. */
  checkBalance(): Promise<Result<{ credits: number }, ProviderError>>;
}

/**
 * OBS reasons for a bad token: "User Not Found or Wrong API Token", "Access Denied, Invalid Token". Matched loosely,
 * since the exact strings are not documented.
 */
const AUTH_REASON = /token|access denied|user not found/i;
/**
 * ASSUMED: our simulator answers a duplicate with success, but the real service's behaviour is not
 * documented. A refusal that reads like "already subscribed" (English or Indonesian) is taken as success too.
 */
const ALREADY_REASON = /already|sudah (ada|terdaftar|menjadi)|exist|duplicate/i;

export function createMailketingClient(options: MailketingClientOptions): MailketingClient {
  const base = options.baseUrl.replace(/\/+$/, '');

  /**
   * One form POST. HTTP errors are classified by the transport (5xx retryable, OBS: Mailketing's own server errors).
   * A 2xx whose `status` is not `success` is a refusal (OBS: "200 with status failed"): `auth` when the reason
   * names the token, `rejected` otherwise; neither is retryable, since sending the same form again cannot help.
   */
  async function post<T extends MailketingStatusBody>(
    action: string,
    form: Record<string, string>,
    schema: ZodType<T>,
  ): Promise<Result<{ body: T; refusal: string | undefined; url: string }, ProviderError>> {
    const url = `${base}/${action}`;
    const result = await options.http.request({ method: 'POST', url, form: { api_token: options.apiToken, ...form }, schema });
    if (!result.ok) return result;
    const body = result.value.body;
    const refusal = body.status.toLowerCase() === 'success' ? undefined : reasonOf(body);
    return ok({ body, refusal, url });
  }

  // The body is kept for the job's error record; a service that echoes the form must not leak the token there.
  const bodyText = (body: unknown) => JSON.stringify(body).split(options.apiToken).join('[redacted]').slice(0, 2_000);
  const refused = (url: string, reason: string, body: unknown): ProviderError =>
    new ProviderError(AUTH_REASON.test(reason) ? 'auth' : 'rejected', `POST ${url} was refused: ${reason}`, {
      status: 200,
      retryable: false,
      responseBody: bodyText(body),
      method: 'POST',
      url,
    });
  const invalid = (url: string, what: string, body: unknown): ProviderError =>
    new ProviderError('invalid_response', `POST ${url} answered ${what}`, {
      status: 200,
      retryable: false,
      responseBody: bodyText(body),
      method: 'POST',
      url,
    });

  return {
    async listLists() {
      const result = await post('viewlist', {}, mailketingViewListSchema);
      if (!result.ok) return result;
      const { body, refusal, url } = result.value;
      if (refusal !== undefined) return err(refused(url, refusal, body));
      if (body.lists === undefined) return err(invalid(url, 'a success body without lists', body));
      return ok(body.lists.map((list) => ({ listId: String(list.list_id), name: list.list_name })));
    },

    async addSubscriber(input) {
      const form: Record<string, string> = { list_id: String(input.listId).trim(), email: input.email.trim() };
      const optional: Array<[string, string | undefined]> = [
        ['first_name', input.firstName],
        ['last_name', input.lastName],
        ['mobile', input.phone],
        ['company', input.company],
        ['city', input.city],
        ['state', input.state],
        ['country', input.country],
      ];
      for (const [name, fieldValue] of optional) if (fieldValue !== undefined) form[name] = fieldValue;

      const result = await post('addsubtolist', form, mailketingStatusSchema);
      if (!result.ok) return result;
      const { body, refusal, url } = result.value;
      if (refusal === undefined) return ok({ alreadySubscribed: false, message: reasonOf(body) });
      // A token refusal may also say "not found"; only a non-auth refusal can mean "already on the list".
      if (!AUTH_REASON.test(refusal) && ALREADY_REASON.test(refusal)) return ok({ alreadySubscribed: true, message: refusal });
      return err(refused(url, refusal, body));
    },

    async checkBalance() {
      const result = await post('ceksaldo', {}, mailketingBalanceSchema);
      if (!result.ok) return result;
      const { body, refusal, url } = result.value;
      if (refusal !== undefined) return err(refused(url, refusal, body));
      const credits = creditsOf(body);
      return credits === undefined ? err(invalid(url, 'a success body without a credit count', body)) : ok({ credits });
    },
  };
}

function reasonOf(body: MailketingStatusBody): string {
  for (const candidate of [body.response, body.message]) {
    if (typeof candidate === 'string' && candidate.trim() !== '') return candidate.trim();
  }
  return `status ${body.status}`;
}

/** ASSUMED: the first numeric value among `credits`, `credit`, `saldo`, `data.credits` (what clients search). */
function creditsOf(body: MailketingBalanceBody): number | undefined {
  const nested = typeof body.data === 'object' && body.data !== null ? (body.data as Record<string, unknown>)['credits'] : undefined;
  for (const candidate of [body.credits, body.credit, body.saldo, nested]) {
    // A string count may use Indonesian thousands dots ("12.500"); those are dropped before converting.
    const parsed = typeof candidate === 'string' && candidate.trim() !== '' ? Number(candidate.trim().replace(/[.,](?=\d{3}\b)/g, '')) : candidate;
    if (typeof parsed === 'number' && Number.isFinite(parsed)) return parsed;
  }
  return undefined;
}
