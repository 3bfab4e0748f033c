// Campaign reads: what a campaign and its audience are, one campaign, the audience query and count, and the figures of
// many campaigns from their recipients and deliveries; the API view.
import type { z } from 'zod';
import { sql } from 'kysely';
import { moduleDeliveries, moduleDeliveriesByIds } from '../../../core/deliveries/deliveries.js';
import { notFound } from '../../../core/errors.js';
import type { Executor } from '../../../db/database.js';
import { whereFilter, type BusinessFilter } from '../businesses/queries.js';
import { audienceSchema, campaignStatusSchema, channelSchema, FURTHEST_STATUSES, type CHANNELS, type FurthestStatus } from '../contract/campaigns.js';
import { MODULE_NAME } from '../settings.js';
import type { CampaignRow } from '../tables.js';
import { workspaceColumn } from '../../../db/by-id.js';

export type Channel = (typeof CHANNELS)[number];

export type Audience = z.infer<typeof audienceSchema>;

/** Who a campaign never reaches, whatever its filter says: people who said stop, and customers who already bought. */
export const NEVER_MARKETED = ['unsubscribed', 'purchased'] as const;

/** The audience as a business filter, with the exclusions every campaign has and the channel's address required. */
export function audienceQuery(db: Executor, workspaceId: string, audience: Audience, channel: Channel) {
  const filter: BusinessFilter = { ...audience };
  const q = whereFilter(db.selectFrom('crm_businesses').where('crm_businesses.workspace_id', '=', workspaceId), filter)
    .where('crm_businesses.contact_status', 'not in', [...NEVER_MARKETED]);
  return channel === 'email' ? q.where('crm_businesses.email', 'is not', null) : q.where('crm_businesses.phone', 'is not', null);
}

export async function countAudience(db: Executor, workspaceId: string, audience: Audience, channel: Channel): Promise<number> {
  const row = await audienceQuery(db, workspaceId, audience, channel).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function getCampaign(db: Executor, workspaceId: string, id: string): Promise<CampaignRow> {
  const row = await db.selectFrom('crm_campaigns').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('campaign', id);
  return row;
}

export const campaignAudience = (c: Pick<CampaignRow, 'audience'>): Audience => audienceSchema.parse(JSON.parse(c.audience));

export const dispatchKey = (campaignId: string) => `crm-campaign:${campaignId}`;

/** The reason a delivery was held back by a pause; a resume sends exactly these again. */
export const HELD_BY_PAUSE = 'campaign paused: held until it resumes';

export interface CampaignFigures {
  audience: number;
  queued: number;
  sent: number;
  delivered: number;
  bounced: number;
  failed: number;
  skipped: number;
  opened: number;
  clicked: number;
  replied: number;
  unsubscribed: number;
  purchased: number;
  revenue: { currency: string; amount_cents: number }[];
  /** Recipients per furthest status (the recipients list's filter). */
  progress: Record<FurthestStatus, number>;
}

/** How many deliveries one read asks for by id. */
const DELIVERY_CHUNK = 500;

/**
 * The figures only a delivery knows, for the recipients with no recorded send (the crm_recipients_unsent index):
 * their delivery ids first, then those deliveries by id. A join let the planner read every delivery of the module.
 */
async function unsentFigures(db: Executor, workspaceId: string, ids: readonly string[]) {
  const recipients = await db
    .selectFrom('crm_recipients as r')
    .select(['r.campaign_id', 'r.delivery_id', 'r.bounced_at', 'r.delivered_at'])
    .where('r.workspace_id', '=', workspaceId)
    .where('r.campaign_id', 'in', ids)
    // The terms of the crm_recipients_unsent index, written as literals: a bound value cannot match a partial index.
    .where(sql<boolean>`r.status = 'queued' and r.sent_at is null`)
    .execute();
  const deliveryIds = recipients.flatMap((r) => (r.delivery_id ? [r.delivery_id] : []));
  const deliveries = new Map<string, { status: string; last_error: string | null }>();
  for (let i = 0; i < deliveryIds.length; i += DELIVERY_CHUNK) {
    const rows = await moduleDeliveriesByIds(db, workspaceId, MODULE_NAME, deliveryIds.slice(i, i + DELIVERY_CHUNK)).execute();
    for (const d of rows) deliveries.set(d.id, d);
  }
  const out = new Map<string, { queued: number; sent: number; accepted: number; failed: number; cancelled: number }>();
  for (const r of recipients) {
    const d = r.delivery_id ? deliveries.get(r.delivery_id) : undefined;
    if (!d) continue;
    const f = out.get(r.campaign_id) ?? { queued: 0, sent: 0, accepted: 0, failed: 0, cancelled: 0 };
    const held = d.status === 'cancelled' && d.last_error === HELD_BY_PAUSE;
    const accepted = d.status === 'sent' || d.status === 'delivered';
    if (d.status === 'queued' || d.status === 'failed' || held) f.queued++;
    if (accepted) f.sent++;
    if (accepted && r.bounced_at === null && r.delivered_at === null) f.accepted++;
    if (d.status === 'dead' && r.bounced_at === null) f.failed++;
    // As SQL's `last_error <> held` read it: a cancelled delivery with no reason was counted nowhere.
    if (d.status === 'cancelled' && d.last_error !== null && !held) f.cancelled++;
    out.set(r.campaign_id, f);
  }
  return out;
}

/**
 * The figures of many campaigns. Most are the counts the triggers keep per campaign (recipient-progress.ts). What only
 * the delivery knows (waiting, given up, cancelled, or accepted before the send's follow-up recorded it) is read for
 * the recipients with no recorded send yet, a few in a finished campaign. `sent` counts deliveries the provider
 * accepted (an email accepted by the SMTP server counts as delivered too: SMTP tells nothing later); `skipped` are
 * recipients left out at send time (opted out, unsubscribed, already bought); `queued` waits for its slot, a retry, or
 * the end of a pause. `audience` counts the businesses handed a message so far, not the whole audience
 * (POST /api/v1/crm/audience/count says that).
 */
export async function campaignFigures(db: Executor, workspaceId: string, ids: readonly string[]): Promise<Map<string, CampaignFigures>> {
  const out = new Map<string, CampaignFigures>();
  if (ids.length === 0) return out;
  const [counts, unsent, channels, revenue] = await Promise.all([
    db.selectFrom('crm_campaign_counts').select(['campaign_id', 'figure', 'n']).where('workspace_id', '=', workspaceId).where('campaign_id', 'in', ids).execute(),
    unsentFigures(db, workspaceId, ids),
    db.selectFrom('crm_campaigns').select(['id', 'channel']).where(workspaceColumn(), '=', workspaceId).where('id', 'in', ids).execute(),
    db
      .selectFrom('crm_payments')
      .select(['campaign_id', 'currency', sql<number>`sum(amount_cents)`.as('amount_cents')])
      .where('workspace_id', '=', workspaceId)
      .where('campaign_id', 'in', ids)
      .groupBy(['campaign_id', 'currency'])
      .orderBy('currency')
      .execute(),
  ]);
  for (const id of ids) {
    const kept = (figure: string) => Number(counts.find((x) => x.campaign_id === id && x.figure === figure)?.n ?? 0);
    const r = unsent.get(id);
    const n = (v: number | undefined) => v ?? 0;
    const email = channels.find((c) => c.id === id)?.channel === 'email';
    out.set(id, {
      audience: kept('audience'),
      queued: n(r?.queued),
      sent: kept('sent') + n(r?.sent),
      delivered: email ? kept('accepted') + n(r?.accepted) : kept('delivered'),
      bounced: kept('bounced'),
      failed: n(r?.failed),
      skipped: kept('skipped') + n(r?.cancelled),
      opened: kept('opened'),
      clicked: kept('clicked'),
      replied: kept('replied'),
      unsubscribed: kept('unsubscribed'),
      purchased: kept('purchased'),
      revenue: revenue.filter((x) => x.campaign_id === id).map((x) => ({ currency: x.currency, amount_cents: Number(x.amount_cents) })),
      progress: Object.fromEntries(FURTHEST_STATUSES.map((s) => [s, kept(`furthest_${s}`)])) as Record<FurthestStatus, number>,
    });
  }
  return out;
}

/** Where a page of recipients ended: the last one's time of change and business id. */
export const recipientCursor = (r: { updated_at: number; business_id: string }) => `${r.updated_at}:${r.business_id}`;

/**
 * The campaign's recipients, newest change first, each with its business's name and what became of its delivery;
 * only those at one furthest status when `furthest` is given (read by the crm_recipients_furthest index).
 */
export async function listRecipients(db: Executor, workspaceId: string, campaignId: string, options: { furthest?: FurthestStatus | undefined; cursor?: string | undefined; limit: number }) {
  let q = db
    .selectFrom('crm_recipients as r')
    .innerJoin('crm_businesses as b', 'b.id', 'r.business_id')
    .leftJoin(moduleDeliveries(db, workspaceId, MODULE_NAME).as('d'), 'd.id', 'r.delivery_id')
    .select(['r.business_id', 'b.name as business_name', 'r.status as recipient_status', 'r.furthest_status', 'r.error', 'r.updated_at', 'r.delivered_at', 'r.bounced_at', 'd.status as delivery_status', 'd.last_error'])
    .where('r.workspace_id', '=', workspaceId)
    .where('r.campaign_id', '=', campaignId);
  if (options.furthest) q = q.where('r.furthest_status', '=', options.furthest);
  if (options.cursor) {
    const [at, id] = options.cursor.split(':');
    const atMs = Number(at);
    if (Number.isFinite(atMs) && id) q = q.where((eb) => eb.or([eb('r.updated_at', '<', atMs), eb.and([eb('r.updated_at', '=', atMs), eb('r.business_id', '<', id)])]));
  }
  return q.orderBy('r.updated_at', 'desc').orderBy('r.business_id', 'desc').limit(options.limit).execute();
}

export function campaignView(c: CampaignRow, figures: CampaignFigures | undefined) {
  return {
    id: c.id,
    name: c.name,
    channel: channelSchema.parse(c.channel),
    subject: c.subject,
    body: c.body,
    audience: campaignAudience(c),
    rate_per_minute: c.rate_per_minute,
    status: campaignStatusSchema.parse(c.status),
    created_at: c.created_at,
    updated_at: c.updated_at,
    started_at: c.started_at,
    finished_at: c.finished_at,
    figures: figures ?? null,
  };
}
