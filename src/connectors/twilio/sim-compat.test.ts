// The Twilio simulator's webhooks pass our own verify and parse: what the server will receive in integration tests.
import { afterEach, describe, expect, it } from 'vitest';
import { startSimServer, type RecordedRequest, type SimServer } from '../../../sim/base.js';
import { startTwilioSim, type TwilioSim } from '../../../sim/twilio.js';
import type { RawWebhookRequest } from '../../core/inbox/types.js';
import { createHttpClient } from '../../core/http/transport.js';
import { createTwilioClient, parseInboundMessage, parseStatusCallback, verify } from './index.js';

const TOKEN = 'compat_auth_token_0123456789abcdef';
const ACCOUNT = 'ACdddddddddddddddddddddddddddddddd';
const started: Array<SimServer | TwilioSim> = [];

afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.close()));
});

async function setup(options: Parameters<typeof startTwilioSim>[0] = {}): Promise<{ sim: TwilioSim; target: SimServer }> {
  const target = await startSimServer({
    name: 'receiver',
    routes: ['/webhooks/twilio/status', '/webhooks/twilio/inbound'].map((path) => ({ method: 'POST' as const, path, handler: () => ({ status: 200, text: '<Response/>' }) })),
  });
  const sim = await startTwilioSim({ accountSid: ACCOUNT, authToken: TOKEN, ...options });
  started.push(target, sim);
  return { sim, target };
}

/** The request as the inbox sees it: raw bytes, lower-case headers, and the URL we believe Twilio called. */
function raw(request: RecordedRequest, url: string): RawWebhookRequest {
  return { rawBody: Buffer.from(request.body, 'utf8'), headers: request.headers, url, receivedAt: request.time };
}

describe('twilio sim ↔ connector', () => {
  it('status callbacks for a message our client sent verify and parse; repeats share their event id', async () => {
    const { sim, target } = await setup({ repeat: 2, shuffle: true });
    const client = createTwilioClient({ baseUrl: sim.url, accountSid: ACCOUNT, authToken: TOKEN, http: createHttpClient({ timeoutMs: 2_000 }) });
    const statusUrl = `${target.url}/webhooks/twilio/status?workspace=demo`;
    const sent = await client.sendSms({ to: '+6281234567890', from: '+14155550100', body: 'Halo', statusCallback: statusUrl });
    if (!sent.ok) throw sent.error;
    await sim.idle();

    expect(target.requests).toHaveLength(6);
    const ids = target.requests.map((request) => {
      const req = raw(request, `${target.url}${request.url}`);
      expect(verify(req, TOKEN)).toEqual({ ok: true, value: true });
      expect(verify(req, 'another_token_0123456789abcdef').ok).toBe(false);
      const parsed = parseStatusCallback(req);
      if (!parsed.ok) throw new Error(parsed.error.reason);
      expect(parsed.value.serialKey).toBe('phone:+6281234567890');
      return parsed.value.eventId;
    });
    expect(new Set(ids)).toEqual(new Set(['sending', 'sent', 'delivered'].map((status) => `${sent.value.sid}:${status}`)));
  });

  it('verifies against the public URL when the sim calls us through a proxy, with or without :443', async () => {
    const { target } = await setup();
    const sim = await startTwilioSim({ accountSid: ACCOUNT, authToken: TOKEN, callbacks: 'manual', resolveUrl: (url) => url.replace('https://app.example.test', target.url) });
    started.push(sim);
    const created = await fetch(`${sim.url}/2010-04-01/Accounts/${ACCOUNT}/Messages.json`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${ACCOUNT}:${TOKEN}`).toString('base64')}` },
      body: new URLSearchParams({ To: '+6281234567890', From: '+14155550100', Body: 'x', StatusCallback: 'https://app.example.test/webhooks/twilio/status' }),
    });
    const { sid } = (await created.json()) as { sid: string };
    const [delivery] = await sim.sendStatus(sid, 'undelivered');
    expect(delivery?.status).toBe(200);
    const request = target.requests[0] as RecordedRequest;
    expect(verify(raw(request, 'https://app.example.test/webhooks/twilio/status'), TOKEN).ok).toBe(true);
    expect(verify(raw(request, 'https://app.example.test:443/webhooks/twilio/status'), TOKEN).ok).toBe(true);
    expect(verify(raw(request, `${target.url}/webhooks/twilio/status`), TOKEN).ok).toBe(false);
  });

  it('inbound STOP and its resend verify and parse to one event id; a wrong token is refused', async () => {
    const { sim, target } = await setup();
    const url = `${target.url}/webhooks/twilio/inbound`;
    const stop = await sim.sendInbound(url, { From: '+6281234567890', To: '+14155550123', Body: 'STOP', OptOutType: 'STOP' });
    await sim.redeliver(stop);
    await sim.sendInbound(url, { From: '+6281234567890', To: '+14155550123', Body: 'hi' }, { authToken: 'not_the_token_0123456789' });

    const [first, second, forged] = target.requests.map((request) => raw(request, url));
    for (const req of [first, second]) {
      if (req === undefined) throw new Error('missing request');
      expect(verify(req, TOKEN).ok).toBe(true);
      expect(parseInboundMessage(req)).toEqual({ ok: true, value: { eventId: stop.params['MessageSid'], type: 'sms.inbound', serialKey: 'phone:+6281234567890' } });
    }
    expect(verify(forged as RawWebhookRequest, TOKEN)).toEqual({ ok: false, error: { reason: 'signature does not match' } });
  });
});
