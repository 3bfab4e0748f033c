// POST /api/whatsapp/webhook: the seed's public WhatsApp webhook, signed like WAHA's; stored in the inbox before the 200.
import type { FastifyPluginAsync } from 'fastify';
import { loadProviderSettings } from '../../../core/connector.js';
import { AppError } from '../../../core/errors.js';
import { createInboxWriter, recordRejection } from '../../../core/inbox/store.js';
import { DEFAULT_WORKSPACE_SLUG, findWorkspaceBySlug } from '../../../core/workspaces.js';
import { chatSerialKey, parse, verify, wahaConnector } from '../../../connectors/waha/index.js';
import type { ModuleRouteOptions } from '../../../server/module-routes.js';
import { readInbound } from '../inbound/rules.js';
import { MODULE_NAME } from '../settings.js';

/**
 * Accepts WAHA's envelope and the flat `{from, body, timestamp, message_id}`, both signed with `X-Webhook-Hmac`
 * (hex HMAC-SHA512 of the raw body with the WAHA connector's `webhook_hmac_key`), for the default workspace or the
 * one named by `?workspace=<slug>`. Stored under the connector's source `waha`, so a message that also reaches
 * `/webhooks/waha` with the same envelope id is one event; the assistant stores each message once either way.
 */
export const webhookRoutes: FastifyPluginAsync<ModuleRouteOptions> = async (base, { ctx }) => {
  const writer = createInboxWriter({ db: ctx.intakeDb, dialect: ctx.dialect, clock: ctx.clock, jobSignal: ctx.jobSignal, subscribers: () => [MODULE_NAME] });

  await base.register(async (app) => {
    // The signature covers the raw bytes: they are kept as they came.
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: ctx.config.webhookBodyLimit }, (_request, body, done) => done(null, body));

    app.post('/api/whatsapp/webhook', { config: { public: true }, schema: { hide: true } }, async (request, reply) => {
      const query = request.query as Record<string, string | undefined>;
      const slug = query['workspace'] ?? DEFAULT_WORKSPACE_SLUG;
      const ws = await findWorkspaceBySlug(ctx.db, slug);
      if (!ws) throw new AppError('not_found', `no workspace named ${slug}`, { context: { field: 'workspace' } });
      const rawBody = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const headers: Record<string, string | undefined> = {};
      for (const [k, v] of Object.entries(request.headers)) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
      const raw = { rawBody, headers, url: `${ctx.config.publicUrl}${request.url}`, receivedAt: ctx.clock.now() };
      const refuse = async (status: number, code: 'invalid_signature' | 'validation_failed', reason: string, field?: string) => {
        request.log.info({ reason, status }, 'whatsapp webhook rejected');
        await recordRejection(ctx.db, ctx.clock, { workspaceId: ws.id, source: 'waha', reason: `/api/whatsapp/webhook: ${reason}`, statusCode: status, remoteAddr: request.ip }).catch(() => undefined);
        throw new AppError(code, reason, field ? { context: { field } } : {});
      };

      const waha = await loadProviderSettings(ctx, ctx.db, ws.id, wahaConnector);
      const secret = waha.secrets['webhook_hmac_key'];
      if (!secret) return refuse(401, 'invalid_signature', 'no WAHA webhook_hmac_key is configured for this workspace');
      const verified = verify(raw, secret);
      if (!verified.ok) return refuse(401, 'invalid_signature', verified.error.reason);

      let body: unknown;
      try {
        body = JSON.parse(rawBody.toString('utf8'));
      } catch {
        return refuse(400, 'validation_failed', 'body: not valid JSON', 'body');
      }
      const session = typeof waha.data['session'] === 'string' ? waha.data['session'] : 'default';
      const read = readInbound(body, session);
      if (read.kind === 'malformed') return refuse(400, 'validation_failed', read.reason, read.field);

      let eventId: string;
      let type: string;
      let serialKey: string | undefined;
      if (typeof body === 'object' && body !== null && 'event' in body) {
        const parsed = parse(raw);
        if (!parsed.ok) return refuse(400, 'validation_failed', parsed.error.reason, 'id');
        ({ eventId, type, serialKey } = parsed.value);
      } else {
        // The flat body: its message id is the event id, with the session, as WAHA's old builds do.
        const m = read.kind === 'message' ? read : undefined;
        eventId = `${session}:message:${m?.messageId ?? 'unknown'}`;
        type = 'message';
        serialKey = m ? chatSerialKey(m.chatId) : undefined;
      }
      const stored = await writer.store({
        workspaceId: ws.id,
        source: 'waha',
        type,
        providerEventId: eventId,
        serialKey,
        rawBody: rawBody.toString('utf8'),
        headers: Object.fromEntries(['content-type', 'user-agent'].flatMap((h) => (headers[h] ? [[h, headers[h]]] : []))),
        receivedAt: raw.receivedAt,
      });
      return reply.code(200).send({ status: stored.duplicate ? 'duplicate' : read.kind === 'ignored' ? 'ignored' : 'ok', eventId: stored.eventId });
    });
  });
};
