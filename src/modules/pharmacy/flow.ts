// Writes for sheet contacts: importing a sheet's records, a number's WhatsApp status and what follows it (materials or the call queue).
import { findOrCreateContact, type ContactsDeps } from '../../core/contacts/contacts.js';
import type { AppContext } from '../../core/context.js';
import { createDelivery } from '../../core/deliveries/deliveries.js';
import { newId } from '../../core/ids.js';
import { offerWorkItem } from '../../core/work/index.js';
import type { Executor } from '../../db/database.js';
import type { WhatsappStatus } from './contract/contacts.js';
import { renderTemplate } from './rules.js';
import { CALL_QUEUE, MODULE_NAME, type PharmacySettings } from './settings.js';
import type { SheetRecord } from './sheets/rules.js';
import type { SheetContactRow } from './tables.js';

export type FlowDeps = Pick<AppContext, 'clock' | 'dialect' | 'jobSignal'> & ContactsDeps;

export interface ImportOutcome {
  /** Contacts this upload created (also those created by an earlier attempt of the same upload). */
  created: SheetContactRow[];
  /** Records whose phone was already a contact from another upload. */
  mergedExisting: number;
}

/**
 * Imports one chunk of a sheet's records: a new phone becomes a pending contact (and a core contact); a known one
 * is merged: its blank fields take the sheet's values, nothing new is created. Rows this same upload created on an
 * earlier attempt count as created again, so a retried import reports the same figures.
 */
export async function importRecords(
  trx: Executor,
  deps: FlowDeps,
  input: { workspaceId: string; uploadId: string; country: string; records: readonly SheetRecord[] },
): Promise<ImportOutcome> {
  const { workspaceId } = input;
  const phones = input.records.map((r) => r.phone);
  const existing = phones.length === 0 ? [] : await trx.selectFrom('pharmacy_contacts').selectAll().where('workspace_id', '=', workspaceId).where('phone', 'in', phones).execute();
  const known = new Map(existing.map((c) => [c.phone, c]));
  const outcome: ImportOutcome = { created: [], mergedExisting: 0 };
  const now = deps.clock.now();
  for (const record of input.records) {
    const found = known.get(record.phone);
    if (found) {
      if (found.upload_id === input.uploadId) {
        outcome.created.push(found);
        continue;
      }
      outcome.mergedExisting++;
      const blanks: Partial<SheetContactRow> = {};
      if (!found.name && record.name) blanks.name = record.name;
      if (!found.address && record.address) blanks.address = record.address;
      if (!found.city && record.city) blanks.city = record.city;
      if (!found.notes && record.notes) blanks.notes = record.notes;
      if (Object.keys(blanks).length > 0) {
        await trx.updateTable('pharmacy_contacts').set({ ...blanks, updated_at: now }).where('workspace_id', '=', workspaceId).where('id', '=', found.id).execute();
      }
      continue;
    }
    const contact = await findOrCreateContact(trx, deps, { workspaceId, country: input.country, phone: record.phone, name: record.name });
    const row: SheetContactRow = {
      id: newId('pco', now),
      workspace_id: workspaceId,
      contact_id: contact.contact.id,
      phone: record.phone,
      name: record.name,
      address: record.address,
      city: record.city,
      notes: record.notes,
      status: 'pending',
      whatsapp_status: null,
      whatsapp_source: null,
      whatsapp_checked_at: null,
      upload_id: input.uploadId,
      materials_queued_at: null,
      last_staff_code: null,
      last_interaction_at: null,
      converted_at: null,
      conversion_value: null,
      converted_by_staff_code: null,
      customer_id: null,
      assigned_staff_code: null,
      assigned_day: null,
      created_at: now,
      updated_at: now,
    };
    await trx.insertInto('pharmacy_contacts').values(row).execute();
    outcome.created.push(row);
  }
  return outcome;
}

/**
 * Records what is known about a number's WhatsApp and acts on it once: active → the store's materials are queued
 * (once per contact, sent inside business hours); inactive → the contact joins the call queue; unknown → nothing yet
 * (checked again later). A status already known stays unless `force` (a person, or a re-check).
 */
export async function applyWhatsappStatus(
  trx: Executor,
  deps: FlowDeps,
  input: { contact: SheetContactRow; status: WhatsappStatus; source: 'sheet' | 'check'; settings: PharmacySettings },
): Promise<{ materialsQueued: boolean; queuedForCall: boolean }> {
  const { contact } = input;
  const now = deps.clock.now();
  await trx
    .updateTable('pharmacy_contacts')
    .set({ whatsapp_status: input.status, whatsapp_source: input.source, whatsapp_checked_at: now, updated_at: now })
    .where('workspace_id', '=', contact.workspace_id)
    .where('id', '=', contact.id)
    .execute();
  if (input.status === 'active') return { materialsQueued: await queueMaterials(trx, deps, contact, input.settings), queuedForCall: false };
  if (input.status === 'inactive' && contact.status === 'pending') {
    await offerWorkItem(trx, deps, { workspaceId: contact.workspace_id, queue: CALL_QUEUE, itemId: contact.id, availableAt: now });
    return { materialsQueued: false, queuedForCall: true };
  }
  return { materialsQueued: false, queuedForCall: false };
}

/** The materials as WAHA deliveries (text, then the image and the PDF when set), once per contact. */
async function queueMaterials(trx: Executor, deps: FlowDeps, contact: SheetContactRow, settings: PharmacySettings): Promise<boolean> {
  if (contact.materials_queued_at !== null || contact.status === 'converted' || contact.status === 'inactive') return false;
  const target = { db: trx, dialect: deps.dialect, clock: deps.clock, jobSignal: deps.jobSignal };
  const common = {
    module: MODULE_NAME,
    channel: 'whatsapp',
    provider: 'waha',
    target: contact.phone,
    contactId: contact.contact_id,
    subjectType: 'pharmacy_contact',
    subjectId: contact.id,
    serialKey: `pharmacy-wa:${contact.phone}`,
  };
  const text = renderTemplate(settings.materials_text, { name: contact.name });
  await createDelivery(target, contact.workspace_id, {
    ...common,
    payload: { kind: 'text', phone: contact.phone, text, pharmacy_contact_id: contact.id },
    idempotencyKey: `pharmacy-materials:${contact.id}:text`,
  });
  if (settings.materials_image_url) {
    await createDelivery(target, contact.workspace_id, {
      ...common,
      payload: { kind: 'image', phone: contact.phone, url: settings.materials_image_url, mimetype: 'image/jpeg', pharmacy_contact_id: contact.id },
      idempotencyKey: `pharmacy-materials:${contact.id}:image`,
    });
  }
  if (settings.materials_pdf_url) {
    await createDelivery(target, contact.workspace_id, {
      ...common,
      payload: { kind: 'file', phone: contact.phone, url: settings.materials_pdf_url, mimetype: 'application/pdf', filename: 'brosur.pdf', pharmacy_contact_id: contact.id },
      idempotencyKey: `pharmacy-materials:${contact.id}:file`,
    });
  }
  const now = deps.clock.now();
  await trx.updateTable('pharmacy_contacts').set({ materials_queued_at: now, updated_at: now }).where('workspace_id', '=', contact.workspace_id).where('id', '=', contact.id).execute();
  return true;
}
