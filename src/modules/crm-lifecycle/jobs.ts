// Jobs that follow a send: record the message and set emailed/sms_sent; record a consent change; record a bounce.
import { z } from 'zod';
import { newId } from '../../core/ids.js';
import { defineJob } from '../../core/jobs/define.js';
import { jobSpec, type JobSpec } from '../../core/jobs/enqueue.js';
import { markRecipient, recordBusinessConsent } from './recipients.js';
import { applyStatusChange } from './flow.js';

const sentSchema = z.object({ deliveryId: z.string(), businessId: z.string(), providerRef: z.string() });
const consentSchema = z.object({ workspaceId: z.string(), businessId: z.string(), channel: z.enum(['sms', 'email']), status: z.enum(['opted_in', 'opted_out']), source: z.string() });
const bounceSchema = z.object({ businessId: z.string(), campaignId: z.string().nullable(), detail: z.string(), errorCode: z.string().optional() });

declare module '../../core/jobs/types.js' {
  interface JobPayloads {
    'crm.sent': z.infer<typeof sentSchema>;
    'crm.consent': z.infer<typeof consentSchema>;
    'crm.bounce': z.infer<typeof bounceSchema>;
  }
}

const perBusiness = (businessId: string) => ({ serialKey: `crm-business:${businessId}` });

export const sentJob = (p: z.infer<typeof sentSchema>): JobSpec<'crm.sent'> => jobSpec('crm.sent', p, perBusiness(p.businessId));
export const consentJob = (p: z.infer<typeof consentSchema>): JobSpec<'crm.consent'> => jobSpec('crm.consent', p, perBusiness(p.businessId));

const sentPayload = z.object({ campaign_id: z.string().optional(), subject: z.string().optional(), body: z.string().optional(), text: z.string().optional() });

/** After a provider accepted a campaign message: the message joins the timeline and the business becomes emailed or sms_sent. */
export const crmSentJob = defineJob('crm.sent', {
  schema: sentSchema,
  mode: 'transaction',
  maxAttempts: 10,
  async handle({ deliveryId, businessId, providerRef }, ctx) {
    const d = await ctx.db.selectFrom('deliveries').selectAll().where('workspace_id', '=', ctx.workspaceId).where('id', '=', deliveryId).executeTakeFirst();
    if (!d) return;
    const p = sentPayload.parse(JSON.parse(d.payload));
    const now = ctx.app.clock.now();
    const sms = d.channel === 'sms';
    await ctx.db
      .insertInto('crm_messages')
      .values({
        id: newId('msg', now),
        workspace_id: ctx.workspaceId,
        business_id: businessId,
        direction: 'out',
        channel: d.channel,
        campaign_id: p.campaign_id ?? null,
        delivery_id: d.id,
        provider_ref: providerRef,
        subject: p.subject ?? null,
        // The SMS text as sent; for email the plain-text part (the HTML is the same words).
        body: (sms ? p.body : p.text) ?? null,
        status: sms ? 'queued' : 'sent',
        error_code: null,
        created_at: d.sent_at ?? now,
        updated_at: now,
      })
      .onConflict((oc) => oc.columns(['workspace_id', 'provider_ref']).where('provider_ref', 'is not', null).doNothing())
      .execute();
    if (p.campaign_id) {
      await ctx.db.updateTable('crm_businesses').set({ last_campaign_id: p.campaign_id }).where('workspace_id', '=', ctx.workspaceId).where('id', '=', businessId).execute();
    }
    await applyStatusChange(ctx.db, ctx.app.clock, {
      workspaceId: ctx.workspaceId,
      businessId,
      field: 'contact_status',
      to: sms ? 'sms_sent' : 'emailed',
      cause: 'campaign_send',
      detail: sms ? 'SMS sent' : 'email sent',
      actor: { type: 'system', id: null },
      campaignId: p.campaign_id ?? null,
    });
  },
});

export const crmConsentJob = defineJob('crm.consent', {
  schema: consentSchema,
  mode: 'transaction',
  maxAttempts: 10,
  async handle(p, ctx) {
    await recordBusinessConsent(ctx.db, ctx.app.clock, { ...p, workspaceId: ctx.workspaceId, actor: { type: 'webhook', id: p.source } });
  },
});

/** A refused message: the recipient row counts a bounce, and the business becomes bounced unless it has gone further. */
export const crmBounceJob = defineJob('crm.bounce', {
  schema: bounceSchema,
  mode: 'transaction',
  maxAttempts: 10,
  async handle(p, ctx) {
    const recipient = { workspaceId: ctx.workspaceId, campaignId: p.campaignId, businessId: p.businessId };
    await markRecipient(ctx.db, ctx.app.clock.now(), recipient, ['bounced_at'], p.errorCode ?? p.detail.slice(0, 200));
    await applyStatusChange(ctx.db, ctx.app.clock, {
      workspaceId: ctx.workspaceId,
      businessId: p.businessId,
      field: 'contact_status',
      to: 'bounced',
      cause: 'callback',
      detail: p.detail,
      actor: { type: 'system', id: null },
      campaignId: p.campaignId,
    });
  },
});
