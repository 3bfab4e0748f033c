// The call queue's writes: handing contacts to staff (fair, capped, never twice, carry-over first), logging a call, a follow-up, a status.
import type { z } from 'zod';
import { recordAudit, systemActor, type Actor } from '../../../core/audit.js';
import { AppError } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import { localDayOf } from '../../../core/schedule/local-day.js';
import { carryOverWorkItems, claimNextWorkItem, completeWorkItem, countedOnDay, getWorkItem, listClaimableWorkItems, offerWorkItem, type WorkDeps } from '../../../core/work/index.js';
import type { Executor } from '../../../db/database.js';
import { inTransaction } from '../../../db/transaction.js';
import type { assignResultSchema, interactBody } from '../contract/calls.js';
import type { ContactStatus } from '../contract/contacts.js';
import { markGenericInformed } from '../customers/educate.js';
import { findCustomerByPhone } from '../customers/queries.js';
import { getSheetContact } from '../queries.js';
import { CALL_QUEUE, workspaceLocale } from '../settings.js';
import { getStaff, listStaff } from '../staff/queries.js';
import type { FollowUpRow, InteractionRow, SheetContactRow } from '../tables.js';

type AssignResult = z.output<typeof assignResultSchema>;

/**
 * Hands waiting contacts (no WhatsApp) to active staff for today: first every person's unfinished calls from
 * earlier days are carried over (they stay theirs and count first), then one contact at a time to whoever has the
 * fewest today, until every cap is reached or nobody waits. The core work queue makes each claim atomic, so two
 * runs at once (two workers, a person pressing the button during the morning job) never pass a cap or hand one
 * contact to two people.
 */
export async function assignContacts(db: Executor, deps: WorkDeps, workspaceId: string): Promise<AssignResult> {
  const { timezone } = await workspaceLocale(db, workspaceId);
  const { carried } = await carryOverWorkItems(db, deps, { workspaceId, queue: CALL_QUEUE });
  const day = localDayOf(deps.clock.now(), timezone);
  const staff = await listStaff(db, workspaceId);
  const people = await Promise.all(
    staff.map(async (s) => ({
      staff: s,
      assigned: 0,
      counted: await countedOnDay(db, { workspaceId, queue: CALL_QUEUE, assignee: s.staff_code, day }),
      open: true,
    })),
  );
  // Bounded: each round hands out at least one contact or closes a person.
  const limit = people.reduce((n, p) => n + p.staff.max_contacts_per_day, 0) + people.length + 1;
  let nothingLeft = false;
  for (let round = 0; round < limit && !nothingLeft; round++) {
    const next = people.filter((p) => p.open).sort((a, b) => a.counted - b.counted || a.staff.staff_code.localeCompare(b.staff.staff_code))[0];
    if (!next) break;
    const outcome = await claimNextWorkItem(db, deps, { workspaceId, queue: CALL_QUEUE, assignee: next.staff.staff_code, cap: next.staff.max_contacts_per_day });
    next.counted = outcome.countedToday;
    if (!outcome.claimed) {
      if (outcome.reason === 'nothing_open') nothingLeft = true;
      next.open = false;
      continue;
    }
    next.assigned++;
    const now = deps.clock.now();
    await db
      .updateTable('pharmacy_contacts')
      .set({ assigned_staff_code: next.staff.staff_code, assigned_day: outcome.day, updated_at: now })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', outcome.item.itemId)
      .execute();
  }
  const waiting = await listClaimableWorkItems(db, deps, { workspaceId, queue: CALL_QUEUE, limit: 500 });
  return {
    date: day,
    assignments: people.map((p) => ({
      staff_code: p.staff.staff_code,
      name: p.staff.name,
      cap: p.staff.max_contacts_per_day,
      carried_over: carried[p.staff.staff_code] ?? 0,
      assigned: p.assigned,
      total_today: p.counted,
    })),
    unassigned: waiting.length,
  };
}

const badBody = (field: string, message: string) => new AppError('validation_failed', `body.${field}: ${message}`, { context: { fields: { [field]: message } } });

/**
 * Logs a call (or message, or visit) with a contact: a pending contact becomes contacted, the caller is the one
 * credited if they buy later, and the call-queue item is finished when it was this person's (or nobody's).
 */
export async function logInteraction(
  trx: Executor,
  deps: Pick<WorkDeps, 'clock'>,
  workspaceId: string,
  contactId: string,
  input: z.output<typeof interactBody>,
  actor: Actor = systemActor,
): Promise<{ interaction: InteractionRow; contact: SheetContactRow }> {
  if (input.contact_id !== undefined && input.contact_id !== contactId) throw badBody('contact_id', `is ${input.contact_id} but the path names ${contactId}; leave it out or make them equal`);
  const contact = await getSheetContact(trx, workspaceId, contactId);
  const staff = await getStaff(trx, workspaceId, input.staff_code).catch(() => {
    throw badBody('staff_code', `no staff member ${input.staff_code}`);
  });
  // Explaining the generic is recorded on the customer the contact became; a prospect who never bought has none.
  const customerId = input.generic_explained ? (contact.customer_id ?? (await findCustomerByPhone(trx, workspaceId, contact.phone))?.id) : undefined;
  if (input.generic_explained && !customerId) throw badBody('generic_explained', 'this contact has not bought anything yet: there is no customer to mark generic_informed');
  const now = deps.clock.now();
  const interaction: InteractionRow = {
    id: newId('pin', now),
    workspace_id: workspaceId,
    contact_id: contact.id,
    staff_code: staff.staff_code,
    interaction_type: input.interaction_type,
    notes: input.notes ?? null,
    customer_response: input.customer_response ?? null,
    next_action: input.next_action ?? null,
    call_duration: input.call_duration ?? null,
    call_successful: input.call_successful === undefined || input.call_successful === null ? null : input.call_successful ? 1 : 0,
    created_at: now,
  };
  await trx.insertInto('pharmacy_interactions').values(interaction).execute();
  await trx
    .updateTable('pharmacy_contacts')
    .set({ status: contact.status === 'pending' ? 'contacted' : contact.status, last_staff_code: staff.staff_code, last_interaction_at: now, updated_at: now })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', contact.id)
    .execute();
  const item = await getWorkItem(trx, { workspaceId, queue: CALL_QUEUE, itemId: contact.id });
  if (item && item.status !== 'done' && (item.assignee === staff.staff_code || item.status !== 'claimed')) {
    await completeWorkItem(trx, deps, { workspaceId, queue: CALL_QUEUE, itemId: contact.id, outcome: input.interaction_type });
  }
  if (customerId) await markGenericInformed(trx, deps.clock, { workspaceId, customerId, actor, staffCode: staff.staff_code });
  return { interaction, contact: await getSheetContact(trx, workspaceId, contact.id) };
}

/** A follow-up for a contact, for the named person or whoever holds the contact in the call queue. */
export async function addFollowUp(
  trx: Executor,
  deps: Pick<WorkDeps, 'clock'>,
  workspaceId: string,
  contactId: string,
  input: { remindAt: number; note: string | null; staffCode: string | null; createdBy: string | null },
): Promise<FollowUpRow> {
  const contact = await getSheetContact(trx, workspaceId, contactId);
  if (input.staffCode) {
    await getStaff(trx, workspaceId, input.staffCode).catch(() => {
      throw badBody('staff_code', `no staff member ${input.staffCode}`);
    });
  }
  const now = deps.clock.now();
  const row: FollowUpRow = {
    id: newId('pfu', now),
    workspace_id: workspaceId,
    contact_id: contact.id,
    staff_code: input.staffCode ?? contact.assigned_staff_code ?? contact.last_staff_code,
    remind_at: input.remindAt,
    note: input.note,
    done_at: null,
    created_by: input.createdBy,
    created_at: now,
  };
  await trx.insertInto('pharmacy_follow_ups').values(row).execute();
  return row;
}

/**
 * A person sets a contact's status (visited but did not buy: yellow; not interested: inactive…); audited. A contact
 * leaving the queue's concern (converted, inactive) has its call finished; one put back to pending without WhatsApp
 * is offered again.
 */
export async function setContactStatus(
  db: Executor,
  deps: WorkDeps,
  workspaceId: string,
  contactId: string,
  status: ContactStatus,
  actor: Actor,
  reason: string | undefined,
): Promise<SheetContactRow> {
  return inTransaction(db, async (trx) => {
    const before = await getSheetContact(trx, workspaceId, contactId);
    const now = deps.clock.now();
    await trx.updateTable('pharmacy_contacts').set({ status, updated_at: now }).where('workspace_id', '=', workspaceId).where('id', '=', contactId).execute();
    if (status === 'converted' || status === 'inactive') {
      await completeWorkItem(trx, deps, { workspaceId, queue: CALL_QUEUE, itemId: contactId, outcome: status });
    } else if (status === 'pending' && before.whatsapp_status === 'inactive') {
      await offerWorkItem(trx, deps, { workspaceId, queue: CALL_QUEUE, itemId: contactId, reopen: true });
    }
    const after = await getSheetContact(trx, workspaceId, contactId);
    if (before.status !== status) {
      await recordAudit(trx, deps.clock, {
        workspaceId,
        actor,
        action: 'pharmacy.contact.status',
        subjectType: 'pharmacy_contact',
        subjectId: contactId,
        before: { status: before.status },
        after: { status, ...(reason ? { reason } : {}) },
      });
    }
    return after;
  });
}
