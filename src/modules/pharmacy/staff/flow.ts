// Writes of pharmacy staff: add, change, deactivate; each audited.
import type { Actor } from '../../../core/audit.js';
import { recordAudit } from '../../../core/audit.js';
import { findUserById } from '../../../core/auth/users.js';
import type { Clock } from '../../../core/clock.js';
import { normalizePhone, toCountryCode } from '../../../core/contacts/phone.js';
import { AppError } from '../../../core/errors.js';
import { newId } from '../../../core/ids.js';
import type { Executor } from '../../../db/database.js';
import { isUniqueViolation, withSavepoint } from '../../../db/transaction.js';
import type { StaffRow } from '../tables.js';
import { getStaff } from './queries.js';

export interface StaffInput {
  staff_code: string;
  name: string;
  phone?: string | null | undefined;
  max_contacts_per_day: number;
  user_id?: string | null | undefined;
}

export interface StaffChanges {
  name?: string | undefined;
  phone?: string | null | undefined;
  max_contacts_per_day?: number | undefined;
  user_id?: string | null | undefined;
  active?: boolean | undefined;
}

interface StaffDeps {
  clock: Clock;
}

const invalid = (field: string, message: string) => new AppError('validation_failed', `body.${field}: ${message}`, { context: { fields: { [field]: message } } });

function readPhone(raw: string | null | undefined, country: string): string | null {
  if (raw === undefined || raw === null || raw.trim() === '') return null;
  const e164 = normalizePhone(raw, toCountryCode(country));
  if (e164 === undefined) throw invalid('phone', 'not a valid phone number');
  return e164;
}

async function checkUser(db: Executor, workspaceId: string, userId: string | null | undefined): Promise<string | null> {
  if (!userId) return null;
  const user = await findUserById(db, workspaceId, userId);
  if (!user) throw invalid('user_id', `no user ${userId} in this workspace`);
  return user.id;
}

/** Adds a staff member; a staff code already in use is a 409. */
export async function createStaff(db: Executor, deps: StaffDeps, workspaceId: string, country: string, input: StaffInput, actor: Actor): Promise<StaffRow> {
  const now = deps.clock.now();
  const row: StaffRow = {
    id: newId('pst', now),
    workspace_id: workspaceId,
    staff_code: input.staff_code,
    name: input.name,
    phone: readPhone(input.phone, country),
    max_contacts_per_day: input.max_contacts_per_day,
    user_id: await checkUser(db, workspaceId, input.user_id),
    active: 1,
    created_at: now,
    updated_at: now,
  };
  try {
    await withSavepoint(db, 'pharmacy_staff_insert', () => db.insertInto('pharmacy_staff').values(row).execute());
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', `staff code ${input.staff_code} is already in use`, { context: { staff_code: input.staff_code } });
    throw error;
  }
  await recordAudit(db, deps.clock, { workspaceId, actor, action: 'pharmacy.staff.create', subjectType: 'pharmacy_staff', subjectId: row.staff_code, after: row });
  return row;
}

/** Changes a staff member's details, cap, link or active flag. */
export async function updateStaff(db: Executor, deps: StaffDeps, workspaceId: string, country: string, staffCode: string, changes: StaffChanges, actor: Actor): Promise<StaffRow> {
  const before = await getStaff(db, workspaceId, staffCode);
  const set: Partial<StaffRow> = { updated_at: deps.clock.now() };
  if (changes.name !== undefined) set.name = changes.name;
  if (changes.phone !== undefined) set.phone = readPhone(changes.phone, country);
  if (changes.max_contacts_per_day !== undefined) set.max_contacts_per_day = changes.max_contacts_per_day;
  if (changes.user_id !== undefined) set.user_id = await checkUser(db, workspaceId, changes.user_id);
  if (changes.active !== undefined) set.active = changes.active ? 1 : 0;
  await db.updateTable('pharmacy_staff').set(set).where('workspace_id', '=', workspaceId).where('id', '=', before.id).execute();
  const after = await getStaff(db, workspaceId, staffCode);
  await recordAudit(db, deps.clock, { workspaceId, actor, action: 'pharmacy.staff.update', subjectType: 'pharmacy_staff', subjectId: staffCode, before, after });
  return after;
}
