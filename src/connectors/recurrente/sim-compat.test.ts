// The Recurrente simulator's events pass our own verify and parse: what the server will receive in integration tests.
import { afterEach, describe, expect, it } from 'vitest';
import { startSimServer, type RecordedRequest, type SimServer } from '../../../sim/base.js';
import { startRecurrenteSim, type RecurrenteSim } from '../../../sim/recurrente.js';
import type { RawWebhookRequest } from '../../core/inbox/types.js';
import { parse, verify } from './index.js';

const started: Array<SimServer | RecurrenteSim> = [];

afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.close()));
});

async function setup(): Promise<{ sim: RecurrenteSim; target: SimServer; url: string }> {
  const target = await startSimServer({ name: 'receiver', routes: [{ method: 'POST', path: '/webhooks/recurrente', handler: () => ({ status: 200, json: { status: 'ok' } }) }] });
  const sim = await startRecurrenteSim();
  started.push(target, sim);
  return { sim, target, url: `${target.url}/webhooks/recurrente` };
}

function raw(request: RecordedRequest): RawWebhookRequest {
  return { rawBody: Buffer.from(request.body, 'utf8'), headers: request.headers, url: 'https://app.example.test/webhooks/recurrente', receivedAt: request.time };
}

describe('recurrente sim ↔ connector', () => {
  it('every lifecycle event verifies with the sim’s secret and parses to svix-id, type and customer key', async () => {
    const { sim, target, url } = await setup();
    const types = ['payment_intent.succeeded', 'intent.succeeded', 'subscription.create', 'subscription.past_due', 'subscription.pause', 'subscription.cancel'];
    for (const type of types) await sim.sendEvent(url, type);

    expect(target.requests).toHaveLength(types.length);
    target.requests.forEach((request, i) => {
      const req = raw(request);
      expect(verify(req, sim.secret)).toEqual({ ok: true, value: true });
      expect(parse(req)).toEqual({ ok: true, value: { eventId: request.headers['svix-id'], type: types[i], serialKey: 'customer:us_k3v9x2pq' } });
    });
  });

  it('a redelivery keeps the event id and verifies; a wrong secret or stale timestamp is refused', async () => {
    const { sim, target, url } = await setup();
    const first = await sim.sendEvent(url, 'subscription.cancel');
    await sim.redeliver(first);
    await sim.sendEvent(url, 'subscription.cancel', {}, { secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' });
    await sim.sendEvent(url, 'subscription.cancel', {}, { timestamp: Math.floor(Date.now() / 1000) - 400 });

    const [original, again, forged, stale] = target.requests.map(raw) as [RawWebhookRequest, RawWebhookRequest, RawWebhookRequest, RawWebhookRequest];
    expect(verify(original, sim.secret).ok).toBe(true);
    expect(verify(again, sim.secret).ok).toBe(true);
    const eventIdOf = (req: RawWebhookRequest) => {
      const parsed = parse(req);
      return parsed.ok ? parsed.value.eventId : undefined;
    };
    expect([original, again].map(eventIdOf)).toEqual([first.svixId, first.svixId]);
    expect(verify(forged, sim.secret)).toEqual({ ok: false, error: { reason: 'signature does not match' } });
    expect(verify(stale, sim.secret)).toEqual({ ok: false, error: { reason: 'timestamp outside the 5-minute tolerance' } });
  });
});
