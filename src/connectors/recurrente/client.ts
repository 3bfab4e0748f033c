// Recurrente REST client: read one subscription's status now (reconciliation of lost subscription webhooks).
import { z } from 'zod';
import { err, ok, type Result } from '../../core/errors.js';
import type { HttpClient, ProviderError } from '../../core/http/transport.js';
import { providerLine } from '../../core/provider-values.js';

/** Recurrente's documented API base; test and live keys share it (the key decides the mode). */
export const RECURRENTE_DEFAULT_BASE_URL = 'https://app.recurrente.com/api';

export interface RecurrenteClientOptions {
  /** API base including `/api`, e.g. RECURRENTE_DEFAULT_BASE_URL or a simulator's url + `/api`. */
  baseUrl: string;
  /** `sk_live_…` / `sk_test_…`. */
  secretKey: string;
  /** `pk_live_…` / `pk_test_…`; the docs page sends it beside the secret key, the official plugin does without. */
  publicKey?: string | undefined;
  http: HttpClient;
}

/** The fields reconciliation reads; the object carries many more, and an unknown one must never fail the read. */
const subscriptionSchema = z.looseObject({ id: providerLine(), status: providerLine(64), updated_at: providerLine(64).nullish() });

export interface RecurrenteSubscription {
  id: string;
  /** `active`, `past_due`, `paused`, `cancelled` or `trialing` (other values are passed on as they are). */
  status: string;
}

export interface RecurrenteClient {
  /** `GET /subscriptions/{id}`. A 404 is a non-retryable `rejected` error; 5xx, 429 and network failures are retryable. */
  fetchSubscription(id: string): Promise<Result<RecurrenteSubscription, ProviderError>>;
}

export function createRecurrenteClient(options: RecurrenteClientOptions): RecurrenteClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  // The docs page names `Authorization: Bearer sk_…` + `X-Public-Key`, the official plugin `X-SECRET-KEY`: sending
  // both forms works whichever one Recurrente checks. The transport blanks these values out of any error body it keeps.
  const headers: Record<string, string> = {
    authorization: `Bearer ${options.secretKey}`,
    'x-secret-key': options.secretKey,
    ...(options.publicKey ? { 'x-public-key': options.publicKey } : {}),
  };
  return {
    async fetchSubscription(id) {
      const result = await options.http.request({ method: 'GET', url: `${base}/subscriptions/${encodeURIComponent(id)}`, headers, schema: subscriptionSchema });
      if (!result.ok) return err(result.error);
      return ok({ id: result.value.body.id, status: result.value.body.status });
    },
  };
}
