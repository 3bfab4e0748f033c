// Runs the real Recurrente client against the simulator: a subscription's status, unknown ids, wrong keys, outages.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startRecurrenteSim, type RecurrenteSim } from '../../../sim/recurrente.js';
import { createHttpClient } from '../../core/http/transport.js';
import { createRecurrenteClient } from './index.js';
import { failure, value } from '../../../test/helpers/results.js';

let sim: RecurrenteSim;
const http = createHttpClient({ timeoutMs: 1_000 });
const client = (secretKey = sim.secretKey) => createRecurrenteClient({ baseUrl: `${sim.url}/api/`, secretKey, publicKey: sim.publicKey, http });

beforeAll(async () => {
  sim = await startRecurrenteSim();
});
afterEach(() => {
  sim.clearFaults();
  sim.clearRequests();
});
afterAll(async () => {
  await sim.close();
});

describe('recurrente client: fetchSubscription', () => {
  it('reads the status Recurrente holds now, sending the keys in the documented headers', async () => {
    sim.setSubscription('su_client01', { status: 'past_due' });
    expect(value(await client().fetchSubscription('su_client01'))).toEqual({ id: 'su_client01', status: 'past_due' });
    expect(sim.requests[0]).toMatchObject({ method: 'GET', path: '/api/subscriptions/su_client01' });
    expect(sim.requests[0]?.headers).toMatchObject({ authorization: `Bearer ${sim.secretKey}`, 'x-public-key': sim.publicKey });
  });

  it('an unknown id and wrong keys are failures for good; an outage and 429 are worth trying again', async () => {
    expect(failure(await client().fetchSubscription('su_nowhere1'))).toMatchObject({ status: 404, retryable: false });
    const refused = failure(await client('sk_test_wrongwrongwrong').fetchSubscription('su_client01'));
    expect(refused).toMatchObject({ kind: 'auth', status: 401, retryable: false });
    sim.fail({ match: { path: /^\/api\/subscriptions\// }, times: 1, fault: { kind: 'status', status: 502 } });
    sim.fail({ match: { path: /^\/api\/subscriptions\// }, times: 1, fault: { kind: 'rate_limit', retryAfterSeconds: 3 } });
    expect(failure(await client().fetchSubscription('su_client01'))).toMatchObject({ status: 502, retryable: true });
    expect(failure(await client().fetchSubscription('su_client01'))).toMatchObject({ kind: 'rate_limited', retryable: true, retryAfterMs: 3_000 });
  });
});
