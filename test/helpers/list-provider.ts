// A stand-in list provider (subscribe an email) over real HTTP, and the delivery sender a module would write for it.
import { z } from 'zod';
import { startSimServer, type SimServer } from '../../sim/base.js';
import type { DeliverySender } from '../../src/core/deliveries/send-job.js';
import { createHttpClient } from '../../src/core/http/transport.js';

/** Answers POST /subscribers with `{status: 'success', echo: <email>}`; its faults and requests are the sim's. */
export function startListProvider(): Promise<SimServer> {
  return startSimServer({
    name: 'list-provider',
    routes: [{ method: 'POST', path: '/subscribers', handler: (req) => ({ status: 200, json: { status: 'success', echo: (req.json() as { email: string }).email } }) }],
  });
}

/** A real sender over HTTP: the delivery's key as the idempotency key; provider errors carry retryable and Retry-After. */
export function listSender(sim: SimServer): DeliverySender {
  const http = createHttpClient({ timeoutMs: 2_000 });
  return async (delivery) => {
    const result = await http.request({
      method: 'POST',
      url: `${sim.url}/subscribers`,
      json: JSON.parse(delivery.payload),
      idempotencyKey: delivery.idempotency_key,
      schema: z.object({ status: z.string(), echo: z.string() }),
    });
    if (!result.ok) throw result.error;
    return { response: result.value.body };
  };
}
