// The call queue's reads: a staff member's morning list (contacts, follow-ups due) and the filtered contact list.
import type { z } from 'zod';
import { endOfLocalDay, localDayOf } from '../../../core/schedule/local-day.js';
import { listWorkForDay, type WorkDeps } from '../../../core/work/index.js';
import type { Executor } from '../../../db/database.js';
import type { followUpSchema, taskContactSchema } from '../contract/calls.js';
import type { listContactsQuery } from '../contract/contacts.js';
import { sheetContactView } from '../queries.js';
import { CALL_QUEUE, workspaceLocale } from '../settings.js';
import { getStaff } from '../staff/queries.js';
import type { FollowUpRow, SheetContactRow } from '../tables.js';
import { workspaceColumn } from '../../../db/by-id.js';

type TaskContact = z.output<typeof taskContactSchema>;
type FollowUpView = z.output<typeof followUpSchema>;

export function followUpView(row: FollowUpRow, contact: Pick<SheetContactRow, 'name' | 'phone'>): FollowUpView {
  return {
    id: row.id,
    contact_id: row.contact_id,
    contact_name: contact.name,
    contact_phone: contact.phone,
    staff_code: row.staff_code,
    remind_at: row.remind_at,
    note: row.note,
    done_at: row.done_at,
    created_at: row.created_at,
  };
}

/** Today's contacts for one person (carried-over first) and the follow-ups due by the end of today. */
export async function staffTasks(db: Executor, deps: Pick<WorkDeps, 'clock'>, workspaceId: string, staffCode: string): Promise<{ date: string; contacts: TaskContact[]; reminders: FollowUpView[] }> {
  const staff = await getStaff(db, workspaceId, staffCode);
  const { timezone } = await workspaceLocale(db, workspaceId);
  const date = localDayOf(deps.clock.now(), timezone);
  const items = await listWorkForDay(db, { workspaceId, queue: CALL_QUEUE, assignee: staff.staff_code, day: date });
  const ids = items.map((i) => i.itemId);
  const rows = ids.length === 0 ? [] : await db.selectFrom('pharmacy_contacts').selectAll().where(workspaceColumn(), '=', workspaceId).where('id', 'in', ids).execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const contacts: TaskContact[] = [];
  for (const item of items) {
    const row = byId.get(item.itemId);
    if (row) contacts.push({ ...sheetContactView(row), task_status: item.status === 'done' ? 'done' : 'claimed', carried_over: item.carriedOver });
  }
  const due = await db
    .selectFrom('pharmacy_follow_ups as f')
    .innerJoin('pharmacy_contacts as c', (j) => j.onRef('c.id', '=', 'f.contact_id').onRef('c.workspace_id', '=', 'f.workspace_id'))
    .selectAll('f')
    .select(['c.name as contact_name', 'c.phone as contact_phone'])
    .where('f.workspace_id', '=', workspaceId)
    .where('f.done_at', 'is', null)
    .where('f.remind_at', '<', endOfLocalDay(date, timezone))
    .where((eb) => eb.or([eb('f.staff_code', '=', staff.staff_code), eb.and([eb('f.staff_code', 'is', null), eb('c.assigned_staff_code', '=', staff.staff_code)])]))
    .orderBy('f.remind_at')
    .limit(200)
    .execute();
  return { date, contacts, reminders: due.map((f) => followUpView(f, { name: f.contact_name, phone: f.contact_phone })) };
}

type ListQuery = z.output<typeof listContactsQuery>;

/** Newest first, keyset paging on (created_at, id); `cursor` is `<created_at>:<id>` of the last row of the previous page. */
export async function listSheetContacts(db: Executor, workspaceId: string, q: ListQuery): Promise<SheetContactRow[]> {
  let query = db.selectFrom('pharmacy_contacts').selectAll().where('workspace_id', '=', workspaceId);
  if (q.status) query = query.where('status', '=', q.status);
  if (q.whatsapp_status) query = query.where('whatsapp_status', '=', q.whatsapp_status);
  if (q.upload_id) query = query.where('upload_id', '=', q.upload_id);
  const staffCode = q.staff_code;
  if (staffCode) query = query.where((eb) => eb.or([eb('assigned_staff_code', '=', staffCode), eb('last_staff_code', '=', staffCode)]));
  if (q.q) {
    const digits = q.q.replace(/\D/g, '').replace(/^0/, '');
    const term = `%${q.q.toLowerCase()}%`;
    query = query.where((eb) => {
      const name = eb(eb.fn('lower', ['name']), 'like', term);
      return digits.length >= 3 ? eb.or([name, eb('phone', 'like', `%${digits}%`)]) : name;
    });
  }
  const cursor = parseCursor(q.cursor);
  if (cursor) query = query.where((eb) => eb.or([eb('created_at', '<', cursor.at), eb.and([eb('created_at', '=', cursor.at), eb('id', '<', cursor.id)])]));
  return query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(q.limit).execute();
}

export const contactCursor = (row: SheetContactRow): string => `${row.created_at}:${row.id}`;

function parseCursor(cursor: string | undefined): { at: number; id: string } | undefined {
  if (!cursor) return undefined;
  const [at, id] = cursor.split(':');
  return at && id && /^\d+$/.test(at) ? { at: Number(at), id } : undefined;
}
