// Reads of pharmacy staff: one by code, the list, and the API view of a row.
import { notFound } from '../../../core/errors.js';
import type { Executor } from '../../../db/database.js';
import type { z } from 'zod';
import type { staffSchema } from '../contract/staff.js';
import type { StaffRow } from '../tables.js';

export async function findStaff(db: Executor, workspaceId: string, staffCode: string): Promise<StaffRow | undefined> {
  return db.selectFrom('pharmacy_staff').selectAll().where('workspace_id', '=', workspaceId).where('staff_code', '=', staffCode).executeTakeFirst();
}

export async function getStaff(db: Executor, workspaceId: string, staffCode: string): Promise<StaffRow> {
  const row = await findStaff(db, workspaceId, staffCode);
  if (!row) throw notFound('staff member', staffCode);
  return row;
}

/** Staff by code; deactivated ones only when asked. */
export async function listStaff(db: Executor, workspaceId: string, options: { includeInactive?: boolean } = {}): Promise<StaffRow[]> {
  let q = db.selectFrom('pharmacy_staff').selectAll().where('workspace_id', '=', workspaceId);
  if (!options.includeInactive) q = q.where('active', '=', 1);
  return q.orderBy('staff_code').execute();
}

/** The staff member linked to a signed-in user, if any. */
export async function findStaffByUser(db: Executor, workspaceId: string, userId: string): Promise<StaffRow | undefined> {
  return db.selectFrom('pharmacy_staff').selectAll().where('workspace_id', '=', workspaceId).where('user_id', '=', userId).executeTakeFirst();
}

export function staffView(row: StaffRow): z.output<typeof staffSchema> {
  return {
    staff_code: row.staff_code,
    name: row.name,
    phone: row.phone,
    max_contacts_per_day: row.max_contacts_per_day,
    user_id: row.user_id,
    active: row.active === 1,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}
