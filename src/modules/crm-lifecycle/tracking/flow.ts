// Email tracking: the first open, each click (then the real link), and the unsubscribe link, found by their random tokens.
import type { AppContext } from '../../../core/context.js';
import { enqueueJobs } from '../../../core/jobs/enqueue.js';
import type { Executor } from '../../../db/database.js';
import { markRecipient, type RecipientFact } from '../campaigns/flow.js';
import { applyStatusChange, recordBusinessConsent, statusJob } from '../flow.js';
import { note } from '../../../core/notes.js';

type Kind = 'open' | 'click' | 'unsubscribe';

export interface TrackingHit {
  kind: Kind;
  /** The real link, for a click. */
  url: string | null;
}

/**
 * Records a hit on a tracking token and returns what it was, or undefined for an unknown token. Opens and clicks
 * set the recipient's figure once and enqueue the status change (opened, clicked) as its own job; an unsubscribe
 * is applied at once, because the person is looking at the page that says it worked.
 */
export async function recordHit(ctx: AppContext, token: string, kind: Kind): Promise<TrackingHit | undefined> {
  if (!/^[A-Za-z0-9_-]{10,64}$/.test(token)) return undefined;
  return ctx.db.transaction().execute(async (trx: Executor) => {
    const link = await trx.selectFrom('crm_tracking_links').selectAll().where('token', '=', token).where('kind', '=', kind).executeTakeFirst();
    if (!link) return undefined;
    const now = ctx.clock.now();
    const ws = link.workspace_id;
    if (link.used_at === null) await trx.updateTable('crm_tracking_links').set({ used_at: now }).where('token', '=', token).execute();
    // A click proves the email was opened, even when images were blocked.
    const facts: RecipientFact[] = kind === 'open' ? ['opened_at'] : kind === 'click' ? ['clicked_at', 'opened_at'] : ['unsubscribed_at'];
    await markRecipient(trx, now, { workspaceId: ws, campaignId: link.campaign_id, businessId: link.business_id }, facts);
    const base = { workspaceId: ws, businessId: link.business_id, field: 'contact_status' as const, actor: { type: 'system' as const, id: null }, campaignId: link.campaign_id };
    if (kind === 'unsubscribe') {
      await recordBusinessConsent(trx, ctx.clock, { workspaceId: ws, businessId: link.business_id, channel: 'email', status: 'opted_out', source: 'email.unsubscribe', actor: { type: 'system', id: null } });
      await applyStatusChange(trx, ctx.clock, { ...base, to: 'unsubscribed', cause: 'opt_out', detail: 'unsubscribe link', note: note('crm_change.unsubscribe_link') }, ctx.logger);
    } else if (link.used_at === null) {
      await enqueueJobs({ db: trx, dialect: ctx.dialect, clock: ctx.clock }, ws, [
        statusJob({ ...base, to: kind === 'open' ? 'opened' : 'clicked', cause: 'tracking', detail: kind === 'open' ? 'email opened' : `link clicked: ${link.url ?? ''}`.slice(0, 200), note: kind === 'open' ? note('crm_change.email_opened') : note('crm_change.link_clicked', { url: (link.url ?? '').slice(0, 200) }) }),
      ]);
    }
    return { kind, url: link.url };
  }).finally(() => ctx.jobSignal.notify());
}
