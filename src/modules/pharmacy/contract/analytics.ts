// Wire shapes of the pharmacy figures (/api/customers/analytics/…): conversion report, customer figures, one day's summary. Never a medical detail.
import { z } from 'zod';

/** A calendar day in the workspace's time zone. */
export const localDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD').refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'not a calendar day');

const rate = z.number().nullable().describe('A share from 0 to 1 (4 decimals); null when there is nothing to divide by.');
const amount = z.number().describe('Money in the currency the counter enters, to the cent.');

export const conversionReportQuery = z.object({
  start_date: localDay.optional().describe('First local day (default: 29 days before end_date).'),
  end_date: localDay.optional().describe('Last local day, included (default: today).'),
});

const statusCounts = z.object({
  pending: z.number().int(),
  contacted: z.number().int(),
  converted: z.number().int(),
  yellow: z.number().int(),
  inactive: z.number().int(),
});

/** One staff member's calls and the customers they brought in, within a period. */
export const staffPerformanceSchema = z
  .object({
    staff_code: z.string(),
    name: z.string().nullable().describe('null for a code that is no longer on the staff list.'),
    active: z.boolean(),
    calls_made: z.number().int().describe('Interactions of type call they logged in the period.'),
    interactions: z.number().int().describe('Every interaction they logged in the period (calls, messages, visits).'),
    contacts_reached: z.number().int().describe('Different contacts they logged an interaction with in the period.'),
    conversions: z.number().int().describe('Contacts converted in the period and credited to them (they called them last).'),
    conversion_value: amount.describe('Total of those converting purchases.'),
    conversion_rate: rate.describe('conversions / contacts_reached.'),
  })
  .meta({ id: 'PharmacyStaffPerformance' });

export const uploadConversionSchema = z
  .object({
    upload_id: z.string(),
    filename: z.string().nullable().describe('null when the upload is gone.'),
    uploaded_at: z.number().nullable().describe('UTC epoch ms; null when the upload is gone.'),
    contacts: z.number().int().describe('Contacts this sheet brought in during the period.'),
    converted: z.number().int().describe('Of them, converted (at any time).'),
    conversion_value: amount,
    conversion_rate: rate.describe('converted / contacts.'),
  })
  .meta({ id: 'PharmacyUploadConversion' });

export const conversionReportSchema = z
  .object({
    start_date: z.string(),
    end_date: z.string(),
    timezone: z.string(),
    contacts: z
      .object({ total: z.number().int(), by_status: statusCounts, conversion_rate: rate.describe('by_status.converted / total.') })
      .describe('Contacts added in the period, by their status now.'),
    converted: z.object({ count: z.number().int(), value: amount }).describe('Contacts converted in the period (whenever they were added) and the total of their converting purchases.'),
    by_staff: z.array(staffPerformanceSchema).describe('Everyone on the staff list, and any code with activity in the period, by code.'),
    by_upload: z.array(uploadConversionSchema).describe('Contact sheets that brought contacts in during the period, newest first (at most 200).'),
  })
  .meta({ id: 'PharmacyConversionReport' });

export const topMedicineSchema = z.object({
  medicine_name: z.string(),
  purchases: z.number().int().describe('Purchase lines naming it.'),
  quantity: z.number(),
  amount,
  customers: z.number().int(),
});

export const customerAnalyticsSchema = z
  .object({
    total_customers: z.number().int(),
    by_category: z.object({ contact_sheet: z.number().int(), first_time_prescription: z.number().int(), regular_branded: z.number().int(), generic_informed: z.number().int() }),
    conversion: z.object({
      contacts: z.number().int().describe('Every sheet contact.'),
      converted: z.number().int(),
      conversion_rate: rate,
      conversion_value: amount,
      repeat_customers: z.number().int().describe('Customers with two purchases or more.'),
      repeat_rate: rate.describe('repeat_customers / total_customers.'),
    }),
    top_medicines: z.array(topMedicineSchema).describe('The 10 medicines with the most purchase lines (names matched in any case).'),
    generic_adoption: z.object({
      customers_with_generic: z.number().int().describe('Customers with at least one generic item in any purchase.'),
      rate: rate.describe('customers_with_generic / total_customers.'),
      generic_informed_customers: z.number().int().describe('Customers staff explained the generic to.'),
      informed_generic_share: rate.describe('Of the items those customers bought after being informed, the share that was generic.'),
    }),
  })
  .meta({ id: 'PharmacyCustomerAnalytics' });

export const dailySummaryQuery = z.object({ target_date: localDay.optional().describe('The local day (default: today).') });

export const dailySummarySchema = z
  .object({
    date: z.string(),
    timezone: z.string(),
    purchases: z.number().int(),
    amount,
    new_customers: z.number().int().describe('Customers whose first purchase was this day.'),
    repeat_customers: z.number().int().describe('Different customers buying this day who had bought before.'),
    reminders_sent: z.number().int().describe('Refill reminders sent this day.'),
    calls_made: z.number().int().describe('Interactions of type call logged this day.'),
    conversions: z.number().int().describe('Sheet contacts converted this day.'),
    conversion_value: amount,
  })
  .meta({ id: 'PharmacyDailySummary' });
