// Business reads: one business (by id, phone, email, customer or subscription), the filter shared with campaign
// audiences, the filtered newest-first list and the count of its matches, facets, the API view, and a business's
// timeline.
import { sql, SqliteAdapter, type SelectQueryBuilder } from 'kysely';
import { findActorNames } from '../../../core/actors.js';
import { listConsents } from '../../../core/contacts/consent.js';
import { notFound } from '../../../core/errors.js';
import { findWorkspaceById } from '../../../core/workspaces.js';
import type { Database, Executor } from '../../../db/database.js';
import { contactStatusSchema, subscriptionStatusSchema, websiteStatusSchema } from '../contract/statuses.js';
import type { BusinessRow } from '../tables.js';
import { changeNoteSchema as noteSchema } from '../contract/businesses.js';
import type { Note } from '../../../core/notes.js';

/** The workspace's country, used to read local phone numbers (0812… in ID). */
export async function workspaceCountry(db: Executor, workspaceId: string): Promise<string> {
  return (await findWorkspaceById(db, workspaceId))?.country ?? 'ID';
}

export async function findBusinessBy(db: Executor, workspaceId: string, column: 'phone' | 'email' | 'customer_ref' | 'subscription_id' | 'id', value: string): Promise<BusinessRow | undefined> {
  return db.selectFrom('crm_businesses').selectAll().where('workspace_id', '=', workspaceId).where(column, '=', value).executeTakeFirst();
}

export async function getBusiness(db: Executor, workspaceId: string, id: string): Promise<BusinessRow> {
  const row = await findBusinessBy(db, workspaceId, 'id', id);
  if (!row) throw notFound('business', id);
  return row;
}

/** The filter shared by the list and by campaign audiences. */
export interface BusinessFilter {
  contact_status?: readonly string[] | undefined;
  website_status?: readonly string[] | undefined;
  subscription_status?: readonly string[] | undefined;
  city?: string | undefined;
  source?: string | undefined;
  owner?: string | undefined;
  /** Part of the name, email, phone, city or website. */
  q?: string | undefined;
  /** Created at or after, epoch ms. */
  from?: number | undefined;
  /** Created before, epoch ms. */
  to?: number | undefined;
  /** SQLite: the rowids the search index found for `q` (searchCandidates), when there are few. */
  candidates?: readonly number[] | undefined;
}

/** What a search looks for in the lower-cased search text. */
function searchTerm(q: string): string {
  // Phones are stored as +62812…: a search typed the local way (0812-345) finds them too.
  const typed = q.trim().toLowerCase();
  return /^[\d\s()+.-]+$/.test(typed) && /\d{3}/.test(typed.replace(/\D/g, '')) ? typed.replace(/\D/g, '').replace(/^0/, '') : typed;
}

/** Applies a BusinessFilter to any query over crm_businesses (the list, counts, campaign audiences). */
export function whereFilter<O>(q: SelectQueryBuilder<Database, 'crm_businesses', O>, f: BusinessFilter): SelectQueryBuilder<Database, 'crm_businesses', O> {
  let out = q;
  if (f.contact_status?.length) out = out.where('crm_businesses.contact_status', 'in', f.contact_status);
  if (f.website_status?.length) out = out.where('crm_businesses.website_status', 'in', f.website_status);
  if (f.subscription_status?.length) out = out.where('crm_businesses.subscription_status', 'in', f.subscription_status);
  if (f.city) out = out.where(sql`lower(crm_businesses.city)`, '=', f.city.trim().toLowerCase());
  if (f.source) out = out.where('crm_businesses.source', '=', f.source.trim());
  if (f.owner) out = out.where('crm_businesses.owner', '=', f.owner.trim());
  if (f.from !== undefined) out = out.where('crm_businesses.created_at', '>=', f.from);
  if (f.to !== undefined) out = out.where('crm_businesses.created_at', '<', f.to);
  if (f.q?.trim()) {
    const term = searchTerm(f.q);
    out = out.where(sql<boolean>`crm_businesses.search_text like ${`%${term.replace(/[%_\\]/g, (c) => `\\${c}`)}%`} escape '\\'`);
    // Only the rows the trigram index found, when it found few (see searchCandidates); the LIKE above decides.
    if (f.candidates) out = out.where(sql<boolean>`crm_businesses.rowid in (${sql.join(f.candidates.length > 0 ? f.candidates : [-1])})`);
  }
  return out;
}

/** Past this many candidates a fragment is common: reading the newest businesses finds a page of it sooner. */
const FEW_CANDIDATES = 1_000;

/**
 * SQLite: the rowids of the businesses (of every workspace) whose search text the FTS5 trigram index
 * (search-index.ts) finds for the typed fragment, or undefined when it finds many, or on PostgreSQL (where the planner
 * uses the pg_trgm index itself). FTS5 ignores its index for a LIKE with ESCAPE, so this pattern has none: a typed %
 * or _ stays a wildcard, which can only add candidates; the exact LIKE on the row decides.
 */
async function searchCandidates(db: Executor, q: string): Promise<number[] | undefined> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return undefined;
  const rows = await sql<{ rowid: number }>`select rowid from crm_business_search where search_text like ${`%${searchTerm(q)}%`} limit ${FEW_CANDIDATES + 1}`.execute(db);
  return rows.rows.length > FEW_CANDIDATES ? undefined : rows.rows.map((r) => Number(r.rowid));
}

/** A search first reads this many of the newest businesses (per row of the page) before asking the search index. */
const NEWEST_WINDOW_PER_ROW = 20;

/**
 * One page of the matching businesses, newest first; how many match in all is countBusinesses.
 *
 * A search on SQLite first looks among the newest limit × 20 businesses (after the cursor): a fragment common enough
 * to fill the page there is answered by reading those rows alone (a fraction of a millisecond), where asking the
 * trigram index first costs milliseconds for a common fragment. That page is exactly the full answer's first page,
 * since every business outside the window is older than every one inside it. Otherwise the index decides.
 */
export async function listBusinesses(db: Executor, workspaceId: string, filter: BusinessFilter & { limit: number; cursor?: string | undefined }): Promise<BusinessRow[]> {
  const [at, id] = filter.cursor?.split(':') ?? [];
  const atMs = Number(at);
  const afterCursor = <O>(q: SelectQueryBuilder<Database, 'crm_businesses', O>) =>
    Number.isFinite(atMs) && id ? q.where((eb) => eb.or([eb('created_at', '<', atMs), eb.and([eb('created_at', '=', atMs), eb('id', '<', id)])])) : q;
  const newestFirst = (q: SelectQueryBuilder<Database, 'crm_businesses', BusinessRow>) => q.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(filter.limit);
  const inWorkspace = () => db.selectFrom('crm_businesses').where('crm_businesses.workspace_id', '=', workspaceId);
  if (filter.q?.trim() && db.getExecutor().adapter instanceof SqliteAdapter) {
    const oldestInWindow = afterCursor(inWorkspace().select('created_at'))
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(1)
      .offset(filter.limit * NEWEST_WINDOW_PER_ROW - 1);
    const window = await newestFirst(afterCursor(whereFilter(inWorkspace(), filter).selectAll()).where('created_at', '>=', oldestInWindow)).execute();
    if (window.length === filter.limit) return window;
  }
  const f = { ...filter, candidates: filter.q?.trim() ? await searchCandidates(db, filter.q) : undefined };
  return newestFirst(afterCursor(whereFilter(inWorkspace(), f).selectAll())).execute();
}

/** Beyond this many matches the count says "10,000+": an exact count of a large table would cost more than it tells. */
export const TOTAL_CAP = 10_000;

/**
 * How many businesses match, up to TOTAL_CAP. A common fragment costs tens of milliseconds however it is counted:
 * on SQLite, counting from the trigram index's rows measured no faster than reading the businesses until 10,001
 * match (the index's posting lists for common trigrams are long), so both use the index only when it finds few.
 */
export async function countBusinesses(db: Executor, workspaceId: string, filter: BusinessFilter): Promise<{ total: number; totalCapped: boolean }> {
  const f = { ...filter, candidates: filter.q?.trim() ? await searchCandidates(db, filter.q) : undefined };
  const base = whereFilter(db.selectFrom('crm_businesses').where('crm_businesses.workspace_id', '=', workspaceId), f);
  const counted = await db
    .selectFrom(base.select('crm_businesses.id').limit(TOTAL_CAP + 1).as('matches'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const n = Number(counted.n);
  return { total: Math.min(n, TOTAL_CAP), totalCapped: n > TOTAL_CAP };
}

export const businessCursor = (b: Pick<BusinessRow, 'created_at' | 'id'>) => `${b.created_at}:${b.id}`;

/** The distinct values of one column, at most this many (a dropdown, not a report). */
const FACET_LIMIT = 200;

/**
 * The distinct cities, sources and owners, for the dashboard's filter dropdowns. Each is a loose index scan (a
 * recursive query that jumps from one value to the next in the (workspace_id, column) index): one lookup per distinct
 * value instead of reading every business, which PostgreSQL's DISTINCT would do.
 */
export async function businessFacets(db: Executor, workspaceId: string): Promise<{ cities: string[]; sources: string[]; owners: string[] }> {
  const distinct = async (column: 'city' | 'source' | 'owner') => {
    const c = sql.ref(column);
    const result = await sql<{ v: string | null }>`
      with recursive facet(v) as (
        select min(${c}) from crm_businesses where workspace_id = ${workspaceId}
        union all
        select (select min(${c}) from crm_businesses where workspace_id = ${workspaceId} and ${c} > facet.v) from facet where facet.v is not null
      )
      select v from facet where v is not null limit ${FACET_LIMIT}`.execute(db);
    return result.rows.map((r) => r.v).filter((v): v is string => typeof v === 'string');
  };
  return { cities: await distinct('city'), sources: await distinct('source'), owners: await distinct('owner') };
}

/** The JSON shape of a business in every answer. */
export function businessView(b: BusinessRow) {
  return {
    id: b.id,
    name: b.name,
    phone: b.phone,
    email: b.email,
    website: b.website,
    city: b.city,
    source: b.source,
    owner: b.owner,
    contact_status: contactStatusSchema.parse(b.contact_status),
    website_status: websiteStatusSchema.parse(b.website_status),
    subscription_status: subscriptionStatusSchema.parse(b.subscription_status),
    site_url: b.site_url,
    created_at: b.created_at,
    updated_at: b.updated_at,
    contacted_at: b.contacted_at,
    opened_at: b.opened_at,
    clicked_at: b.clicked_at,
    replied_at: b.replied_at,
    purchased_at: b.purchased_at,
    unsubscribed_at: b.unsubscribed_at,
    bounced_at: b.bounced_at,
  };
}

/** The newest this many of each kind (status changes, messages, payments) make a timeline. */
const TIMELINE_LIMIT = 500;

/** A change's stored note as a list; rows from before notes existed (or unreadable ones) have none. */
function storedNotes(text: string | null): Note[] {
  if (!text) return [];
  try {
    const parsed = noteSchema.safeParse(JSON.parse(text));
    return parsed.success ? [parsed.data] : [];
  } catch {
    return [];
  }
}

/** Status changes (with who or what caused them), messages in and out, and payments, newest first; and consents. */
export async function businessTimeline(db: Executor, b: BusinessRow) {
  const ws = b.workspace_id;
  const [changes, messages, payments, consents] = await Promise.all([
    db
      .selectFrom('crm_status_changes')
      .select(['field', 'from_status', 'to_status', 'cause', 'detail', 'note', 'reason', 'campaign_id', 'event_id', 'at', 'actor_type', 'actor_id'])
      .where('workspace_id', '=', ws)
      .where('business_id', '=', b.id)
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(TIMELINE_LIMIT)
      .execute(),
    db.selectFrom('crm_messages').selectAll().where('workspace_id', '=', ws).where('business_id', '=', b.id).orderBy('created_at', 'desc').limit(TIMELINE_LIMIT).execute(),
    db.selectFrom('crm_payments').selectAll().where('workspace_id', '=', ws).where('business_id', '=', b.id).orderBy('paid_at', 'desc').limit(TIMELINE_LIMIT).execute(),
    b.contact_id ? listConsents(db, ws, b.contact_id) : Promise.resolve([]),
  ]);
  const names = await findActorNames(db, ws, changes.map((c) => ({ type: c.actor_type, id: c.actor_id })));
  const timeline = [
    ...changes.map((s) => ({
      kind: 'status' as const,
      at: s.at,
      field: s.field,
      from: s.from_status,
      to: s.to_status,
      cause: s.cause,
      detail: s.detail,
      notes: storedNotes(s.note),
      actor_name: names.of({ type: s.actor_type, id: s.actor_id }),
      reason: s.reason,
      campaign_id: s.campaign_id,
      event_id: s.event_id,
    })),
    ...messages.map((m) => ({
      kind: 'message' as const,
      at: m.created_at,
      direction: m.direction,
      channel: m.channel,
      subject: m.subject,
      body: m.body,
      status: m.status,
      campaign_id: m.campaign_id,
      error_code: m.error_code,
    })),
    ...payments.map((p) => ({ kind: 'payment' as const, at: p.paid_at, amount_cents: Number(p.amount_cents), currency: p.currency, campaign_id: p.campaign_id, event_type: p.event_type })),
  ].sort((a, b2) => b2.at - a.at);
  return { timeline, consents: consents.map((c) => ({ channel: c.channel, status: c.status, source: c.source, changed_at: c.changed_at })) };
}

/** Whether the workspace has a business or a campaign yet (the set-up checklist's last step). */
export async function hasBusinessOrCampaign(db: Executor, workspaceId: string): Promise<boolean> {
  const business = await db.selectFrom('crm_businesses').select('id').where('workspace_id', '=', workspaceId).limit(1).executeTakeFirst();
  if (business) return true;
  return (await db.selectFrom('crm_campaigns').select('id').where('workspace_id', '=', workspaceId).limit(1).executeTakeFirst()) !== undefined;
}
