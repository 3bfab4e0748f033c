// The set form of findOrCreateContact (hand-written core): the contacts of a burst of orders in a few statements.
import type { Executor } from '../../db/database.js';
import { newId } from '../ids.js';
import { blankFields, findOrCreateContact, type Contact, type ContactsDeps, type FindOrCreateContactInput } from './contacts.js';
import { normalizeEmail, normalizePhone, toCountryCode } from './phone.js';

/** People per chunk: each is two bound values in the lookup, well inside both databases' limits. */
const CHUNK = 400;

/**
 * findOrCreateContact for many people of one workspace at once, with the same result for each as calling it for
 * each in turn: one lookup by every phone and email, one insert of the new contacts, an update only for a found
 * contact that gets a blank field filled. Two people of the set with the same phone or email get the same contact.
 * A person whose phone matches one contact and email another takes the one-by-one path (it merges them), after the
 * new contacts so far are written. A person with neither a usable phone nor email gets undefined (findOrCreateContact
 * throws for them). Another writer creating the same phone or email meanwhile makes the insert fail on the unique
 * index: the caller's set then runs one by one, as it does for any error. Runs in the caller's transaction.
 */
export async function findOrCreateContacts(
  db: Executor,
  deps: ContactsDeps,
  input: { readonly workspaceId: string; readonly country: string; readonly people: readonly Omit<FindOrCreateContactInput, 'workspaceId' | 'country'>[] },
): Promise<(Contact | undefined)[]> {
  const results: (Contact | undefined)[] = [];
  for (let start = 0; start < input.people.length; start += CHUNK) {
    results.push(...(await chunkContacts(db, deps, input.workspaceId, input.country, input.people.slice(start, start + CHUNK))));
  }
  return results;
}

async function chunkContacts(
  db: Executor,
  deps: ContactsDeps,
  workspaceId: string,
  country: string,
  people: readonly Omit<FindOrCreateContactInput, 'workspaceId' | 'country'>[],
): Promise<(Contact | undefined)[]> {
  const code = toCountryCode(country);
  const values = people.map((p) => ({
    phone: p.phone ? normalizePhone(p.phone, code) : undefined,
    email: p.email ? normalizeEmail(p.email) : undefined,
    name: p.name?.trim() || undefined,
  }));
  const phones = [...new Set(values.flatMap((v) => (v.phone === undefined ? [] : [v.phone])))];
  const emails = [...new Set(values.flatMap((v) => (v.email === undefined ? [] : [v.email])))];
  const byPhone = new Map<string, Contact>();
  const byEmail = new Map<string, Contact>();
  const remember = (c: Contact) => {
    if (c.phone) byPhone.set(c.phone, c);
    if (c.email) byEmail.set(c.email, c);
  };
  if (phones.length > 0 || emails.length > 0) {
    const found = await db
      .selectFrom('contacts')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('merged_into', 'is', null)
      .where((eb) => eb.or([...(phones.length > 0 ? [eb('phone', 'in', phones)] : []), ...(emails.length > 0 ? [eb('email', 'in', emails)] : [])]))
      .execute();
    for (const c of found) remember(c);
  }
  const now = deps.clock.now();
  let fresh: Contact[] = [];
  const writeFresh = async () => {
    if (fresh.length > 0) await db.insertInto('contacts').values(fresh).execute();
    fresh = [];
  };
  const results: (Contact | undefined)[] = [];
  for (const [i, v] of values.entries()) {
    if (v.phone === undefined && v.email === undefined) {
      results.push(undefined);
      continue;
    }
    const onPhone = v.phone === undefined ? undefined : byPhone.get(v.phone);
    const onEmail = v.email === undefined ? undefined : byEmail.get(v.email);
    if (onPhone && onEmail && onPhone.id !== onEmail.id) {
      // Two contacts prove to be one: the merge (audit, every module's hook) goes the one-by-one way.
      await writeFresh();
      const person = people[i] as Omit<FindOrCreateContactInput, 'workspaceId' | 'country'>;
      const merged = await findOrCreateContact(db, deps, { ...person, workspaceId, country });
      for (const gone of [onPhone, onEmail]) {
        if (gone.phone && byPhone.get(gone.phone)?.id === gone.id) byPhone.delete(gone.phone);
        if (gone.email && byEmail.get(gone.email)?.id === gone.id) byEmail.delete(gone.email);
      }
      remember(merged.contact);
      results.push(merged.contact);
      continue;
    }
    const existing = onPhone ?? onEmail;
    if (!existing) {
      const contact: Contact = { id: newId('con', now), workspace_id: workspaceId, name: v.name ?? null, phone: v.phone ?? null, email: v.email ?? null, merged_into: null, created_at: now, updated_at: now };
      fresh.push(contact);
      remember(contact);
      results.push(contact);
      continue;
    }
    const blanks = blankFields(existing, v);
    if (Object.keys(blanks).length > 0) {
      const pending = fresh.includes(existing);
      Object.assign(existing, blanks, { updated_at: now });
      if (!pending) await db.updateTable('contacts').set({ ...blanks, updated_at: now }).where('workspace_id', '=', workspaceId).where('id', '=', existing.id).execute();
      remember(existing);
    }
    results.push(existing);
  }
  await writeFresh();
  return results;
}
