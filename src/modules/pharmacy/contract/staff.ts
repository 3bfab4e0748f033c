// Wire shapes of the pharmacy staff (/api/customers/staff…): who calls contacts and how many a day.
import { z } from 'zod';

const ms = (what = 'UTC epoch ms') => z.number().describe(what);

/** A staff member's code, as the counter and the call queue name them. */
export const staffCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$/, 'must be 1 to 32 letters, digits, dots, dashes or underscores, e.g. STAFF001');

export const staffSchema = z
  .object({
    staff_code: z.string(),
    name: z.string(),
    phone: z.string().nullable().describe('E.164, e.g. +6281234567890.'),
    max_contacts_per_day: z.number().int().describe('The most contacts this person is handed in one local day (carried-over calls count first).'),
    user_id: z.string().nullable().describe('The signed-in user (role staff) this person is, when linked.'),
    active: z.boolean().describe('false: deactivated; gets no new contacts, keeps their history.'),
    created_at: ms(),
    updated_at: ms(),
  })
  .meta({ id: 'PharmacyStaff' });

export const createStaffBody = z.object({
  staff_code: staffCode,
  name: z.string().trim().min(1, 'name is required').max(120),
  phone: z.string().trim().max(40).nullish().describe('Any format; read with the workspace country and stored as E.164.'),
  max_contacts_per_day: z.number().int().min(1).max(500).default(20),
  user_id: z.string().trim().min(1).max(64).nullish(),
});

export const updateStaffBody = z
  .object({
    name: z.string().trim().min(1).max(120),
    phone: z.string().trim().max(40).nullable(),
    max_contacts_per_day: z.number().int().min(1).max(500),
    user_id: z.string().trim().min(1).max(64).nullable(),
    active: z.boolean(),
  })
  .partial();

export const staffParams = z.object({ staff_code: staffCode });
export const staffListSchema = z.object({ items: z.array(staffSchema) }).meta({ id: 'PharmacyStaffList' });
export const listStaffQuery = z.object({ include_inactive: z.enum(['true', 'false']).optional().describe('true: deactivated staff too.') });
