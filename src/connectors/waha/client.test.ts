// Runs the real WAHA client against the WAHA simulator: every call's request and answer, WAHA's refusals, retryable failures, no API key leaks.
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startWahaSim, type WahaSim } from '../../../sim/waha.js';
import { providerExampleObject } from '../../../test/fixtures/providers/index.js';
import { failure, value } from '../../../test/helpers/results.js';
import { createHttpClient, ProviderError } from '../../core/http/index.js';
import { createWahaClient, WahaApiError, wahaRefusal, type WahaClient } from './index.js';

const KEY = 'waha_key_5d2e8f1b9c7a';
const CHAT = '6281234567890@c.us';

let sim: WahaSim;
let client: WahaClient;
const http = createHttpClient({ timeoutMs: 2_000 });

beforeAll(async () => {
  sim = await startWahaSim({ apiKey: KEY });
  client = createWahaClient({ baseUrl: `${sim.url}/`, apiKey: KEY, session: 'default', http });
});

afterEach(async () => {
  sim.clearFaults();
  sim.clearRequests();
  sim.clearRecords();
  sim.knobs.rateLimit = undefined;
  sim.knobs.notWorkingBody = 'wrapped';
  await sim.setStatus('WORKING');
});

afterAll(async () => {
  await sim.close();
});

const example = (name: string) => providerExampleObject('waha', name);
const lastBody = () => JSON.parse(sim.requests.at(-1)?.body ?? '{}') as unknown;

/** Every place the API key could surface when an error is logged or stored, a real pino log line included. */
function expectNoKey(error: ProviderError, key = KEY): void {
  let logged = '';
  const logger = pino({ level: 'info' }, new Writable({ write: (chunk: Buffer, _encoding, done) => ((logged += chunk.toString('utf8')), done()) }));
  logger.error({ err: error }, 'waha call failed');
  const surfaces = [error.message, error.responseBody ?? '', error.url, JSON.stringify(error), String(error.stack), String(error.cause ?? ''), logged];
  for (const text of surfaces) expect(text).not.toContain(key);
}

describe('waha client: calls', () => {
  it('reads the session: status, account and engine, with X-Api-Key and nothing in the URL', async () => {
    expect(value(await client.getSession())).toEqual({
      name: 'default',
      status: 'WORKING',
      working: true,
      me: { chatId: '6281398765432@c.us', pushName: 'Toko Berkah Herbal' },
      engine: 'WEBJS',
    });
    const request = sim.requests[0];
    expect(request).toMatchObject({ method: 'GET', url: '/api/sessions/default' });
    expect(request?.headers['x-api-key']).toBe(KEY);
    await sim.setStatus('SCAN_QR_CODE');
    expect(value(await client.getSession())).toMatchObject({ status: 'SCAN_QR_CODE', working: false, me: undefined });
  });

  it('tolerates a base URL given with /api', async () => {
    const withApi = createWahaClient({ baseUrl: `${sim.url}/api/`, apiKey: KEY, session: 'default', http });
    expect(value(await withApi.getSession()).status).toBe('WORKING');
    expect(sim.requests[0]?.path).toBe('/api/sessions/default');
  });

  it('sendText posts the documented body and returns WAHA’s message id', async () => {
    const request = example('waha-api.sendText.request.json');
    const sent = value(await client.sendText({ chatId: CHAT, text: String(request['text']), linkPreview: false }));
    expect(sent.messageId).toBe(sim.messages[0]?.id);
    expect(sent.messageId).toMatch(/^true_6281234567890@c\.us_/);
    expect(sent.timestamp).toBeGreaterThan(1_700_000_000);
    // The example also sends `reply_to: null`; we leave an absent quote out instead.
    const { reply_to: _unused, ...documented } = request;
    expect(lastBody()).toEqual(documented);
    expect(sim.requests[0]).toMatchObject({ method: 'POST', path: '/api/sendText' });
    expect(sim.requests[0]?.headers['content-type']).toBe('application/json');

    value(await client.sendText({ chatId: CHAT, text: 'Betul kak', replyTo: 'false_6281234567890@c.us_3EB0C4F1A2B7D9E6F801' }));
    expect(lastBody()).toEqual({ session: 'default', chatId: CHAT, text: 'Betul kak', reply_to: 'false_6281234567890@c.us_3EB0C4F1A2B7D9E6F801' });
  });

  it('sendImage and sendFile post the documented bodies', async () => {
    const image = value(
      await client.sendImage({
        chatId: CHAT,
        file: { mimetype: 'image/jpeg', filename: 'madu-hutan-sumbawa.jpg', url: 'https://cdn.example.test/p/madu-sumbawa.jpg' },
        caption: 'Madu Hutan Sumbawa 500 gr - Rp125.000',
      }),
    );
    expect(lastBody()).toEqual(example('waha-api.sendImage.request.json'));
    const file = value(
      await client.sendFile({
        chatId: CHAT,
        file: { mimetype: 'application/pdf', filename: 'invoice-260504KXQMRT.pdf', url: 'https://cdn.example.test/invoice/260504KXQMRT.pdf' },
        caption: 'Invoice pesanan Kakak',
      }),
    );
    expect(lastBody()).toEqual(example('waha-api.sendFile.request.json'));
    expect(sim.messages.map((m) => [m.kind, m.id])).toEqual([
      ['image', image.messageId],
      ['file', file.messageId],
    ]);
  });

  it('sendSeen, startTyping and stopTyping post the documented bodies and succeed on WAHA’s answers', async () => {
    expect(value(await client.sendSeen({ chatId: CHAT, messageIds: ['false_6281234567890@c.us_3EB0C4F1A2B7D9E6F801'] }))).toBeUndefined();
    expect(lastBody()).toEqual(example('waha-api.sendSeen.request.json'));
    value(await client.sendSeen({ chatId: CHAT }));
    expect(lastBody()).toEqual({ session: 'default', chatId: CHAT });
    value(await client.startTyping({ chatId: CHAT }));
    expect(lastBody()).toEqual(example('waha-api.startTyping.request.json'));
    expect(sim.isTyping(CHAT)).toBe(true);
    value(await client.stopTyping({ chatId: CHAT }));
    expect(sim.isTyping(CHAT)).toBe(false);
    expect(sim.requests.map((r) => r.path)).toEqual(['/api/sendSeen', '/api/sendSeen', '/api/startTyping', '/api/stopTyping']);
  });

  it('checkExists asks with digits and the session, and reads both answers', async () => {
    sim.setNumber('+6281200000001', 'inactive');
    expect(value(await client.checkExists('+6281234567890'))).toEqual({ exists: true, chatId: CHAT });
    expect(sim.requests[0]?.url).toBe('/api/contacts/check-exists?phone=6281234567890&session=default');
    expect(value(await client.checkExists('6281200000001'))).toEqual({ exists: false, chatId: undefined });
  });

  it('checkExists refuses a local number without calling WAHA, and without the number in the message', async () => {
    const error = failure(await client.checkExists('0812-3456-7890'));
    expect(error).toMatchObject({ kind: 'rejected', retryable: false });
    expect(error.message).not.toContain('3456');
    expect(sim.requests).toHaveLength(0);
  });

  it('reads the message id of the other engines’ answers (whatsapp-web.js id object, Baileys key)', async () => {
    sim.fail({ times: 1, fault: { kind: 'status', status: 201, body: { id: { fromMe: true, remote: CHAT, id: 'ABC', _serialized: `true_${CHAT}_ABC` }, ack: 0 } } });
    expect(value(await client.sendText({ chatId: CHAT, text: 'x' })).messageId).toBe(`true_${CHAT}_ABC`);
    sim.fail({ times: 1, fault: { kind: 'status', status: 201, body: { key: { remoteJid: '6281234567890@s.whatsapp.net', fromMe: true, id: 'BAE5F00D' }, messageTimestamp: '1777864600' } } });
    expect(value(await client.sendImage({ chatId: CHAT, file: { mimetype: 'image/jpeg', url: 'https://a.test/x.jpg' } })).messageId).toBe(`true_${CHAT}_BAE5F00D`);
  });
});

describe('waha client: refusals', () => {
  it('a refused key is a non-retryable auth failure that never shows the key', async () => {
    const wrong = createWahaClient({ baseUrl: sim.url, apiKey: 'wrong_key_0123456789', session: 'default', http });
    const errors = [failure(await wrong.getSession()), failure(await wrong.sendText({ chatId: CHAT, text: 'x' })), failure(await wrong.checkExists('+6281234567890'))];
    for (const error of errors) {
      expect(error).toMatchObject({ kind: 'auth', status: 401, retryable: false });
      expectNoKey(error, 'wrong_key_0123456789');
    }
    expect(sim.messages).toHaveLength(0);
  });

  it('a session that is not WORKING is a retryable refusal naming the status, from the wrapped and the bare 422', async () => {
    await sim.setStatus('SCAN_QR_CODE');
    const wrapped = failure(await client.sendText({ chatId: CHAT, text: 'x' }));
    expect(wrapped).toBeInstanceOf(WahaApiError);
    expect(wrapped).toMatchObject({ kind: 'rejected', status: 422, retryable: true, refusal: 'session_not_working', sessionStatus: 'SCAN_QR_CODE' });
    expect(wrapped.message).toBe(`POST ${sim.url}/api/sendText answered HTTP 422: session default is SCAN_QR_CODE, not WORKING`);
    expectNoKey(wrapped);

    sim.knobs.notWorkingBody = 'bare';
    await sim.setStatus('FAILED');
    const bare = failure(await client.startTyping({ chatId: CHAT }));
    expect(bare).toMatchObject({ retryable: true, refusal: 'session_not_working', sessionStatus: 'FAILED' });
    expect(wahaRefusal(bare)).toBe('session_not_working');
    expect(failure(await client.checkExists('+6281234567890'))).toMatchObject({ refusal: 'session_not_working' });
  });

  it('an unknown session is session_not_found, retryable on sends (older builds answer so for a session never started)', async () => {
    const other = createWahaClient({ baseUrl: sim.url, apiKey: KEY, session: 'sales', http });
    expect(failure(await other.getSession())).toMatchObject({ status: 404, refusal: 'session_not_found' });
    const send = failure(await other.sendText({ chatId: CHAT, text: 'x' }));
    expect(send).toMatchObject({ status: 404, retryable: true, refusal: 'session_not_found' });
    expect(send.message).toContain('WAHA has no running session named sales');
  });

  it('a validation refusal (400) is permanent and says what WAHA refused', async () => {
    const error = failure(await client.sendText({ chatId: '+6281234567890', text: 'x' }));
    expect(error).toMatchObject({ kind: 'rejected', status: 400, retryable: false, refusal: 'invalid_request' });
    expect(error.message).toContain('WAHA refused the request: chatId must look like');
  });

  it('a feature the engine or build lacks (422 with a text) is permanent; an expired media file is file_not_found', async () => {
    sim.fail({ times: 1, fault: { kind: 'status', status: 422, body: { statusCode: 422, message: 'Sending media is available only in Plus version. Check this out: https://waha.devlike.pro/', error: 'Unprocessable Entity' } } });
    const plus = failure(await client.sendFile({ chatId: CHAT, file: { mimetype: 'application/pdf', url: 'https://a.test/x.pdf' } }));
    expect(plus).toMatchObject({ status: 422, retryable: false, refusal: 'not_supported' });
    expect(plus.message).toContain('available only in Plus');
    sim.fail({ times: 1, fault: { kind: 'status', status: 404, body: { error: { code: 404, key: 'FILE_NOT_FOUND', message: 'File not found', details: 'File not found or no longer available' } } } });
    expect(failure(await client.sendSeen({ chatId: CHAT }))).toMatchObject({ status: 404, retryable: false, refusal: 'file_not_found' });
  });

  it('a 201 without a message id is an invalid response', async () => {
    sim.fail({ times: 1, fault: { kind: 'status', status: 201, body: { ok: true } } });
    expect(failure(await client.sendText({ chatId: CHAT, text: 'x' }))).toMatchObject({ kind: 'invalid_response', retryable: false });
  });
});

describe('waha client: failures worth retrying', () => {
  it('429 from the rate limit carries Retry-After in ms; an injected one too', async () => {
    sim.knobs.rateLimit = { requests: 1, windowMs: 60_000 };
    value(await client.sendText({ chatId: CHAT, text: 'a' }));
    const limited = failure(await client.sendText({ chatId: CHAT, text: 'b' }));
    expect(limited).toMatchObject({ kind: 'rate_limited', status: 429, retryable: true });
    expect(limited.retryAfterMs).toBeGreaterThanOrEqual(59_000);
    expect(limited.retryAfterMs).toBeLessThanOrEqual(60_000);
    sim.knobs.rateLimit = undefined;
    sim.fail({ times: 1, fault: { kind: 'rate_limit', retryAfterSeconds: 7 } });
    expect(failure(await client.startTyping({ chatId: CHAT }))).toMatchObject({ kind: 'rate_limited', retryAfterMs: 7_000 });
  });

  it('5xx is retryable and an echoed key is blanked out of the kept body', async () => {
    sim.fail({ times: 1, fault: { kind: 'status', status: 500, body: { statusCode: 500, exception: { message: 'boom' }, request: { headers: { 'x-api-key': KEY } } } } });
    const error = failure(await client.sendText({ chatId: CHAT, text: 'x' }));
    expect(error).toMatchObject({ kind: 'server', status: 500, retryable: true });
    expect(error).not.toBeInstanceOf(WahaApiError);
    expect(error.responseBody).toContain('[redacted]');
    expectNoKey(error);
  });

  it('a hang is a retryable timeout and a dropped connection a retryable network error; neither sends anything', async () => {
    const impatient = createWahaClient({ baseUrl: sim.url, apiKey: KEY, session: 'default', http, timeoutMs: 200 });
    sim.fail({ times: 1, fault: { kind: 'hang' } });
    const hung = failure(await impatient.sendText({ chatId: CHAT, text: 'x' }));
    expect(hung).toMatchObject({ kind: 'timeout', retryable: true });
    expectNoKey(hung);
    sim.fail({ times: 1, fault: { kind: 'drop' } });
    const dropped = failure(await client.sendImage({ chatId: CHAT, file: { mimetype: 'image/jpeg', url: 'https://a.test/x.jpg' } }));
    expect(dropped).toMatchObject({ kind: 'network', retryable: true });
    expectNoKey(dropped);
    expect(sim.messages).toHaveLength(0);
  });

  it('an unreachable WAHA is a retryable network error', async () => {
    const gone = await startWahaSim();
    const url = gone.url;
    await gone.close();
    const error = failure(await createWahaClient({ baseUrl: url, apiKey: KEY, session: 'default', http }).getSession());
    expect(error).toMatchObject({ kind: 'network', retryable: true });
    expect(error.message).toContain('ECONNREFUSED');
  });
});
