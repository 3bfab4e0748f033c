// GET /api/live: server-sent events telling a dashboard that something changed, so it refetches without a reload.
import type { FastifyPluginAsync } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../core/context.js';
import { READERS, requireAuth } from '../../core/auth/types.js';
import type { LiveSignal } from '../../core/module.js';
import type { CoreRouteOptions } from '../app.js';
import { stillAuthenticated } from '../plugins/auth.js';

/** How often a workspace's state is looked at while somebody watches, ms. Other processes' changes show within this. */
const PULSE_MS = 1_000;
const HEARTBEAT_MS = 15_000;

type Listener = (kinds: string[]) => void;

/**
 * One poller per watched workspace (not per browser tab): it reads the newest id of the event, stage-history and
 * rejection tables, the newest delivery and upload updates and each module's live signal (each an index lookup or
 * two) and tells every listener what moved.
 */
function createPulse(ctx: Pick<AppContext, 'db' | 'logger'>, signals: ReadonlyMap<string, LiveSignal>) {
  const watched = new Map<string, { listeners: Set<Listener>; last: Record<string, string>; timer: NodeJS.Timeout }>();

  const read = async (ws: string): Promise<Record<string, string>> => {
    const newest = async (table: 'inbox_events' | 'stage_history' | 'webhook_rejections') =>
      String((await ctx.db.selectFrom(table).select('id').where('workspace_id', '=', ws).orderBy('id', 'desc').limit(1).executeTakeFirst())?.id ?? '');
    const delivery = await ctx.db.selectFrom('deliveries').select('updated_at').where('workspace_id', '=', ws).orderBy('updated_at', 'desc').limit(1).executeTakeFirst();
    // The most recently changed upload, with its progress and status, so a progress bar moves with every report.
    const upload = await ctx.db
      .selectFrom('uploads')
      .select(['id', 'updated_at', 'status', 'progress_done'])
      .where('workspace_id', '=', ws)
      .orderBy('updated_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirst();
    const state: Record<string, string> = {
      events: await newest('inbox_events'),
      stages: await newest('stage_history'),
      rejections: await newest('webhook_rejections'),
      deliveries: String(delivery?.updated_at ?? ''),
      uploads: upload ? `${upload.updated_at}:${upload.id}:${upload.status}:${upload.progress_done ?? ''}` : '',
    };
    for (const [kind, signal] of signals) state[kind] = await signal(ctx.db, ws);
    return state;
  };

  return {
    subscribe(ws: string, listener: Listener): () => void {
      let entry = watched.get(ws);
      if (!entry) {
        const created = { listeners: new Set<Listener>(), last: {} as Record<string, string>, timer: setInterval(() => void tick(ws), PULSE_MS) };
        created.timer.unref();
        watched.set(ws, created);
        entry = created;
        void read(ws).then((state) => (created.last = state)).catch(() => undefined);
      }
      entry.listeners.add(listener);
      return () => {
        const e = watched.get(ws);
        if (!e) return;
        e.listeners.delete(listener);
        if (e.listeners.size === 0) {
          clearInterval(e.timer);
          watched.delete(ws);
        }
      };
    },
    close() {
      for (const e of watched.values()) clearInterval(e.timer);
      watched.clear();
    },
  };

  async function tick(ws: string) {
    const entry = watched.get(ws);
    if (!entry) return;
    try {
      const state = await read(ws);
      const kinds = Object.keys(state).filter((k) => state[k] !== entry.last[k]);
      entry.last = state;
      if (kinds.length > 0) for (const l of entry.listeners) l(kinds);
    } catch (error) {
      ctx.logger.warn({ err: error }, 'live pulse failed');
    }
  }
}

export const liveRoutes: FastifyPluginAsync<CoreRouteOptions> = async (base, { ctx, assembly }) => {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const pulse = createPulse(ctx, assembly.liveSignals);
  const open = new Set<NodeJS.WritableStream & { end(): void }>();
  // Streams never go idle: end them before the server closes, or shutdown would wait for every open tab.
  app.addHook('preClose', async () => {
    for (const res of open) res.end();
    pulse.close();
  });

  app.get('/api/live', {
    config: { roles: READERS },
    schema: {
      operationId: 'streamChanges',
      tags: ['workspace'],
      summary: "Server-sent events: `change` with the kinds that moved (events, stages, deliveries, rejections, uploads, and modules' kinds such as crm)",
      response: {
        200: {
          description:
            'An event stream that stays open: `ready` once, then `change` with data `{"kinds":["events",…]}` whenever something moved. ' +
            'Its credentials are checked again every LIVE_AUTH_CHECK_SECONDS: once the token is revoked, the session ends or expires or the user is disabled, it sends `closed` with data `{"reason":"unauthorized"}` and ends.',
          content: { 'text/event-stream': { schema: z.string() } },
        },
      },
    },
  }, async (request, reply) => {
    const auth = requireAuth(request);
    const ws = auth.workspaceId;
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-request-id': request.id,
      // Reverse proxies (nginx) must not buffer the stream.
      'x-accel-buffering': 'no',
    });
    res.write('retry: 3000\n\n');
    res.write(`event: ready\ndata: {}\n\n`);
    const unsubscribe = pulse.subscribe(ws, (kinds) => res.write(`event: change\ndata: ${JSON.stringify({ kinds })}\n\n`));
    const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), HEARTBEAT_MS);
    heartbeat.unref();
    // A stream outlives the check made when it opened: a revoked token, an ended or expired session or a disabled
    // user must stop receiving changes within this interval, not when the tab closes.
    const recheck = setInterval(() => {
      void stillAuthenticated(ctx, request, auth)
        .then((ok) => {
          if (ok || res.writableEnded) return;
          request.log.info({ kind: auth.kind }, 'live stream closed: its credentials no longer hold');
          res.end(`event: closed\ndata: ${JSON.stringify({ reason: 'unauthorized' })}\n\n`);
        })
        .catch((error: unknown) => request.log.warn({ err: error }, 'live stream credentials not re-checked'));
    }, ctx.config.liveAuthCheckMs);
    recheck.unref();
    open.add(res);
    request.raw.on('close', () => {
      open.delete(res);
      clearInterval(heartbeat);
      clearInterval(recheck);
      unsubscribe();
    });
  });
};
