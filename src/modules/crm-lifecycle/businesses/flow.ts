// Business writes: create or import, deduplicated on phone, then email (an existing one gets the blank fields filled).
import { findOrCreateContact, type ContactsDeps } from '../../../core/contacts/contacts.js';
import { normalizeEmail, normalizePhone, toCountryCode } from '../../../core/contacts/phone.js';
import type { Clock } from '../../../core/clock.js';
import { AppError } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import type { Executor } from '../../../db/database.js';
import { inTransaction, isUniqueViolation, withSavepoint } from '../../../db/transaction.js';
import type { BusinessRow } from '../tables.js';
import { findBusinessBy } from './queries.js';

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

/**
 * Creates a business with every status at its start (pending, none, none), or returns the existing one with the same
 * phone (first) or email; an existing one gets the given values for its blank fields. Throws validation_failed naming
 * the field when the phone or email cannot be read, or when neither is given.
 */
export async function createBusiness(db: Executor, deps: ContactsDeps, workspaceId: string, country: string, input: BusinessInput): Promise<CreateOutcome> {
  const phone = input.phone?.trim() ? normalizePhone(input.phone, toCountryCode(country)) : undefined;
  if (input.phone?.trim() && !phone) throw new AppError('validation_failed', `phone: ${input.phone} is not a valid phone number`, { context: { field: 'phone' } });
  const email = input.email?.trim() ? normalizeEmail(input.email) : undefined;
  if (input.email?.trim() && !email) throw new AppError('validation_failed', `email: ${input.email} is not a valid email address`, { context: { field: 'email' } });
  if (!phone && !email) throw new AppError('validation_failed', 'phone or email: a business needs at least one way to reach it', { context: { field: 'phone' } });
  const name = input.name.trim();
  if (!name) throw new AppError('validation_failed', 'name is required', { context: { field: 'name' } });

  return inTransaction(db, (trx) => createOnce(trx, deps, workspaceId, country, input, { name, phone, email }));
}

async function createOnce(
  db: Executor,
  deps: ContactsDeps,
  workspaceId: string,
  country: string,
  input: BusinessInput,
  { name, phone, email }: { name: string; phone: string | undefined; email: string | undefined },
): Promise<CreateOutcome> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await withSavepoint(db, 'crm_business_write', async () => {
        const existing = (phone ? await findBusinessBy(db, workspaceId, 'phone', phone) : undefined) ?? (email ? await findBusinessBy(db, workspaceId, 'email', email) : undefined);
        if (existing) return { business: await fillBlanks(db, deps.clock, existing, { ...input, phone, email }), created: false };
        const now = deps.clock.now();
        const { contact } = await findOrCreateContact(db, deps, { workspaceId, country, phone: phone ?? null, email: email ?? null, name });
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
