// Shared base for provider simulators: a node:http server on 127.0.0.1 with routes, a request log and fault injection.
import { Agent as HttpAgent, createServer, request as httpRequest, type ClientRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';

export type SimMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';

export interface SimRequest {
  readonly method: string;
  /** Path without the query string. */
  readonly path: string;
  /** Values of the route's `:name` segments, URL-decoded. */
  readonly params: Readonly<Record<string, string>>;
  /** Query parameters; a repeated name keeps its last value (see `searchParams` for all). */
  readonly query: Readonly<Record<string, string>>;
  readonly searchParams: URLSearchParams;
  /** Header names are lower-case; repeated headers are joined with ", ". */
  readonly headers: Readonly<Record<string, string>>;
  readonly rawBody: Buffer;
  readonly text: string;
  /** The body parsed as JSON; throws (answered 500) when it is not JSON. */
  json(): unknown;
  /** The body as an urlencoded form; a repeated name keeps its last value. */
  form(): Record<string, string>;
  /** The body as an urlencoded form with every repeated value. */
  formParams(): URLSearchParams;
}

export interface SimResponse {
  status: number;
  headers?: Record<string, string>;
  /** Serialized as application/json. */
  json?: unknown;
  /** Sent as is; content type text/plain unless `headers` says otherwise. */
  text?: string;
}

export interface SimRoute {
  method: SimMethod;
  /** e.g. `/v3/stores/:storeId/products` or `/Messages/:sid.json`. */
  path: string;
  handler(req: SimRequest): SimResponse | Promise<SimResponse>;
}

export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  /** Path plus query string, as requested. */
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** Epoch ms when the body finished arriving. */
  readonly time: number;
}

export type SimFault =
  | { kind: 'status'; status: number; body?: unknown }
  | { kind: 'rate_limit'; retryAfterSeconds: number }
  | { kind: 'delay'; ms: number }
  | { kind: 'hang' }
  | { kind: 'drop' };

export interface SimFaultRule {
  match?: { method?: string; path?: string | RegExp };
  /** How many matching requests get the fault; unlimited when absent. */
  times?: number;
  fault: SimFault;
}

export interface SimServer {
  readonly name: string;
  /** http://127.0.0.1:PORT, no trailing slash. */
  readonly url: string;
  readonly port: number;
  /** Every request received, faulted or not, oldest first. The array is live. */
  readonly requests: readonly RecordedRequest[];
  clearRequests(): void;
  /** Adds a fault rule; the first rule that matches a request applies, in the order added. */
  fail(rule: SimFaultRule): void;
  clearFaults(): void;
  /** Stops listening and destroys every socket, so hanging and delayed requests end too. */
  close(): Promise<void>;
}

export interface SimServerOptions {
  name: string;
  routes: readonly SimRoute[];
  /** 0 (the default) picks a free port. */
  port?: number;
}

interface CompiledRoute {
  route: SimRoute;
  pattern: RegExp;
  names: string[];
}

interface ActiveRule {
  rule: SimFaultRule;
  remaining: number;
}

/**
 * Starts a simulator. Simulators are written from the providers' documentation only and import nothing from src/:
 * a sim built from our own client code would echo a client bug instead of catching it.
 */
/** Pauses that a simulator's close() can cancel all at once, so no timer outlives the server. */
export function cancellableWaits(): { wait(ms: number): Promise<void>; cancel(): void } {
  const timers = new Set<NodeJS.Timeout>();
  return {
    wait: (ms) =>
      new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          timers.delete(timer);
          resolve();
        }, ms);
        timers.add(timer);
      }),
    cancel: () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
  };
}

/** What a simulator's webhook POST got back: status 0 and `error` when no answer came (refused, timed out, aborted). */
export interface WebhookAnswer {
  readonly status: number;
  readonly responseBody: string;
  readonly responseHeaders: Record<string, string>;
  readonly error: string | undefined;
  /** Epoch ms when the answer (or the failure) came. */
  readonly time: number;
}

/**
 * Posts webhooks the way a provider does (one request, a deadline, redirects not followed), and lets close() abort
 * every request still waiting, so no simulator outlives its test. Through node:http with a keep-alive agent, as
 * WAHA's axios does, rather than fetch: fetch's streams cost the bench's load generator a few milliseconds a request,
 * and with a thousand conversations at once it, not the server, held webhooks back by seconds (measured by joining
 * the poster's send times to the server's accept times on the request id).
 */
export function webhookPoster(): {
  post(url: string, request: { headers: Record<string, string>; body: string; timeoutMs: number }): Promise<WebhookAnswer>;
  abortAll(): void;
} {
  const agents = { 'http:': new HttpAgent({ keepAlive: true }), 'https:': new HttpsAgent({ keepAlive: true }) };
  const inFlight = new Set<ClientRequest>();
  return {
    post(url, { headers, body, timeoutMs }) {
      return new Promise<WebhookAnswer>((resolve) => {
        const target = new URL(url);
        const secure = target.protocol === 'https:';
        const failed = (message: string) => resolve({ status: 0, responseBody: '', responseHeaders: {}, error: message, time: Date.now() });
        const request = (secure ? httpsRequest : httpRequest)(target, {
          method: 'POST',
          headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
          agent: secure ? agents['https:'] : agents['http:'],
        });
        inFlight.add(request);
        const timer = setTimeout(() => request.destroy(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
        const done = () => {
          clearTimeout(timer);
          inFlight.delete(request);
        };
        request.on('response', (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            done();
            resolve({
              status: response.statusCode ?? 0,
              responseBody: Buffer.concat(chunks).toString('utf8'),
              responseHeaders: Object.fromEntries(Object.entries(response.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')])),
              error: undefined,
              time: Date.now(),
            });
          });
          response.on('error', (error: NodeJS.ErrnoException) => {
            done();
            failed(error.code ?? error.message);
          });
        });
        // The socket's own error names what happened: ECONNRESET, ECONNREFUSED, or the deadline above.
        request.on('error', (error: NodeJS.ErrnoException) => {
          done();
          failed(error.code ?? error.message);
        });
        request.end(body);
      });
    },
    abortAll() {
      for (const request of inFlight) request.destroy(new Error('the simulator closed'));
      for (const agent of Object.values(agents)) agent.destroy();
    },
  };
}

export async function startSimServer(options: SimServerOptions): Promise<SimServer> {
  const compiled = options.routes.map(compileRoute);
  const requests: RecordedRequest[] = [];
  const rules: ActiveRule[] = [];
  const sockets = new Set<Socket>();
  const { wait, cancel: cancelWaits } = cancellableWaits();
  let closed = false;

  const takeFault = (method: string, path: string): SimFault | undefined => {
    const index = rules.findIndex(({ rule }) => faultMatches(rule, method, path));
    const active = rules[index];
    if (active === undefined) return undefined;
    active.remaining -= 1;
    if (active.remaining <= 0) rules.splice(index, 1);
    return active.rule.fault;
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const rawBody = await readBody(req);
    const method = (req.method ?? 'GET').toUpperCase();
    const target = new URL(req.url ?? '/', 'http://sim.invalid');
    const headers = flattenHeaders(req);
    const text = rawBody.toString('utf8');
    requests.push({ method, path: target.pathname, url: req.url ?? '/', headers, body: text, time: Date.now() });

    const fault = takeFault(method, target.pathname);
    if (fault !== undefined) {
      switch (fault.kind) {
        case 'status':
          send(res, faultResponse(fault.status, fault.body));
          return;
        case 'rate_limit':
          send(res, {
            status: 429,
            headers: { 'retry-after': String(fault.retryAfterSeconds) },
            json: { error: 'rate_limited', message: `${options.name} sim: too many requests` },
          });
          return;
        case 'hang':
          // Never answer: the socket stays open until the client gives up or close() destroys it.
          return;
        case 'drop':
          req.socket.destroy();
          return;
        case 'delay':
          await wait(fault.ms);
          if (closed) return;
          break;
      }
    }

    const found = findRoute(compiled, method, target.pathname);
    if (found === undefined) {
      send(res, { status: 404, json: { error: 'not_found', message: `${options.name} sim has no route ${method} ${target.pathname}` } });
      return;
    }
    const simRequest = buildRequest(method, target, found.params, headers, rawBody, text);
    let response: SimResponse;
    try {
      response = await found.route.handler(simRequest);
    } catch (thrown) {
      const message = thrown instanceof Error ? thrown.message : String(thrown);
      response = { status: 500, json: { error: 'sim_handler_failed', message } };
    }
    if (!closed) send(res, response);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((thrown: unknown) => {
      if (!res.headersSent && !res.destroyed) {
        send(res, { status: 500, json: { error: 'sim_failed', message: String(thrown) } });
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve, reject) => {
      closed = true;
      cancelWaits();
      server.close((error) => (error === undefined ? resolve() : reject(error)));
      for (const socket of sockets) socket.destroy();
      server.closeAllConnections();
    });
    return closing;
  };

  return {
    name: options.name,
    url: `http://127.0.0.1:${port}`,
    port,
    requests,
    clearRequests: () => {
      requests.length = 0;
    },
    fail: (rule) => {
      if (rule.times !== undefined && rule.times <= 0) return;
      rules.push({ rule, remaining: rule.times ?? Number.POSITIVE_INFINITY });
    },
    clearFaults: () => {
      rules.length = 0;
    },
    close,
  };
}

function compileRoute(route: SimRoute): CompiledRoute {
  const names: string[] = [];
  const source = route.path
    .split(/(:[A-Za-z_][A-Za-z0-9_]*)/)
    .map((part) => {
      if (part.startsWith(':')) {
        names.push(part.slice(1));
        return '([^/]+?)';
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return { route, pattern: new RegExp(`^${source}$`), names };
}

function findRoute(
  routes: readonly CompiledRoute[],
  method: string,
  path: string,
): { route: SimRoute; params: Record<string, string> } | undefined {
  for (const { route, pattern, names } of routes) {
    if (route.method !== method) continue;
    const match = pattern.exec(path);
    if (match === null) continue;
    const params: Record<string, string> = {};
    names.forEach((name, i) => {
      params[name] = decodeURIComponent(match[i + 1] ?? '');
    });
    return { route, params };
  }
  return undefined;
}

function faultMatches(rule: SimFaultRule, method: string, path: string): boolean {
  const match = rule.match;
  if (match === undefined) return true;
  if (match.method !== undefined && match.method.toUpperCase() !== method) return false;
  if (match.path === undefined) return true;
  return typeof match.path === 'string' ? match.path === path : match.path.test(path);
}

function faultResponse(status: number, body: unknown): SimResponse {
  if (body === undefined) return { status, json: { error: 'injected_fault', status } };
  return typeof body === 'string' ? { status, text: body } : { status, json: body };
}

function buildRequest(
  method: string,
  target: URL,
  params: Record<string, string>,
  headers: Record<string, string>,
  rawBody: Buffer,
  text: string,
): SimRequest {
  return {
    method,
    path: target.pathname,
    params,
    query: Object.fromEntries(target.searchParams),
    searchParams: target.searchParams,
    headers,
    rawBody,
    text,
    json: () => JSON.parse(text) as unknown,
    form: () => Object.fromEntries(new URLSearchParams(text)),
    formParams: () => new URLSearchParams(text),
  };
}

function flattenHeaders(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    // A client that gives up mid-body never sends 'end'; settle anyway so nothing waits forever.
    req.on('close', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, response: SimResponse): void {
  if (res.destroyed || res.headersSent) return;
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(response.headers ?? {})) headers[name.toLowerCase()] = value;
  let body = '';
  if (response.json !== undefined) {
    body = JSON.stringify(response.json);
    headers['content-type'] ??= 'application/json; charset=utf-8';
  } else if (response.text !== undefined) {
    body = response.text;
    headers['content-type'] ??= 'text/plain; charset=utf-8';
  }
  headers['content-length'] = String(Buffer.byteLength(body));
  res.writeHead(response.status, headers);
  res.end(body);
}
