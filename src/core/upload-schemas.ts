// The uploads API's shapes (zod, snake_case), shared by the core routes and by modules that answer uploads under their own paths.
import { z } from 'zod';
import { UPLOAD_STATUSES, type UploadView } from './uploads.js';

/** What every upload route answers at once: the job runs afterwards. */
export const uploadAcceptedSchema = z
  .object({
    upload_id: z.string().describe('Read progress and result at GET /api/uploads/{upload_id}.'),
    status: z.enum(UPLOAD_STATUSES).describe('queued: stored, its job will run shortly.'),
  })
  .meta({ id: 'UploadAccepted' });

/** One upload as the API shows it (`GET /api/uploads/{upload_id}`; a module may answer the same under its own path). */
export const uploadSchema = z
  .object({
    upload_id: z.string(),
    purpose: z.string().describe('What the file is for, e.g. pharmacy.contacts.'),
    filename: z.string(),
    content_type: z.string(),
    size: z.number().int().describe('Bytes.'),
    status: z.enum(UPLOAD_STATUSES).describe('queued → running → done, or failed (error says why).'),
    progress: z
      .object({ done: z.number().int(), total: z.number().int() })
      .nullable()
      .describe('Rows (or steps) handled so far and how many there are; null until the job knows.'),
    result: z.record(z.string(), z.unknown()).nullable().describe('What the job reported when it finished (counts, per-row problems); null before.'),
    error: z.string().nullable().describe('Why it failed, or why the last attempt failed while it is queued to retry.'),
    job_id: z.number().int().nullable().describe('The job processing it (GET /api/jobs/{id}).'),
    created_by: z.string().nullable().describe('The user or API token that uploaded it.'),
    created_at: z.number().describe('UTC epoch ms'),
    updated_at: z.number().describe('UTC epoch ms'),
    finished_at: z.number().nullable().describe('UTC epoch ms'),
  })
  .meta({ id: 'Upload' });

export function uploadView(u: UploadView): z.output<typeof uploadSchema> {
  return {
    upload_id: u.id,
    purpose: u.purpose,
    filename: u.filename,
    content_type: u.contentType,
    size: u.size,
    status: u.status,
    progress: u.progress,
    result: u.result,
    error: u.error,
    job_id: u.jobId,
    created_by: u.createdBy,
    created_at: u.createdAt,
    updated_at: u.updatedAt,
    finished_at: u.finishedAt,
  };
}
