// Wire shapes of customers (/api/customers/quick-purchase, /api/customers/phone/{phone}, /api/customers/{customer_id}): the walk-in purchase, the phone lookup, the customer page and its generic suggestions.
import { z } from 'zod';
import { sheetContactSchema } from './contacts.js';
import { staffCode } from './staff.js';

const ms = (what = 'UTC epoch ms') => z.number().describe(what);

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
