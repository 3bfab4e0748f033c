// Writes for sheet contacts: importing a sheet's records, a number's WhatsApp status and what follows it (materials or the call queue).
import { findOrCreateContactsByPhone, type ContactsDeps } from '../../core/contacts/contacts.js';
import type { AppContext } from '../../core/context.js';
import { createDeliveries, type NewDelivery } from '../../core/deliveries/deliveries.js';
import { newId } from '../../core/ids.js';
import { offerWorkItems } from '../../core/work/index.js';
import type { Executor } from '../../db/database.js';
import type { WhatsappStatus } from './contract/contacts.js';
import { renderTemplate } from './rules.js';
import { CALL_QUEUE, MODULE_NAME, type PharmacySettings } from './settings.js';
import type { SheetRecord } from './sheets/rules.js';
import type { SheetContactRow } from './tables.js';
import { workspaceColumn } from '../../db/by-id.js';

export type FlowDeps = Pick<AppContext, 'clock' | 'dialect' | 'jobSignal'> & ContactsDeps;

export interface ImportOutcome {
  /** Contacts this upload created (also those created by an earlier attempt of the same upload). */
  created: SheetContactRow[];
  /** Records whose phone was already a contact from another upload. */
  mergedExisting: number;
}

/**
 * Imports one chunk of a sheet's records, set-based (a few statements per chunk, whatever its size): a new phone
 * becomes a pending contact (and a core contact); a known one is merged: its blank fields take the sheet's values,
 * nothing new is created. Rows this same upload created on an earlier attempt count as created again, so a retried
 * import reports the same figures.
 */
export async function importRecords(
  trx: Executor,
  deps: FlowDeps,
  input: { workspaceId: string; uploadId: string; country: string; records: readonly SheetRecord[] },
): Promise<ImportOutcome> {
  const { workspaceId } = input;
  const phones = input.records.map((r) => r.phone);
  // The merges of the whole chunk in one query.
  const existing = phones.length === 0 ? [] : await trx.selectFrom('pharmacy_contacts').selectAll().where('workspace_id', '=', workspaceId).where('phone', 'in', phones).execute();
  const known = new Map(existing.map((c) => [c.phone, c]));
  const outcome: ImportOutcome = { created: [], mergedExisting: 0 };
  const now = deps.clock.now();
  const fresh: SheetRecord[] = [];
  for (const record of input.records) {
    const found = known.get(record.phone);
    if (!found) {
      fresh.push(record);
      continue;
    }
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
    // Only a merge that fills something writes (none when the same sheet comes again).
    if (Object.keys(blanks).length > 0) {
      await trx.updateTable('pharmacy_contacts').set({ ...blanks, updated_at: now }).where('workspace_id', '=', workspaceId).where('id', '=', found.id).execute();
    }
  }
  if (fresh.length === 0) return outcome;
  const contacts = await findOrCreateContactsByPhone(trx, deps, { workspaceId, people: fresh.map((r) => ({ phone: r.phone, name: r.name })) });
  const rows = fresh.map((record): SheetContactRow => ({
    id: newId('pco', now),
    workspace_id: workspaceId,
    contact_id: contacts.get(record.phone)?.id ?? null,
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
  }));
  for (let start = 0; start < rows.length; start += INSERT_ROWS) await trx.insertInto('pharmacy_contacts').values(rows.slice(start, start + INSERT_ROWS)).execute();
  outcome.created.push(...rows);
  return outcome;
}

/** Contact rows per insert: 24 values each stays inside SQLite's and PostgreSQL's limits on bound values. */
const INSERT_ROWS = 500;

/**
 * Records what is known about numbers' WhatsApp (one status for them all) and acts on it once, set-based: active →
 * the store's materials are queued (once per contact, sent inside business hours); inactive → pending contacts join
 * the call queue; unknown → nothing yet (checked again later). Returns the contacts as they now are.
 */
export async function applyWhatsappStatus(
  trx: Executor,
  deps: FlowDeps,
  input: { contacts: readonly SheetContactRow[]; status: WhatsappStatus; source: 'sheet' | 'check'; settings: PharmacySettings },
): Promise<SheetContactRow[]> {
  if (input.contacts.length === 0) return [];
  const workspaceId = input.contacts[0]?.workspace_id ?? '';
  const now = deps.clock.now();
  const changes = { whatsapp_status: input.status, whatsapp_source: input.source, whatsapp_checked_at: now, updated_at: now };
  for (const ids of idChunks(input.contacts)) {
    await trx.updateTable('pharmacy_contacts').set(changes).where(workspaceColumn(), '=', workspaceId).where('id', 'in', ids).execute();
  }
  const contacts = input.contacts.map((c) => ({ ...c, ...changes }));
  if (input.status === 'active') return queueMaterials(trx, deps, contacts, input.settings);
  if (input.status === 'inactive') {
    const pending = contacts.filter((c) => c.status === 'pending').map((c) => c.id);
    if (pending.length > 0) await offerWorkItems(trx, deps, { workspaceId, queue: CALL_QUEUE, itemIds: pending, availableAt: now });
  }
  return contacts;
}

const idChunks = (contacts: readonly SheetContactRow[]): string[][] => {
  const chunks: string[][] = [];
  for (let start = 0; start < contacts.length; start += INSERT_ROWS) chunks.push(contacts.slice(start, start + INSERT_ROWS).map((c) => c.id));
  return chunks;
};

/** The materials as WAHA deliveries (text, then the image and the PDF when set), once per contact. */
async function queueMaterials(trx: Executor, deps: FlowDeps, contacts: SheetContactRow[], settings: PharmacySettings): Promise<SheetContactRow[]> {
  const due = contacts.filter((c) => c.materials_queued_at === null && c.status !== 'converted' && c.status !== 'inactive');
  if (due.length === 0) return contacts;
  const deliveries: NewDelivery[] = due.flatMap((contact) => {
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
    return [
      { ...common, payload: { kind: 'text', phone: contact.phone, text, pharmacy_contact_id: contact.id }, idempotencyKey: `pharmacy-materials:${contact.id}:text` },
      ...(settings.materials_image_url
        ? [
            {
              ...common,
              payload: { kind: 'image', phone: contact.phone, url: settings.materials_image_url, mimetype: 'image/jpeg', pharmacy_contact_id: contact.id },
              idempotencyKey: `pharmacy-materials:${contact.id}:image`,
            },
          ]
        : []),
      ...(settings.materials_pdf_url
        ? [
            {
              ...common,
              payload: { kind: 'file', phone: contact.phone, url: settings.materials_pdf_url, mimetype: 'application/pdf', filename: 'brosur.pdf', pharmacy_contact_id: contact.id },
              idempotencyKey: `pharmacy-materials:${contact.id}:file`,
            },
          ]
        : []),
    ];
  });
  await createDeliveries({ db: trx, dialect: deps.dialect, clock: deps.clock, jobSignal: deps.jobSignal }, due[0]?.workspace_id ?? '', deliveries);
  const now = deps.clock.now();
  for (const ids of idChunks(due)) {
    await trx.updateTable('pharmacy_contacts').set({ materials_queued_at: now, updated_at: now }).where(workspaceColumn(), '=', due[0]?.workspace_id ?? '').where('id', 'in', ids).execute();
  }
  const queued = new Set(due.map((c) => c.id));
  return contacts.map((c) => (queued.has(c.id) ? { ...c, materials_queued_at: now, updated_at: now } : c));
}
