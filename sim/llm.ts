// OpenAI-compatible chat simulator: POST /v1/chat/completions behind a Bearer key, answers scripted per test, and the faults real servers show.
import { randomBytes } from 'node:crypto';
import { cancellableWaits, startSimServer, type SimRequest, type SimResponse, type SimServer } from './base.js';

// Written from OpenAI's public API reference (Chat Completions, error codes). Where it documents nothing, a comment
// says ASSUMED. Slow answers, hangs and dropped connections use the base simulator's fault rules (`fail`).

export interface LlmSimMessage {
  readonly role: string;
  /** Text content; an array of content parts is joined into its text parts. */
  readonly content: string;
}

/** One chat request as the simulator understood it. */
export interface LlmSimChat {
  readonly model: string;
  readonly messages: readonly LlmSimMessage[];
  /** `response_format` as sent (e.g. `{ type: 'json_object' }`), or undefined. */
  readonly responseFormat: unknown;
  /** The whole request body, parsed. */
  readonly body: Readonly<Record<string, unknown>>;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * What the simulator says to one request:
 * - `json`: a well-formed completion whose message content is this value as JSON text;
 * - `content`: a well-formed completion whose message content is this text (e.g. prose instead of JSON);
 * - `error`: an API error in OpenAI's shape `{error:{message,type,code}}` (429 with Retry-After, 500, …);
 * - `raw`: a broken HTTP answer: any status and body (e.g. an HTML error page, or JSON that is no completion).
 */
export type LlmSimReply =
  | { readonly json: unknown }
  | { readonly content: string }
  | { readonly error: { readonly status: number; readonly message?: string; readonly type?: string; readonly code?: string | null; readonly retryAfterSeconds?: number } }
  | { readonly raw: { readonly status: number; readonly body: string; readonly contentType?: string } };

export type LlmSimResponder = (chat: LlmSimChat) => LlmSimReply | Promise<LlmSimReply>;

export interface LlmSimOptions {
  /** The key requests must carry as `Authorization: Bearer <key>`. */
  readonly apiKey: string;
  /** Models the server knows; any other is a 404 `model_not_found`. Absent: every model name is accepted. */
  readonly models?: readonly string[];
  /**
   * Answers a request when no scripted reply is queued. Default: the content "OK".
   * (A function of the request lets a test answer by what the prompt says.)
   */
  readonly respond?: LlmSimResponder;
  /** Some compatible servers refuse `response_format`; true makes this one answer 400 to it. */
  readonly rejectResponseFormat?: boolean;
  /** How long the model "thinks" before every answer, in ms (default 0): a benchmark's steady model time. */
  readonly latencyMs?: number;
}

export interface LlmSim extends SimServer {
  /**
   * Queues replies, used one per request in order, before `respond` is asked. A request held by a `delay` fault
   * takes its reply when the delay ends, even if its client gave up: use `hang` for a request that must take none.
   */
  answer(...replies: (LlmSimReply | LlmSimResponder)[]): void;
  /** Replaces the default responder. */
  respondWith(responder: LlmSimResponder | undefined): void;
  /** Every chat request that passed the key check and parsed, oldest first. The array is live. */
  readonly chats: readonly LlmSimChat[];
  /** Forgets requests, chats and queued replies. */
  reset(): void;
}

/** OpenAI's error body. */
export function llmSimErrorBody(message: string, type: string, code: string | null): { error: { message: string; type: string; param: null; code: string | null } } {
  return { error: { message, type, param: null, code } };
}

const errorResponse = (status: number, message: string, type: string, code: string | null, headers?: Record<string, string>): SimResponse => ({
  status,
  ...(headers ? { headers } : {}),
  json: llmSimErrorBody(message, type, code),
});

/** DOC: a wrong key is a 401 whose message shows the key's start and end with the middle starred out. */
function wrongKey(given: string): SimResponse {
  const shown = given.length > 8 ? `${given.slice(0, 3)}${'*'.repeat(given.length - 7)}${given.slice(-4)}` : '********';
  return errorResponse(401, `Incorrect API key provided: ${shown}. You can find your API key at https://platform.openai.com/account/api-keys.`, 'invalid_request_error', 'invalid_api_key');
}

function textOf(content: unknown): string | undefined {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content
      .map((part) => (typeof part === 'object' && part !== null && (part as { type?: unknown }).type === 'text' ? String((part as { text?: unknown }).text ?? '') : ''))
      .join('');
  }
  if (content === null) return '';
  return undefined;
}

function completion(model: string, content: string, promptChars: number): SimResponse {
  // ASSUMED: token counts roughly four characters a token; nothing reads them but a dashboard.
  const promptTokens = Math.ceil(promptChars / 4);
  const completionTokens = Math.ceil(content.length / 4);
  return {
    status: 200,
    headers: { 'x-request-id': `req_${randomBytes(12).toString('hex')}` },
    json: {
      id: `chatcmpl-${randomBytes(12).toString('hex')}`,
      object: 'chat.completion',
      created: Math.floor(Date.now() / 1000),
      model,
      choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: 'stop' }],
      usage: { prompt_tokens: promptTokens, completion_tokens: completionTokens, total_tokens: promptTokens + completionTokens },
      system_fingerprint: null,
    },
  };
}

export async function startLlmSim(options: LlmSimOptions): Promise<LlmSim> {
  const queue: (LlmSimReply | LlmSimResponder)[] = [];
  const chats: LlmSimChat[] = [];
  let respond: LlmSimResponder = options.respond ?? (() => ({ content: 'OK' }));
  const thinking = cancellableWaits();

  const handle = async (req: SimRequest): Promise<SimResponse> => {
    const auth = /^bearer\s+(.+)$/i.exec(req.headers['authorization'] ?? '');
    const given = auth?.[1]?.trim();
    if (given === undefined) {
      return errorResponse(401, "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).", 'invalid_request_error', null);
    }
    if (given !== options.apiKey) return wrongKey(given);

    let body: unknown;
    try {
      body = req.json();
    } catch {
      return errorResponse(400, 'We could not parse the JSON body of your request.', 'invalid_request_error', null);
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return errorResponse(400, 'The request body must be a JSON object.', 'invalid_request_error', null);
    const record = body as Record<string, unknown>;
    const model = record['model'];
    if (typeof model !== 'string' || model === '') return errorResponse(400, "Missing required parameter: 'model'.", 'invalid_request_error', 'missing_required_parameter');
    if (options.models && !options.models.includes(model)) {
      return errorResponse(404, `The model \`${model}\` does not exist or you do not have access to it.`, 'invalid_request_error', 'model_not_found');
    }
    const rawMessages = record['messages'];
    if (!Array.isArray(rawMessages) || rawMessages.length === 0) return errorResponse(400, "Missing required parameter: 'messages'.", 'invalid_request_error', 'missing_required_parameter');
    const messages: LlmSimMessage[] = [];
    for (const [i, m] of rawMessages.entries()) {
      const role = typeof m === 'object' && m !== null ? (m as { role?: unknown }).role : undefined;
      const content = typeof m === 'object' && m !== null ? textOf((m as { content?: unknown }).content) : undefined;
      if (typeof role !== 'string' || !['system', 'developer', 'user', 'assistant', 'tool'].includes(role) || content === undefined) {
        return errorResponse(400, `Invalid value for 'messages[${i}]'.`, 'invalid_request_error', 'invalid_value');
      }
      messages.push({ role, content });
    }
    // ASSUMED: streaming is out of scope for this simulator; it says so instead of answering something else.
    if (record['stream'] === true) return errorResponse(400, 'This simulator does not stream; send stream: false.', 'invalid_request_error', 'unsupported_value');
    const responseFormat = record['response_format'];
    if (responseFormat !== undefined && options.rejectResponseFormat) {
      return errorResponse(400, "Invalid parameter: 'response_format' is not supported with this model.", 'invalid_request_error', 'unsupported_parameter');
    }
    const chat: LlmSimChat = { model, messages, responseFormat, body: record, headers: req.headers };
    chats.push(chat);

    if (options.latencyMs) await thinking.wait(options.latencyMs);
    const next = queue.shift() ?? respond;
    const reply = typeof next === 'function' ? await next(chat) : next;
    const promptChars = messages.reduce((n, m) => n + m.content.length, 0);
    if ('json' in reply) return completion(model, JSON.stringify(reply.json), promptChars);
    if ('content' in reply) return completion(model, reply.content, promptChars);
    if ('raw' in reply) return { status: reply.raw.status, headers: { 'content-type': reply.raw.contentType ?? 'text/html; charset=utf-8' }, text: reply.raw.body };
    const e = reply.error;
    const headers = e.retryAfterSeconds !== undefined ? { 'retry-after': String(e.retryAfterSeconds) } : undefined;
    if (e.status === 429) {
      return errorResponse(429, e.message ?? 'Rate limit reached for requests. Please try again in a moment.', e.type ?? 'requests', e.code ?? 'rate_limit_exceeded', headers);
    }
    if (e.status >= 500) return errorResponse(e.status, e.message ?? 'The server had an error while processing your request. Sorry about that!', e.type ?? 'server_error', e.code ?? null, headers);
    return errorResponse(e.status, e.message ?? 'Invalid request.', e.type ?? 'invalid_request_error', e.code ?? null, headers);
  };

  const server = await startSimServer({ name: 'llm', routes: [{ method: 'POST', path: '/v1/chat/completions', handler: handle }] });
  const closeServer = server.close;
  return Object.assign(server, {
    close: () => {
      thinking.cancel();
      return closeServer();
    },
    answer: (...replies: (LlmSimReply | LlmSimResponder)[]) => {
      queue.push(...replies);
    },
    respondWith: (responder: LlmSimResponder | undefined) => {
      respond = responder ?? options.respond ?? (() => ({ content: 'OK' }));
    },
    chats,
    reset: () => {
      server.clearRequests();
      server.clearFaults();
      chats.length = 0;
      queue.length = 0;
    },
  });
}
