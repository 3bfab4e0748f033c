// Sending a campaign: the dispatch job hands each audience member one delivery at the campaign's rate; the gate re-checks at send time.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { AppContext } from '../../../core/context.js';
import { createDelivery, retryDelivery } from '../../../core/deliveries/deliveries.js';
import type { DeliveryGate } from '../../../core/deliveries/send-job.js';
import { defineJob } from '../../../core/jobs/define.js';
import { enqueueJob } from '../../../core/jobs/enqueue.js';
import type { JobContext, RegisteredJob } from '../../../core/jobs/types.js';
import type { Executor } from '../../../db/database.js';
import { audienceQuery, campaignAudience, dispatchKey, HELD_BY_PAUSE, type Channel } from './queries.js';
import type { BusinessRow, CampaignRow } from '../tables.js';
import { publicPath } from '../public-urls.js';
import { MODULE_NAME } from '../settings.js';
import { emailBody, render } from './rules.js';

/** How far ahead one dispatch run hands out deliveries: small, so a pause holds back at most this much. */
const WINDOW_MS = 10_000;
const MAX_PER_RUN = 500;

/** What the dispatch puts in a delivery: everything the sender needs, rendered. */
export const smsPayloadSchema = z.object({
  business_id: z.string(),
  campaign_id: z.string(),
  to: z.string(),
  body: z.string(),
  status_callback: z.string(),
});
export const emailPayloadSchema = z.object({
  business_id: z.string(),
  campaign_id: z.string(),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  html: z.string(),
  headers: z.record(z.string(), z.string()),
});


const token = () => randomBytes(18).toString('base64url');

async function trackingLink(db: Executor, now: number, b: BusinessRow, campaignId: string, kind: 'open' | 'unsubscribe'): Promise<string> {
  const t = token();
  await db.insertInto('crm_tracking_links').values({ token: t, workspace_id: b.workspace_id, business_id: b.id, campaign_id: campaignId, delivery_id: null, kind, url: null, used_at: null, created_at: now }).execute();
  return t;
}

/** Renders the campaign for one business: the SMS text, or the email with tracked links, pixel and unsubscribe link. */
/** Where SMS status callbacks go: the same for every message of a run, so it is read once per run. */
export interface RenderUrls {
  statusCallback: string;
}

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

/** The payload of the dispatch job: one run hands out the next window of a campaign's deliveries. */
export const campaignDispatchPayload = z.object({ campaignId: z.string() });

declare module '../../../core/jobs/types.js' {
  interface JobPayloads {
    'crm.campaign.dispatch': z.infer<typeof campaignDispatchPayload>;
  }
}

export const campaignDispatchJob = (app: AppContext): RegisteredJob<'crm.campaign.dispatch'> => defineJob('crm.campaign.dispatch', {
  schema: campaignDispatchPayload,
  mode: 'transaction',
  maxAttempts: 20,
  backoff: { baseMs: 5_000, capMs: 10 * 60_000 },
  async handle({ campaignId }, ctx) {
    const c = await ctx.db.selectFrom('crm_campaigns').selectAll().where('workspace_id', '=', ctx.workspaceId).where('id', '=', campaignId).executeTakeFirst();
    if (!c || c.status !== 'sending') return;
    const now = ctx.app.clock.now();
    const spacing = 60_000 / Math.max(1, c.rate_per_minute);
    const slots = Math.max(1, Math.min(MAX_PER_RUN, Math.floor(WINDOW_MS / spacing)));
    let used = 0;

    // A resumed campaign first sends what its pause held back, in the same slots.
    const held = await ctx.db
      .selectFrom('crm_recipients as r')
      .innerJoin('deliveries as d', 'd.id', 'r.delivery_id')
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
        .values({ workspace_id: ctx.workspaceId, campaign_id: c.id, business_id: b.id, delivery_id: null, status: 'queued', error: null, delivered_at: null, bounced_at: null, opened_at: null, clicked_at: null, replied_at: null, unsubscribed_at: null, purchased_at: null, created_at: now, updated_at: now })
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
    ctx.logger.info({ campaignId: c.id, handedOut: fresh.length, resumed: held.length, finished: done }, 'campaign dispatch');
  },
});

/**
 * Checked when each campaign delivery is about to go (after the core's per-channel consent check): a paused
 * campaign holds it back, and a business that unsubscribed on any channel, or already bought, gets nothing.
 */
export const campaignGate: DeliveryGate = async (delivery, ctx) => {
  if (delivery.subject_type !== 'crm_business' || !delivery.subject_id) return undefined;
  const payload = JSON.parse(delivery.payload) as { campaign_id?: string };
  if (payload.campaign_id) {
    const c = await ctx.db.selectFrom('crm_campaigns').select('status').where('workspace_id', '=', delivery.workspace_id).where('id', '=', payload.campaign_id).executeTakeFirst();
    if (!c) return 'campaign deleted';
    if (c.status === 'paused') return HELD_BY_PAUSE;
  }
  const b = await ctx.db.selectFrom('crm_businesses').select('contact_status').where('workspace_id', '=', delivery.workspace_id).where('id', '=', delivery.subject_id).executeTakeFirst();
  if (!b) return 'business deleted';
  if (b.contact_status === 'unsubscribed') return 'business unsubscribed';
  if (b.contact_status === 'purchased') return 'business already purchased';
  return undefined;
};
