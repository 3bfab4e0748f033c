// Wire shapes of the call queue (/api/customers/assign-contacts, …/staff/{staff_code}/tasks, …/contacts/{contact_id}/interact and /reminder): the morning list, calls, follow-ups.
import { z } from 'zod';
import { sheetContactSchema } from './contacts.js';
import { genericEducationTaskSchema } from './customers.js';
import { taskRefillSchema } from './reminders.js';
import { staffCode } from './staff.js';

const ms = (what = 'UTC epoch ms') => z.number().describe(what);

export const INTERACTION_TYPES = ['call', 'whatsapp', 'sms', 'visit', 'other'] as const;

export const assignResultSchema = z
  .object({
    date: z.string().describe("The workspace's local day (YYYY-MM-DD) the assignments count against."),
    assignments: z.array(
      z.object({
        staff_code: z.string(),
        name: z.string(),
        cap: z.number().int().describe('max_contacts_per_day'),
        carried_over: z.number().int().describe("Yesterday's unfinished calls, kept by this person and counted first."),
        assigned: z.number().int().describe('Contacts handed out by this run.'),
        total_today: z.number().int().describe('Everything counted against today: carried over, earlier runs and this one.'),
      }),
    ),
    unassigned: z.number().int().describe('Contacts still waiting in the queue because every cap is reached (counted up to 500).'),
  })
  .meta({ id: 'PharmacyAssignResult' });

export const taskContactSchema = sheetContactSchema
  .extend({
    task_status: z.enum(['claimed', 'done']).describe('claimed: still to call; done: called (or bought, or marked) today.'),
    carried_over: z.boolean().describe('Handed out on an earlier day and not finished: call these first.'),
  })
  .meta({ id: 'PharmacyTaskContact' });

export const followUpSchema = z
  .object({
    id: z.string().describe('pfu_…'),
    contact_id: z.string(),
    contact_name: z.string().nullable(),
    contact_phone: z.string(),
    staff_code: z.string().nullable(),
    remind_at: ms(),
    note: z.string().nullable(),
    done_at: ms().nullable(),
    created_at: ms(),
  })
  .meta({ id: 'PharmacyFollowUp' });

export const tasksSchema = z
  .object({
    staff_code: z.string(),
    date: z.string().describe("Today in the workspace's time zone."),
    contacts: z.array(taskContactSchema).describe("Today's contacts to call, carried-over ones first."),
    reminders: z.array(followUpSchema).describe('Follow-ups due by the end of today (overdue ones included) for this person or their contacts.'),
    generic_education: z.array(genericEducationTaskSchema).describe('Customers this person called or converted who buy a branded medicine with a known generic and were not told yet (at most 50).'),
    refills: z.array(taskRefillSchema).describe("Refill reminders due by today (overdue included), not sent or bought yet, for customers this person called or converted."),
  })
  .meta({ id: 'PharmacyTasks' });

export const interactBody = z.object({
  contact_id: z.string().optional().describe('Optional; when given it must be the id in the path.'),
  staff_code: staffCode,
  interaction_type: z.enum(INTERACTION_TYPES).default('call'),
  notes: z.string().trim().max(4000).nullish(),
  customer_response: z.string().trim().max(2000).nullish(),
  next_action: z.string().trim().max(2000).nullish(),
  call_duration: z.number().int().min(0).max(86_400).nullish().describe('Seconds.'),
  call_successful: z.boolean().nullish(),
  generic_explained: z.boolean().optional().describe('true: the generic was explained; the customer this contact became moves to generic_informed.'),
});

export const interactionSchema = z
  .object({
    id: z.string().describe('pin_…'),
    contact_id: z.string(),
    staff_code: z.string(),
    interaction_type: z.string(),
    notes: z.string().nullable(),
    customer_response: z.string().nullable(),
    next_action: z.string().nullable(),
    call_duration: z.number().int().nullable(),
    call_successful: z.boolean().nullable(),
    created_at: ms(),
  })
  .meta({ id: 'PharmacyInteraction' });

export const interactResultSchema = z
  .object({ interaction: interactionSchema, contact: sheetContactSchema })
  .meta({ id: 'PharmacyInteractResult' });

/** A moment as epoch ms or an ISO 8601 text with its offset (`2026-01-08T10:00:00+07:00`). */
const moment = z.union([
  z.number().int().min(0),
  z
    .string()
    .refine((s) => !Number.isNaN(Date.parse(s)) && /(Z|[+-]\d\d:?\d\d)$/.test(s), 'must be epoch ms or an ISO 8601 time with its offset, e.g. 2026-01-08T10:00:00+07:00')
    .transform((s) => Date.parse(s)),
]);

export const reminderBody = z.object({
  remind_at: moment,
  note: z.string().trim().max(2000).nullish(),
  staff_code: staffCode.nullish().describe('Who should follow up; default: whoever holds the contact in the call queue.'),
});
