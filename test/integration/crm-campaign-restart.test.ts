// A campaign interrupted by a restart: the real `leadcycle worker` is stopped mid-send and started again; nobody gets two messages.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTwilioSim, type TwilioSim } from '../../sim/twilio.js';
import { systemClock } from '../../src/core/clock.js';
import { createSecretBox } from '../../src/core/secrets.js';
import { contactMergeHooksOf } from '../../src/core/module.js';
import { writeSettings } from '../../src/core/settings.js';
import { ensureDefaultWorkspace } from '../../src/core/workspaces.js';
import { createBusiness } from '../../src/modules/crm-lifecycle/businesses/flow.js';
import { createCampaign, sendCampaign } from '../../src/modules/crm-lifecycle/campaigns/flow.js';
import { SETTINGS_NAMESPACE } from '../../src/modules/crm-lifecycle/settings.js';
import { modules } from '../../src/modules/registry.js';
import { createTestDb, testDialect, type TestDb } from '../helpers/test-db.js';

const bin = fileURLToPath(new URL('../../bin/leadcycle.js', import.meta.url));
const AUDIENCE = 30;
/** Five a second: the campaign takes six seconds, long enough to stop it in the middle. */
const RATE_PER_MINUTE = 300;

async function until(what: string, check: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe(`a campaign across a restart (${testDialect()})`, () => {
  let t: TestDb;
  let twilio: TwilioSim;
  const key = randomBytes(32);
  const children = new Set<ChildProcess>();

  beforeAll(async () => {
    twilio = await startTwilioSim({ callbacks: 'manual' });
    t = await createTestDb();
  });
  afterAll(async () => {
    for (const child of children) child.kill('SIGKILL');
    await twilio.close();
    await t.destroy();
  });

  /** The real command line, as an operator runs it; resolves when it has exited. */
  const startWorker = () => {
    const child = spawn(process.execPath, [bin, 'worker'], {
      env: {
        PATH: process.env.PATH ?? '',
        ...t.env,
        LEADCYCLE_SECRET_KEY: key.toString('hex'),
        TWILIO_API_URL: twilio.url,
        PUBLIC_URL: 'https://crm.agency.test',
        LOG_LEVEL: 'silent',
        SHUTDOWN_GRACE_SECONDS: '10',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    children.add(child);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => {
      children.delete(child);
      resolve(code);
    }));
    return { child, exited };
  };

  it('sends every business exactly one SMS when the worker is restarted in the middle', async () => {
    const db = t.db;
    const ws = await ensureDefaultWorkspace(db, systemClock);
    await writeSettings(db, { secrets: createSecretBox(key) }, systemClock, {
      workspaceId: ws.id,
      namespace: SETTINGS_NAMESPACE,
      data: { twilio_account_sid: twilio.accountSid, twilio_from: '+14155550100' },
      secrets: { twilio_auth_token: twilio.authToken },
      actor: { type: 'system', id: null },
    });
    for (let i = 0; i < AUDIENCE; i++) {
      await createBusiness(db, { clock: systemClock, contactMergeHooks: contactMergeHooksOf(modules) }, ws.id, 'GT', { name: `Negocio ${i}`, phone: `+502555570${String(i).padStart(2, '0')}` });
    }
    const c = await createCampaign(db, systemClock, ws.id, { name: 'Restart', channel: 'sms', body: 'Hola {{name}}', rate_per_minute: RATE_PER_MINUTE }, 60, { type: 'system', id: null });
    await sendCampaign({ db, dialect: t.dialect, clock: systemClock }, ws.id, c.id, { type: 'system', id: null });

    const first = startWorker();
    await until('a third of the campaign to go out', () => twilio.messages.length >= AUDIENCE / 3, 30_000);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    const beforeRestart = twilio.messages.length;
    expect(beforeRestart).toBeLessThan(AUDIENCE);

    const second = startWorker();
    const sent = () => db.selectFrom('deliveries').select('status').where('workspace_id', '=', ws.id).where('status', '=', 'sent').execute();
    await until('every delivery to be recorded as sent', async () => (await sent()).length === AUDIENCE, 60_000);
    // contact_status moves in a follow-up job that runs after each send: stopping the worker before it runs is no loss.
    const contacted = () => db.selectFrom('crm_businesses').select('id').where('workspace_id', '=', ws.id).where('contact_status', '=', 'sms_sent').execute();
    await until('every business to be marked sms_sent', async () => (await contacted()).length === AUDIENCE, 60_000);
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);

    const recipients = twilio.messages.map((m) => m.to);
    expect(recipients).toHaveLength(AUDIENCE);
    expect(new Set(recipients).size).toBe(AUDIENCE);
    const campaign = await db.selectFrom('crm_campaigns').selectAll().where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(campaign.status).toBe('finished');
    const statuses = await db.selectFrom('crm_businesses').select('contact_status').where('workspace_id', '=', ws.id).execute();
    expect(statuses.every((b) => b.contact_status === 'sms_sent')).toBe(true);
  });
});
