// The set form of recordInbound: a batch of customer messages from different chats stored in a few statements.
import { sql } from 'kysely';
import { findOrCreateContacts } from '../../../core/contacts/contact-sets.js';
import { enqueueJobs } from '../../../core/jobs/enqueue.js';
import { applyMoves } from '../../../core/lifecycle/moves.js';
import { findWorkspaceById } from '../../../core/workspaces.js';
import { workspaceColumn } from '../../../db/by-id.js';
import { behindLaterMessages, inboundMessageRow, lastMessageOf, newConversationRow, storedOutcome, touchSession, turnDueAt, turnTimer, type ConversationRow, type Flow, type InboundOutcome } from '../flow.js';
import { phasePipeline } from '../pipeline.js';
import type { AssistantSettings } from '../settings.js';
import type { InboundMessage } from './rules.js';

/** One message of a set, with the event that carried it. */
export interface InboundInSet {
  readonly message: InboundMessage;
  readonly eventId: string;
  readonly receivedAt: number;
}

/**
 * recordInbound for many messages of one workspace at once, with the same outcome for each as storing them one after
 * another: one lookup of their conversations, the new conversations (contacts, rows, their entry into `leads`) as
 * sets, one insert of the messages, one update of their conversations, one session touch, one read of each
 * conversation's first waiting message, one of the chats with a later event already stored (when the worker is
 * behind), and one upsert of the turn timers. Instead of a dozen statements a message, which is what held a burst of
 * 3,000 messages back on PostgreSQL, where each is a round trip.
 *
 * Returns undefined for a message it leaves to recordInbound: a second message of the same phone in the set (its
 * events share a serial key, so that is rare), or a phone whose conversation another writer created meanwhile.
 */
export async function recordInboundSet(f: Flow, items: readonly InboundInSet[], settings: AssistantSettings): Promise<(InboundOutcome | undefined)[]> {
  const outcomes: (InboundOutcome | undefined)[] = items.map(() => undefined);
  const phoneOf = (m: InboundMessage) => `+${m.digits}`;
  const firstOfPhone = new Map<string, number>();
  items.forEach((item, i) => {
    if (!firstOfPhone.has(phoneOf(item.message))) firstOfPhone.set(phoneOf(item.message), i);
  });
  const phones = [...firstOfPhone.keys()];
  if (phones.length === 0) return outcomes;

  const conversations = new Map<string, ConversationRow>();
  const existing = await f.db.selectFrom('wa_conversations').selectAll().where('workspace_id', '=', f.workspaceId).where('phone', 'in', phones).execute();
  for (const row of existing) conversations.set(row.phone, row);
  const created = await createConversations(f, phones.filter((p) => !conversations.has(p)).map((p) => items[firstOfPhone.get(p) as number] as InboundInSet));
  for (const row of created) conversations.set(row.phone, row);
  const createdIds = new Set(created.map((c) => c.id));

  const now = f.ctx.clock.now();
  const taken = [...firstOfPhone.values()].flatMap((i) => {
    const item = items[i] as InboundInSet;
    const conversation = conversations.get(phoneOf(item.message));
    return conversation ? [{ i, item, conversation }] : [];
  });
  if (taken.length === 0) return outcomes;

  const inserted = await f.db
    .insertInto('wa_messages')
    .values(taken.map(({ item: { message: m, receivedAt }, conversation }) => inboundMessageRow(f.workspaceId, conversation.id, m, receivedAt)))
    .onConflict((oc) => oc.columns(['workspace_id', 'session', 'provider_message_id']).where('provider_message_id', 'is not', null).doNothing())
    .returning(['session', 'provider_message_id'])
    .execute();
  const key = (session: string, messageId: string | null) => JSON.stringify([session, messageId]);
  const stored = new Set(inserted.map((r) => key(r.session, r.provider_message_id)));
  const fresh = taken.filter(({ i, item: { message: m, eventId } }) => {
    if (stored.has(key(m.session, m.messageId))) return true;
    outcomes[i] = { status: 'skipped', outcome: `message ${m.messageId} was already received (event ${eventId})` };
    return false;
  });
  if (fresh.length === 0) return outcomes;

  // Numbers cast so that PostgreSQL types the values list as the columns (bound values are text to it otherwise).
  const rows = fresh.map(
    ({ item: { message: m, receivedAt }, conversation }) => sql`(${conversation.id}, cast(${receivedAt} as bigint), ${lastMessageOf(m)}, ${m.chatId}, ${m.session})`,
  );
  // The workspace condition is written so that SQLite finds the rows by primary key (see workspaceColumn).
  await sql`with v (id, last_inbound_at, last_message, chat_id, session) as (values ${sql.join(rows)})
    update wa_conversations set last_inbound_at = v.last_inbound_at, last_message = v.last_message, chat_id = v.chat_id,
      session = v.session, updated_at = ${now}
    from v where wa_conversations.id = v.id and ${workspaceColumn('wa_conversations.workspace_id')} = ${f.workspaceId}`.execute(f.db);

  // Each session's latest traffic, as the last of one-by-one touches would leave it.
  const lastInbound = new Map<string, number>();
  for (const { item } of fresh) lastInbound.set(item.message.session, item.receivedAt);
  for (const [session, at] of lastInbound) await touchSession(f, session, { last_inbound_at: at });

  const firsts = await f.db
    .selectFrom('wa_messages')
    .select((eb) => ['conversation_id', eb.fn.min('created_at').as('first')])
    .where('workspace_id', '=', f.workspaceId)
    .where('conversation_id', 'in', fresh.map((t) => t.conversation.id))
    .where('direction', '=', 'in')
    .where('turn_id', 'is', null)
    .groupBy('conversation_id')
    .execute();
  const firstAt = new Map(firsts.map((r) => [r.conversation_id, Number(r.first)]));
  const due = await behindLaterMessages(
    f,
    fresh.map(({ item: { message, receivedAt }, conversation }) => ({
      chatId: message.chatId,
      receivedAt,
      dueAt: turnDueAt(settings, now, receivedAt, firstAt.get(conversation.id) ?? receivedAt),
    })),
  );
  await enqueueJobs(
    { db: f.db, dialect: f.ctx.dialect, clock: f.ctx.clock, jobSignal: f.ctx.jobSignal },
    f.workspaceId,
    fresh.map(({ conversation }, k) => turnTimer(conversation.id, due[k] as number)),
  );
  fresh.forEach(({ i, conversation }, k) => (outcomes[i] = storedOutcome(conversation.id, createdIds.has(conversation.id), due[k] as number)));
  return outcomes;
}

/**
 * The conversations of phones seen for the first time, each in phase `leads` with its contact, as conversationFor
 * makes them one at a time. A phone whose row another writer inserted first is left out (its message then takes the
 * one-by-one path, which finds that row).
 */
async function createConversations(f: Flow, firsts: readonly InboundInSet[]): Promise<ConversationRow[]> {
  if (firsts.length === 0) return [];
  const now = f.ctx.clock.now();
  const ws = await findWorkspaceById(f.db, f.workspaceId);
  const contacts = await findOrCreateContacts(f.db, f.ctx, { workspaceId: f.workspaceId, country: ws?.country ?? 'ID', people: firsts.map(({ message: m }) => ({ phone: `+${m.digits}` })) });
  const rows = firsts.flatMap(({ message: m }, i): ConversationRow[] => {
    const contact = contacts[i];
    if (!contact) return [];
    return [newConversationRow(f.workspaceId, contact.id, { phone: `+${m.digits}`, chatId: m.chatId, session: m.session }, now)];
  });
  if (rows.length === 0) return [];
  const inserted = new Set(
    (
      await f.db
        .insertInto('wa_conversations')
        .values(rows)
        .onConflict((oc) => oc.columns(['workspace_id', 'phone']).doNothing())
        .returning('id')
        .execute()
    ).map((r) => r.id),
  );
  const created = rows.filter((r) => inserted.has(r.id));
  await applyMoves(
    f.db,
    f.ctx.clock,
    phasePipeline,
    created.map((r) => ({ workspaceId: f.workspaceId, subjectId: r.id, from: null, to: 'leads', cause: 'whatsapp.first_message', actor: { type: 'webhook', id: 'waha' } })),
  );
  return created;
}
