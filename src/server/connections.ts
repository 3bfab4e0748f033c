// Timeouts and connection caps for the HTTP server: slow or idle clients are cut off instead of holding sockets forever.
import type { Server, ServerOptions } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import type { Config } from '../config.js';

type HttpLimits = Config['http'];

/**
 * Fastify's server options for the timeouts: Node answers 408 and closes a request whose headers (or whole request)
 * are late, and closes a keep-alive connection left idle. Node looks for late requests every
 * `connectionsCheckingInterval` (30 s unless set), so it is set to a fraction of the shortest timeout.
 */
export function timeoutOptions(limits: HttpLimits): { requestTimeout: number; keepAliveTimeout: number; http: ServerOptions } {
  const shortest = Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs);
  return {
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    http: {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      connectionsCheckingInterval: Math.max(100, Math.min(1_000, Math.floor(shortest / 4))),
    },
  };
}

/**
 * Caps open connections in total (`maxConnections`: Node closes the extra ones) and per client address, so one
 * address cannot take every file descriptor. Refusals are logged at debug level: under a flood a line each is damage.
 */
export function limitConnections(server: Server, limits: HttpLimits, logger: FastifyBaseLogger): void {
  server.maxConnections = limits.maxConnections;
  if (limits.maxConnectionsPerAddress === 0) return;
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? 'unknown';
    const count = (open.get(address) ?? 0) + 1;
    if (count > limits.maxConnectionsPerAddress) {
      logger.debug({ address, open: count - 1 }, 'connection refused: too many open from this address');
      socket.destroy();
      return;
    }
    open.set(address, count);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left <= 0) open.delete(address);
      else open.set(address, left);
    });
  });
}

/** The error code of a body that missed its deadline (already logged by the deadline itself). */
export const BODY_TIMEOUT_CODE = 'LC_BODY_TIMEOUT';

/** A request body that did not arrive in time: a 4xx, so no error handler logs it as a failure of ours. */
class BodyTimeoutError extends Error {
  readonly statusCode = 408;
  readonly code = BODY_TIMEOUT_CODE;
  constructor(ms: number) {
    super(`the request body did not arrive within ${Math.round(ms / 1000)} s`);
  }
}

/**
 * The body read deadline: a JSON or webhook body (at most about 1 MiB) must arrive within `ms` of its headers, or the
 * connection is closed. Routes that read a large body themselves (file uploads, `config.streamedBody`) have only the
 * whole-request timeout.
 */
export function addBodyDeadline(app: FastifyInstance, ms: number): void {
  app.addHook('preParsing', async (request, _reply, payload) => {
    if (request.routeOptions.config.streamedBody === true) return payload;
    const length = request.headers['content-length'];
    if (request.headers['transfer-encoding'] === undefined && (length === undefined || length === '0')) return payload;
    const timer = setTimeout(() => {
      request.log.debug({ timeoutMs: ms }, 'request body too slow: connection closed');
      // Destroying the stream with a 4xx error makes the body parser fail with it; the socket goes with the stream.
      payload.destroy(new BodyTimeoutError(ms));
    }, ms);
    timer.unref();
    const done = () => clearTimeout(timer);
    payload.once('end', done);
    payload.once('close', done);
    payload.once('error', done);
    return payload;
  });
}
