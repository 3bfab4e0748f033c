// Uploads (hand-written core): files stored in the database so any worker process can read them, processed by a job.
//
// The life of an upload: a module declares an upload route on its descriptor (`uploads`, UploadDeclaration); the
// server answers `POST <path>` (multipart, field `file`) by storing the bytes and enqueuing the declared job with
// `{ uploadId }` in one transaction → status queued. The job calls startUpload (running), reportUploadProgress as it
// goes, and finishUpload with a result object (done); when it gives up, uploadJobFailed (its onFailed) records the
// error (failed). `GET /api/uploads/{upload_id}` and `GET /api/live` (kind `uploads`) show all of it while it runs;
// the API's shapes are in upload-schemas.ts.
//
// Progress is written straight to the uploads row, so call these from an `io` job (its db is the database itself,
// each write commits at once); inside a `transaction` job the writes would only show when the batch commits.
import type { Selectable } from 'kysely';
import type { Executor, UploadTable } from '../db/database.js';
import type { Role } from './auth/types.js';
import type { Clock } from './clock.js';
import { AppError, notFound } from './errors.js';
import { newId } from './ids.js';
import { enqueueJobs, type EnqueueTarget } from './jobs/enqueue.js';
import type { JobContext, JobFailure, JobName, JobPayloads } from './jobs/types.js';

/** The largest file any upload route accepts, bytes (a declaration may set less). Keeps one upload from filling memory. */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export const UPLOAD_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type UploadStatus = (typeof UPLOAD_STATUSES)[number];

/** The payload of every upload job. */
export interface UploadJobPayload {
  uploadId: string;
}

/** Job names whose payload is exactly UploadJobPayload (modules declare them in JobPayloads). */
export type UploadJobName = {
  [N in JobName]: [JobPayloads[N]] extends [UploadJobPayload] ? ([UploadJobPayload] extends [JobPayloads[N]] ? N : never) : never;
}[JobName];

/**
 * An upload route a module declares on its descriptor; the server registers it (modules never import server/).
 * Example, the pharmacy's contact sheets:
 *
 *     { path: '/api/customers/upload-contacts', purpose: 'pharmacy.contacts', job: 'pharmacy.import-contacts',
 *       roles: ['owner', 'admin', 'staff'], accept: ['.csv', '.xlsx', '.xls', '.pdf'] }
 */
export interface UploadDeclaration {
  /** `POST` route, under /api/. */
  readonly path: string;
  /** What the files are for (`pharmacy.contacts`): stored on each upload; the uploads API filters and checks roles by it. */
  readonly purpose: string;
  /** The job enqueued with `{ uploadId }` in the transaction that stores the file. */
  readonly job: UploadJobName;
  /** Who may upload, and so read these uploads back through the uploads API. */
  readonly roles: readonly Role[];
  /** Largest file, bytes; default and ceiling MAX_UPLOAD_BYTES. Larger files get 413. */
  readonly maxBytes?: number;
  /**
   * Accepted files, as in an HTML `accept` attribute: extensions (`.csv`) and media types (`text/csv`, `image/*`).
   * A file passes when its name or its type matches one (browsers send spreadsheets under several types). Others get 415.
   */
  readonly accept: readonly string[];
  /** One line for the API document. */
  readonly summary?: string;
  /** For the API document; default `upload` + the purpose in lowerCamelCase (`uploadPharmacyContacts`). */
  readonly operationId?: string;
}

export interface NewUpload {
  readonly workspaceId: string;
  readonly filename: string;
  readonly contentType: string;
  readonly content: Buffer;
  /** What the file is for, e.g. `pharmacy.contacts`. */
  readonly purpose: string;
  /** The user or API token that sent it. */
  readonly createdBy: string | null;
}

export interface UploadView {
  id: string;
  purpose: string;
  filename: string;
  contentType: string;
  size: number;
  status: UploadStatus;
  /** Null until the job says how much there is to do. */
  progress: { done: number; total: number } | null;
  /** What the job stored when it finished (counts, per-row problems); null before. */
  result: Record<string, unknown> | null;
  error: string | null;
  jobId: number | null;
  createdBy: string | null;
  createdAt: number;
  updatedAt: number;
  finishedAt: number | null;
}

/** Where uploads are stored and their jobs enqueued: a transaction (pass one), its dialect, the clock. */
export type UploadTarget = EnqueueTarget;

/**
 * Stores the file and enqueues `job` with `{ uploadId }`; pass a transaction as `target.db` so both commit together
 * (status queued).
 */
export async function storeUpload(target: UploadTarget, upload: NewUpload, job: UploadJobName): Promise<UploadView> {
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
      status: 'queued',
      job_id: null,
      created_by: upload.createdBy,
      created_at: now,
      updated_at: now,
      progress_done: null,
      progress_total: null,
      result: null,
      error: null,
      finished_at: null,
    })
    .execute();
  const payload: UploadJobPayload = { uploadId: id };
  const [jobId] = await enqueueJobs(target, upload.workspaceId, [{ name: job, payload }]);
  await target.db.updateTable('uploads').set({ job_id: jobId ?? null }).where('id', '=', id).execute();
  return getUpload(target.db, upload.workspaceId, id);
}

const viewColumns = [
  'id',
  'purpose',
  'filename',
  'content_type',
  'size',
  'status',
  'progress_done',
  'progress_total',
  'result',
  'error',
  'job_id',
  'created_by',
  'created_at',
  'updated_at',
  'finished_at',
] as const;

type ViewRow = Pick<Selectable<UploadTable>, (typeof viewColumns)[number]>;

function toView(row: ViewRow): UploadView {
  return {
    id: row.id,
    purpose: row.purpose,
    filename: row.filename,
    contentType: row.content_type,
    size: row.size,
    status: row.status as UploadStatus,
    progress: row.progress_total === null ? null : { done: row.progress_done ?? 0, total: row.progress_total },
    result: row.result === null ? null : (JSON.parse(row.result) as Record<string, unknown>),
    error: row.error,
    jobId: row.job_id === null ? null : Number(row.job_id),
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    finishedAt: row.finished_at,
  };
}

export async function getUpload(db: Executor, workspaceId: string, id: string): Promise<UploadView> {
  const row = await db.selectFrom('uploads').select(viewColumns).where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('upload', id);
  return toView(row);
}

/** Newest first, only the given purposes (the ones the caller may read); `before` is the last id of the previous page. */
export async function listUploads(
  db: Executor,
  workspaceId: string,
  filter: { purposes: readonly string[]; before?: string; limit: number },
): Promise<UploadView[]> {
  if (filter.purposes.length === 0) return [];
  let q = db.selectFrom('uploads').select(viewColumns).where('workspace_id', '=', workspaceId).where('purpose', 'in', [...filter.purposes]);
  if (filter.before !== undefined) q = q.where('id', '<', filter.before);
  return (await q.orderBy('id', 'desc').limit(filter.limit).execute()).map(toView);
}

export async function readUpload(db: Executor, workspaceId: string, id: string): Promise<Buffer> {
  const row = await db.selectFrom('uploads').select('content').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('upload', id);
  return Buffer.from(row.content);
}

interface UploadRef {
  readonly workspaceId: string;
  readonly uploadId: string;
}

async function updateUpload(db: Executor, ref: UploadRef, set: Partial<Omit<Selectable<UploadTable>, 'id' | 'workspace_id' | 'content'>>): Promise<void> {
  const result = await db.updateTable('uploads').set(set).where('workspace_id', '=', ref.workspaceId).where('id', '=', ref.uploadId).executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw notFound('upload', ref.uploadId);
}

/** The job has begun (again, after a retry): status running, the last error cleared; `total` when already known. */
export async function startUpload(db: Executor, clock: Clock, ref: UploadRef & { total?: number }): Promise<void> {
  await updateUpload(db, ref, {
    status: 'running',
    error: null,
    finished_at: null,
    updated_at: clock.now(),
    ...(ref.total !== undefined ? { progress_done: 0, progress_total: ref.total } : {}),
  });
}

/** How far the job is: `done` of `total` rows (or steps). Visible at once to the API and `GET /api/live`. */
export async function reportUploadProgress(db: Executor, clock: Clock, ref: UploadRef & { done: number; total: number }): Promise<void> {
  await updateUpload(db, ref, { progress_done: ref.done, progress_total: ref.total, updated_at: clock.now() });
}

/** The job finished: status done, with its result (a JSON object: counts, per-row problems) for the API to show. */
export async function finishUpload(db: Executor, clock: Clock, ref: UploadRef & { result: Record<string, unknown> }): Promise<void> {
  const now = clock.now();
  await updateUpload(db, ref, { status: 'done', result: JSON.stringify(ref.result), error: null, updated_at: now, finished_at: now });
}

/** The job gave up (status failed), or an attempt failed and it will retry (`retrying`: back to queued, error kept). */
export async function failUpload(db: Executor, clock: Clock, ref: UploadRef & { error: string; retrying?: boolean }): Promise<void> {
  const now = clock.now();
  await updateUpload(db, ref, ref.retrying === true ? { status: 'queued', error: ref.error, updated_at: now } : { status: 'failed', error: ref.error, updated_at: now, finished_at: now });
}

/** A ready-made `onFailed` for upload jobs: the upload says why, and whether the job will try again. */
export async function uploadJobFailed(payload: UploadJobPayload, jc: JobContext, failure: JobFailure): Promise<void> {
  await failUpload(jc.db, jc.app.clock, {
    workspaceId: jc.workspaceId,
    uploadId: payload.uploadId,
    error: failure.error.message,
    retrying: !failure.dead,
  });
}

/** Whether a file passes a declaration's `accept` list (by its name's extension or its media type). */
export function isAccepted(accept: readonly string[], file: { filename: string; contentType: string }): boolean {
  const name = file.filename.toLowerCase();
  const type = file.contentType.toLowerCase().split(';', 1)[0]?.trim() ?? '';
  return accept.some((entry) => {
    const a = entry.toLowerCase().trim();
    if (a.startsWith('.')) return name.endsWith(a);
    if (a.endsWith('/*')) return type.startsWith(a.slice(0, -1));
    return type === a;
  });
}
