// Browser security headers on every response (helmet): a Content-Security-Policy the dashboard passes, and more.
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';
import type { AppContext } from '../../core/context.js';

/**
 * The dashboard is one script file and one stylesheet from this server, talking to its own API: nothing inline, no
 * other origin, never framed. `data:` images are the favicon. HSTS and upgrade-insecure-requests only when the
 * server is reached over https: on a plain-http LAN install they would lock the browser out.
 */
export function registerSecurityHeaders(app: FastifyInstance, ctx: Pick<AppContext, 'config'>): void {
  const https = ctx.config.publicUrl.startsWith('https:');
  // helmet's middleware is built once and run on each response. @fastify/helmet built it again for every request
  // (parsing the policy each time: a tenth of a millisecond of every webhook and API call).
  const setHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'font-src': ["'self'"],
        'connect-src': ["'self'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'frame-ancestors': ["'none'"],
        ...(https ? { 'upgrade-insecure-requests': [] } : {}),
      },
    },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
    // Cross-origin isolation would stop nothing here and breaks nothing to leave off; the resource policy stays
    // same-origin (a route that is embedded elsewhere, the email open pixel, says cross-origin itself).
    crossOriginEmbedderPolicy: false,
  });
  // A route may still set its own (the email tracking pages' policy): Fastify's headers are written over these.
  app.addHook('onRequest', (request, reply, done) => setHeaders(request.raw, reply.raw, (err?: unknown) => done(err instanceof Error ? err : undefined)));
}
