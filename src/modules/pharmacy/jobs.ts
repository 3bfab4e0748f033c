// Every job of the pharmacy module: importing a contact sheet (read, import in chunks, check WhatsApp, queue materials or calls), re-checks, the morning hand-out and a day's refill reminders.
import { z } from 'zod';
import { wahaClientFor, type WahaClient } from '../../connectors/waha/index.js';
import type { AppContext } from '../../core/context.js';
import { AppError } from '../../core/errors.js';
import { defineJob } from '../../core/jobs/define.js';
import { enqueueJob } from '../../core/jobs/enqueue.js';
import { atLocalTime, localDayOf } from '../../core/schedule/local-day.js';
import type { JobContext, RegisteredJob } from '../../core/jobs/types.js';
import { finishUpload, getUpload, readUpload, reportUploadProgress, startUpload, uploadJobFailed } from '../../core/uploads.js';
import { inTransaction } from '../../db/transaction.js';
import { assignContacts } from './calls/flow.js';
import { sendDueRefills } from './customers/flow.js';
import type { WhatsappStatus } from './contract/contacts.js';
import type { ContactImportResult } from './contract/uploads.js';
import { applyWhatsappStatus, importRecords, type FlowDeps } from './flow.js';
import { uploadFigures } from './queries.js';
import { loadPharmacySettings, workspaceLocale, type PharmacySettings } from './settings.js';
import { readSheetLines, sheetFormatOf } from './sheets/formats.js';
import { findHeader, NO_HEADER_MESSAGE, readRecords } from './sheets/rules.js';
import type { SheetContactRow } from './tables.js';

export const importContactsPayload = z.object({ uploadId: z.string() });
export const recheckPayload = z.object({});
export const morningAssignPayload = z.object({});
export const refillDayPayload = z.object({ day: z.string() });

declare module '../../core/jobs/types.js' {
  interface JobPayloads {
    'pharmacy.import-contacts': z.infer<typeof importContactsPayload>;
    'pharmacy.recheck-whatsapp': z.infer<typeof recheckPayload>;
    'pharmacy.morning-assign': z.infer<typeof morningAssignPayload>;
    'pharmacy.refill-day': z.infer<typeof refillDayPayload>;
  }
}

/** Numbers whose check failed are asked again this long after. */
const RECHECK_AFTER_MS = 60 * 60_000;
/** Unknown numbers one re-check run takes (the rest wait for the next run). */
const RECHECK_BATCH = 500;
/** The morning hand-out runs while the local time is in [MORNING_AT, MORNING_AT + 1 h), every MORNING_EVERY_MS. */
export const MORNING_AT = '07:00';
const MORNING_EVERY_MS = 15 * 60_000;

/** Queues the re-check of unknown numbers (one waiting run per workspace). */
async function queueRecheck(app: AppContext, jc: JobContext): Promise<void> {
  await enqueueJob({ db: jc.db, dialect: app.dialect, clock: app.clock, jobSignal: app.jobSignal }, jc.workspaceId, 'pharmacy.recheck-whatsapp', {}, {
    runAt: app.clock.now() + RECHECK_AFTER_MS,
    jobKey: 'pharmacy:recheck-whatsapp',
    onKeyConflict: 'keep',
  });
}

/**
 * Records imported per transaction, each chunk in a few multi-row statements: progress moves every chunk, a crash
 * loses at most one chunk's work (redone on retry), and on SQLite a chunk holds the one connection only briefly.
 */
export const IMPORT_CHUNK = 500;
/** Attempts per number before its WhatsApp status is `unknown`. */
const CHECK_ATTEMPTS = 3;
const CHECK_RETRY_MS = [500, 2_000];

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (ms <= 0 || signal.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });

/**
 * Asks WAHA whether a number has WhatsApp, retrying a failed check; `unknown` when every attempt failed (or WAHA
 * is not set up), so the import still finishes and the number is checked again later.
 */
async function checkNumber(client: WahaClient | undefined, phone: string, jc: JobContext): Promise<WhatsappStatus> {
  if (!client) return 'unknown';
  for (let attempt = 1; attempt <= CHECK_ATTEMPTS; attempt++) {
    const result = await client.checkExists(phone);
    if (result.ok) return result.value.exists ? 'active' : 'inactive';
    if (!result.error.retryable || attempt === CHECK_ATTEMPTS) break;
    await sleep(Math.min(result.error.retryAfterMs ?? CHECK_RETRY_MS[attempt - 1] ?? 2_000, 10_000), jc.signal);
  }
  return 'unknown';
}

async function wahaClientOrNone(app: AppContext, jc: JobContext): Promise<WahaClient | undefined> {
  try {
    return await wahaClientFor(app, jc.db, jc.workspaceId);
  } catch (error) {
    if (error instanceof AppError && error.code === 'provider_not_configured') {
      jc.logger.warn({ reason: error.message }, 'WhatsApp numbers not checked: WAHA is not set up');
      return undefined;
    }
    throw error;
  }
}

/**
 * The import of one uploaded contact sheet, watched through its upload (progress, result). Steps: read the file,
 * find the header, read and deduplicate the rows, import them in chunks, then settle each new number's WhatsApp
 * status (the sheet's column, else WAHA check-exists, paced) with what follows (materials or the call queue). Done
 * only when every new number is settled, so the result's counts are final.
 */
export const importContactsJob = (app: AppContext): RegisteredJob<'pharmacy.import-contacts'> =>
  defineJob('pharmacy.import-contacts', {
    schema: importContactsPayload,
    mode: 'io',
    maxAttempts: 3,
    backoff: { baseMs: 5_000, capMs: 60_000 },
    onFailed: uploadJobFailed,
    async handle({ uploadId }, jc) {
      const workspaceId = jc.workspaceId;
      const ref = { workspaceId, uploadId };
      const deps: FlowDeps = app;
      await startUpload(jc.db, app.clock, ref);
      const upload = await getUpload(jc.db, workspaceId, uploadId);
      const format = sheetFormatOf(upload.filename, upload.contentType);
      if (!format) throw new AppError('validation_failed', 'the file is not an Excel sheet (.xlsx, .xls), a CSV or a PDF', { retryable: false });
      const lines = await readSheetLines(await readUpload(jc.db, workspaceId, uploadId), format);
      const header = findHeader(lines);
      if (!header) throw new AppError('validation_failed', NO_HEADER_MESSAGE, { retryable: false });
      const { country } = await workspaceLocale(jc.db, workspaceId);
      const reading = readRecords(lines, header, country);
      const settings = await loadPharmacySettings(app, jc.db, workspaceId);

      let total = reading.rows;
      let done = reading.invalid.length + reading.mergedInFile;
      await reportUploadProgress(jc.db, app.clock, { ...ref, done, total });
      let imported = 0;
      let mergedExisting = 0;
      // Numbers the sheet says nothing about, checked with WAHA after the import.
      const toCheck: SheetContactRow[] = [];
      for (let start = 0; start < reading.records.length; start += IMPORT_CHUNK) {
        const chunk = reading.records.slice(start, start + IMPORT_CHUNK);
        const flags = new Map(chunk.map((r) => [r.phone, r.whatsapp]));
        const outcome = await inTransaction(jc.db, async (trx) => {
          const found = await importRecords(trx, deps, { workspaceId, uploadId, country, records: chunk });
          // The sheet says it: no check needed (a status settled by an earlier attempt stays).
          const unsettled = found.created.filter((c) => c.whatsapp_status === null);
          for (const status of ['active', 'inactive'] as const) {
            const contacts = unsettled.filter((c) => flags.get(c.phone) === status);
            await applyWhatsappStatus(trx, deps, { contacts, status, source: 'sheet', settings });
          }
          return { ...found, unchecked: unsettled.filter((c) => flags.get(c.phone) === undefined) };
        });
        imported += outcome.created.length;
        mergedExisting += outcome.mergedExisting;
        toCheck.push(...outcome.unchecked);
        done += chunk.length;
        await reportUploadProgress(jc.db, app.clock, { ...ref, done, total });
      }

      if (toCheck.length > 0) {
        total += toCheck.length;
        await reportUploadProgress(jc.db, app.clock, { ...ref, done, total });
        await checkContacts(app, jc, deps, toCheck, settings, async (checked) => {
          await reportUploadProgress(jc.db, app.clock, { ...ref, done: done + checked, total });
        });
        done += toCheck.length;
      }

      const figures = await uploadFigures(jc.db, workspaceId, uploadId);
      if (figures.byWhatsapp.unknown > 0) await queueRecheck(app, jc);
      const result: ContactImportResult = {
        rows: reading.rows,
        imported,
        merged_in_file: reading.mergedInFile,
        merged_existing: mergedExisting,
        invalid: reading.invalid,
        whatsapp_active: figures.byWhatsapp.active,
        whatsapp_inactive: figures.byWhatsapp.inactive,
        whatsapp_unknown: figures.byWhatsapp.unknown + figures.byWhatsapp.unchecked,
        materials_queued: figures.materialsQueued,
      };
      await finishUpload(jc.db, app.clock, { ...ref, result });
      jc.logger.info({ uploadId, rows: result.rows, imported: result.imported, invalid: result.invalid.length }, 'contact sheet imported');
    },
  });

/** Checks each contact's number with WAHA at the configured pace, settling its status (and what follows) as it goes. */
async function checkContacts(
  app: AppContext,
  jc: JobContext,
  deps: FlowDeps,
  contacts: readonly SheetContactRow[],
  settings: PharmacySettings,
  progress: (checked: number) => Promise<void>,
): Promise<void> {
  const client = await wahaClientOrNone(app, jc);
  const spacingMs = 1000 / settings.whatsapp_checks_per_second;
  const started = Date.now();
  for (const [i, contact] of contacts.entries()) {
    if (jc.signal.aborted) throw new AppError('internal', 'the worker is stopping; the import resumes on retry', { retryable: true });
    // Paced against wall-clock time: WAHA and WhatsApp see real requests whatever the app's clock says.
    if (client) await sleep(started + i * spacingMs - Date.now(), jc.signal);
    const status = await checkNumber(client, contact.phone, jc);
    await inTransaction(jc.db, (trx) => applyWhatsappStatus(trx, deps, { contacts: [contact], status, source: 'check', settings }));
    if ((i + 1) % 10 === 0 || i === contacts.length - 1) await progress(i + 1);
  }
}

/** Asks WAHA again about numbers whose check failed; queues itself again while some stay unknown. */
export const recheckWhatsappJob = (app: AppContext): RegisteredJob<'pharmacy.recheck-whatsapp'> =>
  defineJob('pharmacy.recheck-whatsapp', {
    schema: recheckPayload,
    mode: 'io',
    maxAttempts: 3,
    async handle(_payload, jc) {
      const unknown = await jc.db
        .selectFrom('pharmacy_contacts')
        .selectAll()
        .where('workspace_id', '=', jc.workspaceId)
        .where('whatsapp_status', '=', 'unknown')
        .orderBy('created_at')
        .limit(RECHECK_BATCH)
        .execute();
      if (unknown.length === 0) return;
      const settings = await loadPharmacySettings(app, jc.db, jc.workspaceId);
      await checkContacts(app, jc, app, unknown, settings, async () => undefined);
      const left = await jc.db.selectFrom('pharmacy_contacts').select('id').where('workspace_id', '=', jc.workspaceId).where('whatsapp_status', '=', 'unknown').limit(1).execute();
      if (left.length > 0) await queueRecheck(app, jc);
    },
  });

/**
 * The morning hand-out: runs every 15 minutes and hands out today's calls while the workspace's local time is in the
 * hour from MORNING_AT; a repeated run in that hour only tops up (a sheet uploaded at 07:20 is handed out too).
 */
export const morningAssignJob = (app: AppContext): RegisteredJob<'pharmacy.morning-assign'> =>
  defineJob('pharmacy.morning-assign', {
    schema: morningAssignPayload,
    mode: 'io',
    maxAttempts: 3,
    repeat: { everyMs: MORNING_EVERY_MS, payload: {} },
    async handle(_payload, jc) {
      const { timezone } = await workspaceLocale(jc.db, jc.workspaceId);
      const now = app.clock.now();
      const opens = atLocalTime(localDayOf(now, timezone), MORNING_AT, timezone);
      if (now < opens || now >= opens + 60 * 60_000) return;
      const result = await assignContacts(jc.db, app, jc.workspaceId);
      jc.logger.info({ date: result.date, assigned: result.assignments.reduce((n, a) => n + a.assigned, 0), unassigned: result.unassigned }, 'morning call hand-out');
    },
  });

/** Customers one transaction of the day's refill sends takes (each a message, with its reminders marked sent). */
export const REFILL_PAGE = 500;
/** Pages one run takes at most (5,000,000 customers); more would wait for the job's retry. */
const REFILL_MAX_PAGES = 10_000;

/**
 * A local day's refill reminders (queued at the start of that day, and again by a purchase whose reminder falls due
 * that same day): every customer with reminders due by then and still waiting gets one WhatsApp message naming every
 * medicine due, set-based, 500 customers per transaction; the deliveries themselves wait for business hours. Nothing
 * for a customer who bought again meanwhile; nothing twice (one message per customer and day).
 */
export const refillDayJob = (app: AppContext): RegisteredJob<'pharmacy.refill-day'> =>
  defineJob('pharmacy.refill-day', {
    schema: refillDayPayload,
    mode: 'io',
    maxAttempts: 10,
    async handle({ day }, jc) {
      let customers = 0;
      for (let page = 0; page < REFILL_MAX_PAGES; page++) {
        if (jc.signal.aborted) throw new AppError('internal', 'the worker is stopping; the refill sends resume on retry', { retryable: true });
        const taken = await inTransaction(jc.db, (trx) => sendDueRefills(trx, app, { workspaceId: jc.workspaceId, day, limit: REFILL_PAGE }));
        customers += taken;
        if (taken < REFILL_PAGE) break;
      }
      jc.logger.info({ day, customers }, 'refill reminders queued');
    },
  });

/** The module's jobs, for its descriptor. */
export const pharmacyJobs = (app: AppContext): readonly RegisteredJob[] => [importContactsJob(app), recheckWhatsappJob(app), morningAssignJob(app), refillDayJob(app)];
