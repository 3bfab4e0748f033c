// Wire shapes of the pharmacy routes (/api/customers/…): staff, sheet contacts and their uploads. The dashboard takes its types from here.
import { z } from 'zod';

const ms = (what = 'UTC epoch ms') => z.number().describe(what);

/** The five statuses of a sheet contact. */
export const CONTACT_STATUSES = ['pending', 'contacted', 'converted', 'yellow', 'inactive'] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];
/** Whether a number has WhatsApp: active, inactive, or unknown when the check failed (it is checked again later). */
export const WHATSAPP_STATUSES = ['active', 'inactive', 'unknown'] as const;
export type WhatsappStatus = (typeof WHATSAPP_STATUSES)[number];

// ---- staff -------------------------------------------------------------------------------------------------------

const staffCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/, 'must be 1 to 32 letters, digits, dots, dashes or underscores, e.g. STAFF001');

export const staffSchema = z
  .object({
    staff_code: z.string(),
    name: z.string(),
    phone: z.string().nullable().describe('E.164, e.g. +6281234567890.'),
    max_contacts_per_day: z.number().int().describe('The most contacts this person is handed in one local day (carried-over calls count first).'),
    user_id: z.string().nullable().describe('The signed-in user (role staff) this person is, when linked.'),
    active: z.boolean().describe('false: deactivated; gets no new contacts, keeps their history.'),
    created_at: ms(),
    updated_at: ms(),
  })
  .meta({ id: 'PharmacyStaff' });

export const createStaffBody = z.object({
  staff_code: staffCode,
  name: z.string().trim().min(1, 'name is required').max(120),
  phone: z.string().trim().max(40).nullish().describe('Any format; read with the workspace country and stored as E.164.'),
  max_contacts_per_day: z.number().int().min(1).max(500).default(20),
  user_id: z.string().trim().min(1).max(64).nullish(),
});

export const updateStaffBody = z
  .object({
    name: z.string().trim().min(1).max(120),
    phone: z.string().trim().max(40).nullable(),
    max_contacts_per_day: z.number().int().min(1).max(500),
    user_id: z.string().trim().min(1).max(64).nullable(),
    active: z.boolean(),
  })
  .partial();

export const staffParams = z.object({ staff_code: staffCode });
export const staffListSchema = z.object({ items: z.array(staffSchema) }).meta({ id: 'PharmacyStaffList' });
export const listStaffQuery = z.object({ include_inactive: z.enum(['true', 'false']).optional().describe('true: deactivated staff too.') });

// ---- sheet contacts ----------------------------------------------------------------------------------------------

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
    customer_id: z.string().nullable(),
    created_at: ms(),
    updated_at: ms(),
  })
  .meta({ id: 'PharmacyContact' });

/** A row of a sheet that was not imported: its row number as the sheet shows it, and why. */
export const invalidRowSchema = z.object({ row: z.number().int(), reason: z.string() });

export const contactImportResultSchema = z
  .object({
    rows: z.number().int().describe('Data rows read below the header (blank rows not counted).'),
    imported: z.number().int().describe('New contacts created.'),
    merged_in_file: z.number().int().describe('Rows repeating a phone already seen higher up in the same sheet.'),
    merged_existing: z.number().int().describe('Rows whose phone was already a contact or a customer: merged, nothing new created.'),
    invalid: z.array(invalidRowSchema).describe('Rows not imported: phone missing or not a valid number.'),
    whatsapp_active: z.number().int().describe('New contacts whose number has WhatsApp.'),
    whatsapp_inactive: z.number().int().describe('New contacts without WhatsApp: they go to the call queue.'),
    whatsapp_unknown: z.number().int().describe('New contacts whose check failed after its retries; checked again later.'),
    materials_queued: z.number().int().describe('New contacts the store materials were queued for (sent inside business hours).'),
  })
  .meta({ id: 'PharmacyContactImport' });
export type ContactImportResult = z.infer<typeof contactImportResultSchema>;

/** `GET /api/customers/uploads/{upload_id}`: the upload, with the import's result when done. */
export const contactUploadSchema = z
  .object({
    upload_id: z.string(),
    purpose: z.string().describe('pharmacy.contacts'),
    filename: z.string(),
    content_type: z.string(),
    size: z.number().int().describe('Bytes.'),
    status: z.enum(['queued', 'running', 'done', 'failed']).describe('queued → running → done, or failed (error says why).'),
    progress: z
      .object({ done: z.number().int(), total: z.number().int() })
      .nullable()
      .describe('Rows (then numbers checked) handled so far and how many there are; null until the job knows.'),
    result: contactImportResultSchema.nullable().describe('The import report, when done; null before.'),
    error: z.string().nullable().describe('Why it failed (e.g. no header row), or why the last attempt failed while it is queued to retry.'),
    job_id: z.number().int().nullable(),
    created_by: z.string().nullable(),
    created_at: ms(),
    updated_at: ms(),
    finished_at: ms().nullable(),
  })
  .meta({ id: 'PharmacyContactUpload' });

export const uploadParams = z.object({ upload_id: z.string().regex(/^upl_/, 'must be an upload id (upl_…)') });
