// The conversion report: contacts added in a period by status, conversions in it, each staff member's calls and conversions, each sheet's conversion.
import type { z } from 'zod';
import { endOfLocalDay, startOfLocalDay } from '../../../core/schedule/local-day.js';
import { AppError } from '../../../core/errors.js';
import { getUpload } from '../../../core/uploads.js';
import type { Executor } from '../../../db/database.js';
import type { conversionReportSchema, staffPerformanceSchema, uploadConversionSchema } from '../contract/analytics.js';
import { CONTACT_STATUSES, type ContactStatus } from '../contract/contacts.js';
import { cents, num, share } from './figures.js';

type Report = z.output<typeof conversionReportSchema>;
type StaffPerformance = z.output<typeof staffPerformanceSchema>;

/** `[from, to)` in UTC ms for local days `start`..`end` (both included). */
export function periodBounds(start: string, end: string, timezone: string): { from: number; to: number } {
  return { from: startOfLocalDay(start, timezone), to: endOfLocalDay(end, timezone) };
}

/**
 * Each staff member's work in `[from, to)`: calls and other interactions logged, different contacts reached, and
 * the contacts converted in the period that were credited to them (they called last) with their purchases' value.
 * Everyone on the staff list appears, with zeros when idle, and any other code that has activity.
 */
export async function staffPerformance(db: Executor, workspaceId: string, from: number, to: number): Promise<StaffPerformance[]> {
  const staff = await db.selectFrom('pharmacy_staff').select(['staff_code', 'name', 'active']).where('workspace_id', '=', workspaceId).execute();
  const calls = await db
    .selectFrom('pharmacy_interactions')
    .select((eb) => [
      'staff_code',
      eb.fn.countAll<number>().as('interactions'),
      eb.fn.sum<number>(eb.case().when('interaction_type', '=', 'call').then(1).else(0).end()).as('calls'),
      eb.fn.count<number>('contact_id').distinct().as('reached'),
    ])
    .where('workspace_id', '=', workspaceId)
    .where('created_at', '>=', from)
    .where('created_at', '<', to)
    .groupBy('staff_code')
    .execute();
  const wins = await db
    .selectFrom('pharmacy_contacts')
    .select((eb) => ['converted_by_staff_code', eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('conversion_value').as('value')])
    .where('workspace_id', '=', workspaceId)
    .where('converted_at', '>=', from)
    .where('converted_at', '<', to)
    .where('converted_by_staff_code', 'is not', null)
    .groupBy('converted_by_staff_code')
    .execute();
  const byCode = new Map<string, StaffPerformance>();
  const entry = (code: string): StaffPerformance => {
    let e = byCode.get(code);
    if (!e) {
      e = { staff_code: code, name: null, active: false, calls_made: 0, interactions: 0, contacts_reached: 0, conversions: 0, conversion_value: 0, conversion_rate: null };
      byCode.set(code, e);
    }
    return e;
  };
  for (const s of staff) Object.assign(entry(s.staff_code), { name: s.name, active: s.active === 1 });
  for (const c of calls) Object.assign(entry(c.staff_code), { calls_made: num(c.calls), interactions: num(c.interactions), contacts_reached: num(c.reached) });
  for (const w of wins) if (w.converted_by_staff_code) Object.assign(entry(w.converted_by_staff_code), { conversions: num(w.n), conversion_value: cents(num(w.value)) });
  return [...byCode.values()]
    .map((e) => ({ ...e, conversion_rate: share(e.conversions, e.contacts_reached) }))
    .sort((a, b) => a.staff_code.localeCompare(b.staff_code));
}

/** The sheets that brought contacts in during the period (a sheet's contacts are created as it is imported), newest first. */
async function uploadConversions(db: Executor, workspaceId: string, from: number, to: number): Promise<z.output<typeof uploadConversionSchema>[]> {
  const rows = await db
    .selectFrom('pharmacy_contacts')
    .select((eb) => [
      'upload_id',
      eb.fn.countAll<number>().as('n'),
      eb.fn.max('created_at').as('last_at'),
      eb.fn.sum<number>(eb.case().when('status', '=', 'converted').then(1).else(0).end()).as('converted'),
      eb.fn.sum<number>(eb.case().when('status', '=', 'converted').then(eb.ref('conversion_value')).else(0).end()).as('value'),
    ])
    .where('workspace_id', '=', workspaceId)
    .where('upload_id', 'is not', null)
    .where('created_at', '>=', from)
    .where('created_at', '<', to)
    .groupBy('upload_id')
    .orderBy('last_at', 'desc')
    .orderBy('upload_id', 'desc')
    .limit(200)
    .execute();
  const out: z.output<typeof uploadConversionSchema>[] = [];
  for (const r of rows) {
    if (!r.upload_id) continue;
    // A deleted upload keeps its contacts' figures; only its name and time are gone.
    const upload = await getUpload(db, workspaceId, r.upload_id).catch((error: unknown) => {
      if (error instanceof AppError && error.code === 'not_found') return undefined;
      throw error;
    });
    const contacts = num(r.n);
    const converted = num(r.converted);
    out.push({
      upload_id: r.upload_id,
      filename: upload?.filename ?? null,
      uploaded_at: upload?.createdAt ?? null,
      contacts,
      converted,
      conversion_value: cents(num(r.value)),
      conversion_rate: share(converted, contacts),
    });
  }
  return out;
}

/** The conversion report for local days `start`..`end` (both included) in `timezone`. */
export async function conversionReport(db: Executor, workspaceId: string, timezone: string, start: string, end: string): Promise<Report> {
  const { from, to } = periodBounds(start, end, timezone);
  const statuses = await db
    .selectFrom('pharmacy_contacts')
    .select((eb) => ['status', eb.fn.countAll<number>().as('n')])
    .where('workspace_id', '=', workspaceId)
    .where('created_at', '>=', from)
    .where('created_at', '<', to)
    .groupBy('status')
    .execute();
  const byStatus = Object.fromEntries(CONTACT_STATUSES.map((s) => [s, 0])) as Record<ContactStatus, number>;
  for (const r of statuses) if (r.status in byStatus) byStatus[r.status as ContactStatus] += num(r.n);
  const total = Object.values(byStatus).reduce((a, b) => a + b, 0);
  const converted = await db
    .selectFrom('pharmacy_contacts')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('conversion_value').as('value')])
    .where('workspace_id', '=', workspaceId)
    .where('converted_at', '>=', from)
    .where('converted_at', '<', to)
    .executeTakeFirst();
  return {
    start_date: start,
    end_date: end,
    timezone,
    contacts: { total, by_status: byStatus, conversion_rate: share(byStatus.converted, total) },
    converted: { count: num(converted?.n), value: cents(num(converted?.value)) },
    by_staff: await staffPerformance(db, workspaceId, from, to),
    by_upload: await uploadConversions(db, workspaceId, from, to),
  };
}

