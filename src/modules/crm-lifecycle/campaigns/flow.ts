// Campaign writes: create, edit, delete, send and pause; the dispatch run that hands each audience member one delivery
// at the campaign's rate (rendered, with tracked links); and the facts of one business in one campaign.
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import type { Actor } from '../../../core/audit.js';
import { recordAudit } from '../../../core/audit.js';
import type { Clock } from '../../../core/clock.js';
import type { AppContext } from '../../../core/context.js';
import { createDelivery, moduleDeliveries, retryDelivery } from '../../../core/deliveries/deliveries.js';
import { AppError } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import { cancelJobsByKey, enqueueJob, type EnqueueTarget } from '../../../core/jobs/enqueue.js';
import type { JobContext } from '../../../core/jobs/types.js';
import type { Executor } from '../../../db/database.js';
import { MODULE_NAME, publicPath } from '../settings.js';
import type { BusinessRow, CampaignRow } from '../tables.js';
import { checkCampaign, emailBody, render } from './rules.js';
import { audienceQuery, campaignAudience, dispatchKey, getCampaign, HELD_BY_PAUSE, type Audience, type Channel } from './queries.js';

/** How far ahead one dispatch run hands out deliveries: small, so a pause holds back at most this much. */
const WINDOW_MS = 10_000;
const MAX_PER_RUN = 500;

export interface CampaignInput {
  name: string;
  channel: Channel;
  subject?: string | null | undefined;
  body: string;
  audience?: Audience | undefined;
  rate_per_minute?: number | undefined;
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

const token = () => randomBytes(18).toString('base64url');

/** The open pixel or the unsubscribe link of one business in one campaign (tracking/flow.ts records hits on them). */
async function trackingLink(db: Executor, now: number, b: BusinessRow, campaignId: string, kind: 'open' | 'unsubscribe'): Promise<string> {
  const t = token();
  await db.insertInto('crm_tracking_links').values({ token: t, workspace_id: b.workspace_id, business_id: b.id, campaign_id: campaignId, delivery_id: null, kind, url: null, used_at: null, created_at: now }).execute();
  return t;
}

/** Where SMS status callbacks go: the same for every message of a run, so it is read once per run. */
export interface RenderUrls {
  statusCallback: string;
}

/** Renders the campaign for one business: the SMS text, or the email with tracked links, pixel and unsubscribe link. */
export async function renderFor(ctx: AppContext, db: Executor, c: CampaignRow, b: BusinessRow, now: number, urls: RenderUrls): Promise<Record<string, unknown>> {
  const text = render(c.body, b);
  if (c.channel === 'sms') {
    return { business_id: b.id, campaign_id: c.id, to: b.phone, body: text, status_callback: urls.statusCallback };
  }
  const base = ctx.config.publicUrl;
  const unsubscribeUrl = `${base}/t/u/${await trackingLink(db, now, b, c.id, 'unsubscribe')}`;
  const pixelUrl = `${base}/t/o/${await trackingLink(db, now, b, c.id, 'open')}.gif`;
  const clicks: { url: string; token: string }[] = [];
  const mail = emailBody(text, {
    link(url) {
      const t = token();
      clicks.push({ url, token: t });
      return `${base}/t/c/${t}`;
    },
    pixelUrl,
    unsubscribeUrl,
  });
  if (clicks.length > 0) {
    await db
      .insertInto('crm_tracking_links')
      .values(clicks.map((l) => ({ token: l.token, workspace_id: b.workspace_id, business_id: b.id, campaign_id: c.id, delivery_id: null, kind: 'click', url: l.url, used_at: null, created_at: now })))
      .execute();
  }
  return {
    business_id: b.id,
    campaign_id: c.id,
    to: b.email,
    subject: render(c.subject ?? '', b),
    text: mail.text,
    html: mail.html,
    // RFC 8058 one-click unsubscribe: mail clients show their own button and POST to it.
    headers: { 'List-Unsubscribe': `<${unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}

const target = (ctx: JobContext) => ({ db: ctx.db, dialect: ctx.app.dialect, clock: ctx.app.clock });

/** What one dispatch run did, for the job's log line. */
export interface DispatchRun {
  readonly campaignId: string;
  readonly handedOut: number;
  readonly resumed: number;
  readonly finished: boolean;
}

/**
 * One run of a sending campaign (the crm.campaign.dispatch job): what a pause held back goes first, then the next
 * businesses of the audience each get a recipient row and one delivery, spaced at the campaign's rate, and the run
 * queues the next one. Undefined when the campaign is no longer sending (paused or deleted in the meantime).
 */
export async function dispatchCampaign(app: AppContext, ctx: JobContext, campaignId: string): Promise<DispatchRun | undefined> {
  const c = await ctx.db.selectFrom('crm_campaigns').selectAll().where('workspace_id', '=', ctx.workspaceId).where('id', '=', campaignId).executeTakeFirst();
  if (!c || c.status !== 'sending') return undefined;
  const now = ctx.app.clock.now();
  const spacing = 60_000 / Math.max(1, c.rate_per_minute);
  const slots = Math.max(1, Math.min(MAX_PER_RUN, Math.floor(WINDOW_MS / spacing)));
  let used = 0;

  // A resumed campaign first sends what its pause held back, in the same slots.
  const held = await ctx.db
    .selectFrom('crm_recipients as r')
    .innerJoin(moduleDeliveries(ctx.db, ctx.workspaceId, MODULE_NAME).as('d'), 'd.id', 'r.delivery_id')
    .select('d.id')
    .where('r.workspace_id', '=', ctx.workspaceId)
    .where('r.campaign_id', '=', c.id)
    .where('d.status', '=', 'cancelled')
    .where('d.last_error', '=', HELD_BY_PAUSE)
    .orderBy('d.id')
    .limit(slots)
    .execute();
  for (const d of held) await retryDelivery(target(ctx), ctx.workspaceId, d.id, { runAt: now + used++ * spacing });

  let fresh: BusinessRow[] = [];
  if (used < slots) {
    let q = audienceQuery(ctx.db, ctx.workspaceId, campaignAudience(c), c.channel as Channel).selectAll('crm_businesses');
    if (c.cursor) q = q.where('crm_businesses.id', '>', c.cursor);
    fresh = await q.orderBy('crm_businesses.id').limit(slots - used).execute();
  }
  const urls: RenderUrls = { statusCallback: await publicPath(app, ctx.db, ctx.workspaceId, '/webhooks/twilio/status', true) };
  for (const b of fresh) {
    const added = await ctx.db
      .insertInto('crm_recipients')
      .values({ workspace_id: ctx.workspaceId, campaign_id: c.id, business_id: b.id, delivery_id: null, status: 'queued', error: null, sent_at: null, delivered_at: null, bounced_at: null, opened_at: null, clicked_at: null, replied_at: null, unsubscribed_at: null, purchased_at: null, created_at: now, updated_at: now })
      .onConflict((oc) => oc.columns(['workspace_id', 'campaign_id', 'business_id']).doNothing())
      .returning('business_id')
      .executeTakeFirst();
    // Already a recipient (a dispatch retried after a crash): never a second delivery.
    if (!added) continue;
    const payload = await renderFor(app, ctx.db, c, b, now, urls);
    const { delivery } = await createDelivery(target(ctx), ctx.workspaceId, {
      module: MODULE_NAME,
      channel: c.channel,
      provider: c.channel === 'sms' ? 'twilio' : 'smtp',
      target: (c.channel === 'sms' ? b.phone : b.email) ?? '',
      payload,
      idempotencyKey: `crm-campaign:${c.id}:${b.id}`,
      contactId: b.contact_id,
      subjectType: 'crm_business',
      subjectId: b.id,
      notBefore: now + used++ * spacing,
    });
    await ctx.db
      .updateTable('crm_recipients')
      .set({ delivery_id: delivery.id })
      .where('workspace_id', '=', ctx.workspaceId)
      .where('campaign_id', '=', c.id)
      .where('business_id', '=', b.id)
      .execute();
  }
  const last = fresh[fresh.length - 1];
  const done = used < slots;
  await ctx.db
    .updateTable('crm_campaigns')
    .set({ ...(last ? { cursor: last.id } : {}), ...(done ? { status: 'finished', finished_at: now } : {}), updated_at: now })
    .where('workspace_id', '=', ctx.workspaceId)
    .where('id', '=', c.id)
    .execute();
  if (!done) await enqueueJob(target(ctx), ctx.workspaceId, 'crm.campaign.dispatch', { campaignId: c.id }, { jobKey: dispatchKey(c.id), runAt: now + used * spacing });
  return { campaignId: c.id, handedOut: fresh.length, resumed: held.length, finished: done };
}

export type RecipientFact = 'sent_at' | 'delivered_at' | 'bounced_at' | 'opened_at' | 'clicked_at' | 'replied_at' | 'unsubscribed_at' | 'purchased_at';

export interface RecipientKey {
  workspaceId: string;
  campaignId: string | null;
  businessId: string;
}

/**
 * Sets each fact's time on the business's recipient row of the campaign, only where it is still empty: the first
 * open stays the first open, and the recipient's furthest status and its campaign's counts follow (the database
 * keeps them, recipient-progress.ts). `error` goes with a bounce. Nothing happens without a campaign.
 */
export async function markRecipient(db: Executor, at: number, key: RecipientKey, facts: readonly RecipientFact[], error?: string | null): Promise<void> {
  if (!key.campaignId || facts.length === 0) return;
  // All the facts in one statement (a click is an open too): the campaign's count rows then change once, in key
  // order. One statement per fact let two writers take those rows in opposite orders: PostgreSQL saw the deadlock
  // when a click and another recipient's callback were recorded at the same moment.
  const filled = Object.fromEntries(facts.map((fact) => [fact, sql<number>`coalesce(${sql.ref(fact)}, ${at})`]));
  await db
    .updateTable('crm_recipients')
    .set({ ...filled, updated_at: at, ...(error !== undefined ? { error } : {}) })
    .where('workspace_id', '=', key.workspaceId)
    .where('campaign_id', '=', key.campaignId)
    .where('business_id', '=', key.businessId)
    .where((eb) => eb.or(facts.map((fact) => eb(fact, 'is', null))))
    .execute();
}

/** The campaign that last reached a business: replies, opt-outs and payments count for it. */
export async function touchRecipient(jc: JobContext, b: BusinessRow, fact: 'replied_at' | 'unsubscribed_at' | 'purchased_at'): Promise<void> {
  await markRecipient(jc.db, jc.app.clock.now(), { workspaceId: jc.workspaceId, campaignId: b.last_campaign_id, businessId: b.id }, [fact]);
}
