// Wire shapes of the provider settings routes (routes/providers.ts): each connector's settings, masked, and its test.
import { z } from 'zod';

export const providerScalar = z.union([z.string(), z.number(), z.boolean()]).nullable();

export const providerFieldSchema = z
  .object({
    name: z.string(),
    secret: z.boolean().describe('Encrypted at rest; `value` is masked ("••••••3f9a") or null when unset.'),
    type: z.enum(['string', 'number', 'boolean']).describe('What the field takes (a secret is a string), so a form can show the right input.'),
    value: providerScalar.describe('The stored value, or the default when none is stored.'),
    default: providerScalar.describe('What applies when nothing is stored (a base URL from the environment).'),
    description: z.string().nullable(),
  })
  .meta({ id: 'ProviderField' });

export const providerSettingsSchema = z
  .object({
    provider: z.string(),
    title: z.string(),
    configured: z.boolean().describe('Something is stored for this provider in this workspace; the test route tells whether it works.'),
    has_test: z.boolean().describe('Whether POST /api/settings/providers/{provider}/test exists for it.'),
    fields: z.array(providerFieldSchema),
    webhook_urls: z.record(z.string(), z.string()).describe('The URL to paste into the provider for each of its webhook sources.'),
  })
  .meta({ id: 'ProviderSettings' });

export const providerParams = z.object({ provider: z.string().min(1).max(64) });

export const listProviderSettingsQuery = z.object({
  cursor: z.string().optional().describe('`next_cursor` of the previous page.'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});

export const providerSettingsPageSchema = z.object({ items: z.array(providerSettingsSchema), next_cursor: z.string().nullable() });

export const updateProviderSettingsBody = z
  .record(z.string(), providerScalar)
  .describe("The provider's field names, e.g. { \"base_url\": \"…\", \"api_key\": \"…\" }.");

export const providerTestSchema = z.object({ ok: z.literal(true), message: z.string().describe('What the provider answered, in words.') });
