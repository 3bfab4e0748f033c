// The real server on a real port with a real clock, a real worker in the background, the ScaleV and Mailketing
// simulators, for the CRM an SMTP sink and the Recurrente simulator, and for the WhatsApp assistant and the
// pharmacy the WAHA simulator: what a browser test drives. Like
// test/helpers/test-server.ts, but time is not fake here, because the browser, the worker and the server's timers all
// run on wall-clock time.
import { createServer } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { startMailketingSim, type MailketingSim } from '../../sim/mailketing.js';
import { startRecurrenteSim, type RecurrenteSim } from '../../sim/recurrente.js';
import { startScalevSim, type ScalevSim } from '../../sim/scalev.js';
import { startSmtpSink, type SmtpSink } from '../../sim/smtp.js';
import { startTwilioSim, type TwilioSim } from '../../sim/twilio.js';
import { startWahaSim, type WahaSim } from '../../sim/waha.js';
import { systemClock } from '../../src/core/clock.js';
import type { AppContext } from '../../src/core/context.js';
import type { ModuleDescriptor } from '../../src/server/module-routes.js';
import { createWorker, type Worker } from '../../src/core/jobs/worker.js';
import { modules as registeredModules } from '../../src/modules/registry.js';
import { buildServer } from '../../src/server/app.js';
import { assemble } from '../../src/server/assemble.js';
import { createTestContext } from '../helpers/test-context.js';
import { createTestDb, type TestDb } from '../helpers/test-db.js';

export interface AppUnderTest {
  /** http://127.0.0.1:PORT, also the server's PUBLIC_URL. */
  readonly url: string;
  readonly app: FastifyInstance;
  readonly ctx: AppContext;
  readonly db: TestDb;
  readonly scalev: ScalevSim;
  readonly mailketing: MailketingSim;
  /** Records every email the CRM sends; point the crm-lifecycle SMTP settings at its host and port. */
  readonly smtp: SmtpSink;
  /** Sends signed payment events; its `secret` goes into the crm-lifecycle settings as recurrente_webhook_secret. */
  readonly recurrente: RecurrenteSim;
  /** Knows the account `TWILIO_SIM_ACCOUNT_SID` with the token `TWILIO_SIM_AUTH_TOKEN`, the values a test types in. */
  readonly twilio: TwilioSim;
  /**
   * Its session `default` posts signed webhooks to the server's /webhooks/waha with `WAHA_SIM_HMAC_KEY` and takes
   * `WAHA_SIM_API_KEY`; a test enters its url and both keys in the WAHA provider settings, as a person would. It
   * answers check-exists and sends for the pharmacy too.
   */
  readonly waha: WahaSim;
  close(): Promise<void>;
}

export const TWILIO_SIM_ACCOUNT_SID = `AC${'0123456789abcdef'.repeat(2)}`;
export const TWILIO_SIM_AUTH_TOKEN = 'twilio-auth-token-for-the-test';
export const WAHA_SIM_API_KEY = 'waha-api-key-for-the-test';
export const WAHA_SIM_HMAC_KEY = 'waha-webhook-hmac-key-for-the-test';

/** A port nobody listens on right now, so PUBLIC_URL (webhook URLs) can name it before the server starts. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** `modules`: the product modules the server runs (every registered one by default). */
export async function startAppUnderTest(options: { modules?: readonly ModuleDescriptor[] } = {}): Promise<AppUnderTest> {
  const scalev = await startScalevSim({ rateLimit: false });
  const mailketing = await startMailketingSim();
  const smtp = await startSmtpSink();
  const recurrente = await startRecurrenteSim();
  const twilio = await startTwilioSim({ accountSid: TWILIO_SIM_ACCOUNT_SID, authToken: TWILIO_SIM_AUTH_TOKEN, callbacks: 'manual' });
  const db = await createTestDb();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const waha = await startWahaSim({
    apiKey: WAHA_SIM_API_KEY,
    // The pharmacy's check-exists: a number the simulator was not told about has no WhatsApp.
    unknownNumbers: 'inactive',
    sessions: { default: { status: 'WORKING', webhooks: [{ url: `${url}/webhooks/waha`, events: ['message', 'session.status', 'message.ack'], hmacKey: WAHA_SIM_HMAC_KEY }] } },
  });
  const testCtx = await createTestContext(db, {
    SCALEV_API_URL: scalev.url,
    MAILKETING_API_URL: mailketing.apiBaseUrl,
    TWILIO_API_URL: twilio.url,
    PUBLIC_URL: url,
  });
  const ctx: AppContext = { ...testCtx, clock: systemClock };
  const assembly = assemble(ctx, options.modules ?? registeredModules);
  const app = await buildServer({ ctx, assembly });
  await app.listen({ port, host: '127.0.0.1' });
  const worker: Worker = createWorker({ ctx, registry: assembly.jobs, concurrency: 4, leaseMs: 30_000, pollMs: 200 });
  await worker.start();

  return {
    url,
    app,
    ctx,
    db,
    scalev,
    mailketing,
    smtp,
    recurrente,
    twilio,
    waha,
    async close() {
      await worker.stop(2_000).catch(() => undefined);
      await app.close().catch(() => undefined);
      await scalev.close().catch(() => undefined);
      await mailketing.close().catch(() => undefined);
      await smtp.close().catch(() => undefined);
      await recurrente.close().catch(() => undefined);
      await twilio.close().catch(() => undefined);
      await waha.close().catch(() => undefined);
      await db.destroy().catch(() => undefined);
    },
  };
}

/**
 * The owner signs up through the API (the first-run route), then makes an owner API token for a test's seeding
 * calls, as a set-up script would. Returns the token.
 */
export async function signUpOwnerWithToken(t: Pick<AppUnderTest, 'url'>, owner: { name: string; email: string; password: string }): Promise<string> {
  const setup = await fetch(`${t.url}/api/auth/setup`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(owner) });
  if (setup.status !== 201) throw new Error(`signing up the owner answered ${setup.status}: ${await setup.text()}`);
  const { csrf_token: csrfToken } = (await setup.json()) as { csrf_token: string };
  const cookie = (setup.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const created = await fetch(`${t.url}/api/tokens`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ name: 'set-up script', role: 'owner' }),
  });
  if (created.status !== 201) throw new Error(`creating the owner's token answered ${created.status}: ${await created.text()}`);
  return ((await created.json()) as { token: string }).token;
}

/** A seeding call with the owner's API token: the parsed answer, or an error naming the call and the server's words. */
export function apiCaller(t: Pick<AppUnderTest, 'url'>, token: () => string) {
  return async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${t.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${token()}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
}
