// Browser security headers on every response (@fastify/helmet): a Content-Security-Policy the dashboard passes, and more.
import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../core/context.js';

/**
 * The dashboard is one script file and one stylesheet from this server, talking to its own API: nothing inline, no
 * other origin, never framed. `data:` images are the favicon. HSTS and upgrade-insecure-requests only when the
 * server is reached over https: on a plain-http LAN install they would lock the browser out.
 */
export async function registerSecurityHeaders(app: FastifyInstance, ctx: Pick<AppContext, 'config'>): Promise<void> {
  const https = ctx.config.publicUrl.startsWith('https:');
  await app.register(fastifyHelmet, {
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
}
