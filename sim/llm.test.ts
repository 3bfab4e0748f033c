// Checks the chat simulator the way a client sees it: through the official `openai` package (key check, scripted answers, each fault).
import OpenAI from 'openai';
import { afterEach, describe, expect, it } from 'vitest';
import { startLlmSim, type LlmSim, type LlmSimOptions } from './llm.js';

const KEY = 'sk-sim-test-0123456789abcdef';
const started: LlmSim[] = [];

afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.close()));
});

async function sim(options: Partial<LlmSimOptions> = {}): Promise<LlmSim> {
  const server = await startLlmSim({ apiKey: KEY, ...options });
  started.push(server);
  return server;
}

/** The official client, without its own retries so each request is one answer. */
const client = (server: LlmSim, apiKey = KEY, timeout = 5_000) => new OpenAI({ apiKey, baseURL: `${server.url}/v1`, maxRetries: 0, timeout, organization: null, project: null, logLevel: 'off' });

const ask = (server: LlmSim, extra: Partial<OpenAI.Chat.Completions.ChatCompletionCreateParamsNonStreaming> = {}, c = client(server)) =>
  c.chat.completions.create({ model: 'sim-model', messages: [{ role: 'system', content: 'Answer in JSON.' }, { role: 'user', content: 'Assalamualaikum' }], ...extra });

describe('LLM chat simulator', () => {
  it('answers scripted replies in order, then the default, and records every chat', async () => {
    const server = await sim();
    server.answer({ json: { reply: 'Halo', confidence: 0.9 } }, { content: 'plain words' });
    const first = await ask(server, { response_format: { type: 'json_object' } });
    expect(first.object).toBe('chat.completion');
    expect(first.model).toBe('sim-model');
    expect(JSON.parse(first.choices[0]?.message.content ?? '')).toEqual({ reply: 'Halo', confidence: 0.9 });
    expect((await ask(server)).choices[0]?.message.content).toBe('plain words');
    expect((await ask(server)).choices[0]?.message.content).toBe('OK');
    expect(server.chats).toHaveLength(3);
    expect(server.chats[0]?.responseFormat).toEqual({ type: 'json_object' });
    expect(server.chats[1]?.responseFormat).toBeUndefined();
    expect(server.chats[0]?.messages).toEqual([{ role: 'system', content: 'Answer in JSON.' }, { role: 'user', content: 'Assalamualaikum' }]);
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(Array(3).fill('POST /v1/chat/completions'));
  });

  it('thinks for latencyMs before every answer: a client that waits less gets no answer, one that waits longer does', async () => {
    const server = await sim({ latencyMs: 300 });
    expect(await ask(server, {}, client(server, KEY, 100)).catch((e: unknown) => e)).toBeInstanceOf(OpenAI.APIConnectionTimeoutError);
    expect((await ask(server)).choices[0]?.message.content).toBe('OK');
  });

  it('answers as a function of the request when told to', async () => {
    const server = await sim({ respond: (chat) => ({ content: `you said ${chat.messages.at(-1)?.content ?? ''}` }) });
    expect((await ask(server)).choices[0]?.message.content).toBe('you said Assalamualaikum');
    server.answer(() => ({ json: { n: 1 } }));
    expect((await ask(server)).choices[0]?.message.content).toBe('{"n":1}');
  });

  it('refuses a missing or wrong key with a 401 in OpenAI\'s error shape, the key shown only by its ends', async () => {
    const server = await sim();
    const wrong = 'sk-wrong-key-abcdefghijkl';
    const failure = await ask(server, {}, client(server, wrong)).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(OpenAI.AuthenticationError);
    const error = failure as InstanceType<typeof OpenAI.AuthenticationError>;
    expect(error.status).toBe(401);
    expect(error.code).toBe('invalid_api_key');
    expect(error.type).toBe('invalid_request_error');
    expect(error.message).not.toContain(wrong);
    expect(error.message).toContain('ijkl');

    const raw = await fetch(`${server.url}/v1/chat/completions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(raw.status).toBe(401);
    const body = (await raw.json()) as { error: { message: string; type: string; code: string | null } };
    expect(body.error.type).toBe('invalid_request_error');
    expect(body.error.message).toMatch(/provide your API key/);
    expect(server.chats).toEqual([]);
  });

  it('answers 429 with Retry-After and 500, both in OpenAI\'s shape', async () => {
    const server = await sim();
    server.answer({ error: { status: 429, retryAfterSeconds: 7 } }, { error: { status: 500 } });
    const limited = await ask(server).catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(OpenAI.RateLimitError);
    expect((limited as InstanceType<typeof OpenAI.RateLimitError>).headers.get('retry-after')).toBe('7');
    expect((limited as InstanceType<typeof OpenAI.RateLimitError>).code).toBe('rate_limit_exceeded');
    const broken = await ask(server).catch((e: unknown) => e);
    expect(broken).toBeInstanceOf(OpenAI.InternalServerError);
    expect((broken as InstanceType<typeof OpenAI.InternalServerError>).type).toBe('server_error');
  });

  it('sends malformed answers: prose instead of JSON, and a body that is no completion', async () => {
    const server = await sim();
    server.answer({ content: 'Sure! Here is the answer: {reply: halo' }, { raw: { status: 200, body: '{"unexpected":true}', contentType: 'application/json' } }, { raw: { status: 502, body: '<html>Bad gateway</html>' } });
    const prose = await ask(server, { response_format: { type: 'json_object' } });
    expect(() => JSON.parse(prose.choices[0]?.message.content ?? '') as unknown).toThrow();
    const odd = await ask(server);
    // The client passes a body without choices through: the caller must check the shape itself.
    expect(odd.choices).toBeUndefined();
    const gateway = await ask(server).catch((e: unknown) => e);
    expect(gateway).toBeInstanceOf(OpenAI.InternalServerError);
    expect((gateway as InstanceType<typeof OpenAI.APIError>).status).toBe(502);
  });

  it('is slow, or drops the connection, when a fault rule says so', async () => {
    const server = await sim();
    server.fail({ fault: { kind: 'delay', ms: 2_000 }, times: 1 });
    const slow = await ask(server, {}, client(server, KEY, 200)).catch((e: unknown) => e);
    expect(slow).toBeInstanceOf(OpenAI.APIConnectionTimeoutError);
    server.fail({ fault: { kind: 'drop' }, times: 1 });
    const dropped = await ask(server).catch((e: unknown) => e);
    expect(dropped).toBeInstanceOf(OpenAI.APIConnectionError);
    expect(dropped).not.toBeInstanceOf(OpenAI.APIConnectionTimeoutError);
    // The faults were used up: the next request is answered.
    expect((await ask(server)).choices[0]?.message.content).toBe('OK');
  });

  it('checks the request: known models only when a list is given, response_format refused when configured, no streaming', async () => {
    const server = await sim({ models: ['sim-model'], rejectResponseFormat: true });
    const unknown = await ask(server, { model: 'gpt-nonexistent' }).catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(OpenAI.NotFoundError);
    expect((unknown as InstanceType<typeof OpenAI.NotFoundError>).code).toBe('model_not_found');
    const format = await ask(server, { response_format: { type: 'json_object' } }).catch((e: unknown) => e);
    expect(format).toBeInstanceOf(OpenAI.BadRequestError);
    expect((await ask(server)).choices[0]?.message.content).toBe('OK');
    const stream = await fetch(`${server.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'sim-model', messages: [{ role: 'user', content: 'hi' }], stream: true }),
    });
    expect(stream.status).toBe(400);
  });
});
