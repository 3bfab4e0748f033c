// Contacts: one person per workspace, found by normalized phone or email, merged when two records prove to be one.
import type { ConsentTable, ContactTable, Executor } from '../../db/database.js';
import { recordAudit, systemActor, type Actor } from '../audit.js';
import type { Clock } from '../clock.js';
import { AppError, notFound } from '../errors.js';
import { newId } from '../ids.js';
import { inTransaction, isUniqueViolation, withSavepoint } from '../../db/transaction.js';
import { normalizeEmail, normalizePhone, toCountryCode } from './phone.js';

/** A contact row. `phone` is E.164, `email` lower-case; `merged_into` is set on a record merged into another. */
export type Contact = ContactTable;

/** What a merge tells the modules: rows pointing at `fromId` should now point at `intoId`. */
export interface MergeEvent {
  workspaceId: string;
  fromId: string;
  intoId: string;
}

/** A module's hook that re-points its own rows after a merge; it runs inside the merge's transaction. */
export type MergeHook = (db: Executor, merge: MergeEvent) => Promise<void>;

/**
 * What finding, creating and merging contacts need: the clock, and every module's merge hook. The app context
 * satisfies it (pass `ctx`), so a merge caused by one module always re-points every module's rows.
 */
export interface ContactsDeps {
  readonly clock: Clock;
  readonly contactMergeHooks: readonly MergeHook[];
}

/** Merges flatten chains (A→B, then B→C makes A→C), so more hops than this means corrupt data. */
const MAX_MERGE_HOPS = 5;
/** Concurrent writers of the same phone or email: each losing insert re-reads, this many times at most. */
const MAX_WRITE_ATTEMPTS = 4;

/** The contact with this id; an id that was merged away resolves to the contact it was merged into. */
export async function getContact(db: Executor, workspaceId: string, id: string): Promise<Contact | undefined> {
  let row = await selectContact(db, workspaceId, id);
  for (let hop = 0; row?.merged_into; hop++) {
    if (hop >= MAX_MERGE_HOPS) throw new AppError('internal', `contact ${id} has a merge chain longer than ${MAX_MERGE_HOPS}`);
    row = await selectContact(db, workspaceId, row.merged_into);
  }
  return row;
}

/** The contact with this phone. A local number is read with `country` (the workspace's); undefined if invalid. */
export async function findContactByPhone(db: Executor, workspaceId: string, phone: string, country = ''): Promise<Contact | undefined> {
  const e164 = normalizePhone(phone, toCountryCode(country));
  return e164 === undefined ? undefined : selectBy(db, workspaceId, 'phone', e164);
}

/** The contact with this email, compared case-insensitively. */
export async function findContactByEmail(db: Executor, workspaceId: string, email: string): Promise<Contact | undefined> {
  const normalized = normalizeEmail(email);
  return normalized === undefined ? undefined : selectBy(db, workspaceId, 'email', normalized);
}

export interface FindOrCreateContactInput {
  workspaceId: string;
  /** ISO 3166 country used to read local phone numbers: the workspace's country. */
  country: string;
  phone?: string | null | undefined;
  email?: string | null | undefined;
  name?: string | null | undefined;
  /** Named in the audit row if this call merges two contacts (default: system). */
  actor?: Actor;
}

export interface FindOrCreateContactResult {
  contact: Contact;
  created: boolean;
  /** Set when the phone matched one contact and the email another, and this call merged them. */
  merged?: { from: string; into: string };
}

/**
 * Finds the contact with this phone or email, or creates it.
 *
 * - Phone and email are normalized first (phone.ts); an invalid one is ignored, and when neither is usable this
 *   throws `validation_failed`.
 * - A found contact gets the given values for its blank fields; a non-empty name, phone or email is never overwritten.
 * - When the phone matches one contact and the email another, the two are merged (see `mergeContacts`): the older
 *   one (earlier created_at, ties by id) survives and is returned; every module's merge hook runs in the transaction.
 * - Safe under concurrency: an insert or update that loses a race on the unique phone/email index is rolled back
 *   to a savepoint and the lookup runs again, finding the winner.
 *
 * Runs in the caller's transaction when `db` is one, otherwise in its own.
 */
export async function findOrCreateContact(db: Executor, deps: ContactsDeps, input: FindOrCreateContactInput): Promise<FindOrCreateContactResult> {
  const values = {
    phone: input.phone ? normalizePhone(input.phone, toCountryCode(input.country)) : undefined,
    email: input.email ? normalizeEmail(input.email) : undefined,
    name: input.name?.trim() || undefined,
  };
  if (values.phone === undefined && values.email === undefined) {
    throw new AppError('validation_failed', 'a contact needs a valid phone number or email address', {
      context: { phoneGiven: Boolean(input.phone), emailGiven: Boolean(input.email) },
    });
  }
  return inTransaction(db, async (trx) => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await withSavepoint(trx, 'lc_contact_write', () => findOrCreateOnce(trx, deps, input, values));
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= MAX_WRITE_ATTEMPTS) throw error;
      }
    }
  });
}

/** Rows per statement in the bulk form: well inside both databases' limits on bound values. */
const BULK_ROWS = 500;

/**
 * The bulk form of `findOrCreateContact` for imports of thousands of people known by phone alone: the contact of
 * each phone (E.164, as `normalizePhone` gives it), created when missing, in a few statements per 500 phones
 * instead of several per person. A found contact's blank name takes the given one. With no email there is nothing
 * to merge; a phone another writer creates meanwhile is found again after the insert skips it. Runs in the
 * caller's transaction when `db` is one. Returns the contacts by phone.
 */
export async function findOrCreateContactsByPhone(
  db: Executor,
  deps: ContactsDeps,
  input: { workspaceId: string; people: readonly { phone: string; name: string | null }[] },
): Promise<Map<string, Contact>> {
  const { workspaceId } = input;
  const byPhone = new Map<string, Contact>();
  await inTransaction(db, async (trx) => {
    for (let start = 0; start < input.people.length; start += BULK_ROWS) {
      const people = input.people.slice(start, start + BULK_ROWS);
      const phones = people.map((p) => p.phone);
      const select = () => trx.selectFrom('contacts').selectAll().where('workspace_id', '=', workspaceId).where('phone', 'in', phones).where('merged_into', 'is', null).execute();
      const found = new Map((await select()).map((c) => [c.phone, c]));
      const now = deps.clock.now();
      const missing: Contact[] = people
        .filter((p) => !found.has(p.phone))
        .map((p) => ({ id: newId('con', now), workspace_id: workspaceId, name: p.name?.trim() || null, phone: p.phone, email: null, merged_into: null, created_at: now, updated_at: now }));
      if (missing.length > 0) {
        await trx.insertInto('contacts').values(missing).onConflict((oc) => oc.doNothing()).execute();
        for (const c of await select()) found.set(c.phone, c);
      }
      for (const p of people) {
        const contact = found.get(p.phone);
        if (!contact) throw new AppError('internal', 'a contact inserted by phone could not be read back');
        const name = p.name?.trim();
        if (!contact.name && name) {
          await trx.updateTable('contacts').set({ name, updated_at: now }).where('workspace_id', '=', workspaceId).where('id', '=', contact.id).execute();
          contact.name = name;
        }
        byPhone.set(p.phone, contact);
      }
    }
  });
  return byPhone;
}

/** The values that fill a found contact's blank fields: a non-empty name, phone or email is never overwritten. */
export function blankFields(existing: Pick<Contact, 'name' | 'phone' | 'email'>, values: ContactValues): Partial<Pick<Contact, 'name' | 'phone' | 'email'>> {
  const blanks: Partial<Pick<Contact, 'name' | 'phone' | 'email'>> = {};
  if (!existing.name && values.name) blanks.name = values.name;
  if (!existing.phone && values.phone) blanks.phone = values.phone;
  if (!existing.email && values.email) blanks.email = values.email;
  return blanks;
}

export interface ContactValues {
  phone: string | undefined;
  email: string | undefined;
  name: string | undefined;
}

async function findOrCreateOnce(trx: Executor, deps: ContactsDeps, input: FindOrCreateContactInput, values: ContactValues): Promise<FindOrCreateContactResult> {
  const { workspaceId } = input;
  const byPhone = values.phone === undefined ? undefined : await selectBy(trx, workspaceId, 'phone', values.phone);
  const byEmail = values.email === undefined ? undefined : await selectBy(trx, workspaceId, 'email', values.email);
  let existing = byPhone ?? byEmail;
  let merged: FindOrCreateContactResult['merged'];
  if (byPhone && byEmail && byPhone.id !== byEmail.id) {
    const [survivor, loser] = olderFirst(byPhone, byEmail);
    const outcome = await mergeInTransaction(trx, deps, { workspaceId, fromId: loser.id, intoId: survivor.id, actor: input.actor ?? systemActor });
    existing = outcome.contact;
    if (outcome.merged) merged = { from: loser.id, into: survivor.id };
  }
  const now = deps.clock.now();
  if (!existing) {
    const contact: Contact = {
      id: newId('con', now),
      workspace_id: workspaceId,
      name: values.name ?? null,
      phone: values.phone ?? null,
      email: values.email ?? null,
      merged_into: null,
      created_at: now,
      updated_at: now,
    };
    await trx.insertInto('contacts').values(contact).execute();
    return { contact, created: true };
  }
  const blanks = blankFields(existing, values);
  if (Object.keys(blanks).length > 0) {
    await trx.updateTable('contacts').set({ ...blanks, updated_at: now }).where('workspace_id', '=', workspaceId).where('id', '=', existing.id).execute();
    existing = { ...existing, ...blanks, updated_at: now };
  }
  return merged ? { contact: existing, created: false, merged } : { contact: existing, created: false };
}

export interface MergeContactsInput extends MergeEvent {
  actor: Actor;
}

/**
 * Merges contact `fromId` into contact `intoId` and returns the survivor (`intoId`, or the contact it was itself
 * merged into). The rule, also written in contacts/README.md:
 *
 * - Survivor: a person merging two records picks it (`intoId`); `findOrCreateContact` picks the older contact
 *   (earlier created_at, ties by the smaller id).
 * - Fields: the survivor keeps its own non-empty name, phone and email and takes the loser's for its blanks.
 * - The loser gets `merged_into = survivor.id` and its phone and email cleared, so the unique indexes hold and
 *   lookups by phone or email find only the survivor. Contacts merged into the loser earlier are re-pointed to the
 *   survivor. `getContact(loser.id)` returns the survivor.
 * - Consent rows move to the survivor. Where both have a row for a channel, opted_out wins (a person's "stop" must
 *   never be lost); when both agree, the survivor's row is kept.
 * - Every module's merge hook (`deps.contactMergeHooks`, from each descriptor's `onContactMerged`) runs in the same
 *   transaction, so a hook that throws undoes the whole merge; one audit row (`contact.merge`, subject = survivor) records the
 *   two contacts and their consents before and after.
 *
 * Merging a contact into itself (or into a contact it is already merged into) changes nothing.
 */
export async function mergeContacts(db: Executor, deps: ContactsDeps, input: MergeContactsInput): Promise<Contact> {
  return inTransaction(db, async (trx) => (await mergeInTransaction(trx, deps, input)).contact);
}

async function mergeInTransaction(trx: Executor, deps: ContactsDeps, input: MergeContactsInput): Promise<{ contact: Contact; merged: boolean }> {
  const { workspaceId } = input;
  for (let attempt = 0; attempt < 3; attempt++) {
    const from = await getContact(trx, workspaceId, input.fromId);
    const into = await getContact(trx, workspaceId, input.intoId);
    if (!from) throw notFound('contact', input.fromId);
    if (!into) throw notFound('contact', input.intoId);
    if (from.id === into.id) return { contact: into, merged: false };
    // Lock both rows in id order (an UPDATE takes a row lock in PostgreSQL; SQLite locks the whole file), then read
    // them again: a concurrent merge of the same pair may have finished while this one waited.
    const now = deps.clock.now();
    for (const id of [from.id, into.id].sort()) {
      await trx.updateTable('contacts').set({ updated_at: now }).where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
    }
    const lockedFrom = await selectContact(trx, workspaceId, from.id);
    const lockedInto = await selectContact(trx, workspaceId, into.id);
    if (lockedFrom && lockedInto && !lockedFrom.merged_into && !lockedInto.merged_into) {
      return { contact: await applyMerge(trx, deps, lockedFrom, lockedInto, input), merged: true };
    }
  }
  throw new AppError('conflict', 'the contacts kept changing while being merged; try again', { retryable: true });
}

async function applyMerge(trx: Executor, deps: ContactsDeps, loser: Contact, survivor: Contact, input: MergeContactsInput): Promise<Contact> {
  const { workspaceId } = input;
  const now = deps.clock.now();
  const consentsBefore = { into: await selectConsents(trx, workspaceId, survivor.id), from: await selectConsents(trx, workspaceId, loser.id) };

  // The loser first: its phone and email must be gone before the survivor takes them (unique indexes).
  const loserAfter: Contact = { ...loser, phone: null, email: null, merged_into: survivor.id, updated_at: now };
  await trx
    .updateTable('contacts')
    .set({ phone: null, email: null, merged_into: survivor.id, updated_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', loser.id)
    .execute();
  await trx.updateTable('contacts').set({ merged_into: survivor.id, updated_at: now }).where('workspace_id', '=', workspaceId).where('merged_into', '=', loser.id).execute();
  const survivorAfter: Contact = {
    ...survivor,
    name: survivor.name || loser.name,
    phone: survivor.phone || loser.phone,
    email: survivor.email || loser.email,
    updated_at: now,
  };
  await trx
    .updateTable('contacts')
    .set({ name: survivorAfter.name, phone: survivorAfter.phone, email: survivorAfter.email, updated_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', survivor.id)
    .execute();

  for (const theirs of consentsBefore.from) {
    const mine = consentsBefore.into.find((c) => c.channel === theirs.channel);
    const scope = trx.updateTable('consents').where('workspace_id', '=', workspaceId).where('channel', '=', theirs.channel);
    if (!mine) {
      await scope.set({ contact_id: survivor.id }).where('contact_id', '=', loser.id).execute();
      continue;
    }
    if (theirs.status === 'opted_out' && mine.status !== 'opted_out') {
      await scope.set({ status: theirs.status, source: theirs.source, changed_at: theirs.changed_at }).where('contact_id', '=', survivor.id).execute();
    }
    await trx.deleteFrom('consents').where('workspace_id', '=', workspaceId).where('contact_id', '=', loser.id).where('channel', '=', theirs.channel).execute();
  }

  const event: MergeEvent = { workspaceId, fromId: loser.id, intoId: survivor.id };
  for (const hook of deps.contactMergeHooks) await hook(trx, event);
  await recordAudit(trx, deps.clock, {
    workspaceId,
    actor: input.actor,
    action: 'contact.merge',
    subjectType: 'contact',
    subjectId: survivor.id,
    before: { into: survivor, from: loser, consents: consentsBefore },
    after: { into: survivorAfter, from: loserAfter, consents: await selectConsents(trx, workspaceId, survivor.id) },
  });
  return survivorAfter;
}

/** The older contact first: earlier created_at, ties broken by the smaller id. */
function olderFirst(a: Contact, b: Contact): [Contact, Contact] {
  if (a.created_at !== b.created_at) return a.created_at < b.created_at ? [a, b] : [b, a];
  return a.id < b.id ? [a, b] : [b, a];
}

function selectContact(db: Executor, workspaceId: string, id: string): Promise<Contact | undefined> {
  return db.selectFrom('contacts').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
}

/** Only live contacts hold a phone or email (a merged record's are cleared); the filter states it anyway. */
function selectBy(db: Executor, workspaceId: string, column: 'phone' | 'email', value: string): Promise<Contact | undefined> {
  return db
    .selectFrom('contacts')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where(column, '=', value)
    .where('merged_into', 'is', null)
    .executeTakeFirst();
}

function selectConsents(db: Executor, workspaceId: string, contactId: string): Promise<ConsentTable[]> {
  return db.selectFrom('consents').selectAll().where('workspace_id', '=', workspaceId).where('contact_id', '=', contactId).orderBy('channel').execute();
}
