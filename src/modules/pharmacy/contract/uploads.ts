// Wire shapes of the contact-sheet uploads (/api/customers/upload-contacts, /api/customers/uploads/{upload_id}): the import's progress and its per-row report.
import { z } from 'zod';

const ms = (what = 'UTC epoch ms') => z.number().describe(what);

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
