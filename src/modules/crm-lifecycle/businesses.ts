// Businesses: create or import (deduplicated on phone, then email), read, the filtered newest-first list, and facets.
import { sql, type SelectQueryBuilder } from 'kysely';
import { findOrCreateContact } from '../../core/contacts/contacts.js';
import { normalizeEmail, normalizePhone, toCountryCode } from '../../core/contacts/phone.js';
import type { Clock } from '../../core/clock.js';
import { AppError, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { findWorkspaceById } from '../../core/workspaces.js';
import type { Database, Executor } from '../../db/database.js';
import { inTransaction, isUniqueViolation, withSavepoint } from '../../db/transaction.js';
import { contactStatusSchema, subscriptionStatusSchema, websiteStatusSchema } from './contract/statuses.js';
import type { BusinessRow } from './tables.js';

export interface BusinessInput {
  name: string;
  phone?: string | null | undefined;
  email?: string | null | undefined;
  website?: string | null | undefined;
  city?: string | null | undefined;
  source?: string | null | undefined;
  owner?: string | null | undefined;
}

export interface CreateOutcome {
  business: BusinessRow;
  created: boolean;
}

const searchText = (b: Pick<BusinessRow, 'name' | 'email' | 'phone' | 'city' | 'website'>) =>
  [b.name, b.email, b.phone, b.city, b.website].filter(Boolean).join(' ').toLowerCase();

const blank = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

/** The workspace's country, used to read local phone numbers (0812… in ID). */
export async function workspaceCountry(db: Executor, workspaceId: string): Promise<string> {
  return (await findWorkspaceById(db, workspaceId))?.country ?? 'ID';
}

/**
 * Creates a business with every status at its start (pending, none, none), or returns the existing one with the same
 * phone (first) or email; an existing one gets the given values for its blank fields. Throws validation_failed naming
 * the field when the phone or email cannot be read, or when neither is given.
 */
export async function createBusiness(db: Executor, clock: Clock, workspaceId: string, country: string, input: BusinessInput): Promise<CreateOutcome> {
  const phone = input.phone?.trim() ? normalizePhone(input.phone, toCountryCode(country)) : undefined;
  if (input.phone?.trim() && !phone) throw new AppError('validation_failed', `phone: ${input.phone} is not a valid phone number`, { context: { field: 'phone' } });
  const email = input.email?.trim() ? normalizeEmail(input.email) : undefined;
  if (input.email?.trim() && !email) throw new AppError('validation_failed', `email: ${input.email} is not a valid email address`, { context: { field: 'email' } });
  if (!phone && !email) throw new AppError('validation_failed', 'phone or email: a business needs at least one way to reach it', { context: { field: 'phone' } });
  const name = input.name.trim();
  if (!name) throw new AppError('validation_failed', 'name is required', { context: { field: 'name' } });

  return inTransaction(db, (trx) => createOnce(trx, clock, workspaceId, country, input, { name, phone, email }));
}

async function createOnce(
  db: Executor,
  clock: Clock,
  workspaceId: string,
  country: string,
  input: BusinessInput,
  { name, phone, email }: { name: string; phone: string | undefined; email: string | undefined },
): Promise<CreateOutcome> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await withSavepoint(db, 'crm_business_write', async () => {
        const existing = (phone ? await findBusinessBy(db, workspaceId, 'phone', phone) : undefined) ?? (email ? await findBusinessBy(db, workspaceId, 'email', email) : undefined);
        if (existing) return { business: await fillBlanks(db, clock, existing, { ...input, phone, email }), created: false };
        const now = clock.now();
        const { contact } = await findOrCreateContact(db, clock, { workspaceId, country, phone: phone ?? null, email: email ?? null, name });
        const row: BusinessRow = {
          id: newId('biz', now),
          workspace_id: workspaceId,
          contact_id: contact.id,
          name,
          phone: phone ?? null,
          email: email ?? null,
          website: blank(input.website),
          city: blank(input.city),
          source: blank(input.source),
          owner: blank(input.owner),
          contact_status: 'pending',
          website_status: 'none',
          subscription_status: 'none',
          subscription_event_at: null,
          subscription_id: null,
          customer_ref: null,
          site_url: null,
          search_text: '',
          last_campaign_id: null,
          contacted_at: null,
          opened_at: null,
          clicked_at: null,
          replied_at: null,
          purchased_at: null,
          unsubscribed_at: null,
          bounced_at: null,
          created_at: now,
          updated_at: now,
        };
        row.search_text = searchText(row);
        await db.insertInto('crm_businesses').values(row).execute();
        return { business: row, created: true };
      });
    } catch (error) {
      // Two imports of the same phone at once: the loser finds the winner's row on the next pass.
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}

async function fillBlanks(db: Executor, clock: Clock, existing: BusinessRow, input: BusinessInput & { phone: string | undefined; email: string | undefined }): Promise<BusinessRow> {
  const patch: Partial<BusinessRow> = {};
  for (const key of ['website', 'city', 'source', 'owner'] as const) {
    const value = blank(input[key]);
    if (!existing[key] && value) patch[key] = value;
  }
  if (!existing.phone && input.phone && !(await findBusinessBy(db, existing.workspace_id, 'phone', input.phone))) patch.phone = input.phone;
  if (!existing.email && input.email && !(await findBusinessBy(db, existing.workspace_id, 'email', input.email))) patch.email = input.email;
  if (Object.keys(patch).length === 0) return existing;
  const next = { ...existing, ...patch, updated_at: clock.now() };
  next.search_text = searchText(next);
  await db.updateTable('crm_businesses').set({ ...patch, search_text: next.search_text, updated_at: next.updated_at }).where('id', '=', existing.id).execute();
  return next;
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
    // Phones are stored as +62812…: a search typed the local way (0812-345) finds them too.
    const typed = f.q.trim().toLowerCase();
    const term = /^[\d\s()+.-]+$/.test(typed) && /\d{3}/.test(typed.replace(/\D/g, '')) ? typed.replace(/\D/g, '').replace(/^0/, '') : typed;
    out = out.where(sql<boolean>`crm_businesses.search_text like ${`%${term.replace(/[%_\\]/g, (c) => `\\${c}`)}%`} escape '\\'`);
  }
  return out;
}

/** Beyond this many matches the list says "10,000+": an exact count of a large table would cost more than the page. */
export const TOTAL_CAP = 10_000;

export async function listBusinesses(
  db: Executor,
  workspaceId: string,
  f: BusinessFilter & { limit: number; cursor?: string | undefined },
): Promise<{ items: BusinessRow[]; total: number; totalCapped: boolean }> {
  const base = whereFilter(db.selectFrom('crm_businesses').where('crm_businesses.workspace_id', '=', workspaceId), f);
  let page = base.selectAll();
  if (f.cursor) {
    const [at, id] = f.cursor.split(':');
    const atMs = Number(at);
    if (Number.isFinite(atMs) && id) page = page.where((eb) => eb.or([eb('created_at', '<', atMs), eb.and([eb('created_at', '=', atMs), eb('id', '<', id)])]));
  }
  const items = await page.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(f.limit).execute();
  const counted = await db
    .selectFrom(base.select('crm_businesses.id').limit(TOTAL_CAP + 1).as('matches'))
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const n = Number(counted.n);
  return { items, total: Math.min(n, TOTAL_CAP), totalCapped: n > TOTAL_CAP };
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
