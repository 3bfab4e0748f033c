// Runs the real Twilio client against the Twilio simulator: sends, Twilio error codes, auth, retryable failures, no credential leaks.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startTwilioSim, twilioSimErrorBody, type TwilioSim } from '../../../sim/twilio.js';
import { createHttpClient, ProviderError } from '../../core/http/transport.js';
import { createTwilioClient, isTwilioOptOutError, TWILIO_ERROR, TwilioApiError, twilioErrorCode, type TwilioClient } from './index.js';
import { failure, value } from '../../../test/helpers/results.js';

const ACCOUNT = 'AC7c1e4a9b2d5f8e0c3a6b9d2f5e8a1c4b';
const TOKEN = 'tw_auth_token_9f8e7d6c5b4a';
const SERVICE = 'MG3e6a9c2f5b8d1e4a7c0f3b6e9d2a5c8f';
const BASIC = Buffer.from(`${ACCOUNT}:${TOKEN}`).toString('base64');

let sim: TwilioSim;
let client: TwilioClient;
const http = createHttpClient({ timeoutMs: 1_000 });

beforeAll(async () => {
  sim = await startTwilioSim({ accountSid: ACCOUNT, authToken: TOKEN, callbacks: 'manual' });
  client = createTwilioClient({ baseUrl: `${sim.url}/`, accountSid: ACCOUNT, authToken: TOKEN, http });
});

afterEach(() => {
  sim.clearFaults();
  sim.clearRequests();
});

afterAll(async () => {
  await sim.close();
});


/** Every place a credential could surface when an error is logged or stored. */
function expectNoCredentials(error: ProviderError): void {
  const surfaces = [error.message, error.responseBody ?? '', error.url, JSON.stringify(error), String(error.stack), String(error.cause ?? '')];
  for (const text of surfaces) {
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(BASIC);
  }
}

describe('twilio client: sendSms', () => {
  it('sends through a Messaging Service, form-encoded with Basic auth and our status callback', async () => {
    const sent = value(
      await client.sendSms({ to: '+6281234567890', messagingServiceSid: SERVICE, body: 'Pesanan Anda sudah dikirim. Balas STOP untuk berhenti.', statusCallback: 'https://app.example.test/webhooks/twilio/status' }),
    );
    expect(sent.sid).toMatch(/^SM[0-9a-f]{32}$/);
    expect(sent.status).toBe('accepted');
    expect(sim.findMessage(sent.sid)).toMatchObject({ to: '+6281234567890', messagingServiceSid: SERVICE, statusCallback: 'https://app.example.test/webhooks/twilio/status' });

    const request = sim.requests[0];
    expect(request?.path).toBe(`/2010-04-01/Accounts/${ACCOUNT}/Messages.json`);
    expect(request?.headers['authorization']).toBe(`Basic ${BASIC}`);
    expect(request?.headers['content-type']).toContain('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(request?.body))).toEqual({
      To: '+6281234567890',
      Body: 'Pesanan Anda sudah dikirim. Balas STOP untuk berhenti.',
      MessagingServiceSid: SERVICE,
      StatusCallback: 'https://app.example.test/webhooks/twilio/status',
    });
  });

  it('sends from a number without a callback; the initial status is queued', async () => {
    expect(value(await client.sendSms({ to: '+6281234567891', from: '+14155550100', body: 'Halo' })).status).toBe('queued');
    expect(Object.fromEntries(new URLSearchParams(sim.requests[0]?.body))).toEqual({ To: '+6281234567891', Body: 'Halo', From: '+14155550100' });
  });

  it('authenticates with an API Key instead of the Auth Token', async () => {
    const keyed = await startTwilioSim({ accountSid: ACCOUNT, authToken: TOKEN, apiKey: { sid: 'SKbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', secret: 'key_secret_1234' } });
    try {
      const viaKey = createTwilioClient({ baseUrl: keyed.url, accountSid: ACCOUNT, apiKeySid: 'SKbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', authToken: 'key_secret_1234', http });
      expect(value(await viaKey.sendSms({ to: '+6281234567890', from: '+14155550100', body: 'x' })).status).toBe('queued');
    } finally {
      await keyed.close();
    }
  });
});

describe('twilio client: errors', () => {
  it('21610 (opted out) is a non-retryable rejection whose code is recognisable', async () => {
    sim.optOut('+6281200000610');
    const error = failure(await client.sendSms({ to: '+6281200000610', messagingServiceSid: SERVICE, body: 'x' }));
    expect(error).toBeInstanceOf(ProviderError);
    expect(error).toBeInstanceOf(TwilioApiError);
    expect(error).toMatchObject({ kind: 'rejected', status: 400, retryable: false, twilioCode: 21610 });
    expect(twilioErrorCode(error)).toBe(TWILIO_ERROR.unsubscribedRecipient);
    expect(isTwilioOptOutError(error)).toBe(true);
    expect(error.message).toContain('Twilio error 21610');
    expect(error.message).not.toContain('+6281200000610');
    expectNoCredentials(error);

    // A plain ProviderError carrying the same body (e.g. rebuilt from a stored job error) is still recognised.
    const stored = new ProviderError('rejected', 'stored', { retryable: false, responseBody: error.responseBody, method: 'POST', url: error.url });
    expect(twilioErrorCode(stored)).toBe(21610);
  });

  it('21211 (invalid To) is rejected, not an opt-out', async () => {
    const error = failure(await client.sendSms({ to: '081234', from: '+14155550100', body: 'x' }));
    expect(error).toMatchObject({ kind: 'rejected', status: 400, retryable: false });
    expect(twilioErrorCode(error)).toBe(21211);
    expect(isTwilioOptOutError(error)).toBe(false);
  });

  it('bad credentials are an auth failure (20003) that never shows the token', async () => {
    const wrong = createTwilioClient({ baseUrl: sim.url, accountSid: ACCOUNT, authToken: 'wrong_token_123456', http });
    const error = failure(await wrong.sendSms({ to: '+6281234567890', from: '+14155550100', body: 'x' }));
    expect(error).toMatchObject({ kind: 'auth', status: 401, retryable: false });
    expect(twilioErrorCode(error)).toBe(TWILIO_ERROR.authenticate);
    for (const text of [error.message, error.responseBody ?? '', JSON.stringify(error)]) expect(text).not.toContain('wrong_token_123456');
  });

  it('429 is rate_limited and retryable with Retry-After; its Twilio code is kept', async () => {
    sim.fail({ times: 1, fault: { kind: 'status', status: 429, body: twilioSimErrorBody(20429) } });
    const error = failure(await client.sendSms({ to: '+6281234567890', from: '+14155550100', body: 'x' }));
    expect(error).toMatchObject({ kind: 'rate_limited', status: 429, retryable: true });
    expect(twilioErrorCode(error)).toBe(TWILIO_ERROR.tooManyRequests);

    sim.fail({ times: 1, fault: { kind: 'rate_limit', retryAfterSeconds: 3 } });
    const limited = failure(await client.sendSms({ to: '+6281234567890', from: '+14155550100', body: 'x' }));
    expect(limited).toMatchObject({ kind: 'rate_limited', retryable: true, retryAfterMs: 3_000 });
    expect(twilioErrorCode(limited)).toBeUndefined();
  });

  it('5xx, a dropped connection and a hang are retryable; none leaks the Basic header', async () => {
    sim.fail({ times: 1, fault: { kind: 'status', status: 503, body: `upstream said: Authorization: Basic ${BASIC} token ${TOKEN}` } });
    const server = failure(await client.sendSms({ to: '+6281234567890', from: '+14155550100', body: 'x' }));
    expect(server).toMatchObject({ kind: 'server', status: 503, retryable: true });
    expect(server.responseBody).toContain('[redacted]');
    expectNoCredentials(server);

    sim.fail({ times: 1, fault: { kind: 'drop' } });
    const dropped = failure(await client.sendSms({ to: '+6281234567890', from: '+14155550100', body: 'x' }));
    expect(dropped).toMatchObject({ kind: 'network', retryable: true });
    expectNoCredentials(dropped);

    sim.fail({ times: 1, fault: { kind: 'hang' } });
    const hung = failure(await client.sendSms({ to: '+6281234567890', from: '+14155550100', body: 'x' }));
    expect(hung).toMatchObject({ kind: 'timeout', retryable: true });
    expect(twilioErrorCode(hung)).toBeUndefined();
    expect(sim.messages.filter((m) => m.to === '+6281234567890' && m.from === '+14155550100')).toHaveLength(0);
  });

  it('a 201 that is not a Message is an invalid response', async () => {
    sim.fail({ times: 1, fault: { kind: 'status', status: 201, body: { ok: true } } });
    const error = failure(await client.sendSms({ to: '+6281234567890', from: '+14155550100', body: 'x' }));
    expect(error).toMatchObject({ kind: 'invalid_response', retryable: false });
  });
});
