// Wire shapes of /api/v1/crm/businesses and /api/v1/crm/facets (routes-businesses.ts).
import { z } from 'zod';
import { CONTACT_STATUSES, contactStatusSchema, STATUS_FIELDS, SUBSCRIPTION_STATUSES, subscriptionStatusSchema, WEBSITE_STATUSES, websiteStatusSchema } from './statuses.js';
import { noteSchema, notesSchema } from '../../../server/contract/notes.js';

/** A note as the timeline stores and queued status changes carry it. */
export const changeNoteSchema = noteSchema;

const ms = (what = 'UTC epoch ms') => z.number().describe(what);

/** How many businesses one import may carry. */
export const MAX_IMPORT = 1000;

const optionalText = (max: number) => z.string().trim().max(max).nullish();
export const businessInputSchema = z.object({
  name: z.string().trim().min(1, 'name is required').max(200),
  phone: optionalText(40).describe('Any format; read with the workspace country and stored as E.164.'),
  email: optionalText(254),
  website: optionalText(500),
  city: optionalText(120),
  source: optionalText(120).describe('Where the lead came from, e.g. google-maps.'),
  owner: optionalText(120).describe('The person at the agency who owns this prospect.'),
});

/** One business, or many with `{ businesses: [...] }` (each row checked on its own). */
export const createBusinessesBody = z.union([businessInputSchema, z.object({ businesses: z.array(z.unknown()).min(1).max(MAX_IMPORT) })]);

export const businessSchema = z
  .object({
    id: z.string().describe('biz_…'),
    name: z.string(),
    phone: z.string().nullable().describe('E.164, e.g. +50212345678.'),
    email: z.string().nullable(),
    website: z.string().nullable(),
    city: z.string().nullable(),
    source: z.string().nullable(),
    owner: z.string().nullable(),
    contact_status: contactStatusSchema,
    website_status: websiteStatusSchema,
    subscription_status: subscriptionStatusSchema,
    site_url: z.string().nullable().describe('The site generated for this business, from site events.'),
    created_at: ms(),
    updated_at: ms(),
    contacted_at: ms().nullable(),
    opened_at: ms().nullable(),
    clicked_at: ms().nullable(),
    replied_at: ms().nullable(),
    purchased_at: ms().nullable(),
    unsubscribed_at: ms().nullable(),
    bounced_at: ms().nullable(),
  })
  .meta({ id: 'Business' });

export const timelineEntrySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('status'),
    at: ms(),
    field: z.string().describe('contact_status, website_status or subscription_status'),
    from: z.string(),
    to: z.string(),
    cause: z.string().describe('event, campaign or user'),
    detail: z.string().describe('What exactly, in English: Twilio delivered, email sent, site_deployed…'),
    notes: notesSchema.describe('The same as codes with values (empty for changes recorded before notes existed).'),
    actor_name: z.string().nullable(),
    reason: z.string().nullable(),
    campaign_id: z.string().nullable(),
    event_id: z.string().nullable(),
  }),
  z.object({
    kind: z.literal('message'),
    at: ms(),
    direction: z.string().describe('in or out'),
    channel: z.string().describe('email or sms'),
    subject: z.string().nullable(),
    body: z.string().nullable(),
    status: z.string(),
    campaign_id: z.string().nullable(),
    error_code: z.string().nullable(),
  }),
  z.object({
    kind: z.literal('payment'),
    at: ms(),
    amount_cents: z.number().int().describe('Minor units of the currency.'),
    currency: z.string(),
    campaign_id: z.string().nullable().describe('The campaign that last reached the business before it paid.'),
    event_type: z.string(),
  }),
]);

export const businessDetailSchema = businessSchema
  .extend({
    timeline: z.array(timelineEntrySchema).describe('Status changes, messages and payments, newest first.'),
    consents: z.array(z.object({ channel: z.string(), status: z.string().describe('opted_in or opted_out'), source: z.string(), changed_at: ms() })),
  })
  .meta({ id: 'BusinessDetail' });

export const businessCreatedSchema = z
  .object({
    id: z.string(),
    created: z.boolean().describe('false: a business with this phone or email already existed, and that one is returned.'),
    business: businessSchema,
  })
  .meta({ id: 'BusinessCreated' });

export const businessImportSchema = z
  .object({
    created: z.number().int(),
    duplicates: z.number().int().describe('Rows matching an existing business (by phone, then email).'),
    items: z.array(z.object({ index: z.number().int(), id: z.string(), created: z.boolean() })),
    errors: z.array(z.object({ index: z.number().int(), field: z.string(), message: z.string() })).describe('Rows not imported, by index and field.'),
  })
  .meta({ id: 'BusinessImport' });

export const createBusinessesResultSchema = z
  .union([businessCreatedSchema, businessImportSchema])
  .describe('One business that already existed, or the result of an import.');

export const businessPageSchema = z
  .object({
    items: z.array(businessSchema),
    next_cursor: z.string().nullable(),
  })
  .meta({ id: 'BusinessPage', description: 'One page; how many match in all is GET /api/v1/crm/businesses/count with the same filters.' });

export const businessCountSchema = z
  .object({
    total: z.number().int().describe('How many businesses match the filters, across every page; stops at 10,000.'),
    total_capped: z.boolean().describe('true: more than 10,000 match, and total says 10,000.'),
  })
  .meta({ id: 'BusinessCount' });

export const facetsSchema = z.object({ cities: z.array(z.string()), sources: z.array(z.string()), owners: z.array(z.string()) }).meta({ id: 'CrmFacets' });

/** Several values of one status filter: `?contact_status=pending&contact_status=emailed` or comma-separated. */
const statusList = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(',')).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values)))
    .optional();

export const listBusinessesQuery = z.object({
  contact_status: statusList(CONTACT_STATUSES),
  website_status: statusList(WEBSITE_STATUSES),
  subscription_status: statusList(SUBSCRIPTION_STATUSES),
  city: z.string().trim().max(120).optional(),
  source: z.string().trim().max(120).optional(),
  owner: z.string().trim().max(120).optional(),
  q: z.string().trim().min(1).max(100).optional().describe('Part of the name, email, phone, city or website.'),
  from: z.coerce.number().int().optional().describe('Created at or after (epoch ms).'),
  to: z.coerce.number().int().optional().describe('Created before (epoch ms).'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(100).optional().describe('next_cursor of the previous page.'),
});

export const businessParams = z.object({ id: z.string().regex(/^biz_/, 'must be a business id (biz_…)') });

export const setBusinessStatusBody = z.object({
  field: z.enum(STATUS_FIELDS),
  status: z.string().min(1),
  reason: z.string().trim().min(3, 'reason is required (at least 3 characters)').max(500),
});

export const businessStatusChangedSchema = businessSchema
  .extend({ changed: z.boolean().describe('false: the status already had this value.') })
  .meta({ id: 'BusinessStatusChanged' });

/** A site generator's progress events and the website status each one sets. */
export const SITE_EVENTS = {
  site_generation_started: 'generating',
  site_generation_completed: 'generated',
  site_deployed: 'deployed',
} as const;

export const siteEventBody = z.object({
  type: z.enum(Object.keys(SITE_EVENTS) as [keyof typeof SITE_EVENTS]),
  site_url: z.url({ protocol: /^https?$/ }).max(500).optional().describe('Where the generated site lives.'),
});

export const siteEventResultSchema = z
  .object({ business: businessSchema, changed: z.boolean(), note: z.string().describe('website_status from → to, or why it stayed.'), notes: notesSchema })
  .meta({ id: 'SiteEventResult' });

/** The list's filters without paging: the count of matches and the CSV download (every page of them) take them. */
export const businessFiltersQuery = listBusinessesQuery.omit({ limit: true, cursor: true });

/** The columns a businesses CSV may have (a header row names them; any order, other columns are ignored). */
export const IMPORT_COLUMNS = ['name', 'phone', 'email', 'website', 'city', 'source', 'owner'] as const;

/** Why a row of a CSV import was left out, as a code the dashboard words. */
export const IMPORT_ROW_PROBLEMS = ['name_missing', 'no_contact', 'phone_invalid', 'email_invalid', 'too_long', 'too_many_rows'] as const;

export const importCsvBody = z
  .object({ csv: z.string().min(1).max(2_000_000).describe('The file as text (UTF-8): a header row naming the columns, then one business a row.') })
  .strict();

export const csvImportReportSchema = z
  .object({
    rows: z.number().int().describe('Data rows read (the header row not counted).'),
    created: z.number().int(),
    merged: z.number().int().describe('Rows matching a business already there (by phone, then email), earlier rows of the same file included: its blank fields were filled.'),
    skipped: z.number().int(),
    problems: z
      .array(z.object({ row: z.number().int().describe('The line in the file, the header being line 1.'), field: z.string(), reason: z.enum(IMPORT_ROW_PROBLEMS) }))
      .describe('The rows left out, with why.'),
  })
  .meta({ id: 'BusinessCsvImport' });
