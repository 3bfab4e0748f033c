// POST /webhooks/<source>[/<workspace-slug>]: verify the signature on the raw bytes, store, and only then answer 2xx.
import { randomBytes } from 'node:crypto';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../../core/errors.js';
import { checkBodyText, checkEnvelope } from '../../core/inbox/envelope.js';
import { createInboxWriter } from '../../core/inbox/store.js';
import type { RawWebhookRequest, WebhookSource } from '../../core/inbox/types.js';
import { DEFAULT_WORKSPACE_SLUG, keptWorkspaceIdBySlug } from '../../core/workspaces.js';
import type { CoreRouteOptions } from '../app.js';
import { BODY_TIMEOUT_CODE } from '../connections.js';
import { errorBody } from '../plugins/errors.js';
import { createRejectionSampler } from '../rejection-sampler.js';

interface Resolved {
  source: WebhookSource;
  slug: string;
}

/** Longest source name first, so `twilio/status/shop2` finds `twilio/status` with the slug `shop2`. */
export function resolveSource(sources: readonly WebhookSource[], path: string): Resolved | undefined {
  const sorted = [...sources].sort((a, b) => b.name.length - a.name.length);
  for (const source of sorted) {
    if (path === source.name) return { source, slug: DEFAULT_WORKSPACE_SLUG };
    if (path.startsWith(`${source.name}/`)) {
      const rest = path.slice(source.name.length + 1);
      if (/^[a-z0-9][a-z0-9-]{0,62}$/.test(rest)) return { source, slug: rest };
    }
  }
  return undefined;
}

/** The reason given for a Content-Type Fastify cannot parse (`x`, `a/b/c`, two types in one header). */
export function badContentType(header: string | undefined): string {
  const shown = JSON.stringify((header ?? '').slice(0, 100));
  return `Content-Type ${shown} is not a single media type such as application/json or application/x-www-form-urlencoded`;
}

/** Whether reading the body failed because the client went away or was too slow (not something to record). */
function clientGaveUp(request: FastifyRequest, error: Error & { code?: string; statusCode?: number }): boolean {
  return error.statusCode === 408 || error.code === 'ECONNRESET' || error.message === 'aborted' || request.raw.destroyed;
}

export const webhookRoutes: FastifyPluginAsync<CoreRouteOptions> = async (app, { ctx, assembly, metrics }) => {
  const writer = createInboxWriter({ ...ctx, db: ctx.intakeDb, subscribers: assembly.subscribers });
  // Read on the intake's database (on SQLite ahead of the worker's queries) and kept like any read (ctx.readCache,
  // one load a second per key however many requests wait): the workspace by its slug, and the source's secret.
  const workspaceId = (slug: string) => keptWorkspaceIdBySlug(ctx.readCache, ctx.intakeDb, slug);
  const secretFor = (source: WebhookSource, wsId: string) => source.secret(wsId, ctx.intakeDb);

  /**
   * Checked instead of a real secret when the workspace is unknown or has none: the caller then gets exactly the
   * answer a wrong signature gets (the same 401 and message), so workspace slugs cannot be probed.
   */
  const standInSecret = `whsec_${randomBytes(32).toString('base64')}`;

  const rejections = createRejectionSampler(ctx.db, ctx.clock, ctx.logger, ctx.config.rejectionsStoredPerMinute);
  app.addHook('onClose', async () => rejections.close());

  /** `answer` is what the caller is told when it must differ from the reason logged. */
  const reject = async (request: FastifyRequest, reply: FastifyReply, r: { source: string; wsId?: string; status: number; reason: string; metric: string; answer?: string }) => {
    // A made-up path is not a label: one per probed path would grow the metrics without bound.
    const label = assembly.webhookSources.some((s) => s.name === r.source) ? r.source : 'unknown';
    metrics.webhooksRejected.inc({ source: label, reason: r.metric });
    request.log.info({ source: r.source, reason: r.reason, status: r.status }, 'webhook rejected');
    if (r.wsId) await rejections.record({ workspaceId: r.wsId, source: r.source, reason: r.reason, statusCode: r.status, remoteAddr: request.ip });
    const code =
      r.status === 401 ? 'invalid_signature' : r.status === 413 ? 'payload_too_large' : r.status === 415 ? 'unsupported_media_type' : r.status === 404 ? 'not_found' : 'bad_request';
    return reply.code(r.status).send(errorBody(code, r.answer ?? r.reason, request.id));
  };

  await app.register(async (scope) => {
    // Webhooks are read as raw bytes: signatures are computed over them, and re-serialising would break them.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: ctx.config.webhookBodyLimit }, (_request, body, done) => done(null, body));

    scope.setErrorHandler(async (error: Error & { code?: string; statusCode?: number }, request, reply) => {
      const path = String((request.params as Record<string, string> | undefined)?.['*'] ?? '');
      const resolved = resolveSource(assembly.webhookSources, path);
      const wsId = resolved ? await workspaceId(resolved.slug).catch(() => undefined) : undefined;
      const where = { source: resolved?.source.name ?? path, ...(wsId ? { wsId } : {}) };
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        return reject(request, reply, { ...where, status: 413, reason: `body is larger than the ${ctx.config.webhookBodyLimit}-byte limit`, metric: 'too_large' });
      }
      if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
        return reject(request, reply, { ...where, status: 415, reason: badContentType(request.headers['content-type']), metric: 'content_type' });
      }
      if (clientGaveUp(request, error)) {
        // The client closed the connection or sent its body too slowly: nobody is left to answer, and under a flood
        // of such requests a line per request at a higher level (or a stack trace) is itself the damage.
        if (error.code !== BODY_TIMEOUT_CODE) request.log.debug({ code: error.code, message: error.message }, 'webhook body not received');
        return reply.code(error.statusCode === 408 ? 408 : 400).send(errorBody('bad_request', 'the request body was not received', request.id));
      }
      if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
        // Anything else Fastify refuses while reading the body (a wrong Content-Length) is the caller's fault too.
        return reject(request, reply, { ...where, status: 400, reason: `the request could not be read: ${error.message}`, metric: 'malformed' });
      }
      request.log.error({ err: error }, 'webhook failed before it was stored');
      // Not stored, so not acknowledged: the provider will deliver it again.
      return reply.code(500).send(errorBody('internal', 'could not store the webhook; please retry', request.id));
    });

    scope.post('/webhooks/*', { schema: { hide: true } }, async (request, reply) => {
      const path = (request.params as Record<string, string>)['*'] ?? '';
      const resolved = resolveSource(assembly.webhookSources, path);
      if (!resolved) return reject(request, reply, { source: path, status: 404, reason: `no webhook source /webhooks/${path}`, metric: 'unknown_source' });
      const { source, slug } = resolved;
      const wsId = await workspaceId(slug);

      const rawBody = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const headers: Record<string, string | undefined> = {};
      for (const [k, v] of Object.entries(request.headers)) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
      const raw: RawWebhookRequest = { rawBody, headers, url: `${ctx.config.publicUrl}${request.url}`, receivedAt: ctx.clock.now() };

      const secret = wsId ? await secretFor(source, wsId) : undefined;
      if (!wsId || !secret) {
        const standIn = source.verify(raw, standInSecret);
        const answer = standIn.ok ? 'signature does not match' : standIn.error.reason;
        return wsId
          ? reject(request, reply, { source: source.name, wsId, status: 401, reason: `no ${source.provider} webhook secret is configured for this workspace`, metric: 'not_configured', answer })
          : reject(request, reply, { source: source.name, status: 401, reason: `no workspace named ${slug}`, metric: 'unknown_workspace', answer });
      }
      const verified = source.verify(raw, secret);
      if (!verified.ok) return reject(request, reply, { source: source.name, wsId, status: 401, reason: verified.error.reason, metric: 'signature' });
      const text = checkBodyText(rawBody);
      if (!text.ok) return reject(request, reply, { source: source.name, wsId, status: 400, reason: text.error.reason, metric: 'malformed' });
      const parsed = source.parse(raw);
      if (!parsed.ok) return reject(request, reply, { source: source.name, wsId, status: 400, reason: parsed.error.reason, metric: 'malformed' });
      const envelope = checkEnvelope(parsed.value);
      if (!envelope.ok) return reject(request, reply, { source: source.name, wsId, status: 400, reason: envelope.error.reason, metric: 'malformed' });

      const kept: Record<string, string> = {};
      for (const name of source.keepHeaders) {
        const value = headers[name.toLowerCase()];
        if (value !== undefined) kept[name.toLowerCase()] = value;
      }
      const stored = await writer.store({
        workspaceId: wsId,
        source: source.name,
        type: parsed.value.type,
        providerEventId: parsed.value.eventId,
        serialKey: parsed.value.serialKey,
        rawBody: text.value,
        headers: kept,
        receivedAt: raw.receivedAt,
      });
      metrics.webhooksReceived.inc({ source: source.name, result: stored.duplicate ? 'duplicate' : 'accepted' });
      if (source.acknowledge) {
        const ack = source.acknowledge(parsed.value, stored.duplicate);
        return reply.code(200).header('content-type', ack.contentType).send(ack.body);
      }
      return reply.code(200).send({ status: stored.duplicate ? 'duplicate' : 'ok', eventId: stored.eventId });
    });
  });

  // A typed guard so the catch-all never swallows a GET: providers only POST.
  app.get('/webhooks/*', { schema: { hide: true } }, async () => {
    throw new AppError('not_found', 'webhooks accept POST only');
  });
};
