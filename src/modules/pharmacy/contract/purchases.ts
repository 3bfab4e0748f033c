// Wire shapes of recorded purchases (/api/customers/purchases…): the list, one purchase with its items, the CSV export. Never a medical detail.
import { z } from 'zod';
import { localDay } from './analytics.js';

export const purchaseFilterQuery = z.object({
  customer_id: z.string().trim().regex(/^pcu_/, 'must be a customer id (pcu_…)').optional(),
  from_date: localDay.optional().describe("First local day (the workspace's time zone), included."),
  to_date: localDay.optional().describe('Last local day, included.'),
});

export const listPurchasesQuery = purchaseFilterQuery.extend({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(100).optional().describe('next_cursor of the previous page.'),
});

export const purchaseItemSchema = z
  .object({
    id: z.string().describe('ppi_…'),
    medicine_name: z.string(),
    brand_name: z.string().nullable(),
    generic_name: z.string().nullable(),
    quantity: z.number(),
    unit_price: z.number(),
    total_amount: z.number(),
    is_generic: z.boolean(),
    is_prescription: z.boolean(),
    duration_days: z.number().int().nullable(),
  })
  .meta({ id: 'PharmacyPurchaseItem' });

export const purchaseSchema = z
  .object({
    id: z.string().describe('ppu_…'),
    customer_id: z.string(),
    customer_name: z.string().nullable(),
    customer_phone: z.string().describe('E.164.'),
    total_amount: z.number(),
    item_count: z.number().int(),
    credited_staff_code: z.string().nullable().describe('The caller credited when this purchase converted a sheet contact.'),
    date: z.string().describe("The local day of the purchase (the workspace's time zone)."),
    created_by: z.string().nullable(),
    created_at: z.number().describe('UTC epoch ms.'),
  })
  .meta({ id: 'PharmacyPurchase' });

export const purchaseDetailSchema = purchaseSchema.extend({ items: z.array(purchaseItemSchema) }).meta({ id: 'PharmacyPurchaseDetail' });
export const purchasePageSchema = z.object({ items: z.array(purchaseSchema), next_cursor: z.string().nullable() }).meta({ id: 'PharmacyPurchasePage' });
export const purchaseParams = z.object({ purchase_id: z.string().regex(/^ppu_/, 'must be a purchase id (ppu_…)') });
