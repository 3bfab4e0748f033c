// Wire shapes of the pharmacy routes (/api/customers/…): staff, sheet contacts and their uploads. The dashboard takes its types from here.
import { z } from 'zod';

export * from './contract/analytics.js';
export * from './contract/purchases.js';

const ms = (what = 'UTC epoch ms') => z.number().describe(what);

/** The five statuses of a sheet contact. */
export const CONTACT_STATUSES = ['pending', 'contacted', 'converted', 'yellow', 'inactive'] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];
/** Whether a number has WhatsApp: active, inactive, or unknown when the check failed (it is checked again later). */
export const WHATSAPP_STATUSES = ['active', 'inactive', 'unknown'] as const;
export type WhatsappStatus = (typeof WHATSAPP_STATUSES)[number];

// ---- staff -------------------------------------------------------------------------------------------------------

const staffCode = z
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

// ---- sheet contacts ----------------------------------------------------------------------------------------------

export const sheetContactSchema = z
  .object({
    id: z.string().describe('pco_…'),
    name: z.string().nullable(),
    phone: z.string().describe('E.164.'),
    address: z.string().nullable(),
    city: z.string().nullable(),
    notes: z.string().nullable(),
    status: z.enum(CONTACT_STATUSES),
    whatsapp_status: z.enum(WHATSAPP_STATUSES).nullable().describe('null while the number is being checked.'),
    upload_id: z.string().nullable().describe('The upload that first brought this contact in.'),
    materials_queued_at: ms().nullable(),
    last_staff_code: z.string().nullable().describe('Who last called them.'),
    last_interaction_at: ms().nullable(),
    converted_at: ms().nullable(),
    conversion_value: z.number().nullable(),
    converted_by_staff_code: z.string().nullable(),
    customer_id: z.string().nullable().describe('The customer they became.'),
    assigned_staff_code: z.string().nullable().describe('Who the call queue last handed them to.'),
    created_at: ms(),
    updated_at: ms(),
  })
  .meta({ id: 'PharmacyContact' });

/** A row of a sheet that was not imported: its row number as the sheet shows it, and why. */
export const invalidRowSchema = z.object({ row: z.number().int(), reason: z.string() });

export const contactImportResultSchema = z
  .object({
    rows: z.number().int().describe('Data rows read below the header (blank rows not counted).'),
    imported: z.number().int().describe('New contacts created.'),
    merged_in_file: z.number().int().describe('Rows repeating a phone already seen higher up in the same sheet.'),
    merged_existing: z.number().int().describe('Rows whose phone was already a contact or a customer: merged, nothing new created.'),
    invalid: z.array(invalidRowSchema).describe('Rows not imported: phone missing or not a valid number.'),
    whatsapp_active: z.number().int().describe('New contacts whose number has WhatsApp.'),
    whatsapp_inactive: z.number().int().describe('New contacts without WhatsApp: they go to the call queue.'),
    whatsapp_unknown: z.number().int().describe('New contacts whose check failed after its retries; checked again later.'),
    materials_queued: z.number().int().describe('New contacts the store materials were queued for (sent inside business hours).'),
  })
  .meta({ id: 'PharmacyContactImport' });
export type ContactImportResult = z.infer<typeof contactImportResultSchema>;

/** `GET /api/customers/uploads/{upload_id}`: the upload, with the import's result when done. */
export const contactUploadSchema = z
  .object({
    upload_id: z.string(),
    purpose: z.string().describe('pharmacy.contacts'),
    filename: z.string(),
    content_type: z.string(),
    size: z.number().int().describe('Bytes.'),
    status: z.enum(['queued', 'running', 'done', 'failed']).describe('queued → running → done, or failed (error says why).'),
    progress: z
      .object({ done: z.number().int(), total: z.number().int() })
      .nullable()
      .describe('Rows (then numbers checked) handled so far and how many there are; null until the job knows.'),
    result: contactImportResultSchema.nullable().describe('The import report, when done; null before.'),
    error: z.string().nullable().describe('Why it failed (e.g. no header row), or why the last attempt failed while it is queued to retry.'),
    job_id: z.number().int().nullable(),
    created_by: z.string().nullable(),
    created_at: ms(),
    updated_at: ms(),
    finished_at: ms().nullable(),
  })
  .meta({ id: 'PharmacyContactUpload' });

export const uploadParams = z.object({ upload_id: z.string().regex(/^upl_/, 'must be an upload id (upl_…)') });

// ---- the call queue ----------------------------------------------------------------------------------------------

export const INTERACTION_TYPES = ['call', 'whatsapp', 'sms', 'visit', 'other'] as const;

export const contactParams = z.object({ contact_id: z.string().regex(/^pco_/, 'must be a contact id (pco_…)') });

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

export const genericSuggestionSchema = z
  .object({
    medicine_name: z.string().describe('The branded medicine they buy.'),
    brand_name: z.string().nullable(),
    generic_name: z.string().describe('Its generic, to explain to them.'),
    source: z.enum(['sold_as_generic', 'owner_list']).describe("Why it is known: the same generic_name was sold here as a generic, or the owner's list."),
  })
  .meta({ id: 'PharmacyGenericSuggestion' });

/** A customer of this person with branded medicines whose generic is known. */
export const genericEducationTaskSchema = z
  .object({
    customer_id: z.string(),
    customer_name: z.string().nullable(),
    customer_phone: z.string(),
    suggestions: z.array(genericSuggestionSchema),
  })
  .meta({ id: 'PharmacyGenericEducationTask' });

export const refillReminderSchema = z
  .object({
    id: z.string().describe('prr_…'),
    customer_id: z.string(),
    medicine_name: z.string(),
    reminder_date: z.string().describe("YYYY-MM-DD in the workspace's time zone."),
    notification_sent: z.boolean(),
    customer_purchased: z.boolean(),
  })
  .meta({ id: 'PharmacyRefillReminder' });

export const taskRefillSchema = refillReminderSchema
  .extend({
    customer_name: z.string().nullable(),
    customer_phone: z.string().describe('E.164: to call or message them.'),
  })
  .meta({ id: 'PharmacyTaskRefill' });

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

export const statusQuery = z.object({ status: z.enum(CONTACT_STATUSES).optional() });
export const statusBody = z.object({ status: z.enum(CONTACT_STATUSES).optional(), reason: z.string().trim().max(500).optional() }).nullish();

export const listContactsQuery = z.object({
  status: z.enum(CONTACT_STATUSES).optional(),
  whatsapp_status: z.enum(WHATSAPP_STATUSES).optional(),
  staff_code: z.string().trim().max(32).optional().describe('Contacts handed to, or last called by, this person.'),
  upload_id: z.string().trim().max(40).optional(),
  q: z.string().trim().min(1).max(100).optional().describe('Part of the name, or of the phone digits.'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(100).optional().describe('next_cursor of the previous page.'),
});

export const contactPageSchema = z.object({ items: z.array(sheetContactSchema), next_cursor: z.string().nullable() }).meta({ id: 'PharmacyContactPage' });

// ---- customers, purchases, refill reminders -----------------------------------------------------------------------

export const CUSTOMER_CATEGORIES = ['contact_sheet', 'first_time_prescription', 'regular_branded', 'generic_informed'] as const;

export const purchaseItemBody = z.object({
  medicine_name: z.string().trim().min(1, 'medicine_name is required').max(200),
  brand_name: z.string().trim().max(200).nullish(),
  generic_name: z.string().trim().max(200).nullish(),
  quantity: z.number().positive().max(100_000),
  unit_price: z.number().min(0).max(1_000_000_000),
  total_amount: z.number().min(0).nullish().describe('Optional; when given it must equal quantity × unit_price.'),
  is_generic: z.boolean().default(false),
  is_prescription: z.boolean().default(false),
  duration_days: z.number().int().min(1).max(365).nullish().describe('How long the medicine lasts; a refill reminder is scheduled for purchase day + duration − 3.'),
});

export const quickPurchaseBody = z.object({
  phone: z.string().trim().min(1, 'phone is required').max(40).describe('Any format the staff types; read with the workspace country.'),
  name: z.string().trim().max(200).nullish(),
  category: z.enum(CUSTOMER_CATEGORIES).nullish(),
  age: z.number().int().min(0).max(130).nullish(),
  gender: z.string().trim().max(20).nullish(),
  address: z.string().trim().max(500).nullish(),
  chronic_conditions: z.string().trim().max(2000).nullish().describe('Encrypted at rest; shown only to owner, admin and staff.'),
  allergies: z.string().trim().max(2000).nullish().describe('Encrypted at rest; shown only to owner, admin and staff.'),
  staff_code: z.string().trim().max(32).nullish().describe('Who served the customer (optional).'),
  items: z.array(purchaseItemBody).min(1, 'at least one item').max(100),
});

export const quickPurchaseResultSchema = z
  .object({
    customer_id: z.string().describe('pcu_…'),
    is_new_customer: z.boolean(),
    is_repeat_customer: z.boolean(),
    total_amount: z.number(),
    refill_reminders_scheduled: z.number().int(),
    message: z.string(),
  })
  .meta({ id: 'PharmacyQuickPurchaseResult' });

export const customerSchema = z
  .object({
    id: z.string(),
    phone: z.string(),
    name: z.string().nullable(),
    category: z.enum(CUSTOMER_CATEGORIES),
    age: z.number().int().nullable(),
    gender: z.string().nullable(),
    address: z.string().nullable(),
    has_chronic_conditions: z.boolean(),
    has_allergies: z.boolean(),
    source_contact_id: z.string().nullable(),
    purchase_count: z.number().int(),
    total_spent: z.number(),
    first_purchase_at: ms().nullable(),
    last_purchase_at: ms().nullable(),
    created_at: ms(),
  })
  .meta({ id: 'PharmacyCustomer' });

export const customerParams = z.object({ customer_id: z.string().regex(/^pcu_/, 'must be a customer id (pcu_…)') });

/** `GET /api/customers/{customer_id}`: medical details only for owner, admin and staff (omitted for other roles), and every such read is audited. */
export const customerDetailSchema = customerSchema
  .extend({
    chronic_conditions: z.string().nullable().optional().describe('Only for owner, admin and staff (absent for other roles); each read is audited.'),
    allergies: z.string().nullable().optional().describe('Only for owner, admin and staff (absent for other roles); each read is audited.'),
    generic_informed_at: ms().nullable().describe('When staff explained the generic.'),
    generic_share: z.number().nullable().describe('Since then: the share of their items that were generic (0 to 1); null before.'),
    generic_suggestions: z.array(genericSuggestionSchema).describe('Branded medicines they buy whose generic is known: explain it (empty once informed).'),
  })
  .meta({ id: 'PharmacyCustomerDetail' });

export const genericInformedBody = z
  .object({
    staff_code: staffCode.nullish().describe('Who explained it (kept in the audit log).'),
  })
  .nullish();

export const phoneLookupSchema = z
  .object({
    phone: z.string().describe('The number as E.164.'),
    customer: customerSchema.nullable().describe('The customer with this phone, or null.'),
    contact: sheetContactSchema.nullable().describe('The sheet contact with this phone ("contacted before?"), or null.'),
  })
  .meta({ id: 'PharmacyPhoneLookup' });

export const phoneParams = z.object({ phone: z.string().min(3).max(40) });

/** A pending reminder with who it is for, so the list can be called or messaged without opening the customer. */
export const pendingRefillSchema = taskRefillSchema;

export const pendingRemindersQuery = z.object({ days_ahead: z.coerce.number().int().min(0).max(365).default(3) });
export const reminderParams = z.object({ reminder_id: z.string().regex(/^prr_/, 'must be a refill reminder id (prr_…)') });
export const notifyResultSchema = z
  .object({
    reminder: refillReminderSchema,
    sent: z.boolean().describe('false: it was already sent (or bought again); nothing more was sent.'),
    delivery_id: z.string().nullable(),
  })
  .meta({ id: 'PharmacyNotifyResult' });

/** A branded medicine (its medicine or brand name, any case) and its generic. */
export const genericAlternativeSchema = z.object({ medicine_name: z.string().trim().min(1).max(200), generic_name: z.string().trim().min(1).max(200) });

// ---- settings ----------------------------------------------------------------------------------------------------

export const pharmacySettingsViewSchema = z
  .object({
    materials_text: z.string().describe('Sent once to each new contact with WhatsApp; {{name}} is their name.'),
    materials_image_url: z.string().nullable(),
    materials_pdf_url: z.string().nullable(),
    whatsapp_checks_per_second: z.number().int(),
    generic_alternatives: z.array(genericAlternativeSchema).describe('Branded medicines and their generic, kept by the owner.'),
  })
  .meta({ id: 'PharmacySettings' });

export const updatePharmacySettingsBody = z
  .object({
    materials_text: z.string().trim().min(1).max(4000).nullable().describe('null: back to the default text.'),
    materials_image_url: z.url({ protocol: /^https?$/ }).nullable(),
    materials_pdf_url: z.url({ protocol: /^https?$/ }).nullable(),
    whatsapp_checks_per_second: z.number().int().min(1).max(50),
    generic_alternatives: z.array(genericAlternativeSchema).max(1000).nullable().describe('The whole list (replaces the old one); null: empty.'),
  })
  .partial();
