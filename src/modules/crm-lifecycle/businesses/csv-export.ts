// Businesses and a campaign's recipients as CSV rows, read one keyset page at a time so memory stays at one page
// however many there are.
import type { Executor } from '../../../db/database.js';
import { moduleDeliveries } from '../../../core/deliveries/deliveries.js';
import { MODULE_NAME } from '../settings.js';
import { whereFilter, type BusinessFilter } from './queries.js';

const PAGE = 500;
const iso = (ms: number | null) => (ms === null ? '' : new Date(ms).toISOString());

export const BUSINESS_COLUMNS = [
  'id', 'name', 'phone', 'email', 'website', 'city', 'source', 'owner', 'contact_status', 'website_status',
  'subscription_status', 'site_url', 'created_at', 'contacted_at', 'opened_at', 'clicked_at', 'replied_at',
  'purchased_at', 'unsubscribed_at', 'bounced_at',
] as const;

/** Every business matching the filter, newest first (the list's order), as CSV records. */
export async function* businessRecords(db: Executor, workspaceId: string, filter: BusinessFilter): AsyncGenerator<Record<(typeof BUSINESS_COLUMNS)[number], string>> {
  let after: { at: number; id: string } | undefined;
  for (;;) {
    let q = whereFilter(db.selectFrom('crm_businesses').where('crm_businesses.workspace_id', '=', workspaceId), filter).selectAll();
    if (after) {
      const { at, id } = after;
      q = q.where((eb) => eb.or([eb('created_at', '<', at), eb.and([eb('created_at', '=', at), eb('id', '<', id)])]));
    }
    const page = await q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(PAGE).execute();
    for (const b of page) {
      yield {
        id: b.id,
        name: b.name,
        phone: b.phone ?? '',
        email: b.email ?? '',
        website: b.website ?? '',
        city: b.city ?? '',
        source: b.source ?? '',
        owner: b.owner ?? '',
        contact_status: b.contact_status,
        website_status: b.website_status,
        subscription_status: b.subscription_status,
        site_url: b.site_url ?? '',
        created_at: iso(b.created_at),
        contacted_at: iso(b.contacted_at),
        opened_at: iso(b.opened_at),
        clicked_at: iso(b.clicked_at),
        replied_at: iso(b.replied_at),
        purchased_at: iso(b.purchased_at),
        unsubscribed_at: iso(b.unsubscribed_at),
        bounced_at: iso(b.bounced_at),
      };
    }
    const last = page[page.length - 1];
    if (page.length < PAGE || !last) return;
    after = { at: last.created_at, id: last.id };
  }
}

/** What happened to each recipient, as the stored facts: queued or skipped, its delivery's state, and when each step came. */
export const RECIPIENT_COLUMNS = [
  'business_id', 'business_name', 'phone', 'email', 'recipient', 'delivery_status', 'error', 'delivered_at', 'bounced_at',
  'opened_at', 'clicked_at', 'replied_at', 'unsubscribed_at', 'purchased_at', 'updated_at',
] as const;

/** Every recipient of a campaign, by business id, as CSV records. */
export async function* recipientRecords(db: Executor, workspaceId: string, campaignId: string): AsyncGenerator<Record<(typeof RECIPIENT_COLUMNS)[number], string>> {
  let after = '';
  for (;;) {
    const page = await db
      .selectFrom('crm_recipients as r')
      .innerJoin('crm_businesses as b', 'b.id', 'r.business_id')
      .leftJoin(moduleDeliveries(db, workspaceId, MODULE_NAME).as('d'), 'd.id', 'r.delivery_id')
      .select([
        'r.business_id', 'b.name', 'b.phone', 'b.email', 'r.status', 'r.error', 'd.status as delivery_status', 'd.last_error',
        'r.delivered_at', 'r.bounced_at', 'r.opened_at', 'r.clicked_at', 'r.replied_at', 'r.unsubscribed_at', 'r.purchased_at', 'r.updated_at',
      ])
      .where('r.workspace_id', '=', workspaceId)
      .where('r.campaign_id', '=', campaignId)
      .where('r.business_id', '>', after)
      .orderBy('r.business_id')
      .limit(PAGE)
      .execute();
    for (const r of page) {
      yield {
        business_id: r.business_id,
        business_name: r.name,
        phone: r.phone ?? '',
        email: r.email ?? '',
        recipient: r.status,
        delivery_status: r.delivery_status ?? '',
        error: r.error ?? r.last_error ?? '',
        delivered_at: iso(r.delivered_at),
        bounced_at: iso(r.bounced_at),
        opened_at: iso(r.opened_at),
        clicked_at: iso(r.clicked_at),
        replied_at: iso(r.replied_at),
        unsubscribed_at: iso(r.unsubscribed_at),
        purchased_at: iso(r.purchased_at),
        updated_at: iso(r.updated_at),
      };
    }
    const last = page[page.length - 1];
    if (page.length < PAGE || !last) return;
    after = last.business_id;
  }
}
