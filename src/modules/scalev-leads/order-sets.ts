// A burst of order.created events ingested as one set: what ingestOrder does for each, one query per step for all.
import { findOrCreateContacts } from '../../core/contacts/contact-sets.js';
import type { Contact } from '../../core/contacts/contacts.js';
import type { NewDelivery } from '../../core/deliveries/deliveries.js';
import { createDeliveries } from '../../core/deliveries/deliveries.js';
import type { EventOutcome } from '../../core/inbox/process.js';
import { enqueueJobs, jobSpec } from '../../core/jobs/enqueue.js';
import { applyMoves } from '../../core/lifecycle/moves.js';
import { joinTold, note, told, type Told } from '../../core/notes.js';
import { findWorkspaceById } from '../../core/workspaces.js';
import { bumpLeadCounts, createdTold, expiryKey, listDelivery, newLeadRow, target, type Cause, type Flow } from './flow.js';
import { leadPipeline, type LeadStage } from './pipeline.js';
import { listProductLists, toMatchEntry } from './product-lists/queries.js';
import { leadAmountCents, matchOrder, needsHandler, type OrderFacts } from './rules.js';
import { delayFor, loadLeadSettings } from './settings.js';
import type { LeadRow } from './tables.js';

/** Leads per insert: 26 bound values each, well inside SQLite's limit on bound values. */
const LEAD_ROWS_PER_INSERT = 400;

/** One order.created of the set: its facts and why (the event). */
export interface OrderInSet {
  readonly facts: OrderFacts;
  readonly cause: Cause;
}

/**
 * ingestOrder for orders of one workspace at once, with the same outcome for each: the product entries, settings
 * and workspace read once, the orders' existing leads in one query, the contacts found or created as a set
 * (findOrCreateContacts), then the new leads, their history, counters, deliveries and timers in one statement
 * each. A lead is written with its list and its timer's due time, so it is not updated after its insert.
 *
 * Returns undefined for an order it leaves to ingestOrder alone: one that needs its handler fetched from ScaleV,
 * one that already has leads (a replay, or paid meanwhile), one whose code appears twice in the set. Another
 * writer inserting the same lead meanwhile makes an insert fail on the unique index; the caller then runs each
 * event alone, where that race is handled.
 */
export async function ingestOrders(f: Flow, orders: readonly OrderInSet[]): Promise<(EventOutcome | undefined)[]> {
  const outcomes: (EventOutcome | undefined)[] = orders.map(() => undefined);
  const entries = await listProductLists(f.db, f.workspaceId);
  const matchEntries = entries.map(toMatchEntry);
  const codes = new Map<string, number>();
  for (const { facts } of orders) codes.set(facts.orderId, (codes.get(facts.orderId) ?? 0) + 1);

  const matched: { index: number; order: OrderInSet; matches: Extract<ReturnType<typeof matchOrder>, { ok: true }>['matches'] }[] = [];
  for (const [index, order] of orders.entries()) {
    const { facts } = order;
    if ((codes.get(facts.orderId) ?? 0) > 1) continue;
    const shape = { storeName: facts.storeName, items: facts.items, handlerEmail: facts.handler?.email };
    if (needsHandler(matchEntries, shape)) continue;
    const match = matchOrder(matchEntries, shape);
    if (!match.ok) outcomes[index] = { status: 'skipped', outcome: match.reason, notes: [match.note] };
    else matched.push({ index, order, matches: match.matches });
  }
  if (matched.length === 0) return outcomes;

  const seen = await f.db
    .selectFrom('scalev_leads')
    .select('order_id')
    .where('workspace_id', '=', f.workspaceId)
    .where('order_id', 'in', matched.map((m) => m.order.facts.orderId))
    .execute();
  const known = new Set(seen.map((row) => row.order_id));
  const fresh = matched.filter((m) => !known.has(m.order.facts.orderId));
  if (fresh.length === 0) return outcomes;

  const settings = await loadLeadSettings(f.ctx, f.db, f.workspaceId);
  const workspace = await findWorkspaceById(f.db, f.workspaceId);
  const withContact = fresh.filter((m) => m.order.facts.customer.phone || m.order.facts.customer.email);
  const found = await findOrCreateContacts(f.db, f.ctx, {
    workspaceId: f.workspaceId,
    country: workspace?.country ?? 'ID',
    people: withContact.map(({ order: { facts, cause } }) => ({
      ...(facts.customer.phone ? { phone: facts.customer.phone } : {}),
      ...(facts.customer.email ? { email: facts.customer.email } : {}),
      ...(facts.customer.name ? { name: facts.customer.name } : {}),
      actor: cause.actor,
    })),
  });
  const contactOf = new Map<number, Contact | undefined>(withContact.map((m, i) => [m.index, found[i]]));

  const now = f.ctx.clock.now();
  const byId = new Map(entries.map((e) => [e.id, e]));
  const leads: { lead: LeadRow; index: number; order: OrderInSet; rule: string; sent: Told; due?: number; delivery?: NewDelivery }[] = [];
  const notesOf = new Map<number, Told[]>();
  for (const { index, order, matches } of fresh) {
    const notes: Told[] = [];
    const contact = contactOf.get(index);
    if (contactOf.has(index) && !contact) notes.push(told('contact not recorded: no usable phone or email', note('lead.contact_not_recorded')));
    notesOf.set(index, notes);
    for (const { entry: m, rule, item } of matches) {
      const entry = byId.get(m.id);
      if (!entry) continue;
      const lead = newLeadRow(f, order.facts, entry, leadAmountCents(order.facts, item, matches.length), contact?.id ?? null, now);
      const stage = lead.stage as LeadStage;
      const planned = listDelivery(lead, entry, stage);
      if (planned.send) lead.mailketing_list_id = planned.send.listId;
      const due = stage === 'follow_up' ? Math.max(now, order.facts.createdAt + delayFor(entry, settings)) : undefined;
      if (due !== undefined) lead.expires_at = due;
      leads.push({ lead, index, order, rule, sent: planned.told, ...(due !== undefined ? { due } : {}), ...(planned.send ? { delivery: planned.send.delivery } : {}) });
    }
  }

  for (let i = 0; i < leads.length; i += LEAD_ROWS_PER_INSERT) {
    await f.db.insertInto('scalev_leads').values(leads.slice(i, i + LEAD_ROWS_PER_INSERT).map((l) => l.lead)).execute();
  }
  await applyMoves(
    f.db,
    f.ctx.clock,
    leadPipeline,
    leads.map(({ lead, order: { cause } }) => ({
      workspaceId: f.workspaceId,
      subjectId: lead.id,
      from: null,
      to: lead.stage as LeadStage,
      cause: cause.cause,
      actor: cause.actor,
      ...(cause.eventId ? { eventId: cause.eventId } : {}),
    })),
  );
  await bumpLeadCounts(f.db, leads.map(({ lead }) => ({ lead, stage: lead.stage, delta: 1 })));
  await createDeliveries(target(f), f.workspaceId, leads.flatMap((l) => l.delivery ?? []));
  // A new lead's id is new, so no queued timer holds its key: a plain insert.
  const timers = leads.flatMap(({ lead, due }) =>
    due === undefined ? [] : [jobSpec('scalev-leads.expire', { leadId: lead.id }, { runAt: due, jobKey: expiryKey(lead.id), serialKey: `order:${lead.order_id}`, onKeyConflict: 'none' })],
  );
  if (timers.length > 0) await enqueueJobs(target(f), f.workspaceId, timers);

  for (const { lead, index, rule, sent } of leads) notesOf.get(index)?.push(createdTold(lead, rule, sent));
  for (const [index, notes] of notesOf) {
    const all = joinTold(notes);
    outcomes[index] = { status: 'processed', outcome: all.text, notes: all.notes };
  }
  return outcomes;
}
