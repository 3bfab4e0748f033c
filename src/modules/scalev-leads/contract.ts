// Wire shapes of the scalev-leads routes: leads, figures, product lists, settings and the provider look-ups.
// Imports nothing but zod and other contracts, so the dashboard takes its types from here (web/src/modules/scalev-leads/api-types.ts).
import { z } from 'zod';
import { notesSchema } from '../../server/contract/notes.js';

const ms = (what = 'UTC epoch ms') => z.number().describe(what);

/** The stages in the order screens and figures list them. */
export const LEAD_STAGES = ['follow_up', 'closing', 'not_closing'] as const;
/** A lead's stage in an API answer (a stored stage outside the pipeline is a bug, not an answer). */
export const leadStageSchema = z.enum(LEAD_STAGES);

// --- Leads --------------------------------------------------------------------------------------------------

export const leadSchema = z
  .object({
    id: z.string().describe('lead_…'),
    stage: leadStageSchema,
    order_id: z.string().describe("ScaleV's order code."),
    product_list_id: z.string().describe('The product list entry that matched the order (pl_…).'),
    product_name: z.string(),
    store_name: z.string().nullable(),
    customer_name: z.string().nullable(),
    customer_email: z.string().nullable(),
    customer_phone: z.string().nullable().describe('E.164, e.g. +6281234567890.'),
    sales_person_name: z.string().nullable(),
    sales_person_email: z.string().nullable(),
    amount_cents: z.number().int().nullable().describe("What the lead is worth in minor units (Rp 249.813 is 24981300): the order's net revenue, or its product line's value when the order has several; null when ScaleV sent no amount."),
    currency: z.string().nullable().describe('ISO 4217 (ScaleV: IDR); null with amount_cents.'),
    contact_id: z.string().nullable(),
    mailketing_list_id: z.string().nullable().describe('The Mailketing list the lead was last sent to.'),
    order_created_at: ms(),
    paid_at: ms().nullable(),
    not_closing_at: ms().nullable(),
    expires_at: ms('When the lead moves to Not Closing unless paid (UTC epoch ms); null once it left Follow Up.').nullable(),
    created_at: ms(),
    updated_at: ms(),
  })
  .meta({ id: 'Lead' });

export const leadDetailSchema = leadSchema
  .extend({
    timer: z
      .object({ job_id: z.number().int(), moves_to: leadStageSchema, at: ms() })
      .nullable()
      .describe('The waiting Not Closing timer, while the lead is in Follow Up.'),
    history: z.array(
      z.object({
        id: z.string(),
        from: leadStageSchema.nullable().describe('null for the first stage.'),
        to: leadStageSchema,
        cause: z.string().describe('order.created, order.paid, timer.expired, manual…'),
        actor_type: z.string(),
        actor_id: z.string().nullable(),
        actor_name: z.string().nullable().describe("The person's name, for moves made by a signed-in user."),
        reason: z.string().nullable(),
        event_id: z.string().nullable(),
        at: ms(),
      }),
    ),
    deliveries: z.array(
      z.object({
        id: z.string(),
        provider: z.string(),
        target: z.string(),
        status: z.string().describe('queued, sent, delivered, failed, dead or cancelled'),
        attempts: z.number().int(),
        response: z.unknown(),
        last_error: z.string().nullable(),
        created_at: ms(),
        sent_at: ms().nullable(),
      }),
    ),
    events: z.array(
      z.object({
        id: z.string(),
        type: z.string(),
        status: z.string().describe('pending, processed, skipped or failed'),
        outcome: z.string().nullable(),
        notes: notesSchema,
        received_at: ms(),
      }),
    ),
  })
  .meta({ id: 'LeadDetail' });

export const leadParams = z.object({ id: z.string().regex(/^lead_/, 'must be a lead id (lead_…)') });

export const listLeadsQuery = z.object({
  stage: leadStageSchema.optional(),
  product_list_id: z.string().optional(),
  sales_person_email: z.string().optional(),
  from: z.coerce.number().int().optional().describe('Created at or after (epoch ms).'),
  to: z.coerce.number().int().optional().describe('Created before (epoch ms).'),
  q: z.string().trim().min(1).max(100).optional().describe('Part of the name, email or phone.'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().optional().describe('next_cursor of the previous page.'),
});

/** The list's filters, without paging: the export takes every match. */
export const exportLeadsQuery = listLeadsQuery.omit({ limit: true, cursor: true });

export const leadPageSchema = z.object({ items: z.array(leadSchema), next_cursor: z.string().nullable() });

export const moveLeadBody = z.object({ stage: leadStageSchema, reason: z.string().trim().min(3, 'reason is required (at least 3 characters)').max(500) });

export const leadActionSchema = z.object({ outcome: z.string().describe('What happened, in words.'), notes: notesSchema, lead: leadSchema }).meta({ id: 'LeadActionResult' });

export const resendLeadSchema = z.object({ outcome: z.string().describe('What happened, in words.'), notes: notesSchema });

// --- Figures ------------------------------------------------------------------------------------------------

const stageFigures = { follow_up: z.number().int(), closing: z.number().int(), not_closing: z.number().int() };
const conversionRate = z.number().describe('Closing ÷ all leads, 0..1.');
const stageValues = z
  .object(stageFigures)
  .describe('Summed amount_cents per stage: closing is revenue, follow_up the value at risk, not_closing the value lost.');

export const leadStatsSchema = z
  .object({
    counts: z.object(stageFigures),
    total: z.number().int(),
    conversion_rate: conversionRate,
    currency: z.string().describe('The currency of every value_cents (ScaleV: IDR).'),
    value_cents: stageValues,
    per_product: z.array(
      z.object({
        product_list_id: z.string(),
        product_name: z.string().nullable(),
        store_name: z.string().nullable(),
        ...stageFigures,
        conversion_rate: conversionRate,
        value_cents: stageValues,
      }),
    ),
    per_sales_person: z.array(z.object({ sales_person_email: z.string().nullable(), ...stageFigures, conversion_rate: conversionRate })),
    recent: z.array(leadSchema).describe('The newest ten.'),
  })
  .meta({ id: 'LeadStats' });

export const dailyLeadsQuery = z.object({ days: z.coerce.number().int().min(1).max(366).default(30) });

export const dailyLeadsSchema = z
  .object({
    currency: z.string().describe('The currency of every value_cents (ScaleV: IDR).'),
    days: z.array(z.object({ date: z.string().describe('YYYY-MM-DD in the workspace time zone.'), ...stageFigures, value_cents: stageValues })),
  })
  .meta({ id: 'DailyLeads' });

// --- Product lists ------------------------------------------------------------------------------------------

const id = (what: string) => z.string().trim().min(1, `${what} is required`).max(200);
/**
 * The seed's field names, validated; an entry without a sales person accepts every sales person. The route adds
 * the check that `not_closing_after` is a duration it can time (it needs the server's duration parser).
 */
export const productListBody = z.object({
  store_id: id('store_id'),
  store_name: id('store_name'),
  product_id: id('product_id'),
  product_name: id('product_name'),
  sku: z.string().trim().max(200).nullable().optional(),
  variant_unique_ids: z.array(z.string().trim().min(1).max(200)).max(500).optional(),
  skus: z.array(z.string().trim().min(1).max(200)).max(500).optional().describe("Every chosen variant's SKU; orders of any of them match by SKU."),
  sales_person_id: z.string().trim().max(200).nullable().optional(),
  sales_person_name: z.string().trim().max(200).nullable().optional(),
  sales_person_email: z.email('must be an email address').nullable().optional().or(z.literal('').transform(() => null)),
  mailketing_list_followup: id('mailketing_list_followup'),
  mailketing_list_closing: id('mailketing_list_closing'),
  mailketing_list_not_closing: id('mailketing_list_not_closing'),
  not_closing_after: z.string().nullable().optional(),
});

export const productListSchema = z
  .object({
    id: z.string().describe('pl_…'),
    store_id: z.string(),
    store_name: z.string(),
    product_id: z.string(),
    product_name: z.string(),
    sku: z.string().nullable(),
    variant_unique_ids: z.array(z.string()),
    skus: z.array(z.string()).describe("Every chosen variant's SKU (sku is the first)."),
    sales_person_id: z.string().nullable(),
    sales_person_name: z.string().nullable(),
    sales_person_email: z.string().nullable().describe('null: every sales person of the store.'),
    mailketing_list_followup: z.string(),
    mailketing_list_closing: z.string(),
    mailketing_list_not_closing: z.string(),
    not_closing_after: z.string().nullable().describe("ISO-8601 duration overriding the workspace's delay, e.g. P3D."),
    created_at: z.number().describe('UTC epoch ms'),
    updated_at: z.number().describe('UTC epoch ms'),
  })
  .meta({ id: 'ProductList' });

/**
 * A saved entry and what could not be checked: its Mailketing lists are checked on every save, and a Mailketing
 * that cannot be asked (no token, an outage) leaves a warning instead of refusing the entry.
 */
export const productListSavedSchema = productListSchema
  .extend({
    warnings: z.array(
      z.object({
        code: z.enum(['mailketing_not_configured', 'mailketing_unreachable']).describe('What could not be checked.'),
        message: z.string().describe('The same, in words.'),
      }),
    ),
  })
  .meta({ id: 'ProductListSaved' });

export const productListListSchema = z.object({ items: z.array(productListSchema) });

export const productListParams = z.object({ id: z.string().regex(/^pl_/, 'must be a product list id (pl_…)') });

// --- Settings and look-ups ----------------------------------------------------------------------------------

const masked = (what: string) => z.string().nullable().describe(`${what}, masked (••••••abcd); null when not set.`);

export const scalevMailketingSettingsSchema = z
  .object({
    scalev_api_key: masked('The ScaleV API key'),
    scalev_webhook_secret: masked('The secret ScaleV signs webhooks with'),
    mailketing_api_token: masked('The Mailketing API token'),
    not_closing_after: z.string().describe('How long a lead waits in Follow Up before Not Closing (ISO-8601, e.g. P7D).'),
    webhook_url: z.string().describe('The URL to paste into ScaleV as the webhook endpoint.'),
  })
  .meta({ id: 'ScalevMailketingSettings' });

const secretInput = z.string().trim().min(1).max(500).nullable().optional().describe('A new value; null removes it; leave it out to keep the current one.');

/** The route adds the check that `not_closing_after` is a duration it can time (it needs the server's duration parser). */
export const updateScalevMailketingSettingsBody = z.object({
  scalev_api_key: secretInput,
  scalev_webhook_secret: secretInput,
  mailketing_api_token: secretInput,
  not_closing_after: z.string().optional().describe('How long a lead waits in Follow Up before it moves to Not Closing (ISO-8601, default P7D).'),
});

export const connectionTestSchema = z
  .object({
    ok: z.literal(true),
    message: z.string().describe('What the provider answered, in words.'),
    stores: z.array(z.string()).optional().describe('ScaleV: the names of the first page of stores.'),
    lists: z.array(z.string()).optional().describe('Mailketing: the names of the lists.'),
  })
  .meta({ id: 'ConnectionTest' });

export const lookupQuery = z.object({ search: z.string().max(100).optional(), cursor: z.string().optional() });

/** A store's products are searched here over every page ScaleV has (its product route has no search). */
export const productLookupQuery = lookupQuery.extend({
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('Products per page of the answer (default 50).'),
});

export const storeParams = z.object({ store_id: z.string().min(1) });

export const scalevStoresSchema = z.object({
  items: z.array(z.object({ id: z.string(), unique_id: z.string(), name: z.string() })),
  next_cursor: z.string().nullable(),
});

export const scalevProductsSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      variants: z.array(z.object({ id: z.string(), unique_id: z.string(), name: z.string(), sku: z.string().nullable() })),
    }),
  ),
  next_cursor: z.string().nullable(),
});

export const scalevSalesPeopleSchema = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string(), email: z.string() })).describe("Every sales person of the store, all of ScaleV's pages."),
});

export const mailketingListsSchema = z.object({ items: z.array(z.object({ id: z.string(), name: z.string() })) });
