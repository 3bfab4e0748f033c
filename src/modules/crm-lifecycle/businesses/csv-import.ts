// A businesses CSV, read row by row: each row created, merged into the business with its phone or email, or left out
// with the line number and why (as a code), so a person can fix the file and import it again.
import type { ContactsDeps } from '../../../core/contacts/contacts.js';
import { AppError } from '../../../core/errors.js';
import type { Executor } from '../../../db/database.js';
import { businessInputSchema, IMPORT_COLUMNS, IMPORT_ROW_PROBLEMS, MAX_IMPORT } from '../contract/businesses.js';
import { createBusiness } from './flow.js';

export type ImportProblem = (typeof IMPORT_ROW_PROBLEMS)[number];

export interface CsvImportReport {
  rows: number;
  created: number;
  merged: number;
  skipped: number;
  problems: { row: number; field: string; reason: ImportProblem }[];
}

/** Header names as people write them ("E-mail", " Phone ") read as the column they mean. */
const columnOf = (header: string): string => {
  const h = header.trim().toLowerCase().replace(/[\s_-]+/g, '');
  if (h === 'email' || h === 'mail') return 'email';
  if (h === 'phone' || h === 'telephone' || h === 'telepon' || h === 'whatsapp') return 'phone';
  if (h === 'name' || h === 'nama' || h === 'business' || h === 'businessname') return 'name';
  if (h === 'website' || h === 'site' || h === 'url') return 'website';
  if (h === 'city' || h === 'kota') return 'city';
  return h;
};

/** csv-parse is imported at the first import, not at start-up (an idle server reads no CSV). */
async function readRows(csv: string): Promise<Record<string, string>[]> {
  const { parse } = await import('csv-parse/sync');
  try {
    return parse(csv, {
      bom: true,
      columns: (headers: string[]) => headers.map(columnOf),
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    }) as Record<string, string>[];
  } catch (error) {
    throw new AppError('validation_failed', `csv: the file is not readable CSV (${error instanceof Error ? error.message : 'parse error'})`, { context: { field: 'csv' } });
  }
}

/**
 * Imports the rows in one transaction. A row beyond MAX_IMPORT is reported, not imported; a file without a name
 * column is refused whole (validation_failed on `csv`), since every row would fail the same way.
 */
export async function importBusinessesCsv(db: Executor, deps: ContactsDeps, workspaceId: string, country: string, csv: string): Promise<CsvImportReport> {
  const rows = await readRows(csv);
  if (rows.length > 0 && !Object.keys(rows[0] ?? {}).includes('name')) {
    throw new AppError('validation_failed', `csv: the header row needs a "name" column (columns: ${IMPORT_COLUMNS.join(', ')})`, { context: { field: 'csv' } });
  }
  const report: CsvImportReport = { rows: rows.length, created: 0, merged: 0, skipped: 0, problems: [] };
  const leaveOut = (row: number, field: string, reason: ImportProblem) => {
    report.skipped++;
    report.problems.push({ row, field, reason });
  };
  await db.transaction().execute(async (trx) => {
    for (const [index, raw] of rows.entries()) {
      const row = index + 2; // line 1 is the header
      if (index >= MAX_IMPORT) {
        leaveOut(row, 'row', 'too_many_rows');
        continue;
      }
      const input = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, raw[c] ? raw[c] : null]));
      if (!input['name']) {
        leaveOut(row, 'name', 'name_missing');
        continue;
      }
      if (!input['phone'] && !input['email']) {
        leaveOut(row, 'phone', 'no_contact');
        continue;
      }
      const parsed = businessInputSchema.safeParse(input);
      if (!parsed.success) {
        leaveOut(row, parsed.error.issues[0]?.path.join('.') || 'row', 'too_long');
        continue;
      }
      try {
        const outcome = await createBusiness(trx, deps, workspaceId, country, parsed.data);
        if (outcome.created) report.created++;
        else report.merged++;
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'validation_failed') throw error;
        const field = String(error.context['field'] ?? 'phone');
        leaveOut(row, field, field === 'email' ? 'email_invalid' : 'phone_invalid');
      }
    }
  });
  return report;
}
