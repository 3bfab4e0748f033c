// Public tracking routes in campaign emails: /t/o/<token>.gif (open), /t/c/<token> (click, then redirect), /t/u/<token> (unsubscribe).
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import { recordHit } from '../tracking/flow.js';

/** The smallest transparent GIF. */
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const NO_STORE = 'no-store, no-cache, must-revalidate, private';
/** The tracking pages: their inline style, a form that posts back here, no script, never framed. */
const PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const page = (title: string, text: string, form?: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${title}</title>` +
  `<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#222}button{font-size:1rem;padding:.6rem 1.2rem}</style></head>` +
  `<body><h1>${title}</h1><p>${text}</p>${form ?? ''}</body></html>`;

export const trackingRoutes: FastifyPluginAsync<ModuleRouteOptions> = async (base, { ctx }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const params = z.object({ token: z.string().min(1).max(100) });
  const publicRoute = { public: true } as const;
  const hide = { hide: true } as const;

  // These small pages carry their own <style>, and the pixel is shown inside other sites' mail readers: each gets the
  // policy it needs instead of the dashboard's.
  base.addHook('onSend', async (_request, reply, payload) => {
    const type = String(reply.getHeader('content-type') ?? '');
    if (type.startsWith('text/html')) reply.header('content-security-policy', PAGE_POLICY);
    if (type.startsWith('image/')) reply.header('cross-origin-resource-policy', 'cross-origin');
    return payload;
  });

  app.get('/t/o/:token', { config: publicRoute, schema: { ...hide, params } }, async (request, reply) => {
    // Always the pixel, even for an unknown token: a broken image in someone's inbox helps nobody.
    await recordHit(ctx, request.params.token.replace(/\.gif$/, ''), 'open').catch((error: unknown) => request.log.error({ err: error }, 'open not recorded'));
    return reply.header('cache-control', NO_STORE).type('image/gif').send(PIXEL);
  });

  app.get('/t/c/:token', { config: publicRoute, schema: { ...hide, params } }, async (request, reply) => {
    const hit = await recordHit(ctx, request.params.token, 'click');
    if (!hit?.url) return reply.code(404).type('text/html').send(page('Link not found', 'This link is not valid any more.'));
    return reply.header('cache-control', NO_STORE).redirect(hit.url, 302);
  });

  // GET only asks: mail scanners open every link, and one must not unsubscribe people. The button POSTs, and so do
  // mail clients' own unsubscribe buttons (RFC 8058 List-Unsubscribe-Post).
  app.get('/t/u/:token', { config: publicRoute, schema: { ...hide, params } }, async (request, reply) => {
    const known = await ctx.db.selectFrom('crm_tracking_links').select('kind').where('token', '=', request.params.token).where('kind', '=', 'unsubscribe').executeTakeFirst();
    if (!known) return reply.code(404).type('text/html').send(page('Link not found', 'This unsubscribe link is not valid.'));
    return reply
      .header('cache-control', NO_STORE)
      .type('text/html')
      .send(page('Unsubscribe', 'Stop receiving these emails?', `<form method="post"><button type="submit">Unsubscribe</button></form>`));
  });

  await app.register(async (scope) => {
    // Mail clients post `List-Unsubscribe=One-Click` form-encoded; the body is not needed, only accepted.
    scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 1024 }, (_r, body, done) => done(null, body));
    scope.post('/t/u/:token', { config: publicRoute, schema: { ...hide, params } }, async (request, reply) => {
      const hit = await recordHit(ctx, (request.params as { token: string }).token, 'unsubscribe');
      if (!hit) return reply.code(404).type('text/html').send(page('Link not found', 'This unsubscribe link is not valid.'));
      return reply.header('cache-control', NO_STORE).type('text/html').send(page('You are unsubscribed', 'You will not get these emails any more.'));
    });
  });
};
