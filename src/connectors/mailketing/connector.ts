// The Mailketing connector: API token per workspace, the sender that adds a subscriber to a list, and a test call.
import { z } from 'zod';
import type { AppContext } from '../../core/context.js';
import { loadProviderSettings, providerNotConfigured, settingText, type ConnectorDescriptor } from '../../core/connector.js';
import type { DeliverySender } from '../../core/deliveries/send-job.js';
import { providerFailure } from '../../core/http/index.js';
import type { Executor } from '../../db/database.js';
import { createMailketingClient, type MailketingClient } from './client.js';

/** What a `mailketing` delivery carries; other fields (the module's own) are ignored. */
export const mailketingPayloadSchema = z.object({ list_id: z.string(), email: z.string(), first_name: z.string().optional(), phone: z.string().optional() });

export const mailketingConnector: ConnectorDescriptor = {
  provider: 'mailketing',
  title: 'Mailketing',
  fields: z.object({
    base_url: z.url({ protocol: /^https?$/ }).optional().describe('API base including /api/v1; default MAILKETING_API_URL.'),
  }),
  secretFields: ['api_token'],
  defaults: (config) => ({ base_url: config.providers.mailketing }),
  sender: mailketingSender,
  async test(ctx, workspaceId) {
    const result = await (await mailketingClientFor(ctx, ctx.db, workspaceId)).listLists();
    if (!result.ok) throw providerFailure('Mailketing', result.error);
    return { message: `Mailketing answered: ${result.value.length} list(s)` };
  },
};

/** A Mailketing client with the workspace's token and base URL over the app's transport; a missing token is a clear 400. */
export async function mailketingClientFor(ctx: Pick<AppContext, 'secrets' | 'readCache' | 'config' | 'http'>, db: Executor, workspaceId: string): Promise<MailketingClient> {
  const settings = await loadProviderSettings(ctx, db, workspaceId, mailketingConnector);
  const apiToken = settings.secrets['api_token'];
  if (!apiToken) throw providerNotConfigured('mailketing', 'The Mailketing API token', 'api_token');
  return createMailketingClient({ baseUrl: settingText(settings, 'base_url') ?? ctx.config.providers.mailketing, apiToken, http: ctx.http });
}

/** Adds the email to the list; "already on the list" counts as done. */
function mailketingSender(ctx: AppContext): DeliverySender {
  return async (delivery, jc) => {
    const payload = mailketingPayloadSchema.parse(JSON.parse(delivery.payload));
    const client = await mailketingClientFor(ctx, jc.db, delivery.workspace_id);
    const result = await client.addSubscriber({
      listId: payload.list_id,
      email: payload.email,
      ...(payload.first_name ? { firstName: payload.first_name } : {}),
      ...(payload.phone ? { phone: payload.phone } : {}),
    });
    // A ProviderError carries retryable and Retry-After: the queue backs off; a refusal (bad list) is dead at once.
    if (!result.ok) throw result.error;
    return { response: { already_subscribed: result.value.alreadySubscribed, message: result.value.message ?? null } };
  };
}
