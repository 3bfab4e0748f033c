// Campaigns: a channel, a template and an audience; create, edit, send, pause, and their figures from recipients and deliveries.
import { sql } from 'kysely';
import type { z } from 'zod';
import type { Actor } from '../../core/audit.js';
import { recordAudit } from '../../core/audit.js';
import type { Clock } from '../../core/clock.js';
import { AppError, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { cancelJobsByKey, enqueueJob, type EnqueueTarget } from '../../core/jobs/enqueue.js';
import type { Executor } from '../../db/database.js';
import { whereFilter, type BusinessFilter } from './businesses.js';
import { audienceSchema, campaignStatusSchema, channelSchema, type CHANNELS } from './contract/campaigns.js';
import type { CampaignRow } from './tables.js';
import { checkTemplate } from './templates.js';

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

export interface CampaignInput {
  name: string;
  channel: Channel;
  subject?: string | null | undefined;
  body: string;
  audience?: Audience | undefined;
  rate_per_minute?: number | undefined;
}

function checkCampaign(c: { channel: string; subject: string | null; body: string }): void {
  if (c.channel === 'email' && !c.subject?.trim()) throw new AppError('validation_failed', 'subject is required for an email campaign', { context: { field: 'subject' } });
  if (c.subject) checkTemplate('subject', c.subject);
  checkTemplate('body', c.body);
}

export async function createCampaign(db: Executor, clock: Clock, workspaceId: string, input: CampaignInput, defaultRate: number, actor: Actor): Promise<CampaignRow> {
  const now = clock.now();
  const row: CampaignRow = {
    id: newId('cmp', now),
    workspace_id: workspaceId,
    name: input.name.trim(),
    channel: input.channel,
    subject: input.channel === 'email' ? (input.subject?.trim() ?? null) : null,
    body: input.body,
    audience: JSON.stringify(input.audience ?? {}),
    rate_per_minute: input.rate_per_minute ?? defaultRate,
    status: 'draft',
    cursor: null,
    created_by: actor.id ?? null,
    created_at: now,
    updated_at: now,
    started_at: null,
    finished_at: null,
  };
  checkCampaign(row);
  await db.insertInto('crm_campaigns').values(row).execute();
  return row;
}

export async function getCampaign(db: Executor, workspaceId: string, id: string): Promise<CampaignRow> {
  const row = await db.selectFrom('crm_campaigns').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('campaign', id);
  return row;
}

export const campaignAudience = (c: Pick<CampaignRow, 'audience'>): Audience => audienceSchema.parse(JSON.parse(c.audience));

export async function updateCampaign(db: Executor, clock: Clock, workspaceId: string, id: string, patch: Partial<CampaignInput>): Promise<CampaignRow> {
  const current = await getCampaign(db, workspaceId, id);
  if (current.status !== 'draft' && current.status !== 'paused') {
    throw new AppError('conflict', `campaign ${id} is ${current.status}: only a draft or a paused campaign can be edited`, { context: { status: current.status } });
  }
  if (current.status === 'paused' && patch.channel !== undefined && patch.channel !== current.channel) {
    throw new AppError('conflict', 'channel cannot change once a campaign has started sending', { context: { field: 'channel' } });
  }
  const next: CampaignRow = {
    ...current,
    ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
    ...(patch.channel !== undefined ? { channel: patch.channel } : {}),
    ...(patch.subject !== undefined ? { subject: patch.subject?.trim() ?? null } : {}),
    ...(patch.body !== undefined ? { body: patch.body } : {}),
    ...(patch.audience !== undefined ? { audience: JSON.stringify(patch.audience) } : {}),
    ...(patch.rate_per_minute !== undefined ? { rate_per_minute: patch.rate_per_minute } : {}),
    updated_at: clock.now(),
  };
  if (next.channel === 'sms') next.subject = null;
  checkCampaign(next);
  await db.updateTable('crm_campaigns').set(next).where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
  return next;
}

export async function deleteCampaign(db: Executor, workspaceId: string, id: string): Promise<void> {
  const current = await getCampaign(db, workspaceId, id);
  if (current.status !== 'draft') throw new AppError('conflict', `campaign ${id} is ${current.status}: only a draft can be deleted (its figures are history)`, { context: { status: current.status } });
  await db.deleteFrom('crm_campaigns').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}

export const dispatchKey = (campaignId: string) => `crm-campaign:${campaignId}`;

/** The reason a delivery was held back by a pause; a resume sends exactly these again. */
export const HELD_BY_PAUSE = 'campaign paused: held until it resumes';

declare module '../../core/jobs/types.js' {
  interface JobPayloads {
    'crm.campaign.dispatch': { campaignId: string };
  }
}

/** Starts a draft or resumes a paused campaign: the dispatch job hands out deliveries at the campaign's rate. */
export async function sendCampaign(target: EnqueueTarget, workspaceId: string, id: string, actor: Actor): Promise<CampaignRow> {
  const current = await getCampaign(target.db, workspaceId, id);
  if (current.status === 'sending') return current;
  if (current.status === 'finished') throw new AppError('conflict', `campaign ${id} has finished: make a new campaign to send again`, { context: { status: current.status } });
  const now = target.clock.now();
  await target.db
    .updateTable('crm_campaigns')
    .set({ status: 'sending', started_at: current.started_at ?? now, updated_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
  await enqueueJob(target, workspaceId, 'crm.campaign.dispatch', { campaignId: id }, { jobKey: dispatchKey(id) });
  await recordAudit(target.db, target.clock, { workspaceId, actor, action: current.status === 'paused' ? 'campaign.resume' : 'campaign.send', subjectType: 'crm_campaign', subjectId: id });
  return getCampaign(target.db, workspaceId, id);
}

/** Stops handing out deliveries; those already waiting for their slot are held back at send time (see the gate). */
export async function pauseCampaign(target: EnqueueTarget, workspaceId: string, id: string, actor: Actor): Promise<CampaignRow> {
  const current = await getCampaign(target.db, workspaceId, id);
  if (current.status === 'paused') return current;
  if (current.status !== 'sending') throw new AppError('conflict', `campaign ${id} is ${current.status}: only a sending campaign can be paused`, { context: { status: current.status } });
  await target.db.updateTable('crm_campaigns').set({ status: 'paused', updated_at: target.clock.now() }).where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
  await cancelJobsByKey(target, workspaceId, dispatchKey(id));
  await recordAudit(target.db, target.clock, { workspaceId, actor, action: 'campaign.pause', subjectType: 'crm_campaign', subjectId: id });
  return getCampaign(target.db, workspaceId, id);
}

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
}

const count = (condition: ReturnType<typeof sql>) => sql<number>`sum(case when ${condition} then 1 else 0 end)`;

/**
 * The figures of many campaigns in two queries. `sent` counts deliveries the provider accepted (an email accepted by
 * the SMTP server counts as delivered too: SMTP tells nothing later); `skipped` are recipients left out at send time
 * (opted out, unsubscribed, already bought); `queued` waits for its slot, a retry, or the end of a pause. `audience`
 * counts the businesses handed a message so far, not the whole audience (POST /api/v1/crm/audience/count says that).
 */
export async function campaignFigures(db: Executor, workspaceId: string, ids: readonly string[]): Promise<Map<string, CampaignFigures>> {
  const out = new Map<string, CampaignFigures>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('crm_recipients as r')
    .leftJoin('deliveries as d', 'd.id', 'r.delivery_id')
    .leftJoin('crm_campaigns as c', 'c.id', 'r.campaign_id')
    .select([
      'r.campaign_id',
      sql<number>`count(*)`.as('audience'),
      count(sql`r.status = 'queued' and (d.status in ('queued', 'failed') or (d.status = 'cancelled' and d.last_error = ${HELD_BY_PAUSE}))`).as('queued'),
      count(sql`d.status in ('sent', 'delivered')`).as('sent'),
      count(sql`r.delivered_at is not null or (c.channel = 'email' and d.status in ('sent', 'delivered') and r.bounced_at is null)`).as('delivered'),
      count(sql`r.bounced_at is not null`).as('bounced'),
      count(sql`d.status = 'dead' and r.bounced_at is null`).as('failed'),
      count(sql`r.status = 'skipped' or (d.status = 'cancelled' and d.last_error <> ${HELD_BY_PAUSE})`).as('skipped'),
      count(sql`r.opened_at is not null`).as('opened'),
      count(sql`r.clicked_at is not null`).as('clicked'),
      count(sql`r.replied_at is not null`).as('replied'),
      count(sql`r.unsubscribed_at is not null`).as('unsubscribed'),
      count(sql`r.purchased_at is not null`).as('purchased'),
    ])
    .where('r.workspace_id', '=', workspaceId)
    .where('r.campaign_id', 'in', ids)
    .groupBy('r.campaign_id')
    .execute();
  const revenue = await db
    .selectFrom('crm_payments')
    .select(['campaign_id', 'currency', sql<number>`sum(amount_cents)`.as('amount_cents')])
    .where('workspace_id', '=', workspaceId)
    .where('campaign_id', 'in', ids)
    .groupBy(['campaign_id', 'currency'])
    .orderBy('currency')
    .execute();
  for (const id of ids) {
    const r = rows.find((x) => x.campaign_id === id);
    const n = (v: unknown) => Number(v ?? 0);
    out.set(id, {
      audience: n(r?.audience),
      queued: n(r?.queued),
      sent: n(r?.sent),
      delivered: n(r?.delivered),
      bounced: n(r?.bounced),
      failed: n(r?.failed),
      skipped: n(r?.skipped),
      opened: n(r?.opened),
      clicked: n(r?.clicked),
      replied: n(r?.replied),
      unsubscribed: n(r?.unsubscribed),
      purchased: n(r?.purchased),
      revenue: revenue.filter((x) => x.campaign_id === id).map((x) => ({ currency: x.currency, amount_cents: Number(x.amount_cents) })),
    });
  }
  return out;
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
