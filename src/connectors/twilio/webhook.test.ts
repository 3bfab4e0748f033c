// Twilio signature checks against the signature vectors (port quirk, repeated params) and parsing of its examples.
import { createHmac } from 'node:crypto';
import twilio from 'twilio';
import { describe, expect, it } from 'vitest';
import type { RawWebhookRequest } from '../../core/inbox/types.js';
import { providerExampleFields, signatureVectors } from '../../../test/fixtures/providers/index.js';
import { parseInboundMessage, parseStatusCallback, verify } from './index.js';

const { classic: CLASSIC, status_callback: STATUS } = signatureVectors('twilio');

function exampleForm(name: string): URLSearchParams {
  return new URLSearchParams(providerExampleFields('twilio', name));
}

function request(body: URLSearchParams | string, url: string, headers: Record<string, string> = {}): RawWebhookRequest {
  return { rawBody: Buffer.from(body.toString(), 'utf8'), headers, url, receivedAt: 0 };
}

/** Written out from Twilio's documented algorithm rather than from webhook.ts, so the two can disagree. */
function sign(token: string, url: string, data: string): string {
  return createHmac('sha1', token).update(url + data).digest('base64');
}

describe('twilio verify', () => {
  it('accepts the classic Twilio vector exactly', () => {
    const req = request(new URLSearchParams(CLASSIC.params), CLASSIC.url, { 'x-twilio-signature': CLASSIC.signature });
    expect(verify(req, CLASSIC.token)).toEqual({ ok: true, value: true });
  });

  it('accepts the status-callback vector exactly, whatever order the form fields arrive in', () => {
    const shuffled = new URLSearchParams(Object.entries(STATUS.params).reverse());
    const req = request(shuffled, STATUS.url, { 'x-twilio-signature': STATUS.signature });
    expect(verify(req, STATUS.token)).toEqual({ ok: true, value: true });
  });

  it('accepts the URL with and without the default port', () => {
    const withPort = 'https://example.test:443/twilio/status?tenant=demo';
    expect(verify(request(new URLSearchParams(STATUS.params), withPort, { 'x-twilio-signature': STATUS.signature }), STATUS.token).ok).toBe(true);

    const form = new URLSearchParams(STATUS.params);
    const signedWithPort = sign(STATUS.token, withPort, [...form].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => k + v).join(''));
    expect(verify(request(form, STATUS.url, { 'x-twilio-signature': signedWithPort }), STATUS.token).ok).toBe(true);

    const http = 'http://example.test/twilio/status';
    const signedHttp80 = sign('tok', 'http://example.test:80/twilio/status', 'Ax');
    expect(verify(request('A=x', http, { 'x-twilio-signature': signedHttp80 }), 'tok').ok).toBe(true);

    const otherPort = 'https://example.test:8443/twilio/status?tenant=demo';
    expect(verify(request(form, otherPort, { 'x-twilio-signature': STATUS.signature }), STATUS.token).ok).toBe(false);
  });

  it('signs repeated params as each distinct value, sorted, and names in code-unit order', () => {
    const body = 'b=1&MediaUrl=https%3A%2F%2Fz.test&MediaUrl=https%3A%2F%2Fa.test&MediaUrl=https%3A%2F%2Fz.test&A=2';
    const expected = sign('tok', 'https://x.test/in', 'A2MediaUrlhttps://a.testMediaUrlhttps://z.testb1');
    expect(verify(request(body, 'https://x.test/in', { 'x-twilio-signature': expected }), 'tok').ok).toBe(true);
  });

  it('accepts what the official twilio package signs, and refuses it once tampered', () => {
    const url = 'https://app.example.test/webhooks/twilio/status?workspace=demo';
    const params = Object.fromEntries(exampleForm('twilio-status-callback.json'));
    const signature = twilio.getExpectedTwilioSignature(STATUS.token, url, params);
    expect(verify(request(new URLSearchParams(params), url, { 'x-twilio-signature': signature }), STATUS.token)).toEqual({ ok: true, value: true });

    const tampered = new URLSearchParams({ ...params, MessageStatus: 'failed' });
    expect(verify(request(tampered, url, { 'x-twilio-signature': signature }), STATUS.token)).toEqual({
      ok: false,
      error: { reason: 'signature does not match' },
    });
  });

  it('refuses a tampered body', () => {
    const tampered = new URLSearchParams({ ...STATUS.params, MessageStatus: 'undelivered' });
    expect(verify(request(tampered, STATUS.url, { 'x-twilio-signature': STATUS.signature }), STATUS.token)).toEqual({
      ok: false,
      error: { reason: 'signature does not match' },
    });
  });

  it('refuses a changed URL query', () => {
    const req = request(new URLSearchParams(STATUS.params), 'https://example.test/twilio/status?tenant=other', {
      'x-twilio-signature': STATUS.signature,
    });
    expect(verify(req, STATUS.token).ok).toBe(false);
  });

  it('refuses a wrong auth token', () => {
    const req = request(new URLSearchParams(STATUS.params), STATUS.url, { 'x-twilio-signature': STATUS.signature });
    expect(verify(req, 'not_the_token')).toEqual({ ok: false, error: { reason: 'signature does not match' } });
  });

  it('refuses a missing header', () => {
    expect(verify(request(new URLSearchParams(STATUS.params), STATUS.url), STATUS.token)).toEqual({
      ok: false,
      error: { reason: 'missing X-Twilio-Signature header' },
    });
  });

  it('checks the body hash of JSON-bodied webhooks signed over the URL only', () => {
    const body = '{"a":1}';
    const hash = '015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862';
    const url = `https://x.test/hook?bodySHA256=${hash}`;
    const signature = sign('tok', url, '');
    expect(verify(request(body, url, { 'x-twilio-signature': signature }), 'tok').ok).toBe(true);
    expect(verify(request('{"a":2}', url, { 'x-twilio-signature': signature }), 'tok')).toEqual({
      ok: false,
      error: { reason: 'body does not match the bodySHA256 URL parameter' },
    });
  });
});

describe('twilio parse', () => {
  it('reads a delivered status callback', () => {
    expect(parseStatusCallback(request(exampleForm('twilio-status-callback.json'), STATUS.url))).toEqual({
      ok: true,
      value: {
        eventId: 'SM9f2b7c4e1a8d5f3b6c9e2a7d4f1b8c5e:delivered',
        type: 'sms.status.delivered',
        serialKey: 'phone:+6281234567890',
      },
    });
  });

  it('reads an undelivered status callback as a separate event for the same message', () => {
    expect(parseStatusCallback(request(exampleForm('twilio-status-callback.undelivered.json'), STATUS.url))).toEqual({
      ok: true,
      value: {
        eventId: 'SM9f2b7c4e1a8d5f3b6c9e2a7d4f1b8c5e:undelivered',
        type: 'sms.status.undelivered',
        serialKey: 'phone:+6281234567890',
      },
    });
  });

  it('reads inbound messages, including STOP', () => {
    expect(parseInboundMessage(request(exampleForm('twilio-inbound-message.json'), 'https://x.test/in'))).toEqual({
      ok: true,
      value: { eventId: 'SMa1b2c3d4e5f60718293a4b5c6d7e8f90', type: 'sms.inbound', serialKey: 'phone:+6281234567890' },
    });
    expect(parseInboundMessage(request(exampleForm('twilio-inbound-message.stop.json'), 'https://x.test/in'))).toEqual({
      ok: true,
      value: { eventId: 'SMf0e9d8c7b6a5948372615049382716a5', type: 'sms.inbound', serialKey: 'phone:+6281234567890' },
    });
  });

  it('refuses bodies without the fields that make the id', () => {
    expect(parseStatusCallback(request('MessageStatus=sent', 'https://x.test/s'))).toEqual({ ok: false, error: { reason: 'missing MessageSid' } });
    expect(parseStatusCallback(request('MessageSid=SM1', 'https://x.test/s'))).toEqual({ ok: false, error: { reason: 'missing MessageStatus' } });
    expect(parseStatusCallback(request('MessageSid=SM1&MessageStatus=Sent%20now', 'https://x.test/s')).ok).toBe(false);
    expect(parseInboundMessage(request('{"MessageSid":"SM1"}', 'https://x.test/in'))).toEqual({ ok: false, error: { reason: 'missing MessageSid' } });
  });
});
