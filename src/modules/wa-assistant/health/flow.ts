// WhatsApp health: the state read for the dashboard, owner alerts when the session goes dead, and the send gate that holds replies meanwhile.
import type { AppContext } from '../../../core/context.js';
import { loadProviderSettings } from '../../../core/connector.js';
import { moduleDeliveries } from '../../../core/deliveries/deliveries.js';
import { batchedRead } from '../../../core/read-batch.js';
import { isWithinBusinessHours, loadBusinessHours } from '../../../core/schedule/business-hours.js';
import { wahaConnector } from '../../../connectors/waha/index.js';
import type { Executor } from '../../../db/database.js';
import type { z } from 'zod';
import type { whatsappHealthSchema } from '../contract/health.js';
import type { Flow } from '../flow.js';
import { loadAssistantSettings, MODULE_NAME } from '../settings.js';
import { healthProblem, type HealthProblem } from './rules.js';

export type WhatsappHealth = z.output<typeof whatsappHealthSchema>;

/** The session the WAHA connector sends with. */
export async function sendingSession(ctx: Pick<AppContext, 'secrets' | 'readCache' | 'config'>, db: Executor, workspaceId: string): Promise<string> {
  const waha = await loadProviderSettings(ctx, db, workspaceId, wahaConnector);
  return typeof waha.data['session'] === 'string' && waha.data['session'] !== '' ? waha.data['session'] : 'default';
}

/** The newest sends looked at for failures in a row. */
const SENDS_LOOKED_AT = 20;

/**
 * The module's deliveries that carry an outbound message (not a typing or seen call), with the message's time. Read
 * by the deliveries' (workspace_id, status, updated_at) index and each message by its delivery, never the other way
 * round: a look from the messages' side reads every message the number ever sent (185 ms at 100,000).
 */
function messageSends(db: Executor, workspaceId: string) {
  return db
    .selectFrom(moduleDeliveries(db, workspaceId, MODULE_NAME).as('d'))
    .select((eb) => [
      'd.status',
      'd.updated_at',
      eb.selectFrom('wa_messages as m').select('m.created_at').where('m.workspace_id', '=', workspaceId).whereRef('m.delivery_id', '=', 'd.id').where('m.direction', '=', 'out').limit(1).as('message_at'),
    ])
    .where((eb) => eb.exists(eb.selectFrom('wa_messages as m').select('m.id').where('m.workspace_id', '=', workspaceId).whereRef('m.delivery_id', '=', 'd.id').where('m.direction', '=', 'out')));
}

/**
 * Outbound messages whose delivery failed since the last one WAHA accepted, by the time of each delivery's last
 * attempt (the newest 20 looked at), and when the oldest of them was written (it names the outage, so retries do not
 * make it a new one). The newest 20 of each status are read, so the look costs the same however long the history.
 */
async function failingSends(db: Executor, workspaceId: string): Promise<{ count: number; since: number }> {
  const newest = [];
  for (const status of ['sent', 'delivered', 'failed', 'dead'] as const) {
    newest.push(...(await messageSends(db, workspaceId).where('d.status', '=', status).orderBy('d.updated_at', 'desc').limit(SENDS_LOOKED_AT).execute()));
  }
  const recent = newest
    .sort((a, b) => Number(b.updated_at) - Number(a.updated_at))
    .slice(0, SENDS_LOOKED_AT);
  let count = 0;
  let since = Number.POSITIVE_INFINITY;
  for (const r of recent) {
    if (r.status === 'sent' || r.status === 'delivered') break;
    count++;
    since = Math.min(since, Number(r.message_at));
  }
  return { count, since: count === 0 ? 0 : since };
}

/** WAHA's last reported status of each session (absent: none reported yet); sends read it with the others'. */
export const sessionStatusRead = batchedRead('wa-assistant.session-status', async (db, workspaceId, sessions) => {
  const rows = await db.selectFrom('wa_sessions').select(['session', 'status']).where('workspace_id', '=', workspaceId).where('session', 'in', sessions).execute();
  return new Map(rows.map((r) => [r.session, r.status]));
});

/** The health view, and when its outage began (for the once-per-outage alert). */
export async function readHealth(ctx: Pick<AppContext, 'secrets' | 'readCache' | 'config' | 'clock'>, db: Executor, workspaceId: string): Promise<{ health: WhatsappHealth; since: number }> {
  const session = await sendingSession(ctx, db, workspaceId);
  const row = await db.selectFrom('wa_sessions').selectAll().where('workspace_id', '=', workspaceId).where('session', '=', session).executeTakeFirst();
  const lastInbound = await db.selectFrom('wa_sessions').select((eb) => eb.fn.max('last_inbound_at').as('at')).where('workspace_id', '=', workspaceId).executeTakeFirst();
  const settings = await loadAssistantSettings(ctx, db, workspaceId);
  const { timezone, hours } = await loadBusinessHours(db, workspaceId);
  const now = ctx.clock.now();
  const failing = await failingSends(db, workspaceId);
  const lastInboundAt = lastInbound?.at === null || lastInbound?.at === undefined ? null : Number(lastInbound.at);
  const problem = healthProblem({ status: row?.status ?? null, failingSends: failing.count, lastInboundAt, now, inBusinessHours: isWithinBusinessHours(now, timezone, hours), silenceAlertAfterMs: settings.silence_alert_after_ms });
  // Only the waiting deliveries are read: the backlog, not the history.
  const waiting = await db
    .selectFrom(messageSends(db, workspaceId).where('d.status', 'in', ['queued', 'failed']).as('w'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  const statusAt = row?.status_at === null || row?.status_at === undefined ? null : Number(row.status_at);
  const since = problem === 'not_working' ? (statusAt ?? 0) : problem === 'no_inbound' ? (lastInboundAt ?? 0) : failing.since;
  return {
    health: {
      session,
      status: row?.status ?? null,
      status_at: statusAt,
      healthy: problem === null,
      problem,
      failing_sends: failing.count,
      last_inbound_at: lastInboundAt,
      waiting_replies: Number(waiting?.n ?? 0),
    },
    since,
  };
}

const ALERT_KIND: Record<HealthProblem, string> = { not_working: 'whatsapp_not_working', sends_failing: 'whatsapp_sends_failing', no_inbound: 'whatsapp_no_inbound' };

/**
 * Alerts the owner once per outage (the outage's kind and start name the alert). The WhatsApp copy to `owner_phone` is not sent, as it would wait behind the outage it reports.
 */
export async function alertOwnerIfDead(f: Flow, health: WhatsappHealth, outageSince: number): Promise<boolean> {
  if (health.problem === null) return false;
  const kind = ALERT_KIND[health.problem];
  const words: Record<HealthProblem, string> = {
    not_working: `WhatsApp session ${health.session} is ${health.status ?? 'not working'}: replies wait until it is WORKING again`,
    sends_failing: `WhatsApp session ${health.session} says WORKING but the last ${health.failing_sends} sends failed: replies are retried`,
    no_inbound: `No WhatsApp message has come in on ${health.session} for a while during business hours: check the phone and the webhook`,
  };
  // The id names the outage, so checks racing each other (the periodic one, a failed send) still make one alert.
  const inserted = await f.db
    .insertInto('wa_alerts')
    .values({ id: `wal_${kind}_${f.workspaceId}_${outageSince}`, workspace_id: f.workspaceId, conversation_id: null, kind, audience: 'owner', message: words[health.problem], created_at: f.ctx.clock.now(), acknowledged_at: null, acknowledged_by: null })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Reads the health and alerts the owner if it is dead (once per outage). */
export async function checkHealthAndAlert(f: Flow): Promise<WhatsappHealth> {
  const { health, since } = await readHealth(f.ctx, f.db, f.workspaceId);
  await alertOwnerIfDead(f, health, since);
  return health;
}
