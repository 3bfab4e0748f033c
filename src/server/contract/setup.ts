// Wire shape of GET /api/setup (routes/setup.ts): the "Get started" checklist of each active module and the public address.
import { z } from 'zod';

export const PROVIDER_STATUSES = ['not_set', 'untested', 'test_failed', 'connected'] as const;
export const PUBLIC_URL_PROBLEMS = ['loopback', 'private', 'plain_http'] as const;

export const providerStatusSchema = z
  .object({
    provider: z.string(),
    title: z.string(),
    status: z.enum(PROVIDER_STATUSES).describe('not_set: nothing stored; untested: stored, not tested since the last change; test_failed; connected: stored and tested (or stored, for a provider without a test).'),
    has_test: z.boolean(),
    tested_at: z.number().int().nullable().describe('When the test of the current settings ran; null when it has not.'),
    error_code: z.string().nullable().describe('Why that test failed (provider_rejected_key, provider_error…).'),
  })
  .meta({ id: 'ProviderStatus' });

export const setupStepSchema = z
  .object({
    kind: z.enum(['provider', 'webhook', 'first_record']),
    key: z.string().describe('The provider (provider steps), the webhook source (webhook steps) or the record (first_record: product_list, business…).'),
    done: z.boolean(),
    provider: z.string().nullable().describe('The provider of a provider or webhook step.'),
    url: z.string().nullable().describe('Webhook steps: the address to paste into the provider.'),
    last_event_at: z.number().int().nullable().describe('Webhook steps: when the newest event of the source arrived; null while waiting for the first.'),
  })
  .meta({ id: 'SetupStep' });

export const moduleSetupSchema = z
  .object({ module: z.string(), done: z.boolean(), steps: z.array(setupStepSchema) })
  .meta({ id: 'ModuleSetup' });

export const setupSchema = z
  .object({
    public_url: z.string().describe('The address providers call (PUBLIC_URL); webhook URLs start with it.'),
    public_url_problem: z.enum(PUBLIC_URL_PROBLEMS).nullable().describe('Why a provider cannot reach public_url (a loopback or private address, or plain http), or null.'),
    done: z.boolean().describe('Every step of every module is done.'),
    connected: z.boolean().describe('At least one provider of an active module has settings stored.'),
    modules: z.array(moduleSetupSchema),
    providers: z.array(providerStatusSchema).describe('Every provider, in registry order, with its status.'),
  })
  .meta({ id: 'Setup' });
