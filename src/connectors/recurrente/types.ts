// Recurrente (Svix) webhook schemas: the resource fields we read and store, with the rules a value must meet.
import { z } from 'zod';
import { currencyOrUnknown, providerLine, providerMajorAmount, providerMinorAmount, PROVIDER_LINE_MAX } from '../../core/provider-values.js';

// Loose objects: Recurrente adds fields without notice, and an unknown one must never fail a parse. The rules per
// field: ids and amounts reject the event (400, logged) when hostile, because a wrong one would attach a payment to
// the wrong business or corrupt every revenue sum; the currency only describes the amount, so an unreadable one is
// kept as XXX (unknown) and the raw event shows what was sent.
const id = providerLine();
const metadataSchema = z.looseObject({ business_id: id.optional() }).nullish();

export const recurrenteResourceSchema = z.looseObject({
  id: id.optional(),
  created_at: providerLine(64).optional(),
  amount_in_cents: providerMinorAmount().optional(),
  amount: providerMajorAmount().optional(),
  /** Any value: an ISO 4217 code (upper-cased), else XXX. */
  currency: z.unknown().transform((v) => (v === undefined || v === null ? undefined : currencyOrUnknown(v))).optional(),
  status: providerLine(64).optional(),
  customer_email: providerLine(PROVIDER_LINE_MAX).optional(),
  customer: z.looseObject({ id: id.optional(), email: providerLine(PROVIDER_LINE_MAX).optional() }).nullish(),
  checkout: z
    .looseObject({
      id: id.optional(),
      metadata: metadataSchema,
      payment: z.looseObject({ id: id.optional(), paymentable: z.looseObject({ type: providerLine(64).optional(), id: id.optional() }).nullish() }).nullish(),
    })
    .nullish(),
  metadata: metadataSchema,
  subscription_id: id.optional(),
  payment_id: id.optional(),
});
export type RecurrenteResource = z.infer<typeof recurrenteResourceSchema>;
