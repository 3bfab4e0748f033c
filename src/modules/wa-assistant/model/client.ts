// The one call to an OpenAI-compatible chat server (the official `openai` package), within the workspace's timeout, its failures sorted into reason codes.
import type OpenAI from 'openai';
import { AppError } from '../../../core/errors.js';
import { requestFetch } from '../../../core/http/index.js';
import type { ModelSettings } from '../settings.js';

export interface ChatMessage {
  readonly role: 'system' | 'user' | 'assistant';
  readonly content: string;
}

/** Why the model gave no usable text; recorded on the turn when the rules answer instead. */
export type ModelFailure =
  | 'model_timeout'
  | 'model_rate_limited'
  | 'model_server_error'
  | 'model_unreachable'
  | 'model_rejected_key'
  | 'model_refused_request'
  | 'model_not_json'
  | 'model_invalid_answer';

type OpenAIClass = typeof OpenAI;

/**
 * The package is imported at the first model call: about 12 MB that a server whose assistant uses rules only never
 * needs. Kept once loaded: an `import()` per call went through the module loader every turn.
 */
let openAI: Promise<OpenAIClass> | undefined;
const loadOpenAI = (): Promise<OpenAIClass> => {
  if (!openAI) {
    openAI = import('openai').then((m) => m.default);
    // A failed import (a broken install) is tried again on the next call instead of being remembered.
    openAI.catch(() => (openAI = undefined));
  }
  return openAI;
};

export type ModelReply = { readonly ok: true; readonly content: string } | { readonly ok: false; readonly reason: ModelFailure; readonly status: number | null };

/** Clients kept at most; the one used longest ago goes first. */
const MAX_CLIENTS = 32;

/**
 * Clients by everything they are made from (key, base URL, timeout). A client keeps nothing of a call, and making one
 * builds an object for every resource of the API (chat, files, images, fine-tuning…), which lived as long as the model
 * thought: made per turn, they were garbage the young generation copied over and over at 1,000 conversations.
 */
const clients = new Map<string, OpenAI>();

/**
 * The client for these settings. Everything is given explicitly so nothing comes from OPENAI_* environment variables
 * (a key or base URL there must never be used for a workspace); the package's own retries are off, so the timeout is
 * the whole wait, and its logger is off, so nothing it knows (the key included) reaches a log. Its calls go through
 * undici's request (`requestFetch`), not Node's fetch, which cost four times a WAHA call's CPU.
 */
function clientFor(OpenAI: OpenAIClass, s: ModelSettings): OpenAI {
  const key = JSON.stringify([s.apiKey, s.baseUrl, s.timeoutMs]);
  let client = clients.get(key);
  if (client) clients.delete(key);
  else client = new OpenAI({ apiKey: s.apiKey, baseURL: s.baseUrl, organization: null, project: null, webhookSecret: null, timeout: s.timeoutMs, maxRetries: 0, logLevel: 'off', fetch: requestFetch });
  clients.set(key, client);
  const oldest = clients.keys().next().value;
  if (clients.size > MAX_CLIENTS && oldest !== undefined) clients.delete(oldest);
  return client;
}

/**
 * Asks for one chat completion. Never throws: a failure is a reason code and the HTTP status, never the server's
 * own words (a 401 from OpenAI quotes part of the key). One deadline signal covers connecting, waiting and reading
 * the body, so a server that trickles its answer cannot hold the turn past the timeout either.
 */
export async function askModel(s: ModelSettings, messages: readonly ChatMessage[]): Promise<ModelReply> {
  const OpenAI = await loadOpenAI();
  const deadline = AbortSignal.timeout(s.timeoutMs);
  // No temperature or token limit: reasoning models refuse values other than their defaults.
  try {
    const completion = await clientFor(OpenAI, s).chat.completions.create(
      { model: s.model, messages: [...messages], ...(s.jsonMode ? { response_format: { type: 'json_object' as const } } : {}) },
      { signal: deadline, timeout: s.timeoutMs, maxRetries: 0 },
    );
    // A compatible server may answer 200 with a body that is no completion: the package passes it through as is.
    const content: unknown = (completion as { choices?: { message?: { content?: unknown } }[] }).choices?.[0]?.message?.content;
    if (typeof content !== 'string' || content.trim() === '') return { ok: false, reason: 'model_invalid_answer', status: null };
    return { ok: true, content };
  } catch (thrown) {
    return { ok: false, reason: deadline.aborted ? 'model_timeout' : failureOf(OpenAI, thrown), status: thrown instanceof OpenAI.APIError && typeof thrown.status === 'number' ? thrown.status : null };
  }
}

function failureOf(OpenAI: OpenAIClass, thrown: unknown): ModelFailure {
  if (thrown instanceof OpenAI.APIConnectionTimeoutError) return 'model_timeout';
  if (thrown instanceof OpenAI.APIUserAbortError) return 'model_timeout';
  if (thrown instanceof OpenAI.APIConnectionError) return 'model_unreachable';
  if (thrown instanceof OpenAI.RateLimitError) return 'model_rate_limited';
  if (thrown instanceof OpenAI.AuthenticationError || thrown instanceof OpenAI.PermissionDeniedError) return 'model_rejected_key';
  if (thrown instanceof OpenAI.APIError) return typeof thrown.status === 'number' && thrown.status >= 500 ? 'model_server_error' : 'model_refused_request';
  // Anything else broke while reading the answer (a body that is not JSON at all).
  return 'model_not_json';
}

/** The connection test: one tiny request with the saved settings; a failure is the AppError the dashboard words. */
export async function testModel(s: ModelSettings): Promise<string> {
  const reply = await askModel({ ...s, jsonMode: false }, [
    { role: 'system', content: 'This is a connection test. Answer with the single word OK.' },
    { role: 'user', content: 'Connection test' },
  ]);
  if (reply.ok) return `${s.model} answered (${reply.content.trim().slice(0, 40)})`;
  const status = reply.status === null ? '' : ` (HTTP ${reply.status})`;
  const context = { provider: 'llm', reason: reply.reason, status: reply.status };
  switch (reply.reason) {
    case 'model_rejected_key':
      throw new AppError('provider_rejected_key', `The model server rejected the API key${status}: check it in Settings`, { context });
    case 'model_rate_limited':
      throw new AppError('rate_limited', 'The model server asks us to slow down; try again shortly', { context });
    case 'model_refused_request':
      throw new AppError('provider_error', `The model server refused the request${status}: check the model name and the base URL`, { context });
    case 'model_timeout':
      throw new AppError('provider_error', `The model server did not answer within ${s.timeoutMs} ms`, { context });
    case 'model_unreachable':
      throw new AppError('provider_error', 'The model server could not be reached: check the base URL', { context });
    default:
      throw new AppError('provider_error', `The model server did not answer as an OpenAI-compatible API would${status}`, { context });
  }
}
