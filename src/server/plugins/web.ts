// Serves the built dashboard (web/dist) at /, with index.html for every client-side route.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { errorBody } from './errors.js';

/**
 * Where `npm run build:web` writes the dashboard: web/dist at the repository root, three folders up from this file
 * in src/server/plugins, four from the compiled dist/src/server/plugins.
 */
export const WEB_DIST = fileURLToPath(new URL(import.meta.url.includes('/dist/src/') ? '../../../../web/dist/' : '../../../web/dist/', import.meta.url));

/** Paths that belong to the server, never to the dashboard. */
const SERVER_PATHS = /^\/(api|webhooks|health|ready|metrics)(\/|$|\?)/;

export async function registerWeb(app: FastifyInstance, dist = WEB_DIST): Promise<void> {
  const built = existsSync(path.join(dist, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, { root: dist, prefix: '/', wildcard: false, index: ['index.html'], cacheControl: true, maxAge: '1h' });
  }
  app.setNotFoundHandler(async (request, reply) => {
    const wantsPage = request.method === 'GET' && !SERVER_PATHS.test(request.url) && !path.extname(request.url.split('?')[0] ?? '');
    if (wantsPage && built) {
      // Client-side routes (/leads/lead_…) load the app shell; the app asks the API for data.
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    if (wantsPage) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The dashboard has not been built yet: run `npm run build:web` (npm install does it), then reload.');
    }
    return reply.code(404).send(errorBody('not_found', `No route for ${request.method} ${request.url.split('?')[0]}`, request.id));
  });
}
