// Signs webhook bodies as each provider does, written from the providers' documentation (not from our verifiers), so
// tests can send hostile content that still passes the signature check and reaches the parser.
import { createHmac, randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

export const SECRETS = {
  scalev: 'scalev-signing-secret',
  twilio: 'twilio-auth-token-0123456789abcdef',
  recurrente: `whsec_${randomBytes(24).toString('base64')}`,
  waha: 'waha-hmac-key',
} as const;

/** The provider settings that hold those secrets, for PUT /api/settings/providers/{provider}. */
export const PROVIDER_SECRETS: Record<string, Record<string, string>> = {
  scalev: { webhook_secret: SECRETS.scalev },
  twilio: { auth_token: SECRETS.twilio, account_sid: 'AC00000000000000000000000000000000' },
  recurrente: { webhook_secret: SECRETS.recurrente },
  waha: { webhook_hmac_key: SECRETS.waha },
};

export async function configureWebhookSecrets(app: FastifyInstance, owner: Record<string, string>): Promise<void> {
  for (const [provider, payload] of Object.entries(PROVIDER_SECRETS)) {
    const res = await app.inject({ method: 'PUT', url: `/api/settings/providers/${provider}`, headers: owner, payload });
    if (res.statusCode !== 200) throw new Error(`could not set ${provider}'s secret: ${res.statusCode} ${res.body}`);
  }
}

export const scalevSignature = (body: Buffer | string) => createHmac('sha256', SECRETS.scalev).update(body).digest('base64');
export const wahaSignature = (body: Buffer | string) => createHmac('sha512', SECRETS.waha).update(body).digest('hex');

/** Twilio: HMAC-SHA1 of the full URL followed by each POST parameter's name and value, names sorted. */
export function twilioSignature(url: string, params: Record<string, string>): string {
  const data = Object.keys(params)
    .sort()
    .map((name) => name + (params[name] ?? ''))
    .join('');
  return createHmac('sha1', SECRETS.twilio).update(url + data, 'utf8').digest('base64');
}

/** Svix: `v1,` + base64 HMAC-SHA256 keyed with the secret's base64 part over `id.timestamp.body`. */
export function svixHeaders(body: Buffer | string, id: string, timestampSeconds: number): Record<string, string> {
  const key = Buffer.from(SECRETS.recurrente.slice('whsec_'.length), 'base64');
  const signed = Buffer.concat([Buffer.from(`${id}.${timestampSeconds}.`), Buffer.isBuffer(body) ? body : Buffer.from(body)]);
  return { 'svix-id': id, 'svix-timestamp': String(timestampSeconds), 'svix-signature': `v1,${createHmac('sha256', key).update(signed).digest('base64')}` };
}

export type Inject = (url: string, body: Buffer | string, headers: Record<string, string>) => Promise<LightMyRequestResponse>;

export const injector = (app: FastifyInstance): Inject => (url, body, headers) => app.inject({ method: 'POST', url, payload: body, headers });
