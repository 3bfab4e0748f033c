// Reads of sheet contacts: one by id or phone, an upload's figures, and the API view of a row.
import type { z } from 'zod';
import { notFound } from '../../core/errors.js';
import type { Executor } from '../../db/database.js';
import type { sheetContactSchema, WhatsappStatus } from './contract/contacts.js';
import type { SheetContactRow } from './tables.js';

export async function getSheetContact(db: Executor, workspaceId: string, id: string): Promise<SheetContactRow> {
  const row = await db.selectFrom('pharmacy_contacts').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('contact', id);
  return row;
}

/** Contacts an upload created, by WhatsApp status, and how many were sent the materials. */
export async function uploadFigures(db: Executor, workspaceId: string, uploadId: string): Promise<{ byWhatsapp: Record<WhatsappStatus | 'unchecked', number>; materialsQueued: number }> {
  const rows = await db
    .selectFrom('pharmacy_contacts')
    .select(['whatsapp_status', (eb) => eb.fn.countAll<number>().as('n'), (eb) => eb.fn.count<number>('materials_queued_at').as('m')])
    .where('workspace_id', '=', workspaceId)
    .where('upload_id', '=', uploadId)
    .groupBy('whatsapp_status')
    .execute();
  const byWhatsapp = { active: 0, inactive: 0, unknown: 0, unchecked: 0 };
  let materialsQueued = 0;
  for (const r of rows) {
    byWhatsapp[(r.whatsapp_status ?? 'unchecked') as keyof typeof byWhatsapp] += Number(r.n);
    materialsQueued += Number(r.m);
  }
  return { byWhatsapp, materialsQueued };
}

export function sheetContactView(row: SheetContactRow): z.output<typeof sheetContactSchema> {
  return {
    id: row.id,
    name: row.name,
    phone: row.phone,
    address: row.address,
    city: row.city,
    notes: row.notes,
    status: row.status as z.output<typeof sheetContactSchema>['status'],
    whatsapp_status: row.whatsapp_status as WhatsappStatus | null,
    upload_id: row.upload_id,
    materials_queued_at: row.materials_queued_at,
    last_staff_code: row.last_staff_code,
    last_interaction_at: row.last_interaction_at,
    converted_at: row.converted_at,
    conversion_value: row.conversion_value,
    converted_by_staff_code: row.converted_by_staff_code,
    customer_id: row.customer_id,
    assigned_staff_code: row.assigned_staff_code,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
