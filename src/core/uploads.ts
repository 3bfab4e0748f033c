// Uploaded files (contact sheets): stored in the database so any worker process can read them, processed by a job.
import type { Executor } from '../db/database.js';
import type { Clock } from './clock.js';
import type { Dialect } from '../db/database.js';
import { AppError, notFound } from './errors.js';
import { newId } from './ids.js';
import { enqueueJob } from './jobs/enqueue.js';
import type { JobName, JobPayloads } from './jobs/types.js';

/** The largest file accepted, bytes. Contact sheets are far smaller; this keeps one upload from filling memory. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export interface NewUpload {
  readonly workspaceId: string;
  readonly filename: string;
  readonly contentType: string;
  readonly content: Buffer;
  /** What the file is for, e.g. `pharmacy.contacts`; also the job that processes it. */
  readonly purpose: string;
  readonly createdBy: string | null;
}

export interface UploadView {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  purpose: string;
  status: string;
  jobId: number | null;
  createdAt: number;
}

/**
 * Stores the file and enqueues `job` with `{ uploadId }` in one transaction (pass a transaction as db). The job
 * reads the bytes with readUpload, reports progress with ctx.reportProgress, and sets the status with setUploadStatus.
 */
export async function storeUpload<N extends JobName>(
  target: { db: Executor; dialect: Dialect; clock: Clock },
  upload: NewUpload,
  job: N,
  payload: (uploadId: string) => JobPayloads[N],
): Promise<UploadView> {
  if (upload.content.length > MAX_UPLOAD_BYTES) {
    throw new AppError('payload_too_large', `file is larger than ${MAX_UPLOAD_BYTES} bytes`, { context: { size: upload.content.length } });
  }
  const now = target.clock.now();
  const id = newId('upl', now);
  await target.db
    .insertInto('uploads')
    .values({
      id,
      workspace_id: upload.workspaceId,
      filename: upload.filename,
      content_type: upload.contentType,
      size: upload.content.length,
      content: upload.content,
      purpose: upload.purpose,
      status: 'received',
      job_id: null,
      created_by: upload.createdBy,
      created_at: now,
    })
    .execute();
  const jobId = await enqueueJob(target, upload.workspaceId, job, payload(id));
  await target.db.updateTable('uploads').set({ job_id: jobId ?? null }).where('id', '=', id).execute();
  return getUpload(target.db, upload.workspaceId, id);
}

export async function getUpload(db: Executor, workspaceId: string, id: string): Promise<UploadView> {
  const row = await db
    .selectFrom('uploads')
    .select(['id', 'filename', 'content_type', 'size', 'purpose', 'status', 'job_id', 'created_at'])
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('upload', id);
  return {
    id: row.id,
    filename: row.filename,
    contentType: row.content_type,
    size: row.size,
    purpose: row.purpose,
    status: row.status,
    jobId: row.job_id === null ? null : Number(row.job_id),
    createdAt: row.created_at,
  };
}

export async function readUpload(db: Executor, workspaceId: string, id: string): Promise<Buffer> {
  const row = await db.selectFrom('uploads').select('content').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('upload', id);
  return Buffer.from(row.content);
}

export async function setUploadStatus(db: Executor, workspaceId: string, id: string, status: 'processing' | 'done' | 'failed'): Promise<void> {
  await db.updateTable('uploads').set({ status }).where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}
