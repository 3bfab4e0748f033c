// The `waha` delivery sender against the WAHA simulator: each payload kind, refusals the queue must not retry, and ones it must.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startWahaSim, type WahaSim } from '../../../sim/waha.js';
import { AppError } from '../../core/errors.js';
import { createHttpClient, ProviderError } from '../../core/http/index.js';
import { createWahaClient, createWahaSender, sendWahaDelivery, WahaApiError, type WahaClient, type WahaDeliveryPayload } from './index.js';

const KEY = 'waha_sender_key_91c3';
const CHAT = '6281234567890@c.us';

let sim: WahaSim;
let client: WahaClient;

beforeAll(async () => {
  sim = await startWahaSim({ apiKey: KEY });
  client = createWahaClient({ baseUrl: sim.url, apiKey: KEY, session: 'default', http: createHttpClient({ timeoutMs: 2_000 }) });
});

afterEach(async () => {
  sim.clearFaults();
  sim.clearRequests();
  sim.clearRecords();
  await sim.setStatus('WORKING');
});

afterAll(async () => {
  await sim.close();
});

/** A delivery row as the queue hands it over: the payload is stored as JSON text, module fields included. */
const delivery = (payload: WahaDeliveryPayload & Record<string, unknown>) => ({ payload: JSON.stringify(payload) });
const lastBody = () => JSON.parse(sim.requests.at(-1)?.body ?? '{}') as unknown;

async function refusal(payload: unknown): Promise<AppError> {
  const thrown = await sendWahaDelivery(client, { payload: typeof payload === 'string' ? payload : JSON.stringify(payload) }).then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(thrown instanceof AppError)) throw new Error(`expected an AppError, got ${String(thrown)}`);
  return thrown;
}

describe('waha sender: calls', () => {
  it('sends text to a phone and stores WAHA’s message id as the response; module fields are ignored', async () => {
    const result = await sendWahaDelivery(client, delivery({ kind: 'text', phone: '+6281234567890', text: 'Halo Kak Siti', business_id: 'biz_1', template: 'welcome' }));
    expect(result).toEqual({ response: { kind: 'text', session: 'default', chat_id: CHAT, message_id: sim.messages[0]?.id } });
    expect(lastBody()).toEqual({ session: 'default', chatId: CHAT, text: 'Halo Kak Siti' });
  });

  it('a chat_id wins over a phone; reply_to and link_preview are passed on', async () => {
    await sendWahaDelivery(client, delivery({ kind: 'text', chat_id: '6281200000009@c.us', phone: '+6281234567890', text: 'x', reply_to: 'false_x_1', link_preview: false }));
    expect(lastBody()).toEqual({ session: 'default', chatId: '6281200000009@c.us', text: 'x', reply_to: 'false_x_1', linkPreview: false });
  });

  it('sends an image (JPEG unless told) and a file by URL with caption and file name', async () => {
    const image = await sendWahaDelivery(client, delivery({ kind: 'image', phone: '+6281234567890', url: 'https://cdn.example.test/p/madu.jpg', caption: 'Madu Hutan' }));
    expect(lastBody()).toEqual({ session: 'default', chatId: CHAT, file: { mimetype: 'image/jpeg', url: 'https://cdn.example.test/p/madu.jpg' }, caption: 'Madu Hutan' });
    const file = await sendWahaDelivery(
      client,
      delivery({ kind: 'file', chat_id: CHAT, url: 'https://cdn.example.test/brosur.pdf', mimetype: 'application/pdf', filename: 'brosur-umroh.pdf' }),
    );
    expect(lastBody()).toEqual({ session: 'default', chatId: CHAT, file: { mimetype: 'application/pdf', filename: 'brosur-umroh.pdf', url: 'https://cdn.example.test/brosur.pdf' } });
    expect([image.response.message_id, file.response.message_id]).toEqual(sim.messages.map((m) => m.id));
  });

  it('marks seen and types, answering no message id', async () => {
    const ids = ['false_6281234567890@c.us_3EB0C4F1A2B7D9E6F801'];
    const results = [
      await sendWahaDelivery(client, delivery({ kind: 'seen', phone: '+6281234567890', message_ids: ids })),
      await sendWahaDelivery(client, delivery({ kind: 'typing_start', phone: '+6281234567890' })),
      await sendWahaDelivery(client, delivery({ kind: 'typing_stop', phone: '+6281234567890' })),
    ];
    expect(results.map((r) => [r.response.kind, r.response.message_id])).toEqual([['seen', null], ['typing_start', null], ['typing_stop', null]]);
    expect(sim.calls.map((c) => [c.kind, c.chatId])).toEqual([['seen', CHAT], ['typing_start', CHAT], ['typing_stop', CHAT]]);
    expect(sim.calls[0]?.messageIds).toEqual(ids);
  });
});

describe('waha sender: failures', () => {
  it('a payload that cannot be a WAHA call is a permanent validation_failed, and nothing is sent', async () => {
    const cases: unknown[] = [
      'not json',
      { kind: 'voice', phone: '+6281234567890' },
      { kind: 'text', phone: '+6281234567890' },
      { kind: 'text', phone: '+6281234567890', text: '' },
      { kind: 'text', text: 'no recipient' },
      { kind: 'text', phone: '081234567890', text: 'local number' },
      { kind: 'text', chat_id: 'status@broadcast', text: 'x' },
      { kind: 'image', phone: '+6281234567890', url: 'ftp://x.test/a.jpg' },
      { kind: 'file', phone: '+6281234567890', url: 'https://x.test/a.pdf' },
    ];
    for (const payload of cases) {
      const error = await refusal(payload);
      expect(error).toMatchObject({ code: 'validation_failed', retryable: false });
      expect(error.message).not.toContain('081234567890');
    }
    expect(sim.requests).toHaveLength(0);
  });

  it('names the fields that are wrong', async () => {
    expect((await refusal({ kind: 'file', phone: '+6281234567890', url: 'https://x.test/a.pdf' })).message).toContain('mimetype');
    expect((await refusal({ kind: 'nope' })).message).toContain('kind');
  });

  it('a session that is not WORKING is thrown as a retryable WahaApiError, so the queue waits for it', async () => {
    await sim.setStatus('SCAN_QR_CODE');
    const thrown = await sendWahaDelivery(client, delivery({ kind: 'text', phone: '+6281234567890', text: 'x' })).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(WahaApiError);
    expect(thrown).toMatchObject({ retryable: true, refusal: 'session_not_working', sessionStatus: 'SCAN_QR_CODE' });
  });

  it('a 503 and a 429 are thrown as retryable ProviderErrors, the 429 with its Retry-After', async () => {
    sim.fail({ times: 1, fault: { kind: 'status', status: 503 } });
    await expect(sendWahaDelivery(client, delivery({ kind: 'typing_start', phone: '+6281234567890' }))).rejects.toMatchObject({ kind: 'server', retryable: true });
    sim.fail({ times: 1, fault: { kind: 'rate_limit', retryAfterSeconds: 4 } });
    const limited = await sendWahaDelivery(client, delivery({ kind: 'text', phone: '+6281234567890', text: 'x' })).catch((error: unknown) => error);
    expect(limited).toBeInstanceOf(ProviderError);
    expect(limited).toMatchObject({ kind: 'rate_limited', retryable: true, retryAfterMs: 4_000 });
  });

  it('a refused body (400) is thrown as permanent', async () => {
    await expect(sendWahaDelivery(client, delivery({ kind: 'text', chat_id: '123@c.us', text: 'x' }))).rejects.toMatchObject({ status: 400, retryable: false });
  });
});

describe('waha sender: descriptor glue', () => {
  it('finds the client for each delivery with the job context, and checks the payload before reading settings', async () => {
    const asked: Array<[string, string]> = [];
    const sender = createWahaSender<{ payload: string; workspace_id: string }, { name: string }>(async (d, jc) => {
      asked.push([d.workspace_id, jc.name]);
      return client;
    });
    const sent = await sender({ workspace_id: 'ws_1', payload: JSON.stringify({ kind: 'text', phone: '+6281234567890', text: 'Halo' }) }, { name: 'job-1' });
    expect(sent.response.message_id).toBe(sim.messages[0]?.id);
    await expect(sender({ workspace_id: 'ws_2', payload: '{"kind":"text"}' }, { name: 'job-2' })).rejects.toMatchObject({ code: 'validation_failed' });
    expect(asked).toEqual([['ws_1', 'job-1']]);
  });
});
