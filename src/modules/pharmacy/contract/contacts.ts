// Wire shapes of the contact-sheet contacts (/api/customers/contacts…): their statuses, the list and its filters.
import { z } from 'zod';

const ms = (what = 'UTC epoch ms') => z.number().describe(what);

/** The five statuses of a sheet contact. */
export const CONTACT_STATUSES = ['pending', 'contacted', 'converted', 'yellow', 'inactive'] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];
/** Whether a number has WhatsApp: active, inactive, or unknown when the check failed (it is checked again later). */
export const WHATSAPP_STATUSES = ['active', 'inactive', 'unknown'] as const;
export type WhatsappStatus = (typeof WHATSAPP_STATUSES)[number];

export const sheetContactSchema = z
  .object({
    id: z.string().describe('pco_…'),
    name: z.string().nullable(),
    phone: z.string().describe('E.164.'),
    address: z.string().nullable(),
    city: z.string().nullable(),
    notes: z.string().nullable(),
    status: z.enum(CONTACT_STATUSES),
    whatsapp_status: z.enum(WHATSAPP_STATUSES).nullable().describe('null while the number is being checked.'),
    upload_id: z.string().nullable().describe('The upload that first brought this contact in.'),
    materials_queued_at: ms().nullable(),
    last_staff_code: z.string().nullable().describe('Who last called them.'),
    last_interaction_at: ms().nullable(),
    converted_at: ms().nullable(),
    conversion_value: z.number().nullable(),
    converted_by_staff_code: z.string().nullable(),
    customer_id: z.string().nullable().describe('The customer they became.'),
    assigned_staff_code: z.string().nullable().describe('Who the call queue last handed them to.'),
    created_at: ms(),
    updated_at: ms(),
  })
  .meta({ id: 'PharmacyContact' });

export const contactParams = z.object({ contact_id: z.string().regex(/^pco_/, 'must be a contact id (pco_…)') });

export const statusQuery = z.object({ status: z.enum(CONTACT_STATUSES).optional() });
export const statusBody = z.object({ status: z.enum(CONTACT_STATUSES).optional(), reason: z.string().trim().max(500).optional() }).nullish();

export const listContactsQuery = z.object({
  status: z.enum(CONTACT_STATUSES).optional(),
  whatsapp_status: z.enum(WHATSAPP_STATUSES).optional(),
  staff_code: z.string().trim().max(32).optional().describe('Contacts handed to, or last called by, this person.'),
  upload_id: z.string().trim().max(40).optional(),
  q: z.string().trim().min(1).max(100).optional().describe('Part of the name, or of the phone digits.'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(100).optional().describe('next_cursor of the previous page.'),
});

export const contactPageSchema = z.object({ items: z.array(sheetContactSchema), next_cursor: z.string().nullable() }).meta({ id: 'PharmacyContactPage' });
