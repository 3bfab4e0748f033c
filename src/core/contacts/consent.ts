// Consent per contact and channel (sms, whatsapp, email…): opted in or out, and whether a message may be sent.
import type { ConsentTable, Executor } from '../../db/database.js';
import { recordAudit, type Actor } from '../audit.js';
import type { Clock } from '../clock.js';
import { notFound } from '../errors.js';
import { getContact } from './contacts.js';
import { inTransaction } from '../../db/transaction.js';
import { grouped } from '../grouped.js';
import { batchedRead } from '../read-batch.js';
import { workspaceColumn } from '../../db/by-id.js';

export type ConsentStatus = 'opted_in' | 'opted_out';

/** One contact's consent for one channel. `source` says where it came from (`twilio.stop`, `form`, `user`). */
export type Consent = ConsentTable;

export interface ConsentKey {
  workspaceId: string;
  /** A merged-away contact id is followed to the contact it was merged into. */
  contactId: string;
  /** Free-form channel name: `sms`, `whatsapp`, `email`. */
  channel: string;
}

export interface RecordConsentInput extends ConsentKey {
  status: ConsentStatus;
  source: string;
  actor: Actor;
}

/**
 * Records a contact's consent for a channel. Only a change of status writes: the row is upserted and an audit row
 * (`consent.opted_in` / `consent.opted_out`) records before and after. Repeating the current status changes
 * nothing, not even `source`, so the row keeps saying where the status first came from. Two concurrent calls
 * with the same status audit once: the upsert only updates a row whose status differs.
 */
export async function recordConsent(db: Executor, clock: Clock, input: RecordConsentInput): Promise<{ consent: Consent; changed: boolean }> {
  const contact = await getContact(db, input.workspaceId, input.contactId);
  if (!contact) throw notFound('contact', input.contactId);
  const key = { workspaceId: input.workspaceId, contactId: contact.id, channel: input.channel };
  const before = await selectConsent(db, key);
  if (before?.status === input.status) return { consent: before, changed: false };

  const row: Consent = {
    workspace_id: input.workspaceId,
    contact_id: contact.id,
    channel: input.channel,
    status: input.status,
    source: input.source,
    changed_at: clock.now(),
  };
  const run = async (trx: Executor) => {
    const written = await trx
      .insertInto('consents')
      .values(row)
      .onConflict((oc) =>
        oc
          .columns(['workspace_id', 'contact_id', 'channel'])
          .doUpdateSet({ status: row.status, source: row.source, changed_at: row.changed_at })
          .whereRef('consents.status', '<>', 'excluded.status'),
      )
      .returningAll()
      .executeTakeFirst();
    if (!written) return { consent: (await selectConsent(trx, key)) ?? row, changed: false };
    await recordAudit(trx, clock, {
      workspaceId: input.workspaceId,
      actor: input.actor,
      action: `consent.${input.status}`,
      subjectType: 'contact',
      subjectId: contact.id,
      before: before ? { channel: before.channel, status: before.status, source: before.source } : null,
      after: { channel: row.channel, status: row.status, source: row.source },
    });
    return { consent: written, changed: true };
  };
  return inTransaction(db, run);
}

/** The consent row for this contact and channel, if any. */
export async function getConsent(db: Executor, key: ConsentKey): Promise<Consent | undefined> {
  const contact = await getContact(db, key.workspaceId, key.contactId);
  return contact ? selectConsent(db, { ...key, contactId: contact.id }) : undefined;
}

/** Every consent row of a contact, by channel. */
export async function listConsents(db: Executor, workspaceId: string, contactId: string): Promise<Consent[]> {
  const contact = await getContact(db, workspaceId, contactId);
  if (!contact) return [];
  return db.selectFrom('consents').selectAll().where('workspace_id', '=', workspaceId).where('contact_id', '=', contact.id).orderBy('channel').execute();
}

/**
 * Whether a message may go to this contact on this channel. False only when the contact opted out of the channel:
 * no row means allowed, because most contacts reach us through a purchase or an inbound message and have never
 * said either way. A module that needs explicit opt-in (marketing email) checks `getConsent` for `opted_in` itself.
 */
export async function canSend(db: Executor, key: ConsentKey): Promise<boolean> {
  return (await sendAllowedOf(db, key.workspaceId, key.channel, [key.contactId])).get(key.contactId) ?? true;
}

/** Whether each contact may be messaged on one channel (canSend), for many contacts in one query. */
async function sendAllowedOf(db: Executor, workspaceId: string, channel: string, contactIds: readonly string[]): Promise<Map<string, boolean>> {
  // The contact, the contact it was merged into (merges flatten chains, so one hop), and that one's consent. A longer
  // chain, which only corrupt data makes, takes the careful path.
  const rows = await db
    .selectFrom('contacts as c')
    .innerJoin('contacts as live', (join) => join.onRef('live.workspace_id', '=', 'c.workspace_id').on((eb) => eb('live.id', '=', eb.fn.coalesce('c.merged_into', 'c.id'))))
    .leftJoin('consents as cs', (join) => join.onRef('cs.workspace_id', '=', 'live.workspace_id').onRef('cs.contact_id', '=', 'live.id').on('cs.channel', '=', channel))
    .select(['c.id', 'live.merged_into as further', 'cs.status'])
    .where(workspaceColumn('c.workspace_id'), '=', workspaceId)
    .where('c.id', 'in', contactIds)
    .execute();
  const allowed = new Map<string, boolean>();
  for (const row of rows) {
    allowed.set(row.id, row.further ? (await getConsent(db, { workspaceId, contactId: row.id, channel }))?.status !== 'opted_out' : row.status !== 'opted_out');
  }
  return allowed;
}

/**
 * canSend for the sends running at once, one query per channel (core/read-batch.ts); the key is
 * `consentReadKey(channel, contactId)`, and a contact not found may be messaged.
 */
export const sendAllowedRead = batchedRead('core.send-allowed', async (db, workspaceId, keys) => {
  const allowed = new Map<string, boolean>();
  for (const [channel, list] of grouped(keys, (k) => k.slice(0, k.indexOf('\u0000')))) {
    const found = await sendAllowedOf(db, workspaceId, channel, list.map((k) => k.slice(channel.length + 1)));
    for (const [contactId, yes] of found) allowed.set(consentReadKey(channel, contactId), yes);
  }
  return allowed;
});

export const consentReadKey = (channel: string, contactId: string): string => `${channel}\u0000${contactId}`;

function selectConsent(db: Executor, key: ConsentKey): Promise<Consent | undefined> {
  return db
    .selectFrom('consents')
    .selectAll()
    .where('workspace_id', '=', key.workspaceId)
    .where('contact_id', '=', key.contactId)
    .where('channel', '=', key.channel)
    .executeTakeFirst();
}
