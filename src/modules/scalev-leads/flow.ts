// Lead transitions (create, paid, expired, moved by a person, resent): each one stage move + its jobs, in one transaction.
import { sql } from 'kysely';
import type { Actor } from '../../core/audit.js';
import { recordAudit } from '../../core/audit.js';
import type { AppContext } from '../../core/context.js';
import { findOrCreateContact } from '../../core/contacts/contacts.js';
import { createDeliveries, createDelivery, type NewDelivery } from '../../core/deliveries/deliveries.js';
import type { EventOutcome } from '../../core/inbox/process.js';
import { cancelJobsByKeys, enqueueJob, type EnqueueTarget } from '../../core/jobs/enqueue.js';
import { newId } from '../../core/ids.js';
import { joinTold, note, told, type Told } from '../../core/notes.js';
import { applyMove, applyMoves } from '../../core/lifecycle/moves.js';
import { AppError, notFound } from '../../core/errors.js';
import { findWorkspaceById } from '../../core/workspaces.js';
import type { Executor } from '../../db/database.js';
import { isUniqueViolation, withSavepoint } from '../../db/transaction.js';
import { findLeadsByOrder, getLead } from './queries.js';
import { leadPipeline, STAGE_LABEL, type LeadStage } from './pipeline.js';
import { findProductList, findProductListsById, listProductLists, toMatchEntry } from './product-lists/queries.js';
import { leadAmountCents, listForStage, matchOrder, needsHandler, type OrderFacts } from './rules.js';
import { SCALEV_CURRENCY } from '../../connectors/scalev/index.js';
import { delayFor, loadLeadSettings, MODULE_NAME, type LeadSettings } from './settings.js';
import type { LeadRow, ProductListRow } from './tables.js';
import { workspaceColumn } from '../../db/by-id.js';

/** Why a stage changed: the event, the timer, a person. */
export interface Cause {
  readonly cause: string;
  readonly actor: Actor;
  readonly eventId?: string | undefined;
  readonly reason?: string | undefined;
}

/** A transaction plus what the flow needs from the app. */
export interface Flow {
  readonly db: Executor;
  readonly ctx: Pick<AppContext, 'dialect' | 'clock' | 'secrets' | 'readCache' | 'contactMergeHooks'>;
  readonly workspaceId: string;
}

export const expiryKey = (leadId: string) => `lead-expiry:${leadId}`;
export const target = (f: Flow): EnqueueTarget => ({ db: f.db, dialect: f.ctx.dialect, clock: f.ctx.clock });

/** Adds `delta` to the lead counter of (entry, sales person, stage): kept in the same transaction as each move. */
export async function bumpLeadCount(db: Executor, lead: CountedLead, stage: string, delta: number): Promise<void> {
  await bumpLeadCounts(db, [{ lead, stage, delta }]);
}

type CountedLead = Pick<LeadRow, 'workspace_id' | 'product_list_id' | 'sales_person_email' | 'amount_cents'>;

/**
 * Adds many changes to the lead counters in one upsert, each counter's net change once (a set of moves). The rows
 * go in key order, so two sets cannot deadlock on PostgreSQL.
 */
export async function bumpLeadCounts(db: Executor, changes: readonly { lead: CountedLead; stage: string; delta: number }[]): Promise<void> {
  const sums = new Map<string, { workspace_id: string; product_list_id: string; sales_person_key: string; stage: string; count: number; value_cents: number }>();
  for (const { lead, stage, delta } of changes) {
    const row = { workspace_id: lead.workspace_id, product_list_id: lead.product_list_id, sales_person_key: lead.sales_person_email ?? '', stage };
    const key = JSON.stringify([row.workspace_id, row.product_list_id, row.sales_person_key, stage]);
    const sum = sums.get(key) ?? { ...row, count: 0, value_cents: 0 };
    sum.count += delta;
    sum.value_cents += delta * (lead.amount_cents ?? 0);
    sums.set(key, sum);
  }
  if (sums.size === 0) return;
  await db
    .insertInto('scalev_lead_counts')
    .values([...sums.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, row]) => row))
    .onConflict((oc) =>
      oc.columns(['workspace_id', 'product_list_id', 'sales_person_key', 'stage']).doUpdateSet({
        count: sql`scalev_lead_counts.count + excluded.count`,
        value_cents: sql`scalev_lead_counts.value_cents + excluded.value_cents`,
      }),
    )
    .execute();
}

/** Queues (or moves) the lead's Not Closing timer to its exact due time. */
export async function armExpiry(f: Flow, lead: Pick<LeadRow, 'id' | 'order_id'>, dueAt: number): Promise<void> {
  await enqueueJob(target(f), f.workspaceId, 'scalev-leads.expire', { leadId: lead.id }, { runAt: dueAt, jobKey: expiryKey(lead.id), serialKey: `order:${lead.order_id}` });
  await f.db.updateTable('scalev_leads').set({ expires_at: dueAt }).where('workspace_id', '=', f.workspaceId).where('id', '=', lead.id).execute();
}

/** Reconciliation asked ScaleV about this lead now: it is not asked again before RECONCILE_EVERY_MS. */
export async function markLeadChecked(f: Flow, leadId: string): Promise<void> {
  await f.db.updateTable('scalev_leads').set({ last_checked_at: f.ctx.clock.now() }).where('workspace_id', '=', f.workspaceId).where('id', '=', leadId).execute();
}

/** What sending the lead to its stage's list means: the delivery and its list, or why nothing is sent. */
export function listDelivery(lead: LeadRow, entry: ProductListRow | undefined, stage: LeadStage, key = `${lead.id}:${stage}`): { told: Told; send?: { delivery: NewDelivery; listId: string } } {
  if (!entry) return { told: told(`not sent: product entry ${lead.product_list_id} was deleted`, note('lead.not_sent_entry_deleted', { product: lead.product_name, entry_id: lead.product_list_id })) };
  if (!lead.customer_email) return { told: told('not sent: the order has no email address', note('lead.not_sent_no_email')) };
  const listId = listForStage(entry, stage);
  const delivery: NewDelivery = {
    module: MODULE_NAME,
    channel: 'email-list',
    provider: 'mailketing',
    target: listId,
    payload: { list_id: listId, email: lead.customer_email, first_name: lead.customer_name ?? '', phone: lead.customer_phone ?? '' },
    idempotencyKey: key,
    contactId: lead.contact_id,
    subjectType: 'lead',
    subjectId: lead.id,
    serialKey: `lead:${lead.id}`,
  };
  return { told: told(`sent to ${STAGE_LABEL[stage]} list ${listId}`, note('lead.sent_to_list', { stage, list: listId })), send: { delivery, listId } };
}

/** Sends the lead to the Mailketing list of its stage. Returns what happened, for the event's outcome. */
async function deliverToList(f: Flow, lead: LeadRow, entry: ProductListRow | undefined, stage: LeadStage, key?: string): Promise<Told> {
  const planned = listDelivery(lead, entry, stage, key);
  if (planned.send) {
    await createDelivery(target(f), f.workspaceId, planned.send.delivery);
    await f.db.updateTable('scalev_leads').set({ mailketing_list_id: planned.send.listId }).where('workspace_id', '=', f.workspaceId).where('id', '=', lead.id).execute();
  }
  return planned.told;
}

const entryOf = (f: Flow, lead: LeadRow) => findProductList(f.db, f.workspaceId, lead.product_list_id);

/** Moves a lead (history row, counters, its own row) and sends it to the new stage's list. */
async function moveLead(f: Flow, lead: LeadRow, to: LeadStage, cause: Cause): Promise<Told | undefined> {
  const [moved] = await moveLeads(f, [lead], to, cause);
  return moved;
}

/**
 * Moves leads of the workspace to one stage, as moveLead does each, one query per step for the whole set: the
 * moves (history, stage counts), the leads' own rows (one update per list they are sent to), the lead counters,
 * the cancelled timers, the deliveries and their send jobs. `entries` saves reading the leads' product entries
 * again. Returns, for each lead, what happened (undefined: it was already there).
 */
async function moveLeads(f: Flow, leads: readonly LeadRow[], to: LeadStage, cause: Cause, entries?: ReadonlyMap<string, ProductListRow>): Promise<(Told | undefined)[]> {
  const moves = await applyMoves(
    f.db,
    f.ctx.clock,
    leadPipeline,
    leads.map((lead) => ({
      workspaceId: f.workspaceId,
      subjectId: lead.id,
      from: lead.stage,
      to,
      cause: cause.cause,
      actor: cause.actor,
      ...(cause.reason ? { reason: cause.reason } : {}),
      ...(cause.eventId ? { eventId: cause.eventId } : {}),
    })),
  );
  const moved = leads.filter((_, i) => moves[i]?.moved);
  if (moved.length === 0) return leads.map(() => undefined);
  const now = f.ctx.clock.now();
  const byId = entries ?? (await findProductListsById(f.db, f.workspaceId, moved.map((l) => l.product_list_id)));
  const planned = new Map(moved.map((lead) => [lead.id, listDelivery({ ...lead, stage: to }, byId.get(lead.product_list_id), to)]));
  // The leads' rows, grouped by the list each is now on (a lead not sent keeps the list it had).
  const byList = new Map<string | null, string[]>();
  for (const lead of moved) {
    const listId = planned.get(lead.id)?.send?.listId ?? null;
    byList.set(listId, [...(byList.get(listId) ?? []), lead.id]);
  }
  for (const [listId, ids] of byList) {
    await f.db
      .updateTable('scalev_leads')
      .set({
        stage: to,
        updated_at: now,
        ...(to === 'closing' ? { paid_at: sql<number>`coalesce(paid_at, ${now})` } : {}),
        ...(to === 'not_closing' ? { not_closing_at: now } : {}),
        ...(to !== 'follow_up' ? { expires_at: null } : {}),
        ...(listId !== null ? { mailketing_list_id: listId } : {}),
      })
      .where(workspaceColumn(), '=', f.workspaceId)
      .where('id', 'in', ids)
      .execute();
  }
  await bumpLeadCounts(f.db, moved.flatMap((lead) => [{ lead, stage: lead.stage, delta: -1 }, { lead, stage: to, delta: 1 }]));
  if (to !== 'follow_up') await cancelJobsByKeys(target(f), f.workspaceId, moved.map((lead) => expiryKey(lead.id)));
  await createDeliveries(target(f), f.workspaceId, moved.flatMap((lead) => planned.get(lead.id)?.send?.delivery ?? []));
  return leads.map((lead) => {
    const sent = planned.get(lead.id);
    if (!sent) return undefined;
    const moveText = `${STAGE_LABEL[lead.stage as LeadStage] ?? lead.stage} → ${STAGE_LABEL[to]}`;
    return joinTold([told(moveText, note('lead.moved', { from: lead.stage, to })), sent.told]);
  });
}

/** The order names no handler, and an entry for one sales person could match it: fetch it to learn the handler. */
export async function orderNeedsHandler(f: Flow, order: OrderFacts): Promise<boolean> {
  const entries = await listProductLists(f.db, f.workspaceId);
  return needsHandler(entries.map(toMatchEntry), { storeName: order.storeName, items: order.items, handlerEmail: order.handler?.email });
}

/**
 * order.created (or an order fetched from the API): match the items to product entries, apply the sales-person
 * filter, create one lead per matched entry in Follow Up (Closing if already paid), send it to the list, and arm its
 * timer. Idempotent: a lead that exists for (order, entry) is not created again, only marked paid if it now is.
 */
export async function ingestOrder(f: Flow, order: OrderFacts, cause: Cause): Promise<EventOutcome> {
  const entries = await listProductLists(f.db, f.workspaceId);
  const match = matchOrder(entries.map(toMatchEntry), {
    storeName: order.storeName,
    items: order.items,
    handlerEmail: order.handler?.email,
  });
  if (!match.ok) return { status: 'skipped', outcome: match.reason, notes: [match.note] };

  const settings = await loadLeadSettings(f.ctx, f.db, f.workspaceId);
  const workspace = await findWorkspaceById(f.db, f.workspaceId);
  const existing = await findLeadsByOrder(f.db, f.workspaceId, order.orderId);
  const notes: Told[] = [];
  let contactId: string | null = null;
  if (order.customer.phone || order.customer.email) {
    try {
      const found = await findOrCreateContact(f.db, f.ctx, {
        workspaceId: f.workspaceId,
        country: workspace?.country ?? 'ID',
        ...(order.customer.phone ? { phone: order.customer.phone } : {}),
        ...(order.customer.email ? { email: order.customer.email } : {}),
        ...(order.customer.name ? { name: order.customer.name } : {}),
        actor: cause.actor,
      });
      contactId = found.contact.id;
    } catch {
      notes.push(told('contact not recorded: no usable phone or email', note('lead.contact_not_recorded')));
    }
  }

  for (const { entry: matched, rule, item: matchedItem } of match.matches) {
    const entry = entries.find((e) => e.id === matched.id);
    if (!entry) continue;
    const prior = existing.find((l) => l.product_list_id === entry.id);
    if (prior) {
      const moved = order.paid && prior.stage !== 'closing' ? await moveLead(f, prior, 'closing', cause) : undefined;
      notes.push(
        joinTold([told(`${entry.product_name}: lead ${prior.id} already exists`, note('lead.exists', { product: entry.product_name, lead_id: prior.id })), ...(moved ? [moved] : [])]),
      );
      continue;
    }
    notes.push(await createLead(f, order, entry, leadAmountCents(order, matchedItem, match.matches.length), contactId, settings, cause, rule));
  }
  const all = joinTold(notes);
  return { status: 'processed', outcome: all.text, notes: all.notes };
}

/** The row of a new lead of `order` for `entry`, in Follow Up (Closing if already paid), not yet sent or timed. */
export function newLeadRow(f: Flow, order: OrderFacts, entry: ProductListRow, amountCents: number | undefined, contactId: string | null, now: number): LeadRow {
  const stage: LeadStage = order.paid ? 'closing' : 'follow_up';
  const email = order.customer.email?.trim().toLowerCase();
  return {
    id: newId('lead', now),
    workspace_id: f.workspaceId,
    contact_id: contactId,
    product_list_id: entry.id,
    order_id: order.orderId,
    order_pk: order.orderPk ?? null,
    store_name: order.storeName ?? entry.store_name,
    product_name: entry.product_name,
    customer_name: order.customer.name ?? null,
    customer_email: email ?? null,
    customer_phone: order.customer.phone ?? null,
    sales_person_name: order.handler?.name ?? null,
    sales_person_email: order.handler?.email.trim().toLowerCase() ?? null,
    amount_cents: amountCents ?? null,
    currency: amountCents === undefined ? null : (order.amount?.currency ?? SCALEV_CURRENCY),
    stage,
    mailketing_list_id: null,
    search_text: [order.customer.name, email, order.customer.phone].filter(Boolean).join(' ').toLowerCase(),
    order_created_at: order.createdAt,
    paid_at: order.paid ? (order.paidAt ?? now) : null,
    not_closing_at: null,
    expires_at: null,
    last_checked_at: null,
    created_at: now,
    updated_at: now,
  };
}

/** What ingestOrder says of a lead it created for a matched entry: the match, the creation, the list. */
export function createdTold(lead: LeadRow, rule: string, sent: Told): Told {
  return matchedTold(lead, rule, joinTold([told(`lead ${lead.id} created in ${STAGE_LABEL[lead.stage as LeadStage]}`, note('lead.created', { stage: lead.stage, lead_id: lead.id })), sent]));
}

const matchedTold = (lead: LeadRow, rule: string, what: Told): Told =>
  joinTold([told(`${lead.product_name} (matched by ${rule.replace('_', ' ')}):`, note('lead.matched', { product: lead.product_name, rule })), what], ' ');

async function createLead(f: Flow, order: OrderFacts, entry: ProductListRow, amountCents: number | undefined, contactId: string | null, settings: LeadSettings, cause: Cause, rule: string): Promise<Told> {
  const now = f.ctx.clock.now();
  const lead = newLeadRow(f, order, entry, amountCents, contactId, now);
  const stage = lead.stage as LeadStage;
  try {
    await withSavepoint(f.db, 'lc_lead_insert', () => f.db.insertInto('scalev_leads').values(lead).execute());
  } catch (error) {
    // Two events of one order raced past the lookup: the other created it, which is all we wanted.
    if (isUniqueViolation(error)) return matchedTold(lead, rule, told('lead already exists', note('lead.exists', { product: entry.product_name })));
    throw error;
  }
  await applyMove(f.db, f.ctx.clock, leadPipeline, {
    workspaceId: f.workspaceId,
    subjectId: lead.id,
    from: null,
    to: stage,
    cause: cause.cause,
    actor: cause.actor,
    ...(cause.eventId ? { eventId: cause.eventId } : {}),
  });
  await bumpLeadCount(f.db, lead, stage, 1);
  const sent = await deliverToList(f, lead, entry, stage);
  if (stage === 'follow_up') {
    const due = Math.max(now, order.createdAt + delayFor(entry, settings));
    await armExpiry(f, lead, due);
  }
  return createdTold(lead, rule, sent);
}

/** Payment reached paid or settled: every lead of the order moves to Closing; their timers are cancelled. */
export async function markOrderPaid(f: Flow, orderId: string, cause: Cause): Promise<{ found: number; told: Told }> {
  const leads = await findLeadsByOrder(f.db, f.workspaceId, orderId);
  const notes: Told[] = [];
  for (const lead of leads) {
    if (lead.stage === 'closing') {
      notes.push(told(`lead ${lead.id} already in Closing`, note('lead.already_in', { stage: 'closing', lead_id: lead.id })));
      continue;
    }
    const moved = await moveLead(f, lead, 'closing', cause);
    notes.push(joinTold([told(`lead ${lead.id}:`, note('lead.named', { product: lead.product_name, lead_id: lead.id })), ...(moved ? [moved] : [])], ' '));
  }
  return { found: leads.length, told: joinTold(notes) };
}

/**
 * The timer fired: if the lead still waits in Follow Up, move it to Not Closing. The delay is read again now, so a
 * setting changed since the lead was created applies: a longer one re-arms the timer for the new due time.
 */
export async function expireLead(f: Flow, leadId: string, cause: Cause): Promise<Told> {
  const [outcome] = await expireLeads(f, [leadId], cause);
  return outcome ?? told('not moved', note('lead.already_in', { stage: 'follow_up' }));
}

/**
 * The timers of many leads of the workspace fired (a batch of due timers): expireLead for each, one query per step
 * for the whole set (the leads, their entries, the settings, then moveLeads). A lead that does not exist throws
 * not_found, as expireLead does. Returns what happened to each lead, in the order of `leadIds`.
 */
export async function expireLeads(f: Flow, leadIds: readonly string[], cause: Cause): Promise<Told[]> {
  const leads = await f.db.selectFrom('scalev_leads').selectAll().where(workspaceColumn(), '=', f.workspaceId).where('id', 'in', [...new Set(leadIds)]).execute();
  const byId = new Map(leads.map((lead) => [lead.id, lead]));
  const missing = leadIds.find((id) => !byId.has(id));
  if (missing !== undefined) throw notFound('lead', missing);
  const outcomes = new Map<string, Told>();
  const waiting = leads.filter((lead) => lead.stage === 'follow_up');
  for (const lead of leads) if (lead.stage !== 'follow_up') outcomes.set(lead.id, told(`lead is ${lead.stage}: nothing to do`, note('lead.already_in', { stage: lead.stage })));
  if (waiting.length > 0) {
    const entries = await findProductListsById(f.db, f.workspaceId, waiting.map((lead) => lead.product_list_id));
    const settings = await loadLeadSettings(f.ctx, f.db, f.workspaceId);
    const due: LeadRow[] = [];
    for (const lead of waiting) {
      const entry = entries.get(lead.product_list_id);
      const dueAt = lead.order_created_at + (entry ? delayFor(entry, settings) : settings.notClosingAfterMs);
      if (dueAt > f.ctx.clock.now()) {
        await armExpiry(f, lead, dueAt);
        outcomes.set(lead.id, told('delay was lengthened: timer moved', note('lead.timer_moved')));
      } else due.push(lead);
    }
    const moved = await moveLeads(f, due, 'not_closing', cause, entries);
    due.forEach((lead, i) => outcomes.set(lead.id, moved[i] ?? told('not moved', note('lead.already_in', { stage: lead.stage }))));
  }
  return leadIds.map((id) => outcomes.get(id) ?? told('not moved', note('lead.already_in', { stage: byId.get(id)?.stage ?? 'follow_up' })));
}

/**
 * The seed's Test button: a Follow Up lead goes to Not Closing now. Only a Follow Up lead: a test must never send a
 * paying (Closing) buyer to the Not Closing list, nor resend one already there.
 */
export async function testNotClosing(f: Flow, leadId: string, actor: Actor): Promise<Told> {
  const lead = await getLead(f.db, f.workspaceId, leadId);
  if (lead.stage !== 'follow_up') {
    throw new AppError('conflict', `lead ${lead.id} is in ${STAGE_LABEL[lead.stage as LeadStage] ?? lead.stage}: the Not Closing test is for Follow Up leads only`, {
      context: { id: lead.id, stage: lead.stage },
    });
  }
  const outcome = await moveLead(f, lead, 'not_closing', { cause: 'test-not-closing', actor, reason: 'test action' });
  return outcome ?? told('already in Not Closing', note('lead.already_in', { stage: 'not_closing' }));
}

/** A person moves a lead to any stage, with a reason (audited; a backwards move is an override). */
export async function moveLeadByHand(f: Flow, leadId: string, to: LeadStage, actor: Actor, reason: string): Promise<Told> {
  const lead = await getLead(f.db, f.workspaceId, leadId);
  const outcome = await moveLead(f, lead, to, { cause: 'manual', actor, reason });
  if (!outcome) return told(`already in ${STAGE_LABEL[to]}`, note('lead.already_in', { stage: to }));
  await recordAudit(f.db, f.ctx.clock, {
    workspaceId: f.workspaceId,
    actor,
    action: 'lead.move',
    subjectType: 'lead',
    subjectId: lead.id,
    before: { stage: lead.stage },
    after: { stage: to, reason },
  });
  if (to === 'follow_up') {
    // Back in Follow Up by a person's choice: the waiting time starts again from now.
    const entry = await entryOf(f, lead);
    const settings = await loadLeadSettings(f.ctx, f.db, f.workspaceId);
    await armExpiry(f, lead, f.ctx.clock.now() + (entry ? delayFor(entry, settings) : settings.notClosingAfterMs));
  }
  return outcome;
}

/** Sends the lead to its current stage's list again, as a new delivery (a person asked for it). */
export async function resendLead(f: Flow, leadId: string, actor: Actor): Promise<Told> {
  const lead = await getLead(f.db, f.workspaceId, leadId);
  const stage = lead.stage as LeadStage;
  const outcome = await deliverToList(f, lead, await entryOf(f, lead), stage, `${lead.id}:${stage}:resend:${f.ctx.clock.now()}`);
  await recordAudit(f.db, f.ctx.clock, { workspaceId: f.workspaceId, actor, action: 'lead.resend', subjectType: 'lead', subjectId: lead.id, after: { stage, outcome: outcome.text } });
  return outcome;
}
