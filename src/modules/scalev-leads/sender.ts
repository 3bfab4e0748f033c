// The delivery sender for provider `mailketing`: adds the lead to a list; "already on the list" counts as done.
import { z } from 'zod';
import type { AppContext } from '../../core/context.js';
import type { DeliverySender } from '../../core/deliveries/send-job.js';
import { mailketingClientFor } from './clients.js';

const payloadSchema = z.object({ list_id: z.string(), email: z.string(), first_name: z.string().optional(), phone: z.string().optional() });

export function mailketingSender(ctx: AppContext): DeliverySender {
  return async (delivery, jc) => {
    const payload = payloadSchema.parse(JSON.parse(delivery.payload));
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
