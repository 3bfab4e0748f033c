// Checks the Twilio simulator against the provider documentation: API shapes and errors, callbacks signed as the official `twilio` package expects.
import { createHmac } from 'node:crypto';
import twilio from 'twilio';
import { afterEach, describe, expect, it } from 'vitest';
import { providerExampleFields, providerExampleObject, signatureVectors } from '../test/fixtures/providers/index.js';
import { startSimServer, type RecordedRequest, type SimServer } from './base.js';
import { startTwilioSim, twilioSignature, type TwilioSim, type TwilioSimOptions } from './twilio.js';

const started: Array<SimServer | TwilioSim> = [];

afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.close()));
});

const TOKEN = 'test_auth_token_1234567890abcdef';
const ACCOUNT = 'ACaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const SERVICE = 'MG3e6a9c2f5b8d1e4a7c0f3b6e9d2a5c8f';

async function sim(options: TwilioSimOptions = {}): Promise<TwilioSim> {
  const server = await startTwilioSim({ accountSid: ACCOUNT, authToken: TOKEN, ...options });
  started.push(server);
  return server;
}

/** A bare receiver; its request log keeps each webhook's path, query and exact body. */
async function receiver(status = 200): Promise<SimServer> {
  const answer = () => ({ status, headers: { 'content-type': 'text/xml' }, text: '<?xml version="1.0" encoding="UTF-8"?><Response></Response>' });
  const server = await startSimServer({ name: 'receiver', routes: [{ method: 'POST', path: '/status', handler: answer }, { method: 'POST', path: '/inbound', handler: answer }] });
  started.push(server);
  return server;
}

function example(name: string): Record<string, unknown> {
  return providerExampleObject('twilio', name);
}

function basic(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
}

async function create(server: TwilioSim, form: Record<string, string>, auth = basic(ACCOUNT, TOKEN), account = ACCOUNT): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${server.url}/2010-04-01/Accounts/${account}/Messages.json`, {
    method: 'POST',
    headers: { authorization: auth },
    body: new URLSearchParams(form),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Checks a received webhook with the official helper, against the full URL the receiver was called on. */
function officiallyValid(target: SimServer, request: RecordedRequest, url = `${target.url}${request.url}`): boolean {
  const params = Object.fromEntries(new URLSearchParams(request.body));
  return twilio.validateRequest(TOKEN, request.headers['x-twilio-signature'] ?? '', url, params);
}

const statusesOf = (requests: readonly RecordedRequest[]) => requests.map((r) => new URLSearchParams(r.body).get('MessageStatus'));

/** Polls with a hard bound, so a broken sim fails the test instead of hanging it. */
async function waitFor(condition: () => boolean, timeoutMs = 3_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('twilio sim: Messages API', () => {
  it('creates a message from a Messaging Service with the documented 201 body', async () => {
    const server = await sim();
    const request = providerExampleFields('twilio', 'twilio-api.messages.create.request.json');
    const { status, body } = await create(server, { ...request, StatusCallback: 'http://127.0.0.1:9/unused' });
    expect(status).toBe(201);
    expect(Object.keys(body).sort()).toEqual(Object.keys(example('twilio-api.messages.create.response.json')).sort());
    expect(body).toMatchObject({
      account_sid: ACCOUNT, status: 'accepted', from: null, messaging_service_sid: SERVICE, to: '+6281234567890', body: request['Body'],
      direction: 'outbound-api', num_segments: '1', num_media: '0', price: null, error_code: null, date_sent: null, api_version: '2010-04-01',
    });
    expect(body['sid']).toMatch(/^SM[0-9a-f]{32}$/);
    expect(body['date_created']).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000$/);
    expect(body['uri']).toBe(`/2010-04-01/Accounts/${ACCOUNT}/Messages/${String(body['sid'])}.json`);
    expect(server.messages).toHaveLength(1);
    expect(server.messages[0]).toMatchObject({ sid: body['sid'], to: '+6281234567890', from: null, sender: '+14155550123' });
  });

  it('starts a From message as queued and counts UCS-2 segments', async () => {
    const server = await sim();
    const { status, body } = await create(server, { To: '+6281234567890', From: '+14155550100', Body: 'ğ'.repeat(71) });
    expect(status).toBe(201);
    expect(body).toMatchObject({ status: 'queued', from: '+14155550100', messaging_service_sid: null, num_segments: '2' });

    const fetched = await fetch(`${server.url}/2010-04-01/Accounts/${ACCOUNT}/Messages/${String(body['sid'])}.json`, { headers: { authorization: basic(ACCOUNT, TOKEN) } });
    expect(fetched.status).toBe(200);
    expect(await fetched.json()).toMatchObject({ sid: body['sid'], status: 'queued' });
    const missing = await fetch(`${server.url}/2010-04-01/Accounts/${ACCOUNT}/Messages/SM0.json`, { headers: { authorization: basic(ACCOUNT, TOKEN) } });
    expect(await missing.json()).toMatchObject({ code: 20404, status: 404 });
  });

  it('answers the documented error bodies: 20003, 21211, 21610 and missing fields', async () => {
    const server = await sim({ apiKey: { sid: 'SKbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', secret: 'key-secret' } });
    const wrong = await create(server, { To: '+6281234567890', From: '+14155550100', Body: 'x' }, basic(ACCOUNT, 'nope'));
    expect(wrong).toEqual({ status: 401, body: { code: 20003, message: 'Authenticate', more_info: 'https://www.twilio.com/docs/errors/20003', status: 401 } });
    const otherAccount = await create(server, { To: '+6281234567890', From: '+14155550100', Body: 'x' }, basic(ACCOUNT, TOKEN), 'ACcccccccccccccccccccccccccccccccc');
    expect(otherAccount.body).toMatchObject({ code: 20003 });
    const apiKey = await create(server, { To: '+6281234567890', From: '+14155550100', Body: 'x' }, basic('SKbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 'key-secret'));
    expect(apiKey.status).toBe(201);

    const invalidTo = await create(server, { To: '0812-345', From: '+14155550100', Body: 'x' });
    expect(invalidTo).toMatchObject({ status: 400, body: { code: 21211, status: 400, more_info: 'https://www.twilio.com/docs/errors/21211' } });

    server.optOut('+6281234567890');
    const optedOut = await create(server, { To: '+6281234567890', MessagingServiceSid: SERVICE, Body: 'x' });
    expect(optedOut).toEqual({ status: 400, body: example('twilio-api.error.21610.json') });
    server.optIn('+6281234567890');
    expect((await create(server, { To: '+6281234567890', MessagingServiceSid: SERVICE, Body: 'x' })).status).toBe(201);

    expect((await create(server, { From: '+14155550100', Body: 'x' })).body).toMatchObject({ code: 21604 });
    expect((await create(server, { To: '+6281234567890', Body: 'x' })).body).toMatchObject({ code: 21603 });
    expect((await create(server, { To: '+6281234567890', From: '+14155550100' })).body).toMatchObject({ code: 21602 });
    expect((await create(server, { To: '+6281234567890', From: '+14155550100', Body: 'x'.repeat(1601) })).body).toMatchObject({ code: 21617 });
    expect(server.messages).toHaveLength(2);
  });
});

describe('twilio sim: status callbacks', () => {
  it('sends sending → sent → delivered, signed so the official validateRequest accepts them', async () => {
    const server = await sim();
    const target = await receiver();
    const callback = `${target.url}/status?tenant=demo`;
    const { body } = await create(server, { To: '+6281234567890', From: '+14155550100', Body: 'Halo', StatusCallback: callback });
    await server.idle();

    expect(statusesOf(target.requests)).toEqual(['sending', 'sent', 'delivered']);
    for (const request of target.requests) {
      expect(request.headers['content-type']).toContain('application/x-www-form-urlencoded');
      expect(officiallyValid(target, request)).toBe(true);
      expect(twilio.validateRequest('other-token', request.headers['x-twilio-signature'] ?? '', `${target.url}${request.url}`, Object.fromEntries(new URLSearchParams(request.body)))).toBe(false);
    }
    const delivered = Object.fromEntries(new URLSearchParams(target.requests[2]?.body));
    expect(delivered).toMatchObject({ MessageSid: body['sid'], SmsSid: body['sid'], MessageStatus: 'delivered', SmsStatus: 'delivered', From: '+14155550100', To: '+6281234567890', AccountSid: ACCOUNT, ApiVersion: '2010-04-01' });
    expect(delivered['RawDlrDoneDate']).toMatch(/^\d{10}$/);
    expect(server.findMessage(String(body['sid']))).toMatchObject({ status: 'delivered', history: ['queued', 'sending', 'sent', 'delivered'] });
    expect(server.deliveries.map((d) => d.status)).toEqual([200, 200, 200]);
  });

  it('matches the example fields for a Messaging Service, queued callback included', async () => {
    const server = await sim();
    const target = await receiver();
    await create(server, { To: '+6281234567890', MessagingServiceSid: SERVICE, Body: 'Halo', StatusCallback: `${target.url}/status` });
    await server.idle();
    expect(statusesOf(target.requests)).toEqual(['queued', 'sending', 'sent', 'delivered']);
    const delivered = Object.fromEntries(new URLSearchParams(target.requests[3]?.body));
    expect(Object.keys(delivered).sort()).toEqual(Object.keys(example('twilio-status-callback.json')).sort());
    expect(delivered).toMatchObject({ From: '+14155550123', MessagingServiceSid: SERVICE });
    expect(target.requests.every((r) => officiallyValid(target, r))).toBe(true);
  });

  it('ends undelivered (30003) or failed (30008) for numbers marked by failNumber', async () => {
    const server = await sim();
    const target = await receiver();
    server.failNumber('+6281200000001');
    server.failNumber('+6281200000002', 30008);
    await create(server, { To: '+6281200000001', MessagingServiceSid: SERVICE, Body: 'a', StatusCallback: `${target.url}/status` });
    await server.idle();
    const undelivered = Object.fromEntries(new URLSearchParams(target.requests.at(-1)?.body));
    expect(Object.keys(undelivered).sort()).toEqual(Object.keys(example('twilio-status-callback.undelivered.json')).concat('RawDlrDoneDate').sort());
    expect(undelivered).toMatchObject({ MessageStatus: 'undelivered', ErrorCode: '30003' });

    target.clearRequests();
    await create(server, { To: '+6281200000002', From: '+14155550100', Body: 'b', StatusCallback: `${target.url}/status` });
    await server.idle();
    expect(statusesOf(target.requests)).toEqual(['sending', 'sent', 'failed']);
    expect(new URLSearchParams(target.requests.at(-1)?.body).get('ErrorCode')).toBe('30008');
    expect(server.messages.map((m) => [m.status, m.errorCode])).toEqual([['undelivered', 30003], ['failed', 30008]]);
  });

  it('manual: sends nothing by itself; sendStatus posts signed callbacks and moves the message only forward', async () => {
    const server = await sim({ callbacks: 'manual' });
    const target = await receiver();
    const { body } = await create(server, { To: '+6281234567890', From: '+14155550100', Body: 'x', StatusCallback: `${target.url}/status` });
    await server.idle();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(target.requests).toHaveLength(0);

    const sid = String(body['sid']);
    const [delivered] = await server.sendStatus(sid, 'delivered');
    const late = await server.sendStatus(sid, 'sent', { repeat: 2 });
    expect(delivered?.status).toBe(200);
    expect(late).toHaveLength(2);
    expect(statusesOf(target.requests)).toEqual(['delivered', 'sent', 'sent']);
    expect(target.requests.every((r) => officiallyValid(target, r))).toBe(true);
    expect(server.findMessage(sid)?.status).toBe('delivered');

    const [undelivered] = await server.sendStatus(sid, 'undelivered', { url: `${target.url}/status?x=1`, errorCode: 30005 });
    expect(undelivered?.params['ErrorCode']).toBe('30005');
    expect(officiallyValid(target, target.requests.at(-1) as RecordedRequest)).toBe(true);
  });

  it('shuffle delivers out of order; repeat sends identical copies', async () => {
    const server = await sim({ shuffle: true });
    const target = await receiver();
    await create(server, { To: '+6281234567890', From: '+14155550100', Body: 'x', StatusCallback: `${target.url}/status` });
    await server.idle();
    const order = statusesOf(target.requests);
    expect(order).not.toEqual(['sending', 'sent', 'delivered']);
    expect([...order].sort()).toEqual(['delivered', 'sending', 'sent']);
    expect(server.messages[0]?.status).toBe('delivered');

    target.clearRequests();
    server.knobs.shuffle = false;
    server.knobs.repeat = 3;
    await create(server, { To: '+6281234567891', From: '+14155550100', Body: 'y', StatusCallback: `${target.url}/status` });
    await server.idle();
    expect(statusesOf(target.requests)).toEqual(['sending', 'sending', 'sending', 'sent', 'sent', 'sent', 'delivered', 'delivered', 'delivered']);
    const deliveredCopies = target.requests.filter((r) => r.body.includes('MessageStatus=delivered'));
    expect(new Set(deliveredCopies.map((r) => r.body)).size).toBe(1);
    expect(new Set(deliveredCopies.map((r) => r.headers['x-twilio-signature'])).size).toBe(1);
  });

  it('signs the public URL while calling the mapped address (a server behind a proxy)', async () => {
    const target = await receiver();
    const server = await sim({ resolveUrl: (url) => url.replace('https://app.example.test/webhooks/twilio', `${target.url}`) });
    await create(server, { To: '+6281234567890', From: '+14155550100', Body: 'x', StatusCallback: 'https://app.example.test/webhooks/twilio/status' });
    await server.idle();
    expect(target.requests).toHaveLength(3);
    for (const request of target.requests) {
      expect(officiallyValid(target, request, 'https://app.example.test/webhooks/twilio/status')).toBe(true);
      expect(officiallyValid(target, request)).toBe(false);
    }
  });

  it('records a callback the receiver refused or could not take, and keeps going', async () => {
    const server = await sim();
    const target = await receiver(500);
    await create(server, { To: '+6281234567890', From: '+14155550100', Body: 'x', StatusCallback: `${target.url}/status` });
    await create(server, { To: '+6281234567891', From: '+14155550100', Body: 'x', StatusCallback: 'http://127.0.0.1:9/closed' });
    await server.idle();
    const refused = server.deliveries.filter((d) => d.target.startsWith(target.url));
    const failed = server.deliveries.filter((d) => d.target.includes(':9/'));
    expect(refused.map((d) => d.status)).toEqual([500, 500, 500]);
    expect(failed).toHaveLength(3);
    expect(failed.every((d) => d.status === 0 && d.error !== undefined)).toBe(true);
  });
});

describe('twilio sim: inbound messages and faults', () => {
  it('posts an inbound STOP shaped like the example; Twilio then refuses sends with 21610 until START', async () => {
    const server = await sim();
    const target = await receiver();
    const stop = await server.sendInbound(`${target.url}/inbound`, { From: '+6281234567890', To: '+14155550123', Body: 'STOP', OptOutType: 'STOP', MessagingServiceSid: SERVICE });
    expect(stop.status).toBe(200);
    expect(stop.responseBody).toContain('<Response>');
    expect(Object.keys(stop.params).sort()).toEqual(Object.keys(example('twilio-inbound-message.stop.json')).sort());
    expect(stop.params).toMatchObject({ Body: 'STOP', OptOutType: 'STOP', SmsStatus: 'received', FromCountry: 'ID', ToCountry: 'US' });
    expect(stop.params['SmsSid']).toBe(stop.params['MessageSid']);
    expect(officiallyValid(target, target.requests[0] as RecordedRequest)).toBe(true);
    expect((await create(server, { To: '+6281234567890', From: '+14155550100', Body: 'x' })).body).toMatchObject({ code: 21610 });

    await server.sendInbound(`${target.url}/inbound`, { From: '+6281234567890', To: '+14155550123', Body: ' start ' });
    expect((await create(server, { To: '+6281234567890', From: '+14155550100', Body: 'x' })).status).toBe(201);
  });

  it('plain replies carry no OptOutType unless Advanced Opt-Out is on; redeliver repeats the bytes', async () => {
    const server = await sim();
    const target = await receiver();
    const reply = await server.sendInbound(`${target.url}/inbound`, { From: '+6281234567890', To: '+14155550123', Body: 'Kapan paket saya sampai?' });
    expect(Object.keys(reply.params).sort()).toEqual(Object.keys(example('twilio-inbound-message.json')).filter((k) => k !== 'MessagingServiceSid').sort());
    const again = await server.redeliver(reply);
    expect(again.rawBody).toBe(reply.rawBody);
    expect(target.requests[1]?.headers['x-twilio-signature']).toBe(target.requests[0]?.headers['x-twilio-signature']);
    expect(officiallyValid(target, target.requests[1] as RecordedRequest)).toBe(true);

    const advanced = await sim({ advancedOptOut: true });
    const keyword = await advanced.sendInbound(`${target.url}/inbound`, { From: '+6281234567890', To: '+14155550123', Body: 'unsubscribe' });
    expect(keyword.params['OptOutType']).toBe('STOP');
    expect(advanced.optedOut.has('+6281234567890')).toBe(true);
    const notKeyword = await advanced.sendInbound(`${target.url}/inbound`, { From: '+6281234567899', To: '+14155550123', Body: 'stop please' });
    expect(notKeyword.params['OptOutType']).toBeUndefined();
    expect(advanced.optedOut.has('+6281234567899')).toBe(false);
  });

  it('signs with a wrong token or a given header on request', async () => {
    const server = await sim();
    const target = await receiver();
    await server.sendInbound(`${target.url}/inbound`, { From: '+6281234567890', To: '+14155550123', Body: 'hi' }, { authToken: 'wrong' });
    await server.sendInbound(`${target.url}/inbound`, { From: '+6281234567890', To: '+14155550123', Body: 'hi' }, { signature: 'bm90IGEgc2lnbmF0dXJl' });
    expect(target.requests.map((r) => officiallyValid(target, r))).toEqual([false, false]);
    expect(target.requests[1]?.headers['x-twilio-signature']).toBe('bm90IGEgc2lnbmF0dXJl');
  });

  it('twilioSignature reproduces the signature vectors and agrees with getExpectedTwilioSignature', () => {
    for (const v of Object.values(signatureVectors('twilio'))) {
      expect(twilioSignature(v.token, v.url, v.params)).toBe(v.signature);
    }
    const params = { B: '1', a: '2', Body: 'Halo ✓' };
    expect(twilioSignature(TOKEN, 'https://x.test/s?q=1', params)).toBe(twilio.getExpectedTwilioSignature(TOKEN, 'https://x.test/s?q=1', params));
    expect(twilioSignature(TOKEN, 'https://x.test/s', params)).toBe(createHmac('sha1', TOKEN).update('https://x.test/sB1BodyHalo ✓a2').digest('base64'));
  });

  it('takes base faults (429) on the API and is reached by the official SDK', async () => {
    const server = await sim();
    server.fail({ times: 1, match: { method: 'POST' }, fault: { kind: 'rate_limit', retryAfterSeconds: 2 } });
    const limited = await fetch(`${server.url}/2010-04-01/Accounts/${ACCOUNT}/Messages.json`, { method: 'POST', headers: { authorization: basic(ACCOUNT, TOKEN) }, body: 'To=%2B6281234567890&From=%2B14155550100&Body=x' });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    await limited.body?.cancel();

    // The official client, pointed at the sim: the sim speaks the API the SDK was written for.
    const sdk = twilio(ACCOUNT, TOKEN);
    sdk.api.baseUrl = server.url;
    const created = await sdk.messages.create({ to: '+6281234567890', messagingServiceSid: SERVICE, body: 'Halo dari SDK' });
    expect(created).toMatchObject({ status: 'accepted', to: '+6281234567890', messagingServiceSid: SERVICE });
    await waitFor(() => server.messages.length === 1);
    expect(server.requests.at(-1)?.headers['authorization']).toBe(basic(ACCOUNT, TOKEN));
    const refused = await sdk.messages.create({ to: 'nope', from: '+14155550100', body: 'x' }).then(
      () => undefined,
      (thrown: unknown) => thrown as { code?: number; status?: number },
    );
    expect(refused).toMatchObject({ code: 21211, status: 400 });
  });
});
